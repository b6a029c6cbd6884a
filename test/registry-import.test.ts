import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../src/tax/registry/import-columns';
import { IMPORT_BODY_LIMIT } from '../src/tax/registry/registry-routes';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let officer: Agent;
// A small general body limit shows that the import route has its own, larger one.
const GENERAL_BODY_LIMIT = 4096;
beforeAll(async () => {
  t = await startTestApp({ BALAI_BODY_LIMIT_BYTES: String(GENERAL_BODY_LIMIT) });
  officer = await signedIn(t.app, 'petugas@malang.demo');
});
afterAll(() => t.close());

const API = '/api/v1/regions/35.73';
const HEADER = IMPORT_COLUMNS.join(',');
const nikOf = (n: number) => `357302150185${String(n).padStart(4, '0')}`;

/** Lines 2–5: a person with two objects (two rows), an entity with one, a person with none. */
const LEGACY = [
  HEADER,
  `L-001,person,${nikOf(1)},,Sate Gebug,"Jl. Basuki Rahmat 113, Malang",35.73.02.1001,0341-366154,,OP-001,pbjt_makanan_minuman,,Sate Gebug,"Jl. Basuki Rahmat 113, Malang",35.73.02.1001,1920-01-01`,
  `L-001,person,${nikOf(1)},,Sate Gebug,"Jl. Basuki Rahmat 113, Malang",35.73.02.1001,0341-366154,,OP-002,reklame,,Papan Sate Gebug,Jl. Basuki Rahmat 113,35.73.02.1001,2010-03-01`,
  `L-002,entity,,0123456789012000,PT Tugu Hotels,Jl. Tugu 3,35.73.02.1003,,info@tugu.example,OP-003,pbjt_perhotelan,,Hotel Tugu,Jl. Tugu 3,35.73.02.1003,1997-06-01`,
  `L-003,person,${nikOf(3)},,Ibu Sri Rahayu,Jl. Dinoyo 5,35.73.05.1004,,,,,,,,,`,
].join('\r\n');

