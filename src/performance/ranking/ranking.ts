import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { compareDates } from '../../platform/calendar';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { overdueRecommendationsByOpd } from '../audit-findings/audit-findings';
import { signedContractItems } from '../contracts';
import { acceptedRealisations } from '../realisation/realisation-read';
import {
  atRisk,
  type IndicatorQuarter,
  indicatorWeights,
  type OwnedIndicator,
  paceCapaian,
  previousQuarter,
  type Quarter,
  quarterCapaian,
  quarterEnd,
  rankOrder,
  trend,
  weightedScore,
} from './ranking-rules';
import { type RankingSettings, rankingSettingsErrors, rankingSettingsInForce } from './ranking-settings';

/*
 * The stored quarterly ranking of a region's OPD (issue 16): computed from the tree's targets, the accepted
 * realisations and the signed contracts' weights by the pure rules of ranking-rules.ts, replaced whole by each
 * recompute, and recomputed on reading once anything it was computed from has changed since.
 */

const SETTING_COLUMNS = `effective_from::text AS "effectiveFrom", capaian_cap_percent::float8 AS "capaianCapPercent",
  missed_below_percent::float8 AS "missedBelowPercent", at_risk_below_percent::float8 AS "atRiskBelowPercent",
  missed_quarters_in_row AS "missedQuartersInRow", improve_months AS "improveMonths",
  performance_medium_from::float8 AS "performanceMediumFrom", performance_high_from::float8 AS "performanceHighFrom",
  potential_medium_from::float8 AS "potentialMediumFrom", potential_high_from::float8 AS "potentialHighFrom"`;

/** Every ranking settings row the region has recorded, oldest first. */
export async function rankingSettingsRows(db: Sql, regionId: string): Promise<RankingSettings[]> {
  return db.query<RankingSettings>(
    `SELECT ${SETTING_COLUMNS} FROM performance_ranking_setting WHERE region_id = $1 ORDER BY effective_from`,
    [regionId],
  );
}

/** Records the region's ranking rules from a day on (a row for that day is replaced). Audited. */
export async function recordRankingSettings(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  input: Omit<RankingSettings, 'effectiveFrom'> & { effectiveFrom: string },
): Promise<RankingSettings> {
  const errors = rankingSettingsErrors(input);
  if (errors.length > 0) throw new Problem(422, 'RANKING_SETTINGS_INVALID', {}, errors);
  return db.transaction(async (tx) => {
    const [before] = await tx.query<RankingSettings>(
      `SELECT ${SETTING_COLUMNS} FROM performance_ranking_setting WHERE region_id = $1 AND effective_from = $2 FOR UPDATE`,
      [regionId, input.effectiveFrom],
    );
    const values = [
      input.capaianCapPercent,
      input.missedBelowPercent,
      input.atRiskBelowPercent,
      input.missedQuartersInRow,
      input.improveMonths,
      input.performanceMediumFrom,
      input.performanceHighFrom,
      input.potentialMediumFrom,
      input.potentialHighFrom,
    ];
    await tx.query(
      `INSERT INTO performance_ranking_setting (region_id, effective_from, capaian_cap_percent, missed_below_percent,
         at_risk_below_percent, missed_quarters_in_row, improve_months, performance_medium_from, performance_high_from,
         potential_medium_from, potential_high_from, recorded_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (region_id, effective_from) DO UPDATE SET capaian_cap_percent = $3, missed_below_percent = $4,
         at_risk_below_percent = $5, missed_quarters_in_row = $6, improve_months = $7, performance_medium_from = $8,
         performance_high_from = $9, potential_medium_from = $10, potential_high_from = $11, recorded_at = $12,
         recorded_by = $13`,
      [regionId, input.effectiveFrom, ...values, at, actor.userId],
    );
    const { effectiveFrom: _, ...after } = input;
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'performance_ranking_setting.record',
      entity: 'performance_ranking_setting',
      entityId: input.effectiveFrom,
      before: before ? { ...before, effectiveFrom: undefined } : null,
      after,
    });
    return { ...input };
  });
}

