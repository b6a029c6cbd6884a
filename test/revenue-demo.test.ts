import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS } from '../src/app';
import { payDemoBill } from '../src/payments/pay-demo-bill';
import { readAuditChain, verifyChain } from '../src/platform/audit';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  // The template holds the demo's configuration; its histories are seeded here, every area's in the list's order.
  for (const area of AREAS) await area.demo?.history?.(t.db, t.clock.now(), payDemoBill);
}, 180_000);
afterAll(() => t.close());

describe('the demo gives the revenue command center two years to read', () => {
  it('payments from January of last year (the earlier masa in bulk), the ledger and the audit chain whole', async () => {
    const rows = await t.db.query<{ regionId: string; first: string; payments: number }>(
      `SELECT region_id AS "regionId", min(day)::text AS first, count(*)::int AS payments FROM payment
        GROUP BY 1 ORDER BY 1`,
    );
    for (const r of rows) {
      expect(r.first.slice(0, 7), r.regionId).toBe('2024-01');
      expect(r.payments, r.regionId).toBeGreaterThan(80);
      expect((await verifyLedger(t.db, r.regionId)).findings).toEqual([]);
      expect((await verifyChain(readAuditChain(t.db, r.regionId))).ok).toBe(true);
    }
  });

  it("Kota Malang's head of Bapenda sees this year's targets, realisation, a seasonal forecast and its back-test", async () => {
    const kepala = await signedIn(t.app, 'kepala@malang.demo');
    const d = (await kepala.get('/api/v1/regions/35.73/revenue/dashboard')).json();
    expect(d).toMatchObject({ year: 2025, day: '2025-03-11', recordsBegin: '2024-01' });
    const food = d.taxes.find((x: { taxCode: string }) => x.taxCode === 'pbjt_makanan_minuman');
    expect(food.target).toBeGreaterThan(0);
    expect(food.forecast.method).toBe('seasonal');
    expect(food.forecast.methodText.en).toContain('2024 had collected by the same date');
    expect(food.sameDateLastYear).toBeGreaterThan(0);
    // Last year had no year before it on record: its back-test is the linear pace's, and says how far off it was.
    expect(typeof food.forecast.backtestErrorPercent).toBe('number');
    for (const tax of d.taxes.filter((x: { target: number | null }) => x.target))
      expect(tax.forecast.yearEnd / tax.target, tax.taxCode).toBeLessThan(1.3);
  });

  it("last year's achievement is believable, 80–110%, and Kota Malang's makan-minum target was revised", async () => {
    for (const [email, region] of [
      ['kepala@malang.demo', '35.73'],
      ['kepala@bangka.demo', '19.01'],
    ] as const) {
      const agent = await signedIn(t.app, email);
      const d = (await agent.get(`/api/v1/regions/${region}/revenue/dashboard?year=2024`)).json();
      for (const tax of d.taxes) {
        expect(tax.achievementPercent, `${region} ${tax.taxCode}`).toBeGreaterThanOrEqual(80);
        expect(tax.achievementPercent, `${region} ${tax.taxCode}`).toBeLessThanOrEqual(110);
      }
    }
    const pimpinan = await signedIn(t.app, 'pimpinan@malang.demo');
    const targets = (await pimpinan.get('/api/v1/regions/35.73/revenue/targets?year=2024')).json();
    const food = targets.taxes.find((x: { taxCode: string }) => x.taxCode === 'pbjt_makanan_minuman');
    expect(food.history.map((h: { stage: string; approvedBy: string }) => [h.stage, h.approvedBy])).toEqual([
      ['murni', 'Handayani, Kepala Bapenda Kota Malang'],
      ['perubahan', 'Handayani, Kepala Bapenda Kota Malang'],
    ]);
    expect(food.inForce.stage).toBe('perubahan');
  });
});
