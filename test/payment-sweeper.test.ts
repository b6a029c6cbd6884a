import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectPayment } from '../src/payments/intents';
import type { Acquirer } from '../src/payments/sweeper';
import { sweepPayments } from '../src/payments/sweeper';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { Bank, openBill } from './support/bank';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let acquirer: Bank;
let teller: Bank;
beforeAll(async () => {
  t = await startTestApp();
  acquirer = new Bank(t.app, t.clock, 'QRIS-BANKJATIM', 'qris-demo-secret');
  teller = new Bank(t.app, t.clock, 'BANKJATIM', 'bankjatim-demo-secret');
});
afterAll(() => t.close());

const paidAt = '2025-03-11T10:00:00+07:00';
const minutes = (n: number) => n * 60_000;

/** A bill whose dynamic QRIS was shown at `shownAt`, valid for an hour. */
async function shownQris(shownAt: Date) {
  const bill = await openBill(t.db);
  const intentId = await expectPayment(t.db, shownAt, {
    regionId: '35.73',
    billId: bill.id,
    billingCode: bill.billingCode,
    partnerId: 'QRIS-BANKJATIM',
    amount: 1_250_000,
    reference: bill.billingCode,
    expiresAt: new Date(shownAt.getTime() + minutes(60)),
  });
  return { bill, intentId };
}

async function intent(id: number) {
  const [row] = await t.db.query<{ state: string; note: string | null; checkCount: number }>(
    'SELECT state, note, check_count AS "checkCount" FROM payment_intent WHERE region_id = $1 AND id = $2',
    ['35.73', id],
  );
  return row;
}

/** An acquirer whose status API answers per billing code from a script. */
function scripted(answers: Record<string, 'paid' | 'unpaid' | 'down'>): Acquirer {
  return {
    async status(i) {
      const a = answers[i.billingCode] ?? 'unpaid';
      if (a === 'down') throw new Error('acquirer timeout');
      return a === 'paid'
        ? { paid: true, amount: i.amount, reference: `RRN-${i.billingCode}`, paidAt: new Date(paidAt) }
        : { paid: false };
    },
  };
}

describe('QRIS payment notification', () => {
  it('posts the payment once by the billing code, to the QRIS cash account, and closes the expectation', async () => {
    const { bill, intentId } = await shownQris(t.clock.now());
    const notify = { billingCode: bill.billingCode, amount: 1_250_000, rrn: 'RRN-000123', paidAt };
    const first = await acquirer.post('qris/notify', notify);
    const again = await acquirer.post('qris/notify', notify);
    expect(first.json()).toMatchObject({
      responseCode: '00',
      billingCode: bill.billingCode,
      amount: 1_250_000,
    });
    expect(again.json().ntpd).toBe(first.json().ntpd);
    expect((await intent(intentId))?.state).toBe('paid');
    const [cash] = await t.db.query<{ debit: number }>(
      `SELECT sum(l.debit)::int8 AS debit FROM journal_line l JOIN journal j ON j.region_id = l.region_id AND j.id = l.journal_id
       WHERE l.region_id = '35.73' AND l.account = 'kas:qris' AND j.bill_id = $1`,
      [bill.id],
    );
    expect(cash?.debit).toBe(1_250_000);
  });

  it('an unsigned notification posts nothing', async () => {
    const { bill } = await shownQris(t.clock.now());
    const res = await acquirer.post(
      'qris/notify',
      { billingCode: bill.billingCode, amount: 1_250_000, rrn: 'RRN-FORGED', paidAt },
      { secret: 'forged' },
    );
    expect(res.statusCode).toBe(401);
    const [row] = await t.db.query<{ status: string }>(
      'SELECT status FROM bill WHERE region_id = $1 AND id = $2',
      ['35.73', bill.id],
    );
    expect(row?.status).toBe('open');
  });
});

