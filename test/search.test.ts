import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../src/tax/registry/import-columns';
import { taxpayerSearchSql } from '../src/tax/registry/search-taxpayers';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Officers find a taxpayer by what they know of them (issue 14, defect 7): the trade name on the sign, the owner,
 * NPWPD, NIK, the object's number in the earlier system (NOP), the address; typos forgiven; best match first;
 * never another region's taxpayer.
 */
let t: TestApp;
let officer: Agent;
let bangkaOfficer: Agent;
beforeAll(async () => {
  t = await startTestApp();
  officer = await signedIn(t.app, 'petugas@malang.demo');
  bangkaOfficer = await signedIn(t.app, 'petugas@bangka.demo');
});
afterAll(() => t.close());

const MALANG = '/api/v1/regions/35.73';
const BANGKA = '/api/v1/regions/19.01';
const KAUMAN = '35.73.02.1007';
const SAWOJAJAR = '35.73.03.1008';
const SUNGAILIAT = '19.01.01.1001';
const nikOf = (n: number) => `357302150185${String(n).padStart(4, '0')}`;

interface Hit {
  id: number;
  name: string;
  npwpd: string | null;
  objects: { name: string; legacyRef: string | null }[];
}

async function business(
  agent: Agent,
  api: string,
  n: number,
  owner: { name: string; address: string; villageCode: string },
  object?: { name: string; address: string; taxCode?: string },
): Promise<{ id: number; npwpd: string }> {
  const res = await agent.post(`${api}/taxpayers`, { kind: 'person', nik: nikOf(n), ...owner });
  expect(res.statusCode, res.body).toBe(201);
  const { id } = res.json() as { id: number };
  const decided = await agent.post(`${api}/taxpayers/${id}/decision`, { decision: 'verify' });
  expect(decided.statusCode, decided.body).toBe(200);
  if (object) {
    const added = await agent.post(`${api}/taxpayers/${id}/objects`, {
      taxCode: object.taxCode ?? 'pbjt_makanan_minuman',
      name: object.name,
      address: object.address,
      villageCode: owner.villageCode,
      openedOn: '2022-10-01',
    });
    expect(added.statusCode, added.body).toBe(201);
  }
  return { id, npwpd: (decided.json() as { npwpd: string }).npwpd };
}

let tini: { id: number; npwpd: string };
let dewi: { id: number; npwpd: string };
let sawojajir: { id: number; npwpd: string };
let opHolder: number;
let opNamesake: { id: number; npwpd: string };

beforeAll(async () => {
  tini = await business(
    officer,
    MALANG,
    1,
    { name: 'Tini Rahayu', address: 'Jl. Kawi No. 24, Kauman', villageCode: KAUMAN },
    { name: 'Warung Bu Tini', address: 'Jl. Kawi No. 24' },
  );
  dewi = await business(
    officer,
    MALANG,
    2,
    { name: 'Dewi Anggraini', address: 'Jl. Danau Toba E5, Sawojajar', villageCode: SAWOJAJAR },
    { name: 'Kedai Kopi Sawojajar', address: 'Jl. Danau Toba E5' },
  );
  // Only similar to "sawojajar": found, but after what contains it.
  sawojajir = await business(
    officer,
    MALANG,
    3,
    { name: 'Toko Sawojajir', address: 'Jl. Ranu Grati 3', villageCode: SAWOJAJAR },
    { name: 'Toko Sawojajir', address: 'Jl. Ranu Grati 3', taxCode: 'pbjt_makanan_minuman' },
  );
  // A name that contains the number another taxpayer's object was known by in the earlier system.
  opNamesake = await business(officer, MALANG, 4, {
    name: 'Depot OP-3573-77',
    address: 'Jl. Sulfat 2',
    villageCode: SAWOJAJAR,
  });
  const csv = [
    IMPORT_COLUMNS.join(','),
    `L-77,person,${nikOf(5)},,Hartono,Jl. Ijen 1,35.73.02.1008,,,OP-3573-77,pbjt_makanan_minuman,,Rumah Makan Ijen,Jl. Ijen 1,35.73.02.1008,2001-01-01`,
  ].join('\n');
  const imported = await officer.post(`${MALANG}/taxpayers/import`, { csv });
  expect(imported.statusCode, imported.body).toBe(200);
  const [row] = await t.db.query<{ id: number }>(
    "SELECT id FROM taxpayer WHERE region_id = '35.73' AND legacy_ref = 'L-77'",
  );
  opHolder = row?.id ?? 0;
  // The same trade name in another region.
  await business(
    bangkaOfficer,
    BANGKA,
    6,
    { name: 'Tini Bangka', address: 'Jl. Jenderal Sudirman 1, Sungailiat', villageCode: SUNGAILIAT },
    { name: 'Warung Bu Tini', address: 'Jl. Jenderal Sudirman 1' },
  );
});

