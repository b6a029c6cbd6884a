import type { Sql } from '../../db/database';

/** A quarter's realisation of an indicator as the other parts of performance management read it. */
export interface AcceptedRealisation {
  indicatorId: number;
  quarter: number;
  value: number;
  source: 'manual' | 'revenue_pad';
}

/**
 * The realisations of a year that count (for the ranking, the public page, the LKjIP): every manual figure the
 * verifier has accepted, by indicator and quarter, oldest quarter first.
 * Until the revenue feed lands, `revenue_pad` indicators contribute nothing here.
 */
export async function acceptedRealisations(
  db: Sql,
  regionId: string,
  year: number,
): Promise<AcceptedRealisation[]> {
  const rows = await db.query<{ indicatorId: number; quarter: number; value: number }>(
    `SELECT indicator_id AS "indicatorId", quarter, value::float8 AS value FROM performance_realisation
      WHERE region_id = $1 AND year = $2 AND status = 'accepted' AND source = 'manual'
      ORDER BY indicator_id, quarter`,
    [regionId, year],
  );
  return rows.map((r) => ({
    indicatorId: Number(r.indicatorId),
    quarter: r.quarter,
    value: r.value,
    source: 'manual',
  }));
}