export interface HeadPotential {
  employeeId: number;
  year: number;
  potential: number;
  note: string | null;
}

/** Records a head's potential for a year (0–100), as the planner has it from the region's assessment. Audited. */
export async function recordHeadPotential(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  input: HeadPotential,
): Promise<HeadPotential> {
  return db.transaction(async (tx) => {
    const [employee] = await tx.query<{ id: number }>(
      `SELECT id FROM employee WHERE region_id = $1 AND id = $2`,
      [regionId, input.employeeId],
    );
    if (!employee) throw new Problem(404, 'EMPLOYEE_NOT_FOUND', { employeeId: input.employeeId });
    const [before] = await tx.query<{ potential: number; note: string | null }>(
      `SELECT potential::float8 AS potential, note FROM head_potential
        WHERE region_id = $1 AND employee_id = $2 AND year = $3 FOR UPDATE`,
      [regionId, input.employeeId, input.year],
    );
    await tx.query(
      `INSERT INTO head_potential (region_id, employee_id, year, potential, note, recorded_at, recorded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (region_id, employee_id, year) DO UPDATE SET potential = $4, note = $5, recorded_at = $6,
         recorded_by = $7`,
      [regionId, input.employeeId, input.year, input.potential, input.note, at, actor.userId],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'head_potential.record',
      entity: 'head_potential',
      entityId: `${input.employeeId}/${input.year}`,
      before: before ?? null,
      after: { employeeId: input.employeeId, year: input.year, potential: input.potential, note: input.note },
    });
    return input;
  });
}

/**
 * The weights of each OPD's signed contract for the year (lelang kinerja's bobot, adding up to 100), by OPD: the one
 * place the ranking reads contracts. An OPD without a signed contract is scored with the equal weights of
 * ranking-rules.ts's `indicatorWeights`.
 */
export async function contractWeightsByOpd(
  db: Sql,
  regionId: string,
  year: number,
): Promise<Map<number, { indicatorId: number; weight: number }[]>> {
  const byOpd = new Map<number, { indicatorId: number; weight: number }[]>();
  for (const item of await signedContractItems(db, regionId, year)) {
    byOpd.set(item.opdId, [
      ...(byOpd.get(item.opdId) ?? []),
      { indicatorId: item.indicatorId, weight: item.weight },
    ]);
  }
  return byOpd;
}

/** What a score is computed from for one year: the indicators with their targets, owners and accepted figures. */
interface YearData {
  indicators: Map<number, Omit<IndicatorQuarter, 'realisation'>>;
  /** Accepted figures by indicator, by quarter. */
  realised: Map<number, Map<number, number>>;
  owned: Map<number, OwnedIndicator[]>;
  contracts: Map<number, { indicatorId: number; weight: number }[]>;
}

