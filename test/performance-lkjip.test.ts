import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * The LKjIP draft (issue 16): the region's capaian bands as its own setting with an effective date (Kab. Sampang's
 * example until it sets one), read and set by the planner and the administrator only.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
const EN = { headers: { 'accept-language': 'en' } };

let t: TestApp;
let perencana: Agent;
let petugasDinkes: Agent;
let bangkaPerencana: Agent;

beforeAll(async () => {
  t = await startTestApp();
  [perencana, petugasDinkes, bangkaPerencana] = await Promise.all([
    signedIn(t.app, 'perencana@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
    signedIn(t.app, 'perencana@bangka.demo'),
  ]);
}, 120_000);
afterAll(() => t.close());

type Bands = {
  inForce: { effectiveFrom: string | null; bands: { from: number; label: string }[] };
  settings: { effectiveFrom: string; setBy: string | null }[];
};

describe('capaian bands', () => {
  it("reads Kab. Sampang's table, highest band first, while the region has set none", async () => {
    const res = await bangkaPerencana.get('/api/v1/regions/19.01/performance/capaian-bands');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as Bands;
    expect(body.inForce.effectiveFrom).toBeNull();
    expect(body.inForce.bands.map((b) => [b.from, b.label])).toEqual([
      [91, 'Sangat Baik'],
      [76, 'Baik'],
      [66, 'Cukup'],
      [51, 'Kurang'],
      [0, 'Sangat Kurang'],
    ]);
  });

  it('takes a setting from its effective day on, audited; a later day is not yet in force', async () => {
    const set = await perencana.put(`${P}/capaian-bands`, {
      effectiveFrom: '2025-01-01',
      bands: [
        { from: 0, label: 'Kurang' },
        { from: 85.01, label: 'Baik' },
        { from: 100, label: 'Sangat Baik' },
      ],
    });
    expect(set.statusCode, set.body).toBe(200);
    expect((set.json() as Bands).inForce).toEqual({
      effectiveFrom: '2025-01-01',
      bands: [
        { from: 100, label: 'Sangat Baik' },
        { from: 85.01, label: 'Baik' },
        { from: 0, label: 'Kurang' },
      ],
    });
    const later = await perencana.put(`${P}/capaian-bands`, {
      effectiveFrom: '2030-01-01',
      bands: [{ from: 0, label: 'Semua' }],
    });
    const body = later.json() as Bands;
    expect(body.inForce.effectiveFrom).toBe('2025-01-01');
    expect(body.settings.map((s) => s.effectiveFrom)).toEqual(['2030-01-01', '2025-01-01']);
    const audit = await t.db.query<{ entity_id: string }>(
      `SELECT entity_id FROM audit_entry WHERE region_id = '35.73' AND action = 'capaian_band_setting.set'
        ORDER BY seq`,
    );
    expect(audit.map((a) => a.entity_id)).toEqual(['2025-01-01', '2030-01-01']);
  });

  it('refuses two bands from one bound, in both languages, and writes nothing', async () => {
    const bad = {
      effectiveFrom: '2026-01-01',
      bands: [
        { from: 50, label: 'A' },
        { from: 50, label: 'B' },
      ],
    };
    const id = await perencana.put(`${P}/capaian-bands`, bad);
    expect(id.statusCode).toBe(422);
    expect(id.json().code).toBe('CAPAIAN_BANDS_INVALID');
    expect(id.json().title).toBe('Tabel interpretasi capaian tidak sah');
    const en = await perencana.put(`${P}/capaian-bands`, bad, EN);
    expect(en.json().title).toBe('Invalid capaian interpretation table');
    const read = (await perencana.get(`${P}/capaian-bands`)).json() as Bands;
    expect(read.settings.map((s) => s.effectiveFrom)).not.toContain('2026-01-01');
  });

  it("refuses an OPD's officer (403), another region's planner 404", async () => {
    const body = { effectiveFrom: '2025-06-01', bands: [{ from: 0, label: 'Semua' }] };
    expect((await petugasDinkes.put(`${P}/capaian-bands`, body)).statusCode).toBe(403);
    expect((await petugasDinkes.get(`${P}/capaian-bands`)).statusCode).toBe(403);
    expect((await bangkaPerencana.put(`${P}/capaian-bands`, body)).statusCode).toBe(404);
  });
});
