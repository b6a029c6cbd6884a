import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * The public page of performance management (issue 16, "Public page"): anyone, signed in or not, reads each OPD's
 * signed Perjanjian Kinerja of a year with its quarterly achievement, the region's SAKIP and RB predikat and its BPK
 * opinion by year. A contract shows only once both sides have signed it, a realisation only once the verifier has
 * accepted it, and an OPD's quarter is scored as its ranking scores it. The test clock is 11 March 2025.
 */
const P = '/api/v1/regions/35.73/performance';
const PUBLIC = '/api/v1/public/regions/35.73/performance';

interface Indicator {
  id: number;
  name: string;
  polarity: 'higher' | 'lower' | 'range';
  baseline: number;
}
interface PublicOpd {
  shortName: string;
  headName: string;
  quarters: { quarter: number; scorePercent: number | null }[];
  items: {
    indicatorId: number;
    weight: number;
    quarters: {
      quarter: number;
      target: number;
      realisation: number | null;
      capaianPercent: number | null;
    }[];
  }[];
}

let t: TestApp;
let perencana: Agent;
let pimpinan: Agent;
let kadinkes: Agent;
let petugasDinkes: Agent;
let verifikator: Agent;
let dinkesId: number;
let indicators: Indicator[];

beforeAll(async () => {
  t = await startTestApp();
  [perencana, pimpinan, kadinkes, petugasDinkes, verifikator] = await Promise.all([
    signedIn(t.app, 'perencana@malang.demo'),
    signedIn(t.app, 'pimpinan@malang.demo'),
    signedIn(t.app, 'kadinkes@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
    signedIn(t.app, 'verifikator@malang.demo'),
  ]);
  const opds = (await perencana.get(`${P}/opds`)).json() as { id: number; shortName: string }[];
  dinkesId = (opds.find((o) => o.shortName === 'Dinkes') as { id: number }).id;
  indicators = (await perencana.get(`${P}/opds/${dinkesId}/indicators?year=2025`)).json().indicators;
}, 120_000);
afterAll(() => t.close());

/** The public answer, read with no session at all. */
async function published(year = 2025) {
  const res = await t.app.inject({ method: 'GET', url: `${PUBLIC}?year=${year}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    opds: PublicOpd[];
    sakip: { year: number; score: number; predikat: string }[];
    rb: { year: number; score: number; predikat: string }[];
    auditOpinions: { fiscalYear: number; opinion: string }[];
    capaianCapPercent: number;
  };
}
const dinkesOf = (answer: { opds: PublicOpd[] }) => answer.opds.find((o) => o.shortName === 'Dinkes');

/** Dinkes' items: each indicator one step past its baseline in its better direction, the same target each quarter. */
function items() {
  return indicators.map((i, k) => {
    const target = i.polarity === 'lower' ? Math.max(0, i.baseline - 1) : i.baseline + 1;
    return {
      indicatorId: i.id,
      baseline: i.baseline,
      endPoint: i.polarity === 'lower' ? Math.max(0, i.baseline - 5) : i.baseline + 5,
      target,
      targetUpper: i.polarity === 'range' ? target + 2 : null,
      quarters: [target, target, target, target],
      timeline: null,
      budget: 100_000_000,
      weight: k === 0 ? 100 - 10 * (indicators.length - 1) : 10,
    };
  });
}

describe('the region’s grades, for anyone', () => {
  it('lists the finished SAKIP and RB evaluations with their predikat and the BPK opinions by year', async () => {
    const d = await published();
    expect(d.sakip).toContainEqual({ year: 2024, score: 77.29, predikat: 'BB' });
    expect(d.rb.map((r) => r.year)).toContain(2024);
    expect(d.auditOpinions).toContainEqual(expect.objectContaining({ fiscalYear: 2023, opinion: 'wtp' }));
  });

  it('answers an unknown region with 404 REGION_NOT_FOUND', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/public/regions/99.99/performance' });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('REGION_NOT_FOUND');
  });
});

describe('an OPD’s contract and its quarterly achievement', () => {
  let contractId: number;

  it('shows no contract of the year until both sides have signed it', async () => {
    expect((await perencana.post(`${P}/contract-rounds`, { year: 2025 })).statusCode).toBe(201);
    const bid = await kadinkes.post(`${P}/contract-rounds/2025/opds/${dinkesId}/bids`, { items: items() });
    expect(bid.statusCode, bid.body).toBe(201);
    contractId = bid.json().id;
    expect(
      (await pimpinan.post(`${P}/contracts/${contractId}/accept`, { side: 'pimpinan' })).statusCode,
    ).toBe(200);
    expect((await kadinkes.post(`${P}/contracts/${contractId}/sign`, { side: 'opd' })).statusCode).toBe(200);
    expect(dinkesOf(await published())).toBeUndefined();

    expect((await pimpinan.post(`${P}/contracts/${contractId}/sign`, { side: 'pimpinan' })).statusCode).toBe(
      200,
    );
    const dinkes = dinkesOf(await published()) as PublicOpd;
    expect(dinkes.headName).toBe('dr. Retno Wulandari, M.Kes.');
    expect(dinkes.items.map((i) => i.indicatorId)).toEqual(indicators.map((i) => i.id));
    // 11 March: Tw1 has not ended and nothing is accepted, so no quarter has a score yet.
    expect(dinkes.quarters.map((q) => q.scorePercent)).toEqual([null, null, null, null]);
  });

  it('shows a realisation only once the verifier has accepted it, scored as the ranking scores it', async () => {
    const first = indicators[0] as Indicator;
    const target = first.polarity === 'lower' ? Math.max(0, first.baseline - 1) : first.baseline + 1;
    const url = `${P}/realisation/${first.id}/2025/1`;
    const evidence = [
      { fileName: 'bukti.pdf', contentBase64: Buffer.from('%PDF-1.4\n% bukti\n').toString('base64') },
    ];
    expect((await petugasDinkes.put(url, { value: target, evidence })).statusCode).toBe(200);
    expect((await petugasDinkes.post(`${url}/submit`)).statusCode).toBe(200);
    const waiting = dinkesOf(await published()) as PublicOpd;
    expect(waiting.items[0]?.quarters[0]?.realisation).toBeNull();

    expect((await verifikator.post(`${url}/accept`, {})).statusCode).toBe(200);
    const dinkes = dinkesOf(await published()) as PublicOpd;
    expect(dinkes.items[0]?.quarters[0]).toEqual({
      quarter: 1,
      target,
      realisation: target,
      capaianPercent: 100,
    });
    // One indicator met (100 %) and the others not yet reported (0 %): the quarter's score is the first's weight.
    const weight = dinkes.items[0]?.weight as number;
    expect(dinkes.quarters[0]).toEqual({ quarter: 1, scorePercent: weight });
  });

  it('keeps other regions’ contracts out of a region’s page', async () => {
    const res = await t.app.inject({
      method: 'GET',
      url: '/api/v1/public/regions/19.01/performance?year=2025',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().opds.map((o: { id: number }) => o.id)).not.toContain(dinkesId);
  });
});
