import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payBill } from '../src/receivables/bills/pay-bill';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { parseBillingCode } from '../src/receivables/rules/billing-code';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let taxpayer: Agent;
let officer: Agent;
let warung: { taxpayerId: number; objectId: number };
const base = () => `/api/v1/regions/35.73/taxpayers/${warung.taxpayerId}/objects/${warung.objectId}/returns`;
const at = (iso: string) => t.clock.set(new Date(iso));

beforeAll(async () => {
  // The story spans months of a pinned clock: sessions must outlive it.
  t = await startTestApp({ BALAI_SESSION_HOURS: '100000' });
  warung = await restaurantFixture(t.db, { ownerEmail: 'wp@malang.demo' });
  taxpayer = await signedIn(t.app, 'wp@malang.demo');
  officer = await signedIn(t.app, 'petugas@malang.demo');
});
afterAll(() => t.close());

describe('e-SPTPD: a Kota Malang restaurant files March 2025', () => {
  let returnId: number;
  let billId: number;
  let billingCode: string;

  it('a month that has not ended cannot be filed yet (422 PERIOD_NOT_ENDED)', async () => {
    at('2025-03-31T23:00:00+07:00');
    const res = await taxpayer.post(base(), { period: '2025-03', gross: 25_000_000 });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('PERIOD_NOT_ENDED');
  });

  it('after the month, the SPTPD computes 10% PBJT, is due at the end of April, and gets a valid kode bayar', async () => {
    at('2025-04-02T09:00:00+07:00');
    const res = await taxpayer.post(base(), {
      period: '2025-03',
      gross: 25_000_000,
      lines: [
        { description: 'Makan di tempat', amount: 21_000_000 },
        { description: 'Pesan antar', amount: 4_000_000 },
      ],
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      status: 'submitted',
      revision: 0,
      ratePpm: 100_000,
      tax: 2_500_000,
      dueDate: '2025-04-30',
    });
    expect(parseBillingCode(body.billingCode)).toMatchObject({
      ok: true,
      parts: { regionId: '35.73', taxTypeCode: '01', year: 2025 },
    });
    returnId = body.id;
    billingCode = body.billingCode;
    const bills = (await taxpayer.get('/api/v1/regions/35.73/bills')).json().items;
    billId = bills.find((b: { billingCode: string }) => b.billingCode === billingCode).id;
  });

  it('a second SPTPD for the same object and month is refused: amend instead (409 RETURN_EXISTS)', async () => {
    const res = await taxpayer.post(base(), { period: '2025-03', gross: 1 });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('RETURN_EXISTS');
  });

  it('the interest grows month by month after the due date: 1% for each month started (PP 35/2023)', async () => {
    const due = async (iso: string) => {
      at(iso);
      return (await taxpayer.get(`/api/v1/regions/35.73/bills/${billId}`)).json().amountDue;
    };
    expect(await due('2025-04-30T20:00:00+07:00')).toMatchObject({
      penalty: 0,
      total: 2_500_000,
      validUntil: '2025-04-30',
    });
    expect(await due('2025-05-01T08:00:00+07:00')).toMatchObject({
      chargedMonths: 1,
      penalty: 25_000,
      validUntil: '2025-05-30',
    });
    expect(await due('2025-05-31T08:00:00+07:00')).toMatchObject({ chargedMonths: 2, penalty: 50_000 });
    expect(await due('2025-08-15T08:00:00+07:00')).toMatchObject({
      chargedMonths: 4,
      penalty: 100_000,
      total: 2_600_000,
    });
    // 17:30 UTC on 30 April is already 1 May in Malang (WIB): the region's calendar decides.
    expect(await due('2025-04-30T17:30:00Z')).toMatchObject({ chargedMonths: 1 });
  });

  it('an officer verifies it; two officers acting at once cannot both win', async () => {
    at('2025-05-05T10:00:00+07:00');
    const supervisor = await signedIn(t.app, 'supervisor@malang.demo');
    const [a, b] = await Promise.all([
      officer.post(`/api/v1/regions/35.73/returns/${returnId}/review`, { verdict: 'verify' }),
      supervisor.post(`/api/v1/regions/35.73/returns/${returnId}/review`, {
        verdict: 'reject',
        reason: 'Omzet tidak wajar',
      }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 409]);
    const loser = a.statusCode === 409 ? a : b;
    expect(loser.json().code).toBe('RETURN_ALREADY_REVIEWED');
  });

  it('the review queue lists submitted returns for officers; a taxpayer cannot review', async () => {
    const queue = (await officer.get('/api/v1/regions/35.73/returns?status=submitted')).json().items;
    expect(queue.every((r: { status: string }) => r.status === 'submitted')).toBe(true);
    const res = await taxpayer.post(`/api/v1/regions/35.73/returns/${returnId}/review`, {
      verdict: 'verify',
    });
    expect(res.statusCode).toBe(403);
  });

  it('a pembetulan that raises the tax bills the shortfall, due on the original date so interest runs from it', async () => {
    at('2025-05-10T10:00:00+07:00');
    const res = await taxpayer.post(`/api/v1/regions/35.73/returns/${returnId}/amend`, { gross: 27_000_000 });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.taxReturn).toMatchObject({
      revision: 1,
      tax: 2_700_000,
      dueDate: '2025-04-30',
      status: 'submitted',
    });
    expect(body.billingCode).toMatch(/^\d{16}$/);
    const bills = (await taxpayer.get('/api/v1/regions/35.73/bills?status=open')).json().items;
    const shortfall = bills.find((b: { billingCode: string }) => b.billingCode === body.billingCode);
    expect(shortfall.amountDue).toMatchObject({ principal: 200_000, chargedMonths: 1, penalty: 2_000 });
    const again = await taxpayer.post(`/api/v1/regions/35.73/returns/${returnId}/amend`, { gross: 1 });
    expect(again.json().code).toBe('RETURN_SUPERSEDED');
    returnId = body.taxReturn.id;
  });

  it('paying, then amending down, turns what was paid beyond the new tax into a credit (lebih bayar)', async () => {
    at('2025-05-12T10:00:00+07:00');
    const bills = (await taxpayer.get('/api/v1/regions/35.73/bills?status=open')).json().items;
    for (const b of bills) {
      await t.db.transaction((tx) =>
        payBill(tx, new Date(), {
          regionId: '35.73',
          billId: b.id,
          amount: b.amountDue.total,
          day: '2025-05-12',
          channel: 'test',
          actorId: null,
          memo: 'test payment',
        }),
      );
    }
    const res = await taxpayer.post(`/api/v1/regions/35.73/returns/${returnId}/amend`, { gross: 20_000_000 });
    expect(res.json()).toMatchObject({ billingCode: null, reducedOpenBills: 0, overpayment: 700_000 });
  });

  it('the ledger balances and every bill agrees with it', async () => {
    const verdict = await verifyLedger(t.db, '35.73');
    expect(verdict.findings).toEqual([]);
    expect(verdict.ok).toBe(true);
    expect(verdict.bills).toBeGreaterThanOrEqual(2);
  });
});

