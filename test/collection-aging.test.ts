import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { billedObject } from './support/list-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * Piutang by age on 11 March 2025 (the pinned clock): one bill in each age, one past the 5-year collection time limit,
 * priced by receivables exactly as the arrears list prices them.
 */
const R = '/api/v1/regions/35.73';
let t: TestApp;
let kepala: Agent;
const ids: Record<string, number> = {};

beforeAll(async () => {
  t = await startTestApp();
  const fixtures = [
    ['current', 'Warung Pecel Bu Sri', '2025-03-11', '2025-02', 500_000],
    ['m1_12', 'Bakso Presiden Cabang Dinoyo', '2025-01-10', '2024-12', 2_000_000],
    ['y1_2', 'Hotel Kayutangan Indah', '2023-11-10', '2023-10', 3_000_000],
    ['over_2y', 'Kafe Semeru Lama', '2022-06-10', '2022-05', 1_500_000],
    ['lapsed', 'Rumah Makan Tempo Doeloe', '2019-12-10', '2019-11', 1_000_000],
  ] as const;
  for (const [key, name, dueDate, period, principal] of fixtures) {
    ids[key] = (await billedObject(t.db, { name, objectName: name, principal, dueDate, period })).billId;
  }
  kepala = await signedIn(t.app, 'kepala@malang.demo');
}, 120_000);
afterAll(() => t.close());

describe('arrears by age', () => {
  it('puts each bill in its age and prices interest as of today (1% a month, at most 24)', async () => {
    const res = await kepala.get(`${R}/collection/arrears-aging`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a.asOf).toBe('2025-03-11');
    const by = Object.fromEntries(a.buckets.map((b: { age: string }) => [b.age, b]));
    // Due today: on time, no interest.
    expect(by.current).toEqual({ age: 'current', bills: 1, principal: 500_000, interest: 0, total: 500_000 });
    // Due 10 January: 3 started months late on 11 March.
    expect(by.m1_12).toEqual({
      age: 'm1_12',
      bills: 1,
      principal: 2_000_000,
      interest: 60_000,
      total: 2_060_000,
    });
    // Due 10 November 2023: 17 months (whatever the regime, capped at 24 months).
    expect(by.y1_2.bills).toBe(1);
    expect(by.y1_2.principal).toBe(3_000_000);
    expect(by.over_2y.bills).toBe(2);
    expect(by.over_2y.principal).toBe(2_500_000);
  });

  it('the overdue ages add up to the arrears list’s sums, bill for bill and rupiah for rupiah', async () => {
    const a = (await kepala.get(`${R}/collection/arrears-aging`)).json();
    const list = (await kepala.get(`${R}/arrears?limit=500`)).json();
    const overdue = a.buckets.filter((b: { age: string }) => b.age !== 'current');
    const sum = (k: string) =>
      overdue.reduce((s: number, b: Record<string, number>) => s + (b[k] as number), 0);
    expect({
      bills: sum('bills'),
      principal: sum('principal'),
      interest: sum('interest'),
      total: sum('total'),
    }).toEqual({
      bills: list.count,
      principal: list.principal,
      interest: list.penalty,
      total: list.total,
    });
    expect(a.arrears).toEqual({
      bills: list.count,
      principal: list.principal,
      interest: list.penalty,
      total: list.total,
    });
  });

  it('names the top debtors, largest first', async () => {
    const a = (await kepala.get(`${R}/collection/arrears-aging`)).json();
    expect(a.topDebtors[0]).toMatchObject({ name: 'Hotel Kayutangan Indah', bills: 1, principal: 3_000_000 });
    for (let i = 1; i < a.topDebtors.length; i++)
      expect(a.topDebtors[i - 1].total).toBeGreaterThanOrEqual(a.topDebtors[i].total);
  });

  it('proposes for write-off only the bill past 5 years since its due date (kedaluwarsa penagihan)', async () => {
    const a = (await kepala.get(`${R}/collection/arrears-aging`)).json();
    expect(a.settings.writeOffYears).toBe(5);
    expect(a.writeOffCandidates).toHaveLength(1);
    expect(a.writeOffCandidates[0]).toMatchObject({
      billId: ids.lapsed,
      taxpayerName: 'Rumah Makan Tempo Doeloe',
      dueDate: '2019-12-10',
      lapsedOn: '2024-12-10',
      lastLetterOn: null,
    });
  });

  it('downloads each table as CSV and XLSX, headers in the reader’s language', async () => {
    const csv = await kepala.get(`${R}/collection/arrears-aging/download?format=csv&lang=en`);
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-disposition']).toContain('2025-03-11.csv');
    expect(csv.body).toContain('Age');
    expect(csv.body).toContain('1–12 months');
    expect(csv.body).toContain('2060000');
    const debtors = await kepala.get(
      `${R}/collection/arrears-aging/download?format=csv&lang=id&table=debtors`,
    );
    expect(debtors.body).toContain('Hotel Kayutangan Indah');
    const xlsx = await kepala.get(`${R}/collection/arrears-aging/download?format=xlsx&table=write-offs`);
    expect(xlsx.statusCode).toBe(200);
    expect(xlsx.rawPayload.subarray(0, 2).toString()).toBe('PK');
  });

  it('is refused to a taxpayer, and to another region’s staff as a region it does not know', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    expect((await wp.get(`${R}/collection/arrears-aging`)).statusCode).toBe(403);
    const bangka = await signedIn(t.app, 'kepala@bangka.demo');
    expect((await bangka.get(`${R}/collection/arrears-aging`)).statusCode).toBe(404);
    const own = (await bangka.get('/api/v1/regions/19.01/collection/arrears-aging')).json();
    expect(own.topDebtors.map((d: { name: string }) => d.name)).not.toContain('Hotel Kayutangan Indah');
  });
});