async function search(q: string, agent = officer, api = MALANG): Promise<Hit[]> {
  const res = await agent.get(`${api}/taxpayers?q=${encodeURIComponent(q)}&limit=50`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items as Hit[];
}
const ids = async (q: string) => (await search(q)).map((h) => h.id);

describe('officers find a taxpayer by what they know of them', () => {
  it('by the trade name on the sign, in any case: "warung bu tini" finds Tini Rahayu, with her warung', async () => {
    const hits = await search('warung bu tini');
    expect(hits.map((h) => h.id)).toEqual([tini.id]);
    expect(hits[0]?.objects.map((o) => o.name)).toEqual(['Warung Bu Tini']);
  });

  it('by one word of the trade name: "kopi" finds the owner of Kedai Kopi Sawojajar', async () => {
    expect(await ids('kopi')).toEqual([dewi.id]);
  });

  it("by the owner's name", async () => {
    expect(await ids('dewi anggraini')).toEqual([dewi.id]);
  });

  it('by NPWPD, NIK, and an object’s number in the earlier system (NOP)', async () => {
    expect((await ids(dewi.npwpd))[0]).toBe(dewi.id);
    expect(await ids(nikOf(1))).toEqual([tini.id]);
    expect((await ids('OP-3573-77'))[0]).toBe(opHolder);
  });

  it('by a fragment of an address, the taxpayer’s or the object’s', async () => {
    expect(await ids('danau toba')).toEqual([dewi.id]);
    expect(await ids('jl. kawi no. 24')).toEqual([tini.id]);
  });

  it('with a typo: "sawojajr" still finds Kedai Kopi Sawojajar, "warung bu tni" still finds Warung Bu Tini', async () => {
    expect(await ids('sawojajr')).toContain(dewi.id);
    expect(await ids('warung bu tni')).toContain(tini.id);
  });

  it('a query matching nothing finds nothing', async () => {
    expect(await ids('zzqx bengkel las')).toEqual([]);
  });
});

describe('ranking: identifiers given whole first, then what contains the words, then what is only similar', () => {
  it('an object’s earlier number ranks its holder before a taxpayer whose name contains it', async () => {
    expect(await ids('OP-3573-77')).toEqual([opHolder, opNamesake.id]);
  });

  it('a name containing the query ranks before a name only similar to it', async () => {
    const found = await ids('sawojajar');
    expect(found.indexOf(dewi.id)).toBeGreaterThanOrEqual(0);
    expect(found.indexOf(sawojajir.id)).toBeGreaterThan(found.indexOf(dewi.id));
  });
});

describe('tenancy: another region’s taxpayer is never found', () => {
  it('Malang’s search does not find Bangka’s Warung Bu Tini; Bangka’s finds only its own', async () => {
    const malang = await search('warung bu tini');
    expect(malang.map((h) => h.name)).toEqual(['Tini Rahayu']);
    const bangka = await search('warung bu tini', bangkaOfficer, BANGKA);
    expect(bangka.map((h) => h.name)).toEqual(['Tini Bangka']);
  });

  it('an officer of Malang may not search Bangka (404, as for a region not hosted)', async () => {
    const res = await officer.get(`${BANGKA}/taxpayers?q=${encodeURIComponent('warung bu tini')}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('REGION_NOT_FOUND');
  });

  it('every read of a tenant table in the search names the region parameter (routable on Citus)', () => {
    const sql = taxpayerSearchSql(
      '35.73',
      { q: 'kopi', taxCode: 'pbjt_parkir', awaitingDecision: true, limit: 10, offset: 0 },
      { kind: 'staff' },
    );
    const reads = sql.text.match(/FROM (taxpayer|tax_object) [a-z]+[^)]*/g) ?? [];
    expect(reads.length).toBeGreaterThanOrEqual(5);
    for (const read of reads) expect(read).toMatch(/\.region_id = \$1/);
  });
});

describe('paging and sorting', () => {
  it('sorted by name, both ways; pages are disjoint and carry the total', async () => {
    const all = (await officer.get(`${MALANG}/taxpayers?sort=name&limit=100`)).json();
    const names = (all.items as Hit[]).map((h) => h.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en')));
    expect(all.total).toBe(names.length);
    const desc = (await officer.get(`${MALANG}/taxpayers?sort=-name&limit=100`)).json();
    expect((desc.items as Hit[]).map((h) => h.name)).toEqual([...names].reverse());
    const first = (await officer.get(`${MALANG}/taxpayers?sort=name&limit=2&offset=0`)).json();
    const second = (await officer.get(`${MALANG}/taxpayers?sort=name&limit=2&offset=2`)).json();
    expect(first.total).toBe(all.total);
    expect([...first.items, ...second.items].map((h: Hit) => h.name)).toEqual(names.slice(0, 4));
  });

  it('sorted by NPWPD with a query; past the last page the total is still given', async () => {
    const found = (await officer.get(`${MALANG}/taxpayers?q=sawoja&sort=npwpd`)).json();
    const npwpds = (found.items as Hit[]).map((h) => h.npwpd ?? '');
    expect(npwpds.length).toBeGreaterThanOrEqual(2);
    expect(npwpds).toEqual([...npwpds].sort());
    const past = (await officer.get(`${MALANG}/taxpayers?q=sawoja&offset=500`)).json();
    expect(past).toEqual({ total: found.total, items: [] });
  });

  it('an unknown sort is a 400', async () => {
    expect((await officer.get(`${MALANG}/taxpayers?sort=nik`)).statusCode).toBe(400);
  });
});
