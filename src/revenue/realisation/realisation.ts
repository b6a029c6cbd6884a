import type { Sql } from '../../db/database';

/**
 * Reading the realisation the rollup keeps (rollup.ts): by month from `revenue_month`, by tax and day from
 * `revenue_tax_day`. A figure is principal plus sanctions (interest), less what was reversed, as the SSPDs of the
 * payments say it.
 */

/** The first month the region's realisation has anything in (`YYYY-MM`), or null before the first payment. */
export async function recordsBegin(db: Sql, regionId: string): Promise<string | null> {
  const [row] = await db.query<{ first: string | null }>(
    `SELECT to_char(min(month), 'YYYY-MM') AS first FROM revenue_month WHERE region_id = $1`,
    [regionId],
  );
  return row?.first ?? null;
}

/**
 * Whether the records cover a year from its January, so that its months are a whole pattern: a region that started
 * using Balai in July has no January to compare with, and a pattern read from its half year would mislead.
 */
export function coversYear(begin: string | null, year: number): boolean {
  return begin !== null && begin <= `${year}-01`;
}

/** Each tax code's realisation in a year, January first (principal plus sanctions, less reversals). */
export async function monthlyRealisation(
  db: Sql,
  regionId: string,
  year: number,
  taxCode?: string,
): Promise<Map<string, number[]>> {
  const rows = await db.query<{ taxCode: string; month: number; amount: number }>(
    `SELECT tax_code AS "taxCode", extract(month FROM day)::int AS month, sum(principal + penalty)::int8 AS amount
       FROM revenue_tax_day
      WHERE region_id = $1 AND day BETWEEN $2::date AND $3::date AND ($4::text IS NULL OR tax_code = $4)
      GROUP BY tax_code, 2`,
    [regionId, `${year}-01-01`, `${year}-12-31`, taxCode ?? null],
  );
  const byTax = new Map<string, number[]>();
  for (const r of rows) {
    const months = byTax.get(r.taxCode) ?? Array(12).fill(0);
    months[r.month - 1] += r.amount;
    byTax.set(r.taxCode, months);
  }
  return byTax;
}

/**
 * The region's realisation, all taxes together, from one day to another inclusive, in whole rupiah (principal plus
 * sanctions, less reversals): what performance management reads as Bapenda's PAD realisation.
 */
export async function realisationBetween(
  db: Sql,
  regionId: string,
  from: string,
  to: string,
): Promise<number> {
  const [row] = await db.query<{ amount: number | null }>(
    `SELECT sum(principal + penalty)::int8 AS amount FROM revenue_tax_day
      WHERE region_id = $1 AND day BETWEEN $2::date AND $3::date`,
    [regionId, from, to],
  );
  return Number(row?.amount ?? 0);
}

/** The last day the region's realisation has a payment on (`YYYY-MM-DD`), or null before the first. */
export async function realisationRecordedThrough(db: Sql, regionId: string): Promise<string | null> {
  const [row] = await db.query<{ last: string | null }>(
    `SELECT to_char(max(day), 'YYYY-MM-DD') AS last FROM revenue_tax_day WHERE region_id = $1`,
    [regionId],
  );
  return row?.last ?? null;
}
