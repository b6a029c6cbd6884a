import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payDemoBill } from '../src/payments/pay-demo-bill';
import { DEMO_REGIONS } from '../src/platform/demo';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { seedDemoTaxData } from '../src/tax/demo-data';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({ BALAI_SESSION_HOURS: '100000' });
  await seedDemoTaxData(t.db, t.clock.now(), DEMO_REGIONS, payDemoBill);
}, 120_000);
afterAll(() => t.close());

describe('the demo is a believable Kota Malang and Kabupaten Bangka', () => {
  it('restaurants, hotels, parking, entertainment, billboards and wells are registered in real kelurahan', async () => {
    const rows = await t.db.query<{ regionId: string; taxCode: string; village: string }>(
      `SELECT o.region_id AS "regionId", o.tax_code AS "taxCode", v.name AS village
       FROM tax_object o JOIN village v ON v.code = o.village_code ORDER BY 1, 2`,
    );
    const malang = rows.filter((r) => r.regionId === '35.73');
    expect(new Set(malang.map((r) => r.taxCode))).toEqual(
      new Set([
        'pbjt_makanan_minuman',
        'pbjt_perhotelan',
        'pbjt_parkir',
        'pbjt_kesenian_hiburan',
        'reklame',
        'pat',
      ]),
    );
    expect(malang.map((r) => r.village)).toEqual(
      expect.arrayContaining(['Kauman', 'Oro-oro Dowo', 'Dinoyo']),
    );
    expect(rows.filter((r) => r.regionId === '19.01').map((r) => r.village)).toContain('Parit Padang');
  });

  it('each region’s officer finds a business registered at the counter two days ago awaiting verification', async () => {
    for (const [email, region, name] of [
      ['petugas@malang.demo', '35.73', 'Agus Setiawan'],
      ['petugas@bangka.demo', '19.01', 'Rudi Hartono'],
    ] as const) {
      const officer = await signedIn(t.app, email);
      const res = await officer.get(`/api/v1/regions/${region}/taxpayers?status=pending`);
      expect(res.statusCode).toBe(200);
      expect(res.json().items.map((x: { name: string }) => x.name)).toEqual([name]);
    }
  });

  it('bills are paid, paid late and overdue, and the ledgers verify', async () => {
    for (const regionId of ['35.73', '19.01']) {
      const [counts] = await t.db.query<{ paid: number; overdue: number; late: number }>(
        `SELECT count(*) FILTER (WHERE status = 'paid')::int AS paid,
                count(*) FILTER (WHERE status = 'open' AND due_date < '2025-03-11')::int AS overdue,
                (SELECT count(DISTINCT bill_id)::int FROM journal WHERE region_id = $1 AND kind = 'interest') AS late
         FROM bill WHERE region_id = $1`,
        [regionId],
      );
      expect(counts?.paid, regionId).toBeGreaterThan(10);
      expect(counts?.overdue, regionId).toBeGreaterThan(0);
      expect(counts?.late, regionId).toBeGreaterThan(0);
      expect((await verifyLedger(t.db, regionId)).findings).toEqual([]);
    }
  });

  it("the demo taxpayer sees Warung Bu Tini's returns and bills, with interest on the overdue ones", async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    const returns = (await wp.get('/api/v1/regions/35.73/returns')).json().items;
    expect(returns.length).toBeGreaterThan(3);
    expect(returns.every((r: { objectName: string }) => r.objectName === 'Warung Bu Tini')).toBe(true);
    const bills = (await wp.get('/api/v1/regions/35.73/bills')).json().items;
    expect(bills.some((b: { status: string }) => b.status === 'paid')).toBe(true);
  });

  it("Kabupaten Bangka's quarry bills the province's MBLB opsen on each kode bayar", async () => {
    const [opsen] = await t.db.query<{ lines: number; owed: number }>(
      `SELECT (SELECT count(*) FROM bill_line WHERE region_id = '19.01' AND kind = 'opsen')::int AS lines,
              (SELECT coalesce(sum(credit - debit), 0) FROM journal_line
               WHERE region_id = '19.01' AND account = 'utang_opsen:19')::int8 AS owed`,
    );
    expect(opsen?.lines).toBeGreaterThan(3);
    expect(opsen?.owed).toBeGreaterThan(0);
  });

  it('the arrears list of Kota Malang names who owes what, with interest as of today', async () => {
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    const arrears = (await officer.get('/api/v1/regions/35.73/arrears')).json();
    expect(arrears.count).toBeGreaterThan(0);
    expect(arrears.penalty).toBeGreaterThan(0);
    expect(arrears.items.map((i: { taxpayerName: string }) => i.taxpayerName)).toEqual(
      expect.arrayContaining(['Dewi Anggraini']),
    );
  });
});

describe('each demo region is seeded on its own clock', () => {
  it('a region in WIT counts its six months back from its own today and seeds at its own hours', async () => {
    const wit = await startTestApp();
    try {
      // 23:30 WIB on 31 March is already 1 April in WIT: six months back is October, not September, and the
      // taxpayers register at 09:00 WIT (00:00 UTC) on its first day.
      await wit.db.query(`UPDATE region SET time_zone = 'Asia/Jayapura' WHERE region_id = '19.01'`);
      await seedDemoTaxData(wit.db, new Date('2025-03-31T16:30:00Z'), ['19.01'], payDemoBill);
      const [first] = await wit.db.query<{ registeredAt: Date }>(
        `SELECT registered_at AS "registeredAt" FROM taxpayer WHERE region_id = '19.01' ORDER BY id LIMIT 1`,
      );
      expect(first?.registeredAt.toISOString()).toBe('2024-10-01T00:00:00.000Z');
      expect((await verifyLedger(wit.db, '19.01')).findings).toEqual([]);
    } finally {
      await wit.close();
    }
  }, 120_000);
});