async function count(table: string): Promise<number> {
  const [row] = await t.db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM ${table} WHERE region_id = '35.73'`,
  );
  return row?.n ?? 0;
}
async function counter(): Promise<number> {
  const [row] = await t.db.query<{ value: number }>(
    "SELECT value FROM region_counter WHERE region_id = '35.73' AND name = 'npwpd'",
  );
  return row?.value ?? 0;
}
async function importEntries() {
  const [row] = await t.db.query<{ n: number }>(
    "SELECT count(*)::int AS n FROM audit_entry WHERE region_id = '35.73' AND action = 'taxpayer.import'",
  );
  return row?.n ?? 0;
}

describe('import of taxpayers from a legacy system', () => {
  it('a file with bad rows writes nothing and names each bad line with its reasons (422 IMPORT_REJECTED)', async () => {
    const before = {
      taxpayers: await count('taxpayer'),
      objects: await count('tax_object'),
      n: await counter(),
    };
    const bad = [
      LEGACY,
      `L-004,person,12345,,Toko Empat,Jl. Empat,35.73.02.1001,,,OP-004,pbjt_makanan_minuman,,Toko Empat,Jl. Empat,35.73.02.1001,2020-01-01`,
      `L-005,person,${nikOf(5)},,Toko Lima,Jl. Lima,19.01.01.1001,,,OP-005,pajak_judi,,Toko Lima,Jl. Lima,35.73.02.1001,2020-13-01`,
      `L-001,person,${nikOf(1)},,Sate Gebug Baru,"Jl. Basuki Rahmat 113, Malang",35.73.02.1001,0341-366154,,OP-006,pbjt_makanan_minuman,,Sate,Jl,35.73.02.1001,2020-01-01`,
    ].join('\r\n');
    const res = await officer.post(`${API}/taxpayers/import`, { csv: bad });
    expect(res.statusCode).toBe(422);
    const problem = res.json();
    expect(problem).toMatchObject({ code: 'IMPORT_REJECTED', detail: expect.stringContaining('3') });
    expect(problem.errors.map((e: { field: string }) => e.field)).toEqual(['line 6', 'line 7', 'line 8']);
    expect(problem.errors[0].message).toMatch(/nik "12345"/);
    expect(problem.errors[1].message).toMatch(
      /village_code "19.01.01.1001" bukan kelurahan\/desa daerah ini/,
    );
    expect(problem.errors[1].message).toMatch(/tax_code "pajak_judi"/);
    expect(problem.errors[1].message).toMatch(/opened_on "2020-13-01"/);
    expect(problem.errors[2].message).toBe('wajib pajak L-001 berbeda dari baris 2 pada name');
    expect({
      taxpayers: await count('taxpayer'),
      objects: await count('tax_object'),
      n: await counter(),
    }).toEqual(before);
    expect(await importEntries()).toBe(0);
  });

  it('a good file is written whole: taxpayers verified with NPWPDs from one block of the counter, objects active', async () => {
    const before = await counter();
    const res = await officer.post(`${API}/taxpayers/import`, { csv: LEGACY });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      sha256: createHash('sha256').update(LEGACY).digest('hex'),
      rows: 4,
      taxpayers: { new: 3, existing: 0 },
      objects: { new: 3, existing: 0 },
    });
    expect(await counter()).toBe(before + 3);
    const rows = await t.db.query<{ legacyRef: string; status: string; npwpd: string; objects: string[] }>(
      `SELECT t.legacy_ref AS "legacyRef", t.status, t.npwpd,
         array(SELECT o.status || ':' || o.tax_code FROM tax_object o
               WHERE o.region_id = t.region_id AND o.taxpayer_id = t.id ORDER BY o.legacy_ref) AS objects
       FROM taxpayer t WHERE t.region_id = '35.73' AND t.legacy_ref LIKE 'L-%' ORDER BY t.legacy_ref`,
    );
    expect(rows.map((r) => [r.legacyRef, r.status, r.objects])).toEqual([
      ['L-001', 'verified', ['active:pbjt_makanan_minuman', 'active:reklame']],
      ['L-002', 'verified', ['active:pbjt_perhotelan']],
      ['L-003', 'verified', []],
    ]);
    expect(new Set(rows.map((r) => r.npwpd)).size).toBe(3);
    const search = (await officer.get(`${API}/taxpayers?q=${encodeURIComponent('sate gebug')}`)).json();
    expect(search.items[0]).toMatchObject({ name: 'Sate Gebug', npwpd: rows[0]?.npwpd });
  });

  it('the import is audited once, with its counts and the file hash, not once per row', async () => {
    expect(await importEntries()).toBe(1);
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const [entry] = (await admin.get(`${API}/audit?action=taxpayer.import`)).json().entries;
    expect(entry).toMatchObject({
      actor: 'petugas@malang.demo',
      entity: 'taxpayer_import',
      entityId: createHash('sha256').update(LEGACY).digest('hex'),
      after: { rows: 4, taxpayers: { new: 3 }, objects: { new: 3 } },
    });
    const perRow = await t.db.query(
      `SELECT 1 FROM audit_entry a JOIN taxpayer t ON a.entity = 'taxpayer' AND a.entity_id = t.id::text
       WHERE a.region_id = '35.73' AND t.region_id = '35.73' AND t.legacy_ref LIKE 'L-%'`,
    );
    expect(perRow).toHaveLength(0);
  });

  it('re-running the same file creates no duplicates and reports everything as already present', async () => {
    const before = {
      taxpayers: await count('taxpayer'),
      objects: await count('tax_object'),
      n: await counter(),
    };
    const res = await officer.post(`${API}/taxpayers/import`, { csv: LEGACY });
    expect(res.json()).toMatchObject({
      taxpayers: { new: 0, existing: 3 },
      objects: { new: 0, existing: 3 },
    });
    expect({
      taxpayers: await count('taxpayer'),
      objects: await count('tax_object'),
      n: await counter(),
    }).toEqual(before);
  });

  it('a later file adds only what is new, including a new object of a taxpayer imported before', async () => {
    const more = [
      LEGACY,
      `L-003,person,${nikOf(3)},,Ibu Sri Rahayu,Jl. Dinoyo 5,35.73.05.1004,,,OP-007,sarang_walet,,Rumah Walet,Jl. Dinoyo 5,35.73.05.1004,2023-02-01`,
      `L-008,person,${nikOf(8)},,Parkir Alun-Alun,Jl. Merdeka 1,35.73.02.1007,,,OP-008,pbjt_parkir,,Parkir Alun-Alun,Jl. Merdeka 1,35.73.02.1007,2022-01-01`,
    ].join('\r\n');
    const res = await officer.post(`${API}/taxpayers/import`, { csv: more });
    expect(res.json()).toMatchObject({
      taxpayers: { new: 1, existing: 3 },
      objects: { new: 2, existing: 3 },
    });
  });

  it('a NIK that a taxpayer registered online already holds is refused, with the line', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    const online = await wp.post(`${API}/taxpayers`, {
      kind: 'person',
      nik: nikOf(9),
      name: 'Bu Tini',
      address: 'Jl. Kawi 1',
      villageCode: '35.73.02.1001',
    });
    expect(online.statusCode).toBe(201);
    const clash = `${HEADER}\nL-009,person,${nikOf(9)},,Tini,Jl. Kawi 1,35.73.02.1001,,,,,,,,,\n`;
    const res = await officer.post(`${API}/taxpayers/import`, { csv: clash });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { field: 'line 2', message: `NIK ${nikOf(9)} sudah terdaftar atas wajib pajak lain` },
    ]);
    const inEnglish = await officer.post(
      `${API}/taxpayers/import`,
      { csv: clash },
      { headers: { 'accept-language': 'en' } },
    );
    expect(inEnglish.json().errors).toEqual([
      { field: 'line 2', message: `NIK ${nikOf(9)} is already registered to another taxpayer` },
    ]);
  });

  it('a broken CSV (an unclosed quote) is refused with the line it starts on', async () => {
    const res = await officer.post(`${API}/taxpayers/import`, { csv: `${HEADER}\nL-010,"person,\n` });
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([{ field: 'line 2', message: 'kolom bertanda kutip tidak ditutup' }]);
  });

  it('the import route takes bodies beyond the general limit (here a bulk load of 1,000 rows); other routes keep it (413)', async () => {
    const rows = Array.from(
      { length: 1000 },
      (_, i) =>
        `B-${i},person,${nikOf(100 + i)},,Toko Besar ${i},Jl. Panjang ${i},35.73.04.1005,,,OB-${i},pbjt_makanan_minuman,,Toko ${i},Jl. Panjang ${i},35.73.04.1005,2021-01-01`,
    );
    const csv = [HEADER, ...rows].join('\n');
    expect(csv.length).toBeGreaterThan(GENERAL_BODY_LIMIT);
    const res = await officer.post(`${API}/taxpayers/import`, { csv });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ taxpayers: { new: 1000 }, objects: { new: 1000 } });
    const found = await officer.get(`${API}/taxpayers?q=${encodeURIComponent('Toko Besar 777')}`);
    expect(found.json().items[0]).toMatchObject({ name: 'Toko Besar 777', status: 'verified' });
    const big = await officer.post(`${API}/taxpayers`, {
      kind: 'person',
      name: 'x'.repeat(GENERAL_BODY_LIMIT),
    });
    expect(big.statusCode).toBe(413);
    expect(big.json().detail).toContain(`${GENERAL_BODY_LIMIT} bita`);
  });

  it("a file beyond the import route's own limit is refused quoting that limit, not the general one", async () => {
    const res = await officer.post(`${API}/taxpayers/import`, { csv: 'x'.repeat(IMPORT_BODY_LIMIT) });
    expect(res.statusCode).toBe(413);
    expect(res.json().detail).toBe(`Isi permintaan melebihi batas ${IMPORT_BODY_LIMIT} bita.`);
  });

  it('only officers, supervisors and administrators import: a taxpayer or an auditor gets 403', async () => {
    for (const email of ['wp@malang.demo', 'auditor@malang.demo']) {
      const agent = await signedIn(t.app, email);
      const res = await agent.post(`${API}/taxpayers/import`, { csv: LEGACY });
      expect(res.statusCode).toBe(403);
    }
  });

  it('a screen may follow the import: with Accept: application/x-ndjson it streams progress, then the summary or the refusal', async () => {
    const stream = { headers: { accept: 'application/x-ndjson' } };
    const events = (body: string) =>
      body
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line));
    const rows = Array.from(
      { length: 300 },
      (_, i) =>
        `S-${i},person,${nikOf(5000 + i)},,Toko Aliran ${i},Jl. Aliran ${i},35.73.02.1001,,,SO-${i},pbjt_makanan_minuman,,Toko Aliran ${i},Jl. Aliran ${i},35.73.02.1001,2020-01-01`,
    );
    const good = await officer.post(`${API}/taxpayers/import`, { csv: [HEADER, ...rows].join('\n') }, stream);
    expect(good.statusCode).toBe(200);
    expect(good.headers['content-type']).toContain('application/x-ndjson');
    const done = events(good.body);
    const progress = done.filter((e) => e.progress).map((e) => e.progress);
    expect(progress.length).toBeGreaterThan(0);
    expect(progress.at(-1)).toEqual({ done: 600, total: 600 });
    expect(done.at(-1)).toEqual({
      result: expect.objectContaining({ rows: 300, taxpayers: { new: 300, existing: 0 } }),
    });

    const bad = await officer.post(`${API}/taxpayers/import`, { csv: `${HEADER}\nL-010,"person,\n` }, stream);
    expect(events(bad.body)).toEqual([
      {
        problem: expect.objectContaining({
          status: 422,
          code: 'IMPORT_REJECTED',
          errors: [{ field: 'line 2', message: 'kolom bertanda kutip tidak ditutup' }],
        }),
      },
    ]);
  });
});