async function yearData(db: Sql, regionId: string, year: number): Promise<YearData> {
  const [rows, owners, accepted, contracts] = await Promise.all([
    db.query<{
      id: number;
      opdId: number | null;
      polarity: 'higher' | 'lower' | 'range';
      cumulative: boolean;
      target: number;
      targetUpper: number | null;
      tw1: number | null;
      tw2: number | null;
      tw3: number | null;
      tw4: number | null;
    }>(
      `SELECT i.id, n.opd_id AS "opdId", i.polarity, i.cumulative, t.target::float8 AS target,
              t.target_upper::float8 AS "targetUpper", t.tw1::float8 AS tw1, t.tw2::float8 AS tw2,
              t.tw3::float8 AS tw3, t.tw4::float8 AS tw4
         FROM performance_indicator i
         JOIN performance_node n ON n.region_id = i.region_id AND n.id = i.node_id
         JOIN performance_target t ON t.region_id = i.region_id AND t.indicator_id = i.id AND t.year = $2
        WHERE i.region_id = $1`,
      [regionId, year],
    ),
    db.query<{ indicatorId: number; opdId: number; sharePercent: number }>(
      `SELECT indicator_id AS "indicatorId", opd_id AS "opdId", share_percent::float8 AS "sharePercent"
         FROM performance_indicator_owner WHERE region_id = $1`,
      [regionId],
    ),
    acceptedRealisations(db, regionId, year),
    contractWeightsByOpd(db, regionId, year),
  ]);
  const indicators = new Map<number, Omit<IndicatorQuarter, 'realisation'>>();
  for (const r of rows) {
    indicators.set(Number(r.id), {
      indicatorId: Number(r.id),
      polarity: r.polarity,
      cumulative: r.cumulative,
      target: r.target,
      targetUpper: r.targetUpper,
      quarterTargets: r.tw1 === null ? null : [r.tw1, r.tw2 as number, r.tw3 as number, r.tw4 as number],
    });
  }
  // An indicator with owner rows is theirs by their shares; one without is its node's OPD's alone.
  const owned = new Map<number, OwnedIndicator[]>();
  const shared = new Set(owners.map((o) => Number(o.indicatorId)));
  const own = (opdId: number, o: OwnedIndicator) => owned.set(opdId, [...(owned.get(opdId) ?? []), o]);
  for (const o of owners) {
    if (indicators.has(Number(o.indicatorId))) {
      own(Number(o.opdId), { indicatorId: Number(o.indicatorId), sharePercent: o.sharePercent });
    }
  }
  for (const r of rows) {
    if (r.opdId !== null && !shared.has(Number(r.id)))
      own(Number(r.opdId), { indicatorId: Number(r.id), sharePercent: 100 });
  }
  const realised = new Map<number, Map<number, number>>();
  for (const a of accepted) {
    const byQuarter = realised.get(a.indicatorId) ?? new Map<number, number>();
    byQuarter.set(a.quarter, a.value);
    realised.set(a.indicatorId, byQuarter);
  }
  return { indicators, realised, owned, contracts };
}

interface OpdScore {
  score: number | null;
  pace: number | null;
  indicators: number;
  unreported: number;
}

function scoreOpd(data: YearData, opdId: number, quarter: Quarter, cap: number): OpdScore {
  const weights = indicatorWeights(data.owned.get(opdId) ?? [], data.contracts.get(opdId) ?? null);
  const scored: { weight: number; capaian: number }[] = [];
  const paced: { weight: number; capaian: number }[] = [];
  let unreported = 0;
  for (const [indicatorId, weight] of weights) {
    const indicator = data.indicators.get(indicatorId);
    if (!indicator) continue;
    const realisation = data.realised.get(indicatorId)?.get(quarter) ?? null;
    if (realisation === null) unreported++;
    const withFigure = { ...indicator, realisation };
    scored.push({ weight, capaian: quarterCapaian(withFigure, quarter, cap) });
    paced.push({ weight, capaian: paceCapaian(withFigure, quarter, cap) });
  }
  return { score: weightedScore(scored), pace: weightedScore(paced), indicators: scored.length, unreported };
}

/** The day a quarter's ranking is read at: its last day, or today while it runs. Refused before it starts. */
function rankingDay(year: number, quarter: Quarter, today: string): string {
  const start = `${year}-${String(quarter * 3 - 2).padStart(2, '0')}-01`;
  if (compareDates(today, start) < 0)
    throw new Problem(422, 'RANKING_QUARTER_NOT_STARTED', { year, quarter });
  const end = quarterEnd(year, quarter);
  return compareDates(today, end) < 0 ? today : end;
}

/** Who headed each OPD on a day: the holder of its head position (definitif before Plt before Plh). */
async function headsOn(db: Sql, regionId: string, day: string): Promise<Map<number, number>> {
  const rows = await db.query<{ opdId: number; employeeId: number }>(
    `SELECT DISTINCT ON (p.opd_id) p.opd_id AS "opdId", h.employee_id AS "employeeId"
       FROM opd_position p
       JOIN position_holder h ON h.region_id = p.region_id AND h.position_id = p.id
      WHERE p.region_id = $1 AND p.heads AND p.unit_id IS NULL
        AND p.active_from <= $2 AND (p.active_until IS NULL OR p.active_until >= $2)
        AND h.starts_on <= $2 AND (h.ends_on IS NULL OR h.ends_on >= $2)
      ORDER BY p.opd_id, CASE h.kind WHEN 'definitif' THEN 0 WHEN 'plt' THEN 1 ELSE 2 END, h.starts_on DESC`,
    [regionId, day],
  );
  return new Map(rows.map((r) => [Number(r.opdId), Number(r.employeeId)]));
}

