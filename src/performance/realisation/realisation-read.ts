import type { Sql } from '../../db/database';
import { ledgerYear } from './ledger-feed';

/** A quarter's realisation of an indicator as the other parts of performance management read it. */
export interface AcceptedRealisation {
  indicatorId: number;
  quarter: number;
  value: number;
  source: 'manual' | 'revenue_pad';
}

/**
 * The realisations of a year that count (for the ranking, the public page, the LKjIP): every manual figure the
 * verifier has accepted, and for each `revenue_pad` indicator the revenue ledger's figure of every quarter the ledger
 * has reached (cumulative PAD to the quarter's end, ledger-feed.ts); by indicator and quarter.
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
  const manual = rows.map((r) => ({
    indicatorId: Number(r.indicatorId),
    quarter: r.quarter,
    value: r.value,
    source: 'manual' as const,
  }));
  const fed = (await ledgerYear(db, regionId, year)).map((f) => ({ ...f, source: 'revenue_pad' as const }));
  return [...manual, ...fed].sort((a, b) => a.indicatorId - b.indicatorId || a.quarter - b.quarter);
}
