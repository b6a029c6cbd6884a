import type { Sql } from '../../db/database';
import type { FeedRecords } from './feeds';

/**
 * What Balai knows for the feeds of a subject's evaluation of `year` (the region's own when `opdId` is null): the
 * predikat of its latest reviewed LKE of that year or before, the BPK's opinion on the region's latest fiscal year up
 * to that year (one per region, whatever the subject), and its recommendations of findings of that year or before with
 * how many the verifier found sesuai.
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
  };
}
