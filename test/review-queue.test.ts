import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The review queue (penelitian SPTPD, issue 14): beside each submitted return the officer sees the object's earlier
 * months, and a flag to check when its declared base falls sharply against the object's own history.
 */
let t: TestApp;
let officer: Agent;
let bangkaOfficer: Agent;
let wp: Agent;
beforeAll(async () => {
  t = await startTestApp();
  officer = await signedIn(t.app, 'petugas@malang.demo');
  bangkaOfficer = await signedIn(t.app, 'petugas@bangka.demo');
  wp = await signedIn(t.app, 'wp@malang.demo');
});
afterAll(() => t.close());

const MALANG = '/api/v1/regions/35.73';
const BANGKA = '/api/v1/regions/19.01';
const JUTA = 1_000_000;
/** Aug 2024 – Jan 2025: the six masa before Feb 2025 (the test clock is 11 March 2025). */
const EARLIER = ['2024-08', '2024-09', '2024-10', '2024-11', '2024-12', '2025-01'];

interface Queued {
  id: number;
  objectName: string;
  period: string;
  gross: number;
  history: { period: string; gross: number; tax: number; status: string }[];
  baseDrop: { flagged: boolean; typicalGross: number | null; dropPercent: number | null; compared: number };
}

async function file(
  agent: Agent,
  api: string,
  f: { taxpayerId: number; objectId: number },
  period: string,
  gross: number,
) {
  const res = await agent.post(`${api}/taxpayers/${f.taxpayerId}/objects/${f.objectId}/returns`, {
    period,
    gross,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: number };
}

/** An object with verified returns for `history` (masa → base), then a submitted return for Feb 2025. */
async function objectWith(name: string, history: Record<string, number>, february: number) {
  const f = await restaurantFixture(t.db, {
    objectName: name,
    name: `Pemilik ${name}`,
    openedOn: '2024-01-01',
  });
  for (const [period, gross] of Object.entries(history)) {
    const { id } = await file(officer, MALANG, f, period, gross);
    const verified = await officer.post(`${MALANG}/returns/${id}/review`, { verdict: 'verify' });
    expect(verified.statusCode, verified.body).toBe(200);
  }
  return (await file(officer, MALANG, f, '2025-02', february)).id;
}

let fallen: number;
let slow: number;
let young: number;
beforeAll(async () => {
  const steady: Record<string, number> = {};
  for (const [i, juta] of [40, 42, 44, 41, 43, 42].entries()) steady[EARLIER[i] as string] = juta * JUTA;
  fallen = await objectWith('Kedai Kopi Sawojajar', steady, 15 * JUTA);
  slow = await objectWith('Warung Bu Tini', steady, 30 * JUTA);
  young = await objectWith('Depot Baru', { '2024-12': 40 * JUTA, '2025-01': 40 * JUTA }, 0);
  // Older than the window: not among the earlier months compared.
  const f = await restaurantFixture(t.db, { objectName: 'Warung Lama', openedOn: '2024-01-01' });
  await file(officer, MALANG, f, '2024-03', 99 * JUTA);
  await file(officer, MALANG, f, '2025-01', 10 * JUTA);
  await file(officer, MALANG, f, '2025-02', 11 * JUTA);
  // Bangka's own queue.
  const b = await restaurantFixture(t.db, {
    regionId: '19.01',
    objectName: 'Mie Koba Bangka',
    openedOn: '2024-01-01',
  });
  await file(bangkaOfficer, BANGKA, b, '2025-02', 5 * JUTA);
});

async function queue(query = '', agent = officer, api = MALANG) {
  const res = await agent.get(`${api}/returns/review-queue?limit=100${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { total: number; setting: { percent: number }; items: Queued[] };
}
const byId = async (id: number) => (await queue()).items.find((r) => r.id === id);

describe('each return beside the object’s earlier months', () => {
  it('lists the six masa before the return’s own, newest first, with base and tax', async () => {
    const r = await byId(slow);
    expect(r?.history.map((h) => h.period)).toEqual([...EARLIER].reverse());
    expect(r?.history[0]).toEqual({
      period: '2025-01',
      gross: 42 * JUTA,
      tax: 4_200_000,
      status: 'verified',
    });
  });

  it('leaves out masa older than the window and counts submitted earlier months too', async () => {
    const lama = (await queue()).items.filter((r) => r.objectName === 'Warung Lama');
    expect(lama.find((r) => r.period === '2025-01')?.history).toEqual([]);
    expect(lama.find((r) => r.period === '2025-02')?.history).toEqual([
      { period: '2025-01', gross: 10 * JUTA, tax: 1 * JUTA, status: 'submitted' },
    ]);
  });
});

describe('the falling-base flag: a thing to check', () => {
  it('Rp15 juta after months around Rp42 juta is flagged, 64% below the median', async () => {
    expect((await byId(fallen))?.baseDrop).toEqual({
      flagged: true,
      typicalGross: 42 * JUTA,
      dropPercent: 64,
      compared: 6,
    });
  });

  it('Rp30 juta after the same months (28% below) is not', async () => {
    expect((await byId(slow))?.baseDrop).toMatchObject({ flagged: false, dropPercent: 28 });
  });

  it('with fewer than three earlier months there is nothing to compare with', async () => {
    expect((await byId(young))?.baseDrop).toMatchObject({ flagged: false, typicalGross: null, compared: 2 });
  });

  it('the threshold is the region’s (tax policy reviewBaseDrop, 50% unless set)', async () => {
    expect((await queue()).setting).toEqual({ percent: 50, months: 6, minMonths: 3 });
  });
});

describe('paging, sorting, tenancy', () => {
  it('pages carry the total; sorted by base, both ways', async () => {
    const all = await queue('&sort=-gross');
    const bases = all.items.map((r) => r.gross);
    expect(bases).toEqual([...bases].sort((a, b) => b - a));
    expect(all.total).toBe(all.items.length);
    const first = (await officer.get(`${MALANG}/returns/review-queue?sort=gross&limit=2`)).json();
    expect(first.items.map((r: Queued) => r.gross)).toEqual([...bases].reverse().slice(0, 2));
    const page2 = (await officer.get(`${MALANG}/returns/review-queue?sort=gross&limit=2&offset=2`)).json();
    expect(page2.total).toBe(all.total);
    expect(page2.items.map((r: Queued) => r.gross)).toEqual([...bases].reverse().slice(2, 4));
    const past = (await officer.get(`${MALANG}/returns/review-queue?offset=1000`)).json();
    expect(past).toMatchObject({ total: all.total, items: [] });
  });

  it('an unknown sort is a 400', async () => {
    expect((await officer.get(`${MALANG}/returns/review-queue?sort=drop`)).statusCode).toBe(400);
  });

  it('only the region’s own returns: Bangka’s queue holds Bangka’s, Malang’s none of them', async () => {
    const malang = (await queue()).items.map((r) => r.objectName);
    expect(malang).not.toContain('Mie Koba Bangka');
    const bangka = (await queue('', bangkaOfficer, BANGKA)).items.map((r) => r.objectName);
    expect(bangka).toEqual(['Mie Koba Bangka']);
    expect((await officer.get(`${BANGKA}/returns/review-queue`)).statusCode).toBe(404);
  });

  it('a taxpayer has no review queue (403)', async () => {
    expect((await wp.get(`${MALANG}/returns/review-queue`)).statusCode).toBe(403);
  });
});
