import type { Sql } from '../../db/database';
import { type IndicatorQuarter, type Quarter, quarterCapaian } from '../ranking/ranking-rules';
import { acceptedRealisations } from '../realisation/realisation-read';
import type { Polarity } from '../rules/capaian';
import type { FeedRecords } from './feeds';

/**
 * What Balai knows for the feeds of a subject's evaluation of `year` (the region's own when `opdId` is null): the
 * predikat of its latest reviewed LKE of that year or before, the BPK's opinion on the region's latest fiscal year up
 * to that year (one per region, whatever the subject), its recommendations of findings of that year or before with
 * how many the verifier found sesuai, and its IKU's mean capaian (ikuCapaian).
 */
export async function feedRecords(
  db: Sql,
  regionId: string,
  year: number,
  opdId: number | null,
): Promise<FeedRecords> {
  const [sakip] = await db.query<{ year: number; predikat: string }>(
    `SELECT w.year, e.predikat FROM evaluation e
       JOIN evaluation_worksheet w ON w.region_id = e.region_id AND w.id = e.worksheet_id
      WHERE e.region_id = $1 AND w.kind = 'sakip' AND e.status = 'reviewed' AND e.predikat IS NOT NULL
        AND w.year <= $2 AND e.opd_id IS NOT DISTINCT FROM $3
      ORDER BY w.year DESC, e.reviewed_at DESC LIMIT 1`,
    [regionId, year, opdId],
  );
  const [opinion] = await db.query<{ fiscalYear: number; opinion: string }>(
    `SELECT fiscal_year AS "fiscalYear", opinion FROM audit_opinion
      WHERE region_id = $1 AND fiscal_year <= $2 ORDER BY fiscal_year DESC LIMIT 1`,
    [regionId, year],
  );
  const [followUp] = await db.query<{ total: number; sesuai: number }>(
    `SELECT count(*)::int AS total, count(*) FILTER (WHERE r.status = 'sesuai')::int AS sesuai
       FROM audit_recommendation r
       JOIN audit_finding f ON f.region_id = r.region_id AND f.id = r.finding_id
      WHERE r.region_id = $1 AND f.year <= $2 AND ($3::bigint IS NULL OR r.opd_id = $3)`,
    [regionId, year, opdId],
  );
  return {
    sakip: sakip ? { year: Number(sakip.year), predikat: sakip.predikat } : null,
    opinion: opinion ? { fiscalYear: Number(opinion.fiscalYear), opinion: opinion.opinion } : null,
    followUp: { total: Number(followUp?.total ?? 0), sesuai: Number(followUp?.sesuai ?? 0) },
    iku: (await ikuCapaian(db, regionId, year, opdId)) ?? (await ikuCapaian(db, regionId, year - 1, opdId)),
  };
}

/**
 * The mean capaian of the subject's IKU in `year` (the region's every IKU; an OPD's those of its nodes and those it
 * shares): each IKU with a target and an accepted realisation, at its latest accepted quarter against that quarter's
 * target, as the ranking reads a quarter (ranking-rules.ts), counted up to 100%; null when none has one.
 */
async function ikuCapaian(
  db: Sql,
  regionId: string,
  year: number,
  opdId: number | null,
): Promise<FeedRecords['iku']> {
  const indicators = await db.query<{
    id: number;
    polarity: Polarity;
    cumulative: boolean;
    target: number;
    targetUpper: number | null;
    quarters: number[] | null;
  }>(
    `SELECT i.id::float8 AS id, i.polarity, i.cumulative, t.target::float8 AS target,
            t.target_upper::float8 AS "targetUpper",
            CASE WHEN t.tw1 IS NULL THEN NULL ELSE ARRAY[t.tw1, t.tw2, t.tw3, t.tw4]::float8[] END AS quarters
       FROM performance_indicator i
       JOIN performance_node n ON n.region_id = i.region_id AND n.id = i.node_id
       JOIN performance_target t ON t.region_id = i.region_id AND t.indicator_id = i.id AND t.year = $2
      WHERE i.region_id = $1 AND i.iku
        AND ($3::bigint IS NULL OR n.opd_id = $3 OR EXISTS (
              SELECT 1 FROM performance_indicator_owner o
               WHERE o.region_id = i.region_id AND o.indicator_id = i.id AND o.opd_id = $3))`,
    [regionId, year, opdId],
  );
  const latest = new Map<number, { quarter: Quarter; value: number }>();
  for (const r of await acceptedRealisations(db, regionId, year))
    latest.set(r.indicatorId, { quarter: r.quarter as Quarter, value: r.value });
  const capaians = indicators.flatMap((i) => {
    const reported = latest.get(i.id);
    if (!reported) return [];
    const ind: IndicatorQuarter = {
      indicatorId: i.id,
      polarity: i.polarity,
      cumulative: i.cumulative,
      target: i.target,
      targetUpper: i.targetUpper,
      quarterTargets: i.quarters as IndicatorQuarter['quarterTargets'],
      realisation: reported.value,
    };
    return [quarterCapaian(ind, reported.quarter, 100)];
  });
  if (capaians.length === 0) return null;
  const mean = capaians.reduce((a, b) => a + b, 0) / capaians.length;
  return { year, indicators: capaians.length, meanCapaianPercent: Math.round(mean * 100) / 100 };
}
