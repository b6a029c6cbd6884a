import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS } from '../src/app';
import { payDemoBill } from '../src/payments/pay-demo-bill';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 15, "Compliance": on the demo's today (11 March 2025) each region's officer finds a few rows in each list —
 * businesses that did not file a masa, returns filed after their due date (paid with their interest, and in Kabupaten
 * Bangka with the late-filing fine its Perda sets), and declared bases that fell sharply against their own history.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  for (const area of AREAS) await area.demo?.history?.(t.db, t.clock.now(), payDemoBill);
}, 240_000);
afterAll(() => t.close());

interface Lists {
  missing: { objectName: string; periods: string[]; count: number }[];
  late: { id: number; objectName: string; daysLate: number; dueDate: string; filedOn: string }[];
  drops: { objectName: string; history: { period: string }[]; baseDrop: { dropPercent: number } }[];
}

async function listsOf(email: string, region: string): Promise<Lists> {
  const officer = await signedIn(t.app, email);
  const items = async (list: string) => {
    const res = await officer.get(`/api/v1/regions/${region}/compliance/${list}?limit=200`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json().items;
  };
  return {
    missing: await items('missing-returns/by-object'),
    late: await items('late-returns'),
    drops: await items('base-drops'),
  };
}

describe('the demo gives each compliance list a few believable rows', () => {
  it.each([
    ['petugas@malang.demo', '35.73', 'Lalapan Cak Fauzi', 'Depot Rawon Kalpataru'],
    ['petugas@bangka.demo', '19.01', 'Kedai Kopi Kuto Panji', 'Rumah Walet Kenanga'],
  ])(
    '%s: one who stopped filing and one who forgot a month, late filings, falls against the history',
    async (email, region, stopped, forgot) => {
      const lists = await listsOf(email, region);
      const missing = new Map(lists.missing.map((m) => [m.objectName, m.count]));
      expect(missing.get(stopped)).toBeGreaterThanOrEqual(2);
      expect(missing.get(forgot)).toBe(1);

      expect(lists.late.length).toBeGreaterThanOrEqual(3);
      expect(lists.late.length).toBeLessThanOrEqual(6);
      expect(new Set(lists.late.map((l) => l.objectName)).size).toBeGreaterThanOrEqual(2);
      for (const l of lists.late) expect(l.filedOn > l.dueDate && l.daysLate > 0).toBe(true);

      expect(lists.drops.length).toBeGreaterThanOrEqual(2);
      expect(new Set(lists.drops.map((d) => d.objectName)).size).toBe(2);
      for (const d of lists.drops) {
        expect(d.history.length).toBeGreaterThanOrEqual(3);
        expect(d.baseDrop.dropPercent).toBeGreaterThanOrEqual(50);
      }
    },
  );

  it('a late filing is paid with its interest; in Kabupaten Bangka it draws the late-filing STPD, paid too', async () => {
    for (const [email, region] of [
      ['petugas@malang.demo', '35.73'],
      ['petugas@bangka.demo', '19.01'],
    ] as const) {
      const { late } = await listsOf(email, region);
      const ids = late.map((l) => l.id);
      const [paid] = await t.db.query<{ bills: number; interest: number }>(
        `SELECT count(*)::int AS bills, coalesce(sum(p.penalty), 0)::int8 AS interest
           FROM bill b JOIN payment p ON p.region_id = b.region_id AND p.bill_id = b.id
          WHERE b.region_id = $1 AND b.return_id = ANY($2::bigint[])`,
        [region, ids],
      );
      expect(paid?.bills, region).toBe(ids.length);
      expect(paid?.interest, region).toBeGreaterThan(0);
      const fines = await t.db.query<{ status: string; principal: number }>(
        `SELECT b.status, b.principal FROM assessment a JOIN bill b ON b.region_id = a.region_id AND b.assessment_id = a.id
          WHERE a.region_id = $1 AND a.kind = 'STPD' AND a.basis->>'reason' = 'late_filing'`,
        [region],
      );
      if (region === '35.73') expect(fines).toEqual([]);
      else {
        expect(fines).toHaveLength(ids.length);
        expect(fines.every((f) => f.status === 'paid' && f.principal === 25_000)).toBe(true);
      }
      expect((await verifyLedger(t.db, region)).findings).toEqual([]);
    }
  });
});
