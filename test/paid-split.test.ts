import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadBill, paidOnBills, payBill, reopenBill } from '../src/receivables';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * What was paid is summed from the ledger in one place, receivables (`src/receivables/bills/bill-settlement.ts`): a
 * bill's `paid` split, the sum over a set of bills that tax asks for (an object's masa), and the SQL fragment the
 * review queue and the returns list use. These tests hold the three to one another, across a payment with interest,
 * a pembetulan's second bill and a bank's reversal.
 */

interface ApiBill {
  id: number;
  billingCode: string;
  returnId: number | null;
  status: string;
  amountDue: { total: number; penalty: number } | null;
  paid: { principal: number; interest: number; total: number } | null;
}

let t: TestApp;
let taxpayer: Agent;
let officer: Agent;
let warung: { taxpayerId: number; objectId: number };
const REGION = '/api/v1/regions/35.73';

const bills = async () =>
  (await officer.get(`${REGION}/bills?taxpayerId=${warung.taxpayerId}`)).json().items as ApiBill[];
const billOf = async (returnId: number) => {
  const bill = (await bills()).find((b) => b.returnId === returnId);
  if (!bill) throw new Error(`no bill for return ${returnId}`);
  return bill;
};
const payInFull = async (bill: ApiBill) =>
  t.db.transaction((tx) =>
    payBill(tx, t.clock.now(), {
      regionId: '35.73',
      billId: bill.id,
      amount: bill.amountDue?.total ?? 0,
      day: '2025-06-12',
      channel: 'test',
      actorId: null,
      memo: 'test payment',
    }),
  );
const listedPaid = async (returnId: number) => {
  const items = (await officer.get(`${REGION}/returns?status=submitted`)).json().items as {
    id: number;
    paid: number;
  }[];
  return items.find((r) => r.id === returnId)?.paid;
};
const queuedPaid = async (returnId: number) => {
  const items = (await officer.get(`${REGION}/returns/review-queue?sort=-submitted&limit=100`)).json()
    .items as {
    id: number;
    paid: number;
  }[];
  return items.find((r) => r.id === returnId)?.paid;
};
const masa = { period: '2025-03', originKind: 'sptpd' };

beforeAll(async () => {
  t = await startTestApp({ BALAI_SESSION_HOURS: '100000' });
  warung = await restaurantFixture(t.db, { ownerEmail: 'wp@malang.demo' });
  taxpayer = await signedIn(t.app, 'wp@malang.demo');
  officer = await signedIn(t.app, 'petugas@malang.demo');
  t.clock.set(new Date('2025-06-12T09:00:00+07:00'));
});
afterAll(() => t.close());

describe('what was paid, summed by receivables for a bill and for a masa', () => {
  let first: { id: number };

  it('a masa with nothing paid sums to zero everywhere', async () => {
    const res = await taxpayer.post(
      `${REGION}/taxpayers/${warung.taxpayerId}/objects/${warung.objectId}/returns`,
      {
        period: '2025-03',
        gross: 25_000_000,
      },
    );
    expect(res.statusCode).toBe(201);
    first = res.json();
    expect(await paidOnBills(t.db, '35.73', { objectId: warung.objectId, ...masa })).toEqual({
      principal: 0,
      interest: 0,
      total: 0,
    });
    expect(await listedPaid(first.id)).toBe(0);
    expect(await queuedPaid(first.id)).toBe(0);
  });

  it("a bill paid late: the masa's paid split is the bill's paid field (principal and interest), and the lists show its total", async () => {
    await payInFull(await billOf(first.id)); // due 30 April, paid 12 June: two started months at 1%
    const bill = await billOf(first.id);
    expect(bill.paid).toMatchObject({ principal: 2_500_000, interest: 50_000, total: 2_550_000 });
    expect(await paidOnBills(t.db, '35.73', { objectId: warung.objectId, ...masa })).toEqual({
      principal: 2_500_000,
      interest: 50_000,
      total: 2_550_000,
    });
    expect(await paidOnBills(t.db, '35.73', { billIds: [bill.id] })).toEqual({
      principal: 2_500_000,
      interest: 50_000,
      total: 2_550_000,
    });
    expect(await listedPaid(first.id)).toBe(2_550_000);
    expect(await queuedPaid(first.id)).toBe(2_550_000);
  });

  let amended: { id: number };
  it("a pembetulan's shortfall bill, once paid, adds to the masa: the sum of both bills' paid fields", async () => {
    const res = await officer.post(`${REGION}/returns/${first.id}/amend`, { gross: 30_000_000 });
    expect(res.statusCode).toBe(201);
    amended = res.json().taxReturn;
    const shortfall = await billOf(amended.id);
    expect(shortfall.status).toBe('open');
    await payInFull(shortfall);
    const paidBills = (await bills()).filter((b) => b.paid !== null);
    expect(paidBills).toHaveLength(2);
    const summed = {
      principal: paidBills.reduce((s, b) => s + (b.paid?.principal ?? 0), 0),
      interest: paidBills.reduce((s, b) => s + (b.paid?.interest ?? 0), 0),
      total: paidBills.reduce((s, b) => s + (b.paid?.total ?? 0), 0),
    };
    expect(summed.principal).toBe(3_000_000);
    expect(await paidOnBills(t.db, '35.73', { objectId: warung.objectId, ...masa })).toEqual(summed);
    expect(await listedPaid(amended.id)).toBe(summed.total);
    expect(await queuedPaid(amended.id)).toBe(summed.total);
  });

  it("a bank's reversal of a payment with interest takes all of it back: the masa counts neither its principal nor its interest", async () => {
    const shortfall = await billOf(amended.id);
    const before = await paidOnBills(t.db, '35.73', { objectId: warung.objectId, ...masa });
    const taken = shortfall.paid;
    if (!taken || taken.interest === 0) throw new Error('the shortfall was to be paid with interest');
    await t.db.transaction(async (tx) => {
      const locked = await loadBill(tx, '35.73', { id: shortfall.id }, { lock: true });
      await reopenBill(tx, t.clock.now(), locked, {
        regionId: '35.73',
        principal: taken.principal,
        penalty: taken.interest,
        channel: 'test',
        memo: 'test reversal',
        actorId: null,
      });
    });
    expect((await billOf(amended.id)).paid).toBeNull();
    const after = await paidOnBills(t.db, '35.73', { objectId: warung.objectId, ...masa });
    expect(after).toEqual({
      principal: before.principal - taken.principal,
      interest: before.interest - taken.interest,
      total: before.total - taken.total,
    });
    // The old SQL of tax summed credit − debit over the reversal and so kept the reversed interest.
    expect(await listedPaid(amended.id)).toBe(after.total);
    expect(await queuedPaid(amended.id)).toBe(after.total);
  });
});
