import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from './support/pdf';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * The LKjIP draft (issue 16): the region's capaian bands as its own setting with an effective date (Kab. Sampang's
 * example until it sets one), read and set by the planner and the administrator only; the draft of a year generated
 * by them from the accepted realisation (inserted here as rows, as the verifier's acceptance leaves them), printed as a
 * PDF marked DRAF that verifies publicly while it is the year's latest.
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

  it('refuses two bands from one bound or of one name, in both languages, and writes nothing', async () => {
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
    const sameName = {
      effectiveFrom: '2026-01-01',
      bands: [
        { from: 50, label: 'A' },
        { from: 0, label: 'A' },
      ],
    };
    const named = await perencana.put(`${P}/capaian-bands`, sameName, EN);
    expect(named.statusCode).toBe(400);
    expect(named.body).toContain('Each band needs a name of its own');
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

const flat = (text: string) => text.replace(/\s+/g, ' ');

type Draft = {
  id: number;
  year: number;
  number: string;
  latest: boolean;
  indicators: number;
  withoutCapaian: number;
  pdf: string;
};

describe('the LKjIP draft', () => {
  let ipm: { id: number; target: { target: number; quarters: number[] } };
  let stunting: { id: number; target: { target: number; quarters: number[] } };
  let draft: Draft;

  beforeAll(async () => {
    const tree = (await perencana.get(`${P}/tree?year=2024`)).json() as {
      roots: unknown[];
    };
    const all: { id: number; name: string; target: { target: number; quarters: number[] } }[] = [];
    const collect = (nodes: unknown[]) => {
      for (const n of nodes as { indicators: typeof all; children: unknown[] }[]) {
        all.push(...n.indicators);
        collect(n.children);
      }
    };
    collect(tree.roots);
    ipm = all.find((i) => i.name.startsWith('Indeks Pembangunan Manusia')) as typeof ipm;
    stunting = all.find((i) => i.name.startsWith('Prevalensi stunting')) as typeof stunting;
    const [dinkes] = await t.db.query<{ id: number }>(
      "SELECT id FROM perangkat_daerah WHERE region_id = '35.73' AND short_name = 'Dinkes'",
    );
    // Fixtures: the rows a verifier's acceptance leaves (IPM through Tw4, stunting through Tw2 only), a row still
    // submitted, which does not count, and last year's IPM — in place of the demo's two years of these two.
    await t.db.query(
      `DELETE FROM performance_realisation WHERE region_id = '35.73' AND indicator_id = ANY($1::bigint[])`,
      [[ipm.id, stunting.id]],
    );
    const row = (indicatorId: number, year: number, quarter: number, value: number, status = 'accepted') =>
      t.db.query(
        `INSERT INTO performance_realisation (region_id, indicator_id, opd_id, year, quarter, value, status, source,
           submitted_at, decided_at, created_at, updated_at)
         VALUES ('35.73', $1, $2, $3, $4, $5, $6, 'manual', now(), CASE WHEN $6 = 'accepted' THEN now() END, now(), now())`,
        [indicatorId, dinkes?.id, year, quarter, value, status],
      );
    await row(ipm.id, 2024, 3, 82.4);
    await row(ipm.id, 2024, 4, ipm.target.target);
    await row(ipm.id, 2023, 4, 81.5);
    await row(stunting.id, 2024, 1, 13.9);
    await row(stunting.id, 2024, 2, 13.9);
    await row(stunting.id, 2024, 3, 10, 'submitted');
  });

  it('is generated by the planner from the accepted realisation, audited', async () => {
    const res = await perencana.post(`${P}/lkjip`, { year: 2024 });
    expect(res.statusCode, res.body).toBe(201);
    draft = res.json() as Draft;
    expect(draft).toMatchObject({ year: 2024, latest: true, number: `LKJIP/35.73/2024/${draft.id}` });
    const [stored] = await t.db.query<{ snapshot: { iku: { id: number; year: Record<string, unknown> }[] } }>(
      'SELECT snapshot FROM lkjip_report WHERE region_id = $1 AND id = $2',
      ['35.73', draft.id],
    );
    const iku = new Map(stored?.snapshot.iku.map((i) => [i.id, i.year]));
    expect(iku.get(ipm.id)).toMatchObject({ realisation: ipm.target.target, quarter: 4, capaian: 100 });
    // Tw3's submitted figure does not count: Tw2's accepted one, read against Tw2's own target (lower is better).
    const tw2 = stunting.target.quarters[1] as number;
    expect(iku.get(stunting.id)).toMatchObject({ realisation: 13.9, quarter: 2, comparedWith: tw2 });
    const [audit] = await t.db.query<{ after: { year: number } }>(
      "SELECT after FROM audit_entry WHERE region_id = '35.73' AND action = 'lkjip_report.generate' AND entity_id = $1",
      [String(draft.id)],
    );
    expect(audit?.after.year).toBe(2024);
  });

  it('prints every chapter marked DRAF, with last year beside, and verifies publicly until a later draft', async () => {
    const res = await perencana.get(draft.pdf);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('application/pdf');
    const text = flat(pdfText(new Uint8Array(res.rawPayload)));
    for (const heading of [
      'BAB I PENDAHULUAN',
      'BAB II PERENCANAAN KINERJA',
      'BAB III AKUNTABILITAS KINERJA',
      'BAB IV PENUTUP',
    ])
      expect(text).toContain(heading);
    expect(text).toContain('DRAF');
    expect(text).toContain('Peraturan Presiden Nomor 29 Tahun 2014');
    expect(text).toContain('SEKRETARIAT DAERAH');
    expect(text).toContain('diterbitkan secara elektronik oleh sistem manajemen kinerja daerah');
    expect(text).toContain('(Tw2)');
    expect(text).toContain('81,5');
    const code = /Kode verifikasi: (J3573-\d+-[0-9A-Z]{16})/.exec(text)?.[1];
    expect(code).toBeDefined();
    const verify = async () => (await t.app.inject({ url: `/api/v1/public/verify/${code}` })).json();
    expect(await verify()).toMatchObject({
      genuine: true,
      kind: 'lkjip',
      current: true,
      lkjip: { year: 2024 },
    });
    const again = await perencana.post(`${P}/lkjip`, { year: 2024 });
    expect(again.statusCode).toBe(201);
    expect(await verify()).toMatchObject({ genuine: true, current: false, status: 'superseded' });
    const list = (
      await (await signedIn(t.app, 'pimpinan@malang.demo')).get(`${P}/lkjip?year=2024`)
    ).json() as {
      items: Draft[];
    };
    expect(list.items.map((d) => [d.id, d.latest])).toEqual([
      [(again.json() as Draft).id, true],
      [draft.id, false],
    ]);
  });

  it("refuses an OPD's officer (403) and another region (404): nothing generated", async () => {
    const before = await t.db.query("SELECT id FROM lkjip_report WHERE region_id = '35.73'");
    expect((await petugasDinkes.post(`${P}/lkjip`, { year: 2024 })).statusCode).toBe(403);
    expect((await petugasDinkes.get(`${P}/lkjip`)).statusCode).toBe(403);
    expect((await bangkaPerencana.post(`${P}/lkjip`, { year: 2024 })).statusCode).toBe(404);
    expect(
      (await bangkaPerencana.get(`/api/v1/regions/19.01/performance/lkjip/${draft.id}/pdf`)).statusCode,
    ).toBe(404);
    expect(await t.db.query("SELECT id FROM lkjip_report WHERE region_id = '35.73'")).toHaveLength(
      before.length,
    );
  });

  it('refuses a year not begun (422, both languages) and a year out of range (400)', async () => {
    const res = await perencana.post(`${P}/lkjip`, { year: 2026 });
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'LKJIP_YEAR_NOT_BEGUN', title: 'Tahun belum dimulai' });
    expect((await perencana.post(`${P}/lkjip`, { year: 2026 }, EN)).json().title).toBe('Year not begun');
    expect((await perencana.post(`${P}/lkjip`, { year: 1999 })).statusCode).toBe(400);
  });
});
