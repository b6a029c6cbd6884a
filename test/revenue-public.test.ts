import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS } from '../src/app';
import { payDemoBill } from '../src/payments/pay-demo-bill';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let kepala: Agent;
beforeAll(async () => {
  t = await startTestApp();
  // The template holds the demo's configuration; its histories (two years of payments, targets) are seeded here.
  for (const area of AREAS) await area.demo?.history?.(t.db, t.clock.now(), payDemoBill);
  kepala = await signedIn(t.app, 'kepala@malang.demo');
}, 180_000);
afterAll(() => t.close());

const PUBLIC = '/api/v1/public/regions/35.73/revenue';
const anyone = (url: string) => t.app.inject({ method: 'GET', url });

interface Month {
  month: string;
  target: number;
  realised: number | null;
  withheld: boolean;
}
interface Tax {
  taxCode: string;
  target: number | null;
  realised: number;
  achievementPercent: number | null;
  months: Month[];
}

describe('the public revenue figures need no sign-in and are those of the staff dashboard', () => {
  it('answers anyone, without a session, and may be cached for a few minutes', async () => {
    const res = await anyone(PUBLIC);
    expect(res.statusCode).toBe(200);
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    expect(res.json()).toMatchObject({
      regionId: '35.73',
      name: 'Kota Malang',
      year: 2025,
      day: '2025-03-11',
    });
  });

  it("this year's figures by tax type agree with the head of Bapenda's dashboard, and the months add up", async () => {
    const pub = (await anyone(PUBLIC)).json();
    const staff = (await kepala.get('/api/v1/regions/35.73/revenue/dashboard')).json();
    expect(pub.taxes.length).toBeGreaterThan(3);
    expect(pub.totals).toEqual({
      target: staff.totals.target,
      realised: staff.totals.realised,
      achievementPercent: staff.totals.achievementPercent,
    });
    expect(pub.totals.target).toBeGreaterThan(0);
    for (const tax of pub.taxes as Tax[]) {
      const line = staff.taxes.find((x: { taxCode: string }) => x.taxCode === tax.taxCode);
      expect({
        target: tax.target,
        realised: tax.realised,
        achievementPercent: tax.achievementPercent,
      }).toEqual({
        target: line.target,
        realised: line.realised,
        achievementPercent: line.achievementPercent,
      });
      // Nothing after the day; the published months and the withheld ones make the year.
      expect(tax.months.slice(3).every((m) => m.realised === null && !m.withheld)).toBe(true);
      if (!tax.months.some((m) => m.withheld)) {
        expect(tax.months.reduce((s, m) => s + (m.realised ?? 0), 0)).toBe(tax.realised);
      }
      if (tax.target !== null) expect(tax.months.reduce((s, m) => s + m.target, 0)).toBe(tax.target);
    }
    expect(pub.months.map((m: Month) => m.realised)).toEqual(staff.months.map((m: Month) => m.realised));
    expect(pub.months.map((m: Month) => m.target)).toEqual(staff.months.map((m: Month) => m.target));
  });

  it("last year's figures run to 31 December and agree with the dashboard's last year", async () => {
    const pub = (await anyone(`${PUBLIC}?year=2024`)).json();
    const staff = (await kepala.get('/api/v1/regions/35.73/revenue/dashboard?year=2024')).json();
    expect(pub).toMatchObject({ year: 2024, day: '2024-12-31' });
    expect(pub.totals.realised).toBe(staff.totals.realised);
    expect(pub.totals.realised).toBeGreaterThan(0);
    expect(pub.months.every((m: Month) => m.realised !== null)).toBe(true);
  });

  it('a region the deployment does not host, or a malformed one, is 404', async () => {
    expect((await anyone('/api/v1/public/regions/99.99/revenue')).statusCode).toBe(404);
    expect((await anyone('/api/v1/public/regions/x/revenue')).statusCode).toBe(404);
  });
});

describe('the public figures never reveal a taxpayer', () => {
  it('hold no taxpayer name, NPWPD, NIK, kelurahan, channel or bank: only tax types and months', async () => {
    const body = (await anyone(PUBLIC)).body + (await anyone(`${PUBLIC}?year=2024`)).body;
    const taxpayers = await t.db.query<{ name: string; npwpd: string | null; nik: string | null }>(
      `SELECT name, npwpd, nik FROM taxpayer WHERE region_id = '35.73'`,
    );
    expect(taxpayers.length).toBeGreaterThan(3);
    for (const tp of taxpayers) {
      expect(body).not.toContain(tp.name);
      if (tp.npwpd) expect(body).not.toContain(tp.npwpd);
      if (tp.nik) expect(body).not.toContain(tp.nik);
    }
    const keys = new Set<string>();
    JSON.parse((await anyone(PUBLIC)).body, (key, value) => {
      keys.add(key);
      return value;
    });
    for (const banned of [
      'taxpayerId',
      'npwpd',
      'villageCode',
      'village',
      'channel',
      'partnerId',
      'paymentId',
    ]) {
      expect(keys.has(banned), banned).toBe(false);
    }
  });

  it('withholds a tax type’s month paid by fewer than 3 payments, and publishes every other month', async () => {
    const rows = await t.db.query<{ taxCode: string; m: number; payments: number }>(
      `SELECT tax_code AS "taxCode", extract(month FROM month)::int AS m, sum(payments)::int AS payments
         FROM revenue_month WHERE region_id = '35.73' AND month BETWEEN '2024-01-01' AND '2024-12-01'
        GROUP BY 1, 2`,
    );
    const pub = (await anyone(`${PUBLIC}?year=2024`)).json();
    let published = 0;
    for (const r of rows) {
      const cell = (pub.taxes as Tax[]).find((x) => x.taxCode === r.taxCode)?.months[r.m - 1];
      expect(cell, `${r.taxCode} ${r.m}`).toBeDefined();
      const small = r.payments > 0 && r.payments < 3;
      expect(cell?.withheld, `${r.taxCode} ${r.m}: ${r.payments} payments`).toBe(small);
      expect(cell?.realised === null, `${r.taxCode} ${r.m}`).toBe(small);
      if (!small) published++;
    }
    expect(published).toBeGreaterThan(10);
  });
});
