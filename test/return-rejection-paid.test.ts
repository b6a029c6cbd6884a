import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payBill } from '../src/receivables/bills/pay-bill';
import { paidRejectionProblem } from '../src/tax/returns/review-return';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Rejecting an SPTPD whose masa is already paid (issue 14, defect 8): the payment is not refunded by a rejection (only
 * an SKPDLB refunds or offsets), so the API takes the rejection only when it acknowledges what was paid, and says so.
 */

describe('paidRejectionProblem (the rule alone)', () => {
  it('an unpaid masa is rejected without acknowledging anything', () => {
    expect(paidRejectionProblem(7, 0, undefined)).toBeNull();
    expect(paidRejectionProblem(7, 0, 0)).toBeNull();
  });
  it('a paid masa needs the exact amount paid acknowledged', () => {
    expect(paidRejectionProblem(7, 3_365_500, 3_365_500)).toBeNull();
    for (const acknowledged of [undefined, 0, 3_175_000]) {
      const problem = paidRejectionProblem(7, 3_365_500, acknowledged);
      expect(problem?.status).toBe(409);
      expect(problem?.code).toBe('RETURN_PAID_REJECTION_UNCONFIRMED');
      expect(problem?.params).toMatchObject({ paid: 3_365_500 });
    }
  });
  it('a payment that arrived after the confirmation was shown (acknowledged 0) refuses the rejection', () => {
    expect(paidRejectionProblem(7, 2_500_000, 0)?.code).toBe('RETURN_PAID_REJECTION_UNCONFIRMED');
  });
});

let t: TestApp;
let taxpayer: Agent;
let officer: Agent;
let warung: { taxpayerId: number; objectId: number };
const file = async (period: string, gross: number) => {
  const res = await taxpayer.post(
    `/api/v1/regions/35.73/taxpayers/${warung.taxpayerId}/objects/${warung.objectId}/returns`,
    { period, gross },
  );
  expect(res.statusCode).toBe(201);
  return res.json() as { id: number; billingCode: string };
};
const payInFull = async (billingCode: string) => {
  const bills = (await taxpayer.get('/api/v1/regions/35.73/bills?status=open')).json().items as {
    id: number;
    billingCode: string;
    amountDue: { total: number };
  }[];
  const bill = bills.find((b) => b.billingCode === billingCode);
  if (!bill) throw new Error(`no open bill ${billingCode}`);
  await t.db.transaction((tx) =>
    payBill(tx, t.clock.now(), {
      regionId: '35.73',
      billId: bill.id,
      amount: bill.amountDue.total,
      day: '2025-06-12',
      channel: 'test',
      actorId: null,
      memo: 'test payment',
    }),
  );
  return bill.amountDue.total;
};
const queue = async () =>
  (await officer.get('/api/v1/regions/35.73/returns?status=submitted')).json().items as {
    id: number;
    paid: number;
  }[];

beforeAll(async () => {
  t = await startTestApp({ BALAI_SESSION_HOURS: '100000' });
  warung = await restaurantFixture(t.db, { ownerEmail: 'wp@malang.demo' });
  taxpayer = await signedIn(t.app, 'wp@malang.demo');
  officer = await signedIn(t.app, 'petugas@malang.demo');
  t.clock.set(new Date('2025-06-12T09:00:00+07:00'));
});
afterAll(() => t.close());

describe('rejecting a return whose bill is already paid', () => {
  it('an unpaid return is rejected as before; the queue shows nothing paid', async () => {
    const r = await file('2025-04', 10_000_000);
    expect((await queue()).find((q) => q.id === r.id)?.paid).toBe(0);
    const res = await officer.post(`/api/v1/regions/35.73/returns/${r.id}/review`, {
      verdict: 'reject',
      reason: 'Lampiran omzet tidak ada',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', paid: 0 });
  });

  it('the review queue shows what was paid for the masa, interest included', async () => {
    const r = await file('2025-03', 25_000_000); // due 30 April: paid 12 June, two months started late
    const paid = await payInFull(r.billingCode);
    expect(paid).toBe(2_550_000);
    expect((await queue()).find((q) => q.id === r.id)?.paid).toBe(2_550_000);
  });

  it('rejecting it without acknowledging the payment is refused (409) with the amount and what becomes of it, in both languages', async () => {
    const r = (await queue()).find((q) => q.paid > 0);
    if (!r) throw new Error('no paid return in the queue');
    const res = await officer.post(`/api/v1/regions/35.73/returns/${r.id}/review`, {
      verdict: 'reject',
      reason: 'Omzet tidak sesuai data tapping box',
    });
    expect(res.statusCode).toBe(409);
    const body = res.json();
    expect(body.code).toBe('RETURN_PAID_REJECTION_UNCONFIRMED');
    expect(body.detail).toContain('Rp 2.550.000');
    expect(body.detail).toMatch(/tidak mengembalikan pembayaran/);
    expect(body.detail).toMatch(/SKPDLB/);
    const en = await officer.post(
      `/api/v1/regions/35.73/returns/${r.id}/review`,
      { verdict: 'reject', reason: 'Omzet tidak sesuai data tapping box' },
      { headers: { 'accept-language': 'en' } },
    );
    expect(en.json().detail).toMatch(/does not refund the payment/);
    // Nothing changed: the return still waits in the queue.
    expect((await queue()).some((q) => q.id === r.id)).toBe(true);
  });

  it('an acknowledgement of another amount (e.g. before the payment arrived) is refused too', async () => {
    const r = (await queue()).find((q) => q.paid > 0);
    if (!r) throw new Error('no paid return in the queue');
    for (const paidAcknowledged of [0, 2_500_000]) {
      const res = await officer.post(`/api/v1/regions/35.73/returns/${r.id}/review`, {
        verdict: 'reject',
        reason: 'Omzet tidak sesuai data tapping box',
        paidAcknowledged,
      });
      expect(res.statusCode).toBe(409);
      expect(res.json().code).toBe('RETURN_PAID_REJECTION_UNCONFIRMED');
    }
  });

  it('acknowledging the amount paid rejects it; the payment stays on the paid bill and the audit entry records it', async () => {
    const r = (await queue()).find((q) => q.paid > 0);
    if (!r) throw new Error('no paid return in the queue');
    const res = await officer.post(`/api/v1/regions/35.73/returns/${r.id}/review`, {
      verdict: 'reject',
      reason: 'Omzet tidak sesuai data tapping box',
      paidAcknowledged: 2_550_000,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'rejected', paid: 2_550_000 });
    const bills = (await taxpayer.get('/api/v1/regions/35.73/bills')).json().items as {
      returnId: number | null;
      status: string;
    }[];
    expect(bills.find((b) => b.returnId === r.id)?.status).toBe('paid');
    const [entry] = await t.db.query<{ after: { paid?: number } }>(
      `SELECT after FROM audit_entry WHERE region_id = '35.73' AND action = 'sptpd.reject' AND entity_id = $1`,
      [String(r.id)],
    );
    expect(entry?.after.paid).toBe(2_550_000);
  });

  it('the taxpayer’s pembetulan of the rejected return is reckoned against the payment: the excess becomes a credit', async () => {
    const [rejected] = (
      await officer.get('/api/v1/regions/35.73/returns?status=rejected&period=2025-03')
    ).json().items as { id: number }[];
    if (!rejected) throw new Error('no rejected return');
    const res = await taxpayer.post(`/api/v1/regions/35.73/returns/${rejected.id}/amend`, {
      gross: 20_000_000,
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ billingCode: null, overpayment: 500_000 });
  });
});
