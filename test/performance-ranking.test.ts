import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * Quarterly rankings (issue 16): each OPD's weighted capaian from accepted realisations against the quarter's target,
 * ranked with its head, trend, the at-risk early warning, rotation candidates by the region's rule, the 9-box. The
 * rankings are open to OPD staff; only the planner recomputes them, sets their rules and records potential.
 */
const R = '/api/v1/regions/35.73';
const P = `${R}/performance`;
const EN = { headers: { 'accept-language': 'en' } };

type Row = {
  opdId: number;
  opdShortName: string;
  score: number | null;
  previousScore: number | null;
  rank: number | null;
  pace: number | null;
  atRisk: boolean;
  trend: string;
  unreported: number;
  indicators: number;
  overdueFollowUps: number;
  headEmployeeId: number | null;
  headName: string | null;
};
type Ranking = {
  opds: Row[];
  atRisk: Row[];
  rotationCandidates: {
    opdId: number;
    stage: string;
    improveUntil: string;
    missed: { score: number }[];
    reasons: { id: string; en: string }[];
  }[];
  nineBox: { employeeId: number; opdId: number; potential: number | null; box: number | null }[];
};

let t: TestApp;
let perencana: Agent;
let petugasDinkes: Agent;
let bangkaPerencana: Agent;
let dinkesId: number;

/** Records an accepted realisation directly, as the verifier's acceptance leaves it. */
async function accepted(indicatorId: number, opdId: number, year: number, quarter: number, value: number) {
  const at = t.clock.now();
  await t.db.query(
    `INSERT INTO performance_realisation (region_id, indicator_id, opd_id, year, quarter, value, status, source,
       submitted_at, decided_at, created_at, updated_at)
     VALUES ('35.73', $1, $2, $3, $4, $5, 'accepted', 'manual', $6, $6, $6, $6)`,
    [indicatorId, opdId, year, quarter, value, at],
  );
}

beforeAll(async () => {
  t = await startTestApp();
  [perencana, petugasDinkes, bangkaPerencana] = await Promise.all([
    signedIn(t.app, 'perencana@malang.demo'),
    signedIn(t.app, 'kinerja.dinkes@malang.demo'),
    signedIn(t.app, 'perencana@bangka.demo'),
  ]);
  const opds: { id: number; shortName: string }[] = (await perencana.get(`${P}/opds`)).json();
  dinkesId = opds.find((o) => o.shortName === 'Dinkes')?.id as number;
}, 120_000);
afterAll(() => t.close());