/**
 * Computes a quarter's ranking and stores it in place of the one before: every OPD in force at the quarter's end (or
 * today while it runs) with its score, rank, pace, trend against the previous quarter, overdue audit follow-ups and
 * head. `actor` is the planner who asked (audited) or null for Balai's own recompute of a stale ranking.
 */
export async function recomputeRanking(
  db: Database,
  at: Date,
  today: string,
  actor: Actor | null,
  regionId: string,
  year: number,
  quarter: Quarter,
): Promise<void> {
  const day = rankingDay(year, quarter, today);
  const settingsRows = await rankingSettingsRows(db, regionId);
  const settings = rankingSettingsInForce(settingsRows, day);
  const before = previousQuarter(year, quarter);
  const [data, previousData, opds, heads, overdue] = await Promise.all([
    yearData(db, regionId, year),
    before.year === year ? null : yearData(db, regionId, before.year),
    db.query<{ id: number; name: string }>(
      `SELECT id, name FROM perangkat_daerah
        WHERE region_id = $1 AND active_from <= $2 AND (active_until IS NULL OR active_until >= $2)`,
      [regionId, day],
    ),
    headsOn(db, regionId, day),
    overdueRecommendationsByOpd(db, regionId, day),
  ]);
  const previousSettings = rankingSettingsInForce(settingsRows, quarterEnd(before.year, before.quarter));
  const overdueBy = new Map(overdue.map((o) => [o.opdId, o.overdue.length]));
  const scored = opds.map((opd) => {
    const id = Number(opd.id);
    const now = scoreOpd(data, id, quarter, settings.capaianCapPercent);
    const then = scoreOpd(previousData ?? data, id, before.quarter, previousSettings.capaianCapPercent);
    return { opdId: id, name: opd.name, ...now, previous: then.score };
  });
  const ranked = rankOrder(scored);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO performance_ranking (region_id, year, quarter, computed_at, computed_by, settings_from)
       VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (region_id, year, quarter) DO UPDATE SET computed_at = $4, computed_by = $5, settings_from = $6`,
      [regionId, year, quarter, at, actor?.userId ?? null, settings.effectiveFrom],
    );
    await tx.query(
      `DELETE FROM performance_ranking_row WHERE region_id = $1 AND year = $2 AND quarter = $3`,
      [regionId, year, quarter],
    );
    const col = <T>(f: (r: (typeof ranked)[number]) => T) => ranked.map(f);
    await tx.query(
      `INSERT INTO performance_ranking_row (region_id, year, quarter, opd_id, score, rank, pace, at_risk, previous_score,
         trend, indicators, unreported, overdue_followups, head_employee_id)
       SELECT $1, $2, $3, * FROM unnest($4::int8[], $5::numeric[], $6::int4[], $7::numeric[], $8::bool[],
         $9::numeric[], $10::text[], $11::int4[], $12::int4[], $13::int4[], $14::int8[])`,
      [
        regionId,
        year,
        quarter,
        col((r) => r.opdId),
        col((r) => r.score),
        col((r) => r.rank),
        col((r) => r.pace),
        col((r) => atRisk(r.pace, settings.atRiskBelowPercent)),
        col((r) => r.previous),
        col((r) => trend(r.score, r.previous).direction),
        col((r) => r.indicators),
        col((r) => r.unreported),
        col((r) => overdueBy.get(r.opdId) ?? 0),
        col((r) => heads.get(r.opdId) ?? null),
      ],
    );
    if (actor) {
      await appendAudit(tx, at, {
        regionId,
        actorId: actor.userId,
        actor: actor.label,
        ip: actor.ip,
        action: 'performance_ranking.recompute',
        entity: 'performance_ranking',
        entityId: `${year}/${quarter}`,
        after: {
          year,
          quarter,
          opds: ranked.length,
          atRisk: ranked.filter((r) => atRisk(r.pace, settings.atRiskBelowPercent)).length,
        },
      });
    }
  });
}

/**
 * Whether a quarter's stored ranking no longer says what its data says: none stored, or since it was computed a
 * realisation of its year was decided, a target of its year changed, the region's rules changed, or (while the
 * quarter runs) a day has passed, so that overdue follow-ups are counted afresh.
 */
export async function rankingIsStale(
  db: Sql,
  regionId: string,
  year: number,
  quarter: Quarter,
  today: string,
): Promise<boolean> {
  const [row] = await db.query<{ stale: boolean }>(
    `SELECT r.computed_at IS NULL
         OR EXISTS (SELECT 1 FROM performance_realisation x
                     WHERE x.region_id = $1 AND x.year IN ($2, $2 - 1) AND x.decided_at >= r.computed_at)
         OR EXISTS (SELECT 1 FROM performance_target t
                     WHERE t.region_id = $1 AND t.year IN ($2, $2 - 1) AND t.updated_at >= r.computed_at)
         OR EXISTS (SELECT 1 FROM performance_ranking_setting s
                     WHERE s.region_id = $1 AND s.recorded_at >= r.computed_at)
         OR ($4::date < $5::date AND (r.computed_at AT TIME ZONE 'UTC')::date < $4::date) AS stale
       FROM (SELECT (SELECT computed_at FROM performance_ranking
                      WHERE region_id = $1 AND year = $2 AND quarter = $3) AS computed_at) r`,
    [regionId, year, quarter, today, quarterEnd(year, quarter)],
  );
  return row?.stale ?? true;
}

export interface RankingRow {
  opdId: number;
  opdName: string;
  opdShortName: string;
  score: number | null;
  rank: number | null;
  pace: number | null;
  atRisk: boolean;
  previousScore: number | null;
  trend: 'up' | 'down' | 'same' | 'new';
  indicators: number;
  unreported: number;
  overdueFollowUps: number;
  headEmployeeId: number | null;
  headName: string | null;
}

/** A stored quarter's ranking, best first (the unranked last), or null when none is stored. */
export async function storedRanking(
  db: Sql,
  regionId: string,
  year: number,
  quarter: Quarter,
): Promise<{ computedAt: Date; settingsFrom: string | null; rows: RankingRow[] } | null> {
  const [head] = await db.query<{ computedAt: Date; settingsFrom: string | null }>(
    `SELECT computed_at AS "computedAt", settings_from::text AS "settingsFrom" FROM performance_ranking
      WHERE region_id = $1 AND year = $2 AND quarter = $3`,
    [regionId, year, quarter],
  );
  if (!head) return null;
  const rows = await db.query<RankingRow>(
    `SELECT r.opd_id AS "opdId", o.name AS "opdName", o.short_name AS "opdShortName", r.score::float8 AS score,
            r.rank, r.pace::float8 AS pace, r.at_risk AS "atRisk", r.previous_score::float8 AS "previousScore",
            r.trend, r.indicators, r.unreported, r.overdue_followups AS "overdueFollowUps",
            r.head_employee_id AS "headEmployeeId", e.name AS "headName"
       FROM performance_ranking_row r
       JOIN perangkat_daerah o ON o.region_id = r.region_id AND o.id = r.opd_id
       LEFT JOIN employee e ON e.region_id = r.region_id AND e.id = r.head_employee_id
      WHERE r.region_id = $1 AND r.year = $2 AND r.quarter = $3
      ORDER BY r.rank NULLS LAST, o.name`,
    [regionId, year, quarter],
  );
  return {
    ...head,
    rows: rows.map((r) => ({
      ...r,
      opdId: Number(r.opdId),
      headEmployeeId: r.headEmployeeId === null ? null : Number(r.headEmployeeId),
    })),
  };
}
