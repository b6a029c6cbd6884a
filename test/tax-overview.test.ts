import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_PARTNER_ID, SANDBOX_SECRET } from '../src/payments/sandbox';
import { Bank, openBill } from './support/bank';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let officer: Agent;
const API = '/api/v1/regions/35.73';
beforeAll(async () => {
  t = await startTestApp();
  officer = await signedIn(t.app, 'petugas@malang.demo');
});
afterAll(() => t.close());

const overview = async () => {
  const res = await officer.get(`${API}/tax/overview`);
  expect(res.statusCode).toBe(200);
  return res.json();
};

describe('the staff’s overview of a region’s taxes', () => {
  it('shows the same figures as the pages it summarises: queues, last month’s missing returns, arrears with interest', async () => {
    // A restaurant's January tax, due 15 January, unpaid on 11 March: two started months late, 2% interest.
    await openBill(t.db, { principal: 1_000_000, dueDate: '2025-01-15' });
    const o = await overview();
    expect(o.today).toBe('2025-03-11');
    const arrears = (await officer.get(`${API}/arrears`)).json();
    expect(o.arrears).toEqual({
      count: arrears.count,
      principal: arrears.principal,
      penalty: arrears.penalty,
      total: arrears.total,
    });
    expect(o.arrears).toMatchObject({ count: 1, principal: 1_000_000, penalty: 20_000 });
    const missing = (await officer.get(`${API}/returns/missing?period=2025-02`)).json();
    expect(o.missingReturns).toEqual({
      period: '2025-02',
      dueDate: missing.dueDate,
      overdue: missing.overdue,
      count: missing.items.length,
    });
    // The bill's restaurant filed January (its SPTPD awaits review) but not February.
    expect(o.missingReturns.count).toBeGreaterThanOrEqual(1);
    expect(o.waiting.returnsToReview).toBeGreaterThanOrEqual(1);
    const [queues] = await t.db.query<{ taxpayers: number; objects: number; returns: number }>(
      `SELECT (SELECT count(*) FROM taxpayer WHERE region_id = '35.73' AND status = 'pending')::int AS taxpayers,
              (SELECT count(*) FROM tax_object WHERE region_id = '35.73' AND status = 'pending')::int AS objects,
              (SELECT count(*) FROM tax_return WHERE region_id = '35.73' AND status = 'submitted')::int AS returns`,
    );
    expect(o.waiting).toEqual({
      taxpayers: queues?.taxpayers,
      objects: queues?.objects,
      returnsToReview: queues?.returns,
    });
  });

  it('counts this month’s receipts by tax once posted, and no longer once the bank reverses the payment', async () => {
    const before = (await overview()).receipts;
    expect(before.month).toBe('2025-03');
    const bill = await openBill(t.db, { principal: 2_000_000, dueDate: '2025-03-15' });
    const bank = new Bank(t.app, t.clock, SANDBOX_PARTNER_ID, SANDBOX_SECRET);
    const paid = await bank.post('payment', {
      billingCode: bill.billingCode,
      amount: 2_000_000,
      bankReference: 'OVERVIEW-1',
      paidAt: '2025-03-11T10:00:00+07:00',
    });
    expect(paid.json().responseCode).toBe('00');
    const after = (await overview()).receipts;
    expect(after.total).toBe(before.total + 2_000_000);
    expect(after.payments).toBe(before.payments + 1);
    const food = (r: typeof before) =>
      r.byTax.find((x: { taxCode: string }) => x.taxCode === 'pbjt_makanan_minuman')?.amount ?? 0;
    expect(food(after)).toBe(food(before) + 2_000_000);
    expect(after.byTax.reduce((sum: number, x: { amount: number }) => sum + x.amount, 0)).toBe(after.total);

    const reversed = await bank.post('reversal', {
      billingCode: bill.billingCode,
      bankReference: 'OVERVIEW-1',
    });
    expect(reversed.json().responseCode).toBe('00');
    expect((await overview()).receipts).toEqual(before);
  });

  it('is for Bapenda staff: a taxpayer is refused, another region’s officer does not see the region', async () => {
    const taxpayer = await signedIn(t.app, 'wp@malang.demo');
    const refused = await taxpayer.get(`${API}/tax/overview`);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('FORBIDDEN_ROLE');
    const bangka = await signedIn(t.app, 'petugas@bangka.demo');
    expect((await bangka.get(`${API}/tax/overview`)).statusCode).toBe(404);
    expect((await bangka.get('/api/v1/regions/19.01/tax/overview')).statusCode).toBe(200);
  });
});