describe('the ranking of a quarter', () => {
  it('ranks the OPD once their realisations are accepted: the OPD that met its Tw1 targets first, ties sharing a rank', async () => {
    const before = (await perencana.get(`${P}/rankings?year=2025&quarter=1`)).json() as Ranking;
    const dinkesBefore = before.opds.find((r) => r.opdId === dinkesId) as Row;
    expect(dinkesBefore.score).toBe(0);
    expect(dinkesBefore.unreported).toBe(dinkesBefore.indicators);

    // Dinkes's own indicators (not the crosscutting one) meet their Tw1 targets exactly.
    const own = await t.db.query<{ id: number; tw1: number }>(
      `SELECT i.id, t.tw1::float8 AS tw1 FROM performance_indicator i
         JOIN performance_node n ON n.region_id = i.region_id AND n.id = i.node_id
         JOIN performance_target t ON t.region_id = i.region_id AND t.indicator_id = i.id AND t.year = 2025
        WHERE i.region_id = '35.73' AND n.opd_id = $1 AND t.tw1 IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM performance_indicator_owner o WHERE o.region_id = i.region_id AND o.indicator_id = i.id)`,
      [dinkesId],
    );
    expect(own.length).toBeGreaterThan(0);
    for (const i of own) await accepted(Number(i.id), dinkesId, 2025, 1, i.tw1);

    const after = (await petugasDinkes.get(`${P}/rankings?year=2025&quarter=1`)).json() as Ranking;
    const dinkes = after.opds.find((r) => r.opdId === dinkesId) as Row;
    expect(dinkes.rank).toBe(1);
    expect(dinkes.score).toBeGreaterThan(0);
    expect(dinkes.unreported).toBe(dinkes.indicators - own.length);
    expect(dinkes.headName).not.toBeNull();
    expect(after.opds[0]?.opdId).toBe(dinkesId);
    // Every other measured OPD scored 0 and shares the next rank.
    const others = after.opds.filter((r) => r.opdId !== dinkesId && r.score !== null);
    expect(new Set(others.map((r) => r.rank))).toEqual(new Set([2]));
    // Trend against Tw4 2024, the demo's last accepted quarter.
    expect(dinkes.previousScore).not.toBeNull();
    const delta = (dinkes.score as number) - (dinkes.previousScore as number);
    expect(dinkes.trend).toBe(delta > 0 ? 'up' : delta < 0 ? 'down' : 'same');
    // OPD staff see the whole region's ranking: the rankings are open.
    expect(after.opds.length).toBeGreaterThan(5);
  });

  it('puts an OPD whose pace is below the threshold on the at-risk list', async () => {
    const ranking = (await perencana.get(`${P}/rankings?year=2025&quarter=1`)).json() as Ranking;
    const measured = ranking.opds.filter((r) => r.pace !== null);
    expect(ranking.atRisk.map((r) => r.opdId).sort()).toEqual(
      measured
        .filter((r) => (r.pace as number) < 90)
        .map((r) => r.opdId)
        .sort(),
    );
    expect(ranking.atRisk.some((r) => r.opdShortName === 'Bapenda')).toBe(true);
  });

  it("names rotation candidates by the region's rule, with reasons, and not the OPD that met its targets", async () => {
    const ranking = (await perencana.get(`${P}/rankings?year=2025&quarter=1`)).json() as Ranking;
    // The demo's Disdikbud, well below its targets since 2024, has missed four quarters in a row and more.
    const disdikbud = ranking.opds.find((r) => r.opdShortName === 'Disdikbud') as Row;
    const candidate = ranking.rotationCandidates.find((c) => c.opdId === disdikbud.opdId);
    expect(candidate?.missed.length).toBeGreaterThanOrEqual(4);
    expect(candidate?.missed.every((m) => m.score < 100)).toBe(true);
    expect(candidate?.reasons[0]?.en).toContain('quarters in a row');
    expect(['improvement_period', 'competency_assessment']).toContain(candidate?.stage);
    expect(ranking.rotationCandidates.some((c) => c.opdId === dinkesId)).toBe(false);
  });

  it('follows a change of the rule: two quarters and no months to improve → competency assessment', async () => {
    const res = await perencana.put(`${P}/ranking-settings/2025-01-01`, {
      capaianCapPercent: 120,
      missedBelowPercent: 100,
      atRiskBelowPercent: 90,
      missedQuartersInRow: 2,
      improveMonths: 0,
      performanceMediumFrom: 80,
      performanceHighFrom: 100,
      potentialMediumFrom: 60,
      potentialHighFrom: 80,
    });
    expect(res.statusCode, res.body).toBe(200);
    const ranking = (await perencana.get(`${P}/rankings?year=2025&quarter=1`)).json() as Ranking;
    expect(ranking.rotationCandidates.length).toBeGreaterThan(0);
    expect(ranking.rotationCandidates.every((c) => c.stage === 'competency_assessment')).toBe(true);
    const settings = (await petugasDinkes.get(`${P}/ranking-settings`)).json();
    expect(settings.inForce).toMatchObject({ effectiveFrom: '2025-01-01', missedQuartersInRow: 2 });
    expect(settings.defaults).toMatchObject({ missedQuartersInRow: 4, improveMonths: 6 });
  });

  it('refuses rules whose 9-box bands do not rise, in both languages', async () => {
    const res = await perencana.put(
      `${P}/ranking-settings/2025-02-01`,
      {
        capaianCapPercent: 120,
        missedBelowPercent: 100,
        atRiskBelowPercent: 90,
        missedQuartersInRow: 4,
        improveMonths: 6,
        performanceMediumFrom: 100,
        performanceHighFrom: 80,
        potentialMediumFrom: 60,
        potentialHighFrom: 80,
      },
      EN,
    );
    expect(res.statusCode).toBe(422);
    expect(res.json()).toMatchObject({ code: 'RANKING_SETTINGS_INVALID', title: 'Ranking rules do not fit' });
    expect(res.headers['content-type']).toContain('application/problem+json');
  });

  it("places a head on the 9-box once the planner has recorded the head's potential", async () => {
    const ranking = (await perencana.get(`${P}/rankings?year=2025&quarter=1`)).json() as Ranking;
    const head = ranking.opds.find((r) => r.opdId === dinkesId)?.headEmployeeId as number;
    expect(ranking.nineBox.find((b) => b.employeeId === head)?.box).toBeNull();
    const res = await perencana.put(`${P}/head-potentials/${head}/2025`, {
      potential: 85,
      note: 'Assessment 2025',
    });
    expect(res.statusCode, res.body).toBe(200);
    const placed = (await perencana.get(`${P}/rankings?year=2025&quarter=1`)).json() as Ranking;
    // Dinkes met its own targets; its crosscutting indicator, reported by no one, counts 0% at its 60% share weight:
    // a medium performance (80 ≤ score < 100) with a high potential (≥ 80) → box 6.
    const score = placed.opds.find((r) => r.opdId === dinkesId)?.score as number;
    expect(score).toBeGreaterThanOrEqual(80);
    expect(score).toBeLessThan(100);
    const box = placed.nineBox.find((b) => b.employeeId === head);
    expect(box?.potential).toBe(85);
    expect(box?.box).toBe(6);
  });

  it("weighs a signed contract's items: Dinkes's contract puts all its weight on one indicator it met → 100%", async () => {
    const [indicator] = await t.db.query<{ id: number }>(
      `SELECT i.id FROM performance_indicator i
         JOIN performance_node n ON n.region_id = i.region_id AND n.id = i.node_id
         JOIN performance_realisation r ON r.region_id = i.region_id AND r.indicator_id = i.id
        WHERE i.region_id = '35.73' AND n.opd_id = $1 AND r.year = 2025 AND r.quarter = 1 AND r.status = 'accepted'
        LIMIT 1`,
      [dinkesId],
    );
    // The contract as lelang kinerja makes it: the head bids the one indicator at its tree target with all the weight,
    // the leadership accepts, both sign.
    const [kadinkes, pimpinan] = await Promise.all([
      signedIn(t.app, 'kadinkes@malang.demo'),
      signedIn(t.app, 'pimpinan@malang.demo'),
    ]);
    const [target] = await t.db.query<{ baseline: number; target: number; quarters: number[] }>(
      `SELECT i.baseline::float8 AS baseline, t.target::float8 AS target,
              ARRAY[t.tw1, t.tw2, t.tw3, t.tw4]::float8[] AS quarters
         FROM performance_target t JOIN performance_indicator i ON i.region_id = t.region_id AND i.id = t.indicator_id
        WHERE t.region_id = '35.73' AND t.indicator_id = $1 AND t.year = 2025`,
      [indicator?.id],
    );
    expect((await perencana.post(`${P}/contract-rounds`, { year: 2025 })).statusCode).toBe(201);
    const bid = await kadinkes.post(`${P}/contract-rounds/2025/opds/${dinkesId}/bids`, {
      items: [
        {
          indicatorId: indicator?.id,
          baseline: target?.baseline,
          endPoint: target?.target,
          target: target?.target,
          targetUpper: null,
          quarters: target?.quarters,
          timeline: null,
          budget: 0,
          weight: 100,
        },
      ],
    });
    expect(bid.statusCode, bid.body).toBe(201);
    const contract = `${P}/contracts/${bid.json().id}`;
    expect((await pimpinan.post(`${contract}/accept`, { side: 'pimpinan' })).statusCode).toBe(200);
    expect((await kadinkes.post(`${contract}/sign`, { side: 'opd' })).statusCode).toBe(200);
    expect((await pimpinan.post(`${contract}/sign`, { side: 'pimpinan' })).statusCode).toBe(200);
    const weighted = (await perencana.get(`${P}/rankings?year=2025&quarter=1`)).json() as Ranking;
    const dinkes = weighted.opds.find((r) => r.opdId === dinkesId) as Row;
    expect(dinkes.score).toBe(100);
    expect(dinkes.indicators).toBe(1);
    expect(dinkes.unreported).toBe(0);
  });

  it('refuses a quarter that has not started', async () => {
    const res = await perencana.get(`${P}/rankings?year=2025&quarter=3`, EN);
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('RANKING_QUARTER_NOT_STARTED');
  });
});

