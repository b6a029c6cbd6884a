import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS } from '../src/app';
import { payDemoBill } from '../src/payments/pay-demo-bill';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let bangkaHead: Agent;
let malangHead: Agent;
beforeAll(async () => {
  t = await startTestApp();
  for (const area of AREAS) await area.demo?.history?.(t.db, t.clock.now(), payDemoBill);
  bangkaHead = await signedIn(t.app, 'kepala@bangka.demo');
  malangHead = await signedIn(t.app, 'kepala@malang.demo');
}, 180_000);
afterAll(() => t.close());

const MALANG = '/api/v1/regions/35.73';
const BANGKA = '/api/v1/regions/19.01';

interface Figures {
  target: number | null;
  realised: number;
  achievementPercent: number | null;
  realisedPerCapita: number | null;
  targetPerCapita: number | null;
}
interface RegionRow {
  regionId: string;
  population: { year: number; population: number; source: string } | null;
  totals: Figures;
  taxes: (Figures & { taxCode: string })[];
}

describe("a region's population is entered by its administrator, with its source and year", () => {
  it('the demo gives both regions a figure for last year, marked as a demo figure', async () => {
    const malang = (await (await signedIn(t.app, 'admin@malang.demo')).get(`${MALANG}/population`)).json();
    expect(malang.current).toMatchObject({ year: 2024, population: 847_000, enteredBy: expect.any(String) });
    expect(malang.current.source).toContain('demo');
    const bangka = (await (await signedIn(t.app, 'admin@bangka.demo')).get(`${BANGKA}/population`)).json();
    expect(bangka.current).toMatchObject({ year: 2024, population: 343_000 });
  });

  it('a correction is a new entry that counts, the old one kept, and both audited', async () => {
    const admin = await signedIn(t.app, 'admin@bangka.demo');
    const res = await admin.put(`${BANGKA}/population`, {
      year: 2024,
      population: 345_120,
      source: 'BPS, Kabupaten Bangka Dalam Angka 2025',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().figure).toMatchObject({ year: 2024, population: 345_120 });
    const after = (await admin.get(`${BANGKA}/population`)).json();
    expect(after.current).toMatchObject({
      population: 345_120,
      source: 'BPS, Kabupaten Bangka Dalam Angka 2025',
    });
    expect(after.history.map((h: { population: number }) => h.population)).toEqual([345_120, 343_000]);
    const audit = await t.db.query<{ actor: string; after: { population: number } }>(
      `SELECT actor, after FROM audit_entry WHERE region_id = '19.01' AND action = 'region_population.record'
        ORDER BY seq`,
    );
    expect(audit.map((a) => [a.actor, a.after.population])).toEqual([
      ['admin@bangka.demo', 343_000],
      ['admin@bangka.demo', 345_120],
    ]);
  });

  it("another region's administrator cannot set this region's population (404: not their region)", async () => {
    const bangkaAdmin = await signedIn(t.app, 'admin@bangka.demo');
    const res = await bangkaAdmin.put(`${MALANG}/population`, { year: 2024, population: 1, source: 'x' });
    expect(res.statusCode).toBe(404);
    const rows = await t.db.query(
      `SELECT 1 FROM region_population WHERE region_id = '35.73' AND population = 1`,
    );
    expect(rows).toEqual([]);
  });

  it("only the region's administrator sets it: the head of Bapenda reads it, an officer may not set it", async () => {
    expect(
      (await malangHead.put(`${MALANG}/population`, { year: 2024, population: 5, source: 'x' })).statusCode,
    ).toBe(403);
    expect((await malangHead.get(`${MALANG}/population`)).statusCode).toBe(200);
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    expect(
      (await officer.put(`${MALANG}/population`, { year: 2024, population: 5, source: 'x' })).statusCode,
    ).toBe(403);
  });

  it('a population of zero, a missing source or an unknown field is refused with a problem in both languages', async () => {
    const admin = await signedIn(t.app, 'admin@malang.demo');
    for (const body of [
      { year: 2024, population: 0, source: 'BPS' },
      { year: 2024, population: 847_000, source: ' ' },
      { year: 2024, population: 847_000, source: 'BPS', region: '19.01' },
    ]) {
      const res = await admin.put(`${MALANG}/population`, body);
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('the cross-region view: every region side by side, in aggregate only', () => {
  it("Bangka's head sees Malang and Bangka, each with the figures of its own dashboard", async () => {
    const res = await bangkaHead.get(`${BANGKA}/revenue/cross-region?year=2025`);
    expect(res.statusCode).toBe(200);
    const { year, regions } = res.json() as { year: number; regions: RegionRow[] };
    expect(year).toBe(2025);
    expect(regions.map((r) => r.regionId)).toEqual(['19.01', '35.73']);
    const malangDashboard = (await malangHead.get(`${MALANG}/revenue/dashboard?year=2025`)).json();
    const malang = regions.find((r) => r.regionId === '35.73') as RegionRow;
    expect(malang.totals).toMatchObject({
      target: malangDashboard.totals.target,
      realised: malangDashboard.totals.realised,
      achievementPercent: malangDashboard.totals.achievementPercent,
    });
    for (const tax of malang.taxes) {
      const line = malangDashboard.taxes.find((x: { taxCode: string }) => x.taxCode === tax.taxCode);
      expect([tax.target, tax.realised]).toEqual([line.target, line.realised]);
    }
  });

  it('per capita is realisation ÷ population, in whole rupiah, for the totals and each tax type', async () => {
    const { regions } = (await bangkaHead.get(`${BANGKA}/revenue/cross-region`)).json() as {
      regions: RegionRow[];
    };
    for (const r of regions) {
      const people = r.population?.population as number;
      expect(people, r.regionId).toBeGreaterThan(100_000);
      expect(r.totals.realisedPerCapita).toBe(Math.round(r.totals.realised / people));
      expect(r.totals.targetPerCapita).toBe(Math.round((r.totals.target as number) / people));
      for (const tax of r.taxes) expect(tax.realisedPerCapita).toBe(Math.round(tax.realised / people));
    }
  });

  it("holds no other region's payments or taxpayers", async () => {
    const body = (await bangkaHead.get(`${BANGKA}/revenue/cross-region`)).body;
    const taxpayers = await t.db.query<{ name: string; npwpd: string | null }>(
      `SELECT name, npwpd FROM taxpayer WHERE region_id = '35.73'`,
    );
    for (const tp of taxpayers) {
      expect(body).not.toContain(tp.name);
      if (tp.npwpd) expect(body).not.toContain(tp.npwpd);
    }
    for (const banned of [
      '"payments"',
      'paymentId',
      'taxpayer',
      'npwpd',
      'village',
      'channel',
      'partnerId',
    ]) {
      expect(body).not.toContain(banned);
    }
  });

  it('a taxpayer cannot see the cross-region view; the mayor (pimpinan) can', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    expect((await wp.get(`${MALANG}/revenue/cross-region`)).statusCode).toBe(403);
    const pimpinan = await signedIn(t.app, 'pimpinan@malang.demo');
    expect((await pimpinan.get(`${MALANG}/revenue/cross-region`)).statusCode).toBe(200);
  });

  it('without a population on record, per capita is null rather than a guess', async () => {
    await t.db.query('ALTER TABLE region_population DISABLE TRIGGER region_population_append_only');
    const saved = await t.db.query(`SELECT * FROM region_population WHERE region_id = '35.73'`);
    expect(saved.length).toBeGreaterThan(0);
    await t.db.query(`DELETE FROM region_population WHERE region_id = '35.73'`);
    try {
      const { regions } = (await bangkaHead.get(`${BANGKA}/revenue/cross-region`)).json() as {
        regions: RegionRow[];
      };
      const malang = regions.find((r) => r.regionId === '35.73') as RegionRow;
      expect(malang.population).toBeNull();
      expect(malang.totals.realisedPerCapita).toBeNull();
      expect(malang.totals.realised).toBeGreaterThan(0);
    } finally {
      await t.db.query('ALTER TABLE region_population ENABLE TRIGGER region_population_append_only');
    }
  });

  it('the population table is append-only', async () => {
    await expect(t.db.query(`UPDATE region_population SET population = 1`)).rejects.toThrow(/append-only/);
  });
});
