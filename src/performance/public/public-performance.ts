import type { Sql } from '../../db/database';
import { compareDates } from '../../platform/calendar';
import { publicOpinions } from '../audit-findings/audit-findings';
import { roundContracts, type SignedContractItem, signedContractItems } from '../contracts/contracts';
import { evaluationHistory } from '../evaluations/evaluations';
import type { EvaluationKind } from '../evaluations/worksheets';
import { listOpds } from '../organisation/perangkat-daerah';
import {
  type IndicatorQuarter,
  type Quarter,
  quarterCapaian,
  quarterEnd,
  weightedScore,
} from '../ranking/ranking-rules';
import { acceptedRealisations } from '../realisation/realisation-read';
import type { Polarity } from '../rules/capaian';

/*
 * The public page of performance management (issue 16, "Public page"): each OPD's signed Perjanjian Kinerja of the year
 * with its quarterly achievement, the region's SAKIP and RB predikat and its BPK opinion by year. Only what is public
 * by nature: signed contracts (a PK is published), accepted realisations, finished evaluations, opinions. An OPD's
 * quarter is scored as its ranking scores it (ranking-rules.ts: the contract's weights, each capaian capped at the
 * region's cap, an unreported indicator at 0 once the quarter has ended), so the two never disagree.
 */

export interface PublicIndicatorQuarter {
  quarter: Quarter;
  target: number;
  realisation: number | null;
  /** The capaian as the ranking counts it (0 to the cap); null while nothing is accepted. */
  capaianPercent: number | null;
}

export interface PublicContractItem {
  indicatorId: number;
  name: string;
  unit: string;
  polarity: Polarity;
  weight: number;
  baseline: number;
  target: number;
  targetUpper: number | null;
  quarters: PublicIndicatorQuarter[];
}

export interface PublicOpd {
  id: number;
  name: string;
  shortName: string;
  headName: string;
  signedAt: Date | null;
  /** Tw1–Tw4: the weighted capaian, null for a quarter not yet ended with nothing accepted. */
  quarters: { quarter: Quarter; scorePercent: number | null }[];
  items: PublicContractItem[];
}

export interface PublicEvaluation {
  year: number;
  score: number;
  predikat: string;
}

export interface PublicPerformance {
  year: number;
  opds: PublicOpd[];
  sakip: PublicEvaluation[];
  rb: PublicEvaluation[];
  auditOpinions: Awaited<ReturnType<typeof publicOpinions>>;
}

interface IndicatorFacts {
  id: number;
  name: string;
  unit: string;
  polarity: Polarity;
  cumulative: boolean;
}

const QUARTERS: readonly Quarter[] = [1, 2, 3, 4];

/** The region's public performance figures of `year`, counted through `today` (the region's day). */
export async function publicPerformance(
  db: Sql,
  regionId: string,
  year: number,
  today: string,
  capPercent: number,
): Promise<PublicPerformance> {
  const [items, contracts, opds, realisations, sakip, rb, auditOpinions] = await Promise.all([
    signedContractItems(db, regionId, year),
    roundContracts(db, regionId, year, null),
    listOpds(db, regionId),
    acceptedRealisations(db, regionId, year),
    finished(db, regionId, 'sakip'),
    finished(db, regionId, 'rb'),
    publicOpinions(db, regionId),
  ]);
  const facts = await indicatorFacts(
    db,
    regionId,
    items.map((i) => i.indicatorId),
  );
  const realised = new Map(realisations.map((r) => [`${r.indicatorId}/${r.quarter}`, r.value]));
  const ended = QUARTERS.filter((q) => compareDates(quarterEnd(year, q), today) < 0);
  const byOpd = new Map<number, SignedContractItem[]>();
  for (const item of items) byOpd.set(item.opdId, [...(byOpd.get(item.opdId) ?? []), item]);

  const publicOpds: PublicOpd[] = [];
  for (const contract of contracts) {
    const opdItems = byOpd.get(contract.opdId);
    const opd = opds.find((o) => o.id === contract.opdId);
    if (contract.status !== 'signed' || !opdItems || !opd) continue;
    const rows = opdItems.map((item) =>
      publicItem(item, facts.get(item.indicatorId) as IndicatorFacts, realised, capPercent),
    );
    publicOpds.push({
      id: opd.id,
      name: opd.name,
      shortName: opd.shortName,
      headName: contract.headName,
      signedAt: contract.pimpinanSignedAt,
      quarters: QUARTERS.map((quarter) => {
        const anyAccepted = rows.some((r) => r.quarters[quarter - 1]?.realisation !== null);
        if (!anyAccepted && !ended.includes(quarter)) return { quarter, scorePercent: null };
        return {
          quarter,
          scorePercent: weightedScore(
            rows.map((r) => ({ weight: r.weight, capaian: r.quarters[quarter - 1]?.capaianPercent ?? 0 })),
          ),
        };
      }),
      items: rows,
    });
  }
  return { year, opds: publicOpds, sakip, rb, auditOpinions };
}

function publicItem(
  item: SignedContractItem,
  facts: IndicatorFacts,
  realised: Map<string, number>,
  capPercent: number,
): PublicContractItem {
  const quarterTargets = item.quarters as unknown as readonly [number, number, number, number];
  return {
    indicatorId: item.indicatorId,
    name: facts.name,
    unit: facts.unit,
    polarity: facts.polarity,
    weight: item.weight,
    baseline: item.baseline,
    target: item.target,
    targetUpper: item.targetUpper,
    quarters: QUARTERS.map((quarter) => {
      const realisation = realised.get(`${item.indicatorId}/${quarter}`) ?? null;
      const ind: IndicatorQuarter = {
        indicatorId: item.indicatorId,
        polarity: facts.polarity,
        cumulative: facts.cumulative,
        target: item.target,
        targetUpper: item.targetUpper,
        quarterTargets,
        realisation,
      };
      return {
        quarter,
        target: quarterTargets[quarter - 1] as number,
        realisation,
        capaianPercent: realisation === null ? null : quarterCapaian(ind, quarter, capPercent),
      };
    }),
  };
}

async function indicatorFacts(
  db: Sql,
  regionId: string,
  ids: number[],
): Promise<Map<number, IndicatorFacts>> {
  const rows = await db.query<IndicatorFacts>(
    `SELECT id::float8 AS id, name, unit, polarity, cumulative FROM performance_indicator
      WHERE region_id = $1 AND id = ANY($2::bigint[])`,
    [regionId, ids],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** The region's own evaluations of a kind the verifier has finished, year on year: the final score and predikat. */
async function finished(db: Sql, regionId: string, kind: EvaluationKind): Promise<PublicEvaluation[]> {
  const history = await evaluationHistory(db, regionId, kind, null);
  return history.flatMap((e) =>
    e.status === 'reviewed' && e.finalScore !== null && e.predikat !== null
      ? [{ year: e.year, score: e.finalScore, predikat: e.predikat }]
      : [],
  );
}
