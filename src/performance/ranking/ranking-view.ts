import type { Database } from '../../db/database';
import {
  type Band,
  nineBox,
  type QuarterRecord,
  type RotationRecommendation,
  rotationRecommendation,
} from './consequences';
import {
  type RankingRow,
  rankingIsStale,
  rankingSettingsRows,
  recomputeRanking,
  storedRanking,
} from './ranking';
import { previousQuarter, type Quarter, quarterEnd } from './ranking-rules';
import { type RankingSettings, rankingSettingsInForce } from './ranking-settings';

export interface RotationCandidate extends RotationRecommendation {
  opdId: number;
  opdName: string;
  headEmployeeId: number;
  headName: string | null;
}

export interface NineBoxPlacement {
  employeeId: number;
  name: string | null;
  opdId: number;
  opdName: string;
  score: number;
  /** The planner's assessment for the year; null: not assessed yet, so not placed. */
  potential: number | null;
  performanceBand: Band;
  potentialBand: Band | null;
  box: number | null;
}

export interface RankingView {
  year: number;
  quarter: Quarter;
  computedAt: Date;
  settings: RankingSettings;
  opds: RankingRow[];
  atRisk: RankingRow[];
  rotationCandidates: RotationCandidate[];
  nineBox: NineBoxPlacement[];
}

/**
 * A quarter's ranking as the page shows it: recomputed first when stale (ranking.ts `rankingIsStale`), with the
 * at-risk list, the rotation candidates read from the stored rankings of the quarters the region's rule looks back
 * over (each computed once when missing), and the heads' places on the 9-box.
 */
export async function rankingView(
  db: Database,
  at: Date,
  today: string,
  regionId: string,
  year: number,
  quarter: Quarter,
): Promise<RankingView> {
  if (await rankingIsStale(db, regionId, year, quarter, today)) {
    await recomputeRanking(db, at, today, null, regionId, year, quarter);
  }
  const settings = rankingSettingsInForce(await rankingSettingsRows(db, regionId), quarterEnd(year, quarter));
  const lookback = settings.missedQuartersInRow + Math.ceil(settings.improveMonths / 3);
  const quarters: { year: number; quarter: Quarter }[] = [{ year, quarter }];
  while (quarters.length < lookback)
    quarters.unshift(previousQuarter(quarters[0]?.year ?? year, quarters[0]?.quarter ?? quarter));
  for (const q of quarters.slice(0, -1)) {
    if (!(await storedRanking(db, regionId, q.year, q.quarter))) {
      await recomputeRanking(db, at, today, null, regionId, q.year, q.quarter);
    }
  }
  const current = await storedRanking(db, regionId, year, quarter);
  if (!current) throw new Error('a ranking just computed is not stored');
  const first = quarters[0] as { year: number; quarter: Quarter };
  const history = await db.query<{
    year: number;
    quarter: Quarter;
    opdId: number;
    score: number | null;
    head: number | null;
  }>(
    `SELECT year, quarter, opd_id AS "opdId", score::float8 AS score, head_employee_id AS head
       FROM performance_ranking_row
      WHERE region_id = $1 AND year * 4 + quarter BETWEEN $2 AND $3
      ORDER BY year, quarter`,
    [regionId, first.year * 4 + first.quarter, year * 4 + quarter],
  );
  const byOpd = new Map<number, QuarterRecord[]>();
  for (const h of history) {
    const opdId = Number(h.opdId);
    byOpd.set(opdId, [
      ...(byOpd.get(opdId) ?? []),
      {
        year: h.year,
        quarter: h.quarter,
        score: h.score,
        headEmployeeId: h.head === null ? null : Number(h.head),
      },
    ]);
  }
  const rotationCandidates: RotationCandidate[] = [];
  for (const row of current.rows) {
    const recommendation = rotationRecommendation(byOpd.get(row.opdId) ?? [], settings);
    if (recommendation && row.headEmployeeId !== null) {
      rotationCandidates.push({
        ...recommendation,
        opdId: row.opdId,
        opdName: row.opdName,
        headEmployeeId: row.headEmployeeId,
        headName: row.headName,
      });
    }
  }
  const potentials = new Map(
    (
      await db.query<{ employeeId: number; potential: number }>(
        `SELECT employee_id AS "employeeId", potential::float8 AS potential FROM head_potential
          WHERE region_id = $1 AND year = $2`,
        [regionId, year],
      )
    ).map((p) => [Number(p.employeeId), p.potential]),
  );
  const placements: NineBoxPlacement[] = current.rows.flatMap((row) => {
    if (row.headEmployeeId === null || row.score === null) return [];
    const potential = potentials.get(row.headEmployeeId) ?? null;
    const placed = potential === null ? null : nineBox(row.score, potential, settings);
    return [
      {
        employeeId: row.headEmployeeId,
        name: row.headName,
        opdId: row.opdId,
        opdName: row.opdName,
        score: row.score,
        potential,
        performanceBand: nineBox(row.score, 0, settings).performance,
        potentialBand: placed?.potential ?? null,
        box: placed?.box ?? null,
      },
    ];
  });
  return {
    year,
    quarter,
    computedAt: current.computedAt,
    settings,
    opds: current.rows,
    atRisk: current.rows.filter((r) => r.atRisk),
    rotationCandidates,
    nineBox: placements,
  };
}