describe('SPTPD rules and bad input', () => {
  it('a nil return is allowed and bills nothing', async () => {
    at('2025-03-11T10:00:00+07:00');
    const fixture = await restaurantFixture(t.db, { ownerEmail: 'wp@malang.demo' });
    const res = await officer.post(
      `/api/v1/regions/35.73/taxpayers/${fixture.taxpayerId}/objects/${fixture.objectId}/returns`,
      { period: '2025-02', gross: 0 },
    );
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ tax: 0, billingCode: null });
  });

  it('a closed object cannot file for months after it closed, nor an object for months before it opened', async () => {
    const fixture = await restaurantFixture(t.db, { openedOn: '2024-12-15' });
    await t.db.query(
      `UPDATE tax_object SET status = 'closed', closed_on = '2025-01-20' WHERE region_id = '35.73' AND id = $1`,
      [fixture.objectId],
    );
    const url = `/api/v1/regions/35.73/taxpayers/${fixture.taxpayerId}/objects/${fixture.objectId}/returns`;
    expect((await officer.post(url, { period: '2025-01', gross: 1_000_000 })).statusCode).toBe(201);
    const after = await officer.post(url, { period: '2025-02', gross: 1_000_000 });
    expect(after.json().code).toBe('OBJECT_CLOSED');
    const before = await officer.post(url, { period: '2024-11', gross: 1_000_000 });
    expect(before.json().code).toBe('PERIOD_BEFORE_OPENING');
  });

  it('negative or absurd amounts, string amounts and lines that do not add up are refused; nothing is written', async () => {
    const fixture = await restaurantFixture(t.db);
    const url = `/api/v1/regions/35.73/taxpayers/${fixture.taxpayerId}/objects/${fixture.objectId}/returns`;
    for (const body of [
      { period: '2025-01', gross: -1 },
      { period: '2025-01', gross: 1e30 },
      { period: '2025-01', gross: '10000' },
      { period: '2025-13', gross: 10 },
    ]) {
      const res = await officer.post(url, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
    }
    const lines = await officer.post(url, {
      period: '2025-01',
      gross: 100,
      lines: [{ description: 'x', amount: 99 }],
    });
    expect(lines.statusCode).toBe(422);
    expect(lines.json().code).toBe('LINES_DO_NOT_ADD_UP');
    const [count] = await t.db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM tax_return WHERE object_id = $1',
      [fixture.objectId],
    );
    expect(count?.n).toBe(0);
  });

  it("a taxpayer cannot file for someone else's object (404), and Bangka's officer cannot see Malang's", async () => {
    const other = await restaurantFixture(t.db, { ownerEmail: null });
    const res = await taxpayer.post(
      `/api/v1/regions/35.73/taxpayers/${other.taxpayerId}/objects/${other.objectId}/returns`,
      {
        period: '2025-01',
        gross: 100,
      },
    );
    expect(res.statusCode).toBe(404);
    const bangka = await signedIn(t.app, 'petugas@bangka.demo');
    expect((await bangka.get(`/api/v1/regions/19.01/bills/1`)).statusCode).toBe(404);
  });

  it('objects without a filed SPTPD are listed with the due date and the late-filing fine', async () => {
    at('2025-03-11T10:00:00+07:00');
    const fixture = await restaurantFixture(t.db, { name: 'Pemilik Lalai' });
    const res = (await officer.get('/api/v1/regions/35.73/returns/missing?period=2025-01')).json();
    expect(res).toMatchObject({ period: '2025-01', dueDate: '2025-02-28', overdue: true, lateFilingFine: 0 });
    expect(res.items.map((i: { objectId: number }) => i.objectId)).toContain(fixture.objectId);
  });

  it('the arrears list prices overdue bills as of today', async () => {
    at('2025-09-01T10:00:00+07:00');
    const res = (await officer.get('/api/v1/regions/35.73/arrears')).json();
    expect(res.asOf).toBe('2025-09-01');
    expect(res.count).toBeGreaterThan(0);
    expect(res.total).toBe(res.principal + res.penalty);
    for (const item of res.items) expect(item.total).toBe(item.principal + item.penalty);
  });
});

