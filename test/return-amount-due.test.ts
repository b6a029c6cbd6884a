import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payBill } from '../src/receivables/bills/pay-bill';
import { pdfText } from './support/pdf';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let taxpayer: Agent;
let officer: Agent;
let warung: { taxpayerId: number; objectId: number };
let other: { taxpayerId: number; objectId: number };
const filePath = (o: { taxpayerId: number; objectId: number }) =>
  `/api/v1/regions/35.73/taxpayers/${o.taxpayerId}/objects/${o.objectId}/returns`;
const at = (iso: string) => t.clock.set(new Date(iso));

beforeAll(async () => {
  t = await startTestApp({ BALAI_SESSION_HOURS: '100000' });
  warung = await restaurantFixture(t.db, { ownerEmail: 'wp@malang.demo', openedOn: '2025-01-01' });
  other = await restaurantFixture(t.db, { objectName: 'Bakso Lain', openedOn: '2025-01-01' });
  taxpayer = await signedIn(t.app, 'wp@malang.demo');
  officer = await signedIn(t.app, 'petugas@malang.demo');
});
afterAll(() => t.close());

describe("a return's answer states what its bill costs today, late interest included", () => {
  let lateId: number;

  it('a return filed on time owes its tax, with no interest and its due date ahead', async () => {
    at('2025-04-10T09:00:00+07:00');
    const res = await taxpayer.post(filePath(warung), { period: '2025-03', gross: 20_000_000 });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.billStatus).toBe('open');
    expect(body.amountDue).toEqual({
      billId: body.billId,
      asOf: '2025-04-10',
      dueDate: '2025-04-30',
      overdue: false,
      principal: 2_000_000,
      interest: 0,
      months: 0,
      total: 2_000_000,
      validUntil: '2025-04-30',
    });
  });

  it('masa May filed on 4 December owes Rp 3.365.500 that day: the tax and six months of 1% (issue 14)', async () => {
    at('2025-12-04T10:00:00+07:00');
    const res = await taxpayer.post(filePath(warung), { period: '2025-05', gross: 31_750_000 });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    lateId = body.id;
    expect(body.tax).toBe(3_175_000);
    expect(body.amountDue).toMatchObject({
      asOf: '2025-12-04',
      dueDate: '2025-06-30',
      overdue: true,
      principal: 3_175_000,
      interest: 190_500,
      months: 6,
      total: 3_365_500,
    });
    // The same figure as the bill's own price that day: one rule prices both.
    const bill = (await taxpayer.get(`/api/v1/regions/35.73/bills/${body.billId}`)).json();
    expect(bill.amountDue.total).toBe(body.amountDue.total);
  });

  it("the list of returns gives each its bill's amount due today, and filters by object", async () => {
    const mine = (await taxpayer.get(`/api/v1/regions/35.73/returns?objectId=${warung.objectId}`)).json();
    expect(mine.items.map((r: { period: string }) => r.period)).toEqual(['2025-05', '2025-03']);
    const late = mine.items.find((r: { id: number }) => r.id === lateId);
    expect(late.amountDue).toMatchObject({ total: 3_365_500, interest: 190_500, overdue: true });
    const march = mine.items.find((r: { period: string }) => r.period === '2025-03');
    // March was due on 30 April: by 4 December it is in its eighth month of lateness.
    expect(march.amountDue).toMatchObject({
      principal: 2_000_000,
      months: 8,
      interest: 160_000,
      overdue: true,
    });
  });

  it("the late return's tanda terima (PDF) states the amount due on the day printed, with interest, and that the due date has passed", async () => {
    const res = await taxpayer.get(`/api/v1/regions/35.73/returns/${lateId}/pdf`);
    expect(res.statusCode).toBe(200);
    const text = pdfText(res.rawPayload);
    expect(text).toContain('Jumlah pajak terutang');
    expect(text).toContain('Bunga keterlambatan 6 bulan');
    expect(text).toContain('Rp 190.500');
    expect(text).toContain('Jumlah yang harus dibayar per 4 Desember 2025');
    expect(text).toContain('Rp 3.365.500');
    expect(text).toContain('Jatuh tempo 30 Juni 2025 telah lewat');
  });

  it('the amount moves with the day asked on: a month later, seven months of interest', async () => {
    at('2026-01-02T10:00:00+07:00');
    const mine = (await taxpayer.get(`/api/v1/regions/35.73/returns?objectId=${warung.objectId}`)).json();
    const late = mine.items.find((r: { id: number }) => r.id === lateId);
    expect(late.amountDue).toMatchObject({
      asOf: '2026-01-02',
      months: 7,
      interest: 222_250,
      total: 3_397_250,
    });
  });

  it('a paid bill leaves nothing to pay: amountDue is null, the bill shown as paid', async () => {
    const mine = (await taxpayer.get(`/api/v1/regions/35.73/returns?objectId=${warung.objectId}`)).json();
    const late = mine.items.find((r: { id: number }) => r.id === lateId);
    await t.db.transaction((tx) =>
      payBill(tx, new Date(), {
        regionId: '35.73',
        billId: late.billId,
        amount: late.amountDue.total,
        day: '2026-01-02',
        channel: 'test',
        actorId: null,
        memo: 'test payment',
      }),
    );
    const after = (await taxpayer.get(`/api/v1/regions/35.73/returns?objectId=${warung.objectId}`)).json();
    const paid = after.items.find((r: { id: number }) => r.id === lateId);
    expect(paid.billStatus).toBe('paid');
    expect(paid.amountDue).toBeNull();
  });

  it('a nil return has no bill and nothing due', async () => {
    const res = await taxpayer.post(filePath(warung), { period: '2025-06', gross: 0 });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ billId: null, billStatus: null, amountDue: null });
  });

  it("a taxpayer filtering by another's object sees none of its returns", async () => {
    at('2025-04-10T09:00:00+07:00');
    const filed = await officer.post(filePath(other), { period: '2025-03', gross: 10_000_000 });
    expect(filed.statusCode).toBe(201);
    const theirs = (await taxpayer.get(`/api/v1/regions/35.73/returns?objectId=${other.objectId}`)).json();
    expect(theirs.items).toEqual([]);
    const staff = (await officer.get(`/api/v1/regions/35.73/returns?objectId=${other.objectId}`)).json();
    expect(staff.items).toHaveLength(1);
    expect(staff.items[0].amountDue).toMatchObject({ principal: 1_000_000, overdue: false });
    const pdf = pdfText(
      (await officer.get(`/api/v1/regions/35.73/returns/${staff.items[0].id}/pdf`)).rawPayload,
    );
    expect(pdf).toContain('Jumlah yang harus dibayar per 10 April 2025');
    expect(pdf).not.toContain('telah lewat');
    expect(pdf).toContain('paling lambat pada tanggal jatuh tempo');
  });
});