describe('who may do what', () => {
  it('OPD staff see the rankings but cannot recompute them, set their rules or record potential', async () => {
    expect((await petugasDinkes.get(`${P}/rankings`)).statusCode).toBe(200);
    expect((await petugasDinkes.post(`${P}/rankings/recompute`, { year: 2025, quarter: 1 })).statusCode).toBe(
      403,
    );
    expect((await petugasDinkes.put(`${P}/head-potentials/1/2025`, { potential: 50 })).statusCode).toBe(403);
  });

  it('the planner recomputes, and the recompute is audited', async () => {
    const res = await perencana.post(`${P}/rankings/recompute`, { year: 2024, quarter: 4 });
    expect(res.statusCode, res.body).toBe(200);
    expect((res.json() as Ranking).opds.length).toBeGreaterThan(5);
    const [audit] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_entry WHERE region_id = '35.73' AND action = 'performance_ranking.recompute'`,
    );
    expect(audit?.n).toBe(1);
  });

  it("another region's planner cannot read or recompute this region's ranking", async () => {
    expect((await bangkaPerencana.get(`${P}/rankings`)).statusCode).toBe(404);
    expect(
      (await bangkaPerencana.post(`${P}/rankings/recompute`, { year: 2025, quarter: 1 })).statusCode,
    ).toBe(404);
  });

  it("a potential for another region's employee is not found", async () => {
    const [other] = await t.db.query<{ id: number }>(
      `SELECT id FROM employee WHERE region_id = '19.01' LIMIT 1`,
    );
    const res = await perencana.put(`${P}/head-potentials/${other?.id}/2025`, { potential: 50 });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('EMPLOYEE_NOT_FOUND');
  });
});