describe('documents', () => {
  it('the taxpayer downloads the bill and the SPTPD receipt as PDFs; another taxpayer gets 404', async () => {
    at('2025-03-11T10:00:00+07:00');
    const bills = (await taxpayer.get('/api/v1/regions/35.73/bills')).json().items;
    const bill = await taxpayer.get(`/api/v1/regions/35.73/bills/${bills[0].id}/pdf`);
    expect(bill.statusCode).toBe(200);
    expect(bill.headers['content-type']).toBe('application/pdf');
    expect(bill.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    expect(String(bill.headers['content-disposition'])).toContain(`kode-bayar-${bills[0].billingCode}.pdf`);
    const returns = (await taxpayer.get('/api/v1/regions/35.73/returns')).json().items;
    expect((await taxpayer.get(`/api/v1/regions/35.73/returns/${returns[0].id}/pdf`)).statusCode).toBe(200);
    const stranger = await restaurantFixture(t.db, { ownerEmail: null });
    const strangerBill = await officer.post(
      `/api/v1/regions/35.73/taxpayers/${stranger.taxpayerId}/objects/${stranger.objectId}/returns`,
      { period: '2025-01', gross: 1_000_000 },
    );
    const strangerBills = (
      await officer.get(`/api/v1/regions/35.73/bills?taxpayerId=${stranger.taxpayerId}`)
    ).json().items;
    expect(strangerBill.statusCode).toBe(201);
    expect((await taxpayer.get(`/api/v1/regions/35.73/bills/${strangerBills[0].id}/pdf`)).statusCode).toBe(
      404,
    );
  });
});