describe('the sweeper resolves payments in an unknown state', () => {
  it('posts a payment the acquirer confirms when its notification never came; a late notification then replays it', async () => {
    const shownAt = new Date(t.clock.now().getTime() - minutes(20));
    const { bill, intentId } = await shownQris(shownAt);
    const result = await sweepPayments(t.db, t.clock.now(), () => scripted({ [bill.billingCode]: 'paid' }));
    expect(result.posted).toBeGreaterThanOrEqual(1);
    expect((await intent(intentId))?.state).toBe('paid');
    const late = await acquirer.post('qris/notify', {
      billingCode: bill.billingCode,
      amount: 1_250_000,
      rrn: `RRN-${bill.billingCode}`,
      paidAt,
    });
    expect(late.json().responseCode).toBe('00');
    const payments = await t.db.query('SELECT 1 FROM payment WHERE region_id = $1 AND bill_id = $2', [
      '35.73',
      bill.id,
    ]);
    expect(payments).toHaveLength(1);
    expect((await verifyLedger(t.db, '35.73')).ok).toBe(true);
  });

  it('leaves a recent expectation alone, keeps an unpaid one pending until it expires, then expires it', async () => {
    const recent = await shownQris(t.clock.now());
    const unpaid = await shownQris(new Date(t.clock.now().getTime() - minutes(20)));
    const lapsed = await shownQris(new Date(t.clock.now().getTime() - minutes(90)));
    await sweepPayments(t.db, t.clock.now(), () => scripted({}));
    expect((await intent(recent.intentId))?.checkCount).toBe(0);
    expect((await intent(unpaid.intentId))?.state).toBe('pending');
    expect((await intent(lapsed.intentId))?.state).toBe('expired');
  });

  it('flags a payment as stuck after three failed status checks', async () => {
    const { bill, intentId } = await shownQris(new Date(t.clock.now().getTime() - minutes(20)));
    const down = () => scripted({ [bill.billingCode]: 'down' });
    await sweepPayments(t.db, t.clock.now(), down);
    await sweepPayments(t.db, t.clock.now(), down);
    expect((await intent(intentId))?.state).toBe('pending');
    await sweepPayments(t.db, t.clock.now(), down);
    expect(await intent(intentId)).toMatchObject({
      state: 'stuck',
      note: 'status check failed: acquirer timeout',
    });
  });

  it('flags money the acquirer took for a bill the teller had already been paid: a refund is needed', async () => {
    const { bill, intentId } = await shownQris(new Date(t.clock.now().getTime() - minutes(20)));
    await teller.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_250_000,
      bankReference: 'TLR-1',
      paidAt,
    });
    await sweepPayments(t.db, t.clock.now(), () => scripted({ [bill.billingCode]: 'paid' }));
    expect((await intent(intentId))?.state).toBe('stuck');
    expect((await intent(intentId))?.note).toMatch(/refund/);
  });
});

describe('payments administration', () => {
  it('lists stuck payments first; an administrator settles one with a note, audited', async () => {
    const { bill, intentId } = await shownQris(new Date(t.clock.now().getTime() - minutes(20)));
    await teller.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_250_000,
      bankReference: 'TLR-2',
      paidAt,
    });
    await sweepPayments(t.db, t.clock.now(), () => scripted({ [bill.billingCode]: 'paid' }));
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const list = await admin.get('/api/v1/regions/35.73/payments/intents');
    expect(list.json().intents[0].state).toBe('stuck');
    const resolved = await admin.post(`/api/v1/regions/35.73/payments/intents/${intentId}/resolve`, {
      note: 'Dana QRIS dikembalikan ke pembayar, memo 12/2025',
    });
    expect(resolved.statusCode).toBe(200);
    expect(resolved.json().state).toBe('resolved');
    const audit = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_entry WHERE region_id = '35.73' AND entity = 'payment_intent' AND entity_id = $1`,
      [String(intentId)],
    );
    expect(audit.map((a) => a.action)).toEqual(['payment_intent.resolve']);
    const twice = await admin.post(`/api/v1/regions/35.73/payments/intents/${intentId}/resolve`, {
      note: 'lagi sekali',
    });
    expect(twice.json().code).toBe('PAYMENT_INTENT_NOT_STUCK');
  });

  it('an officer may not settle stuck payments; a taxpayer may not see the payment channels', async () => {
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    expect(
      (await officer.post('/api/v1/regions/35.73/payments/intents/1/resolve', { note: 'coba coba' }))
        .statusCode,
    ).toBe(403);
    const taxpayer = await signedIn(t.app, 'wp@malang.demo');
    expect((await taxpayer.get('/api/v1/regions/35.73/payments/partners')).statusCode).toBe(403);
  });

  it('partners are listed without their secrets; the request log shows a refused request that named them', async () => {
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const partners = await admin.get('/api/v1/regions/35.73/payments/partners');
    expect(partners.json().partners.map((p: { partnerId: string }) => p.partnerId)).toContain('BANK-SANDBOX');
    expect(partners.body).not.toContain('secret');
    // Refusals are sampled per client address (the first each minute): this one comes from an address of its own.
    await teller.post('inquiry', { billingCode: '1' }, { secret: 'wrong', remoteAddress: '192.0.2.61' });
    const log = await admin.get('/api/v1/regions/35.73/payments/bank-requests?partnerId=BANKJATIM&limit=1');
    expect(log.json().requests[0]).toMatchObject({
      partnerId: 'BANKJATIM',
      responseCode: '40',
      authenticated: false,
    });
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    const theirs = await bangka.get('/api/v1/regions/19.01/payments/bank-requests?partnerId=BANKJATIM');
    expect(theirs.json().requests).toEqual([]);
  });
});
