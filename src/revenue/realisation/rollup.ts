import type { Database, Sql } from '../../db/database';

/**
 * The realisation rollup: payments (principal and sanctions) less reversals, summed by the region's calendar day, tax
 * code, kelurahan (the tax object's; `-` for a bill without one), channel and bank into `revenue_day`, and by month
 * into `revenue_month` (migration 0030). The dashboard reads these few thousand rows instead of the payments, and no
 * payment waits for them: posting writes only its own rows, and this runs beside it (every 30 s in a serving process,
 * at the end of the demo's history, `balai revenue refresh`).
 *
 * A payment counts on its own day (`payment.day`: the region's day the money was received, to which interest was
 * counted); a reversal subtracts the same amounts on the region's calendar day it was made, so a day already reported
 * is never rewritten by a later reversal.
 */

/** Namespace of the advisory lock that lets one refresh of a region run at a time (see audit.ts). */
const ROLLUP_LOCK = 7_302_015;

/**
 * How far before the last run's watermark a refresh looks again: a payment's `posted_at` is its transaction's business
 * time, and a transaction still open when the last run read may commit afterwards with an earlier `posted_at`.
 */
export const LATE_COMMIT_MARGIN_MS = 10 * 60_000;

export interface RollupRun {
  regionId: string;
  /** Whether every day was recomputed (the first run, or asked for). */
  full: boolean;
  days: number;
  months: number;
  refreshedAt: Date;
}

/**
 * Brings a region's rollup up to date: recomputes the days touched by payments posted or reversals made since its
 * watermark (less the late-commit margin), then those days' months, and moves the watermark to `now`. The first run
 * (or `full`) recomputes everything. Idempotent: a day is recomputed from the payments, never adjusted, so running it
 * again changes nothing. One transaction under a per-region advisory lock: two refreshes of a region queue.
 */
export async function refreshRealisation(
  db: Database,
  regionId: string,
  now: Date,
  options: { full?: boolean } = {},
): Promise<RollupRun> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ROLLUP_LOCK, regionId]);
    const [region] = await tx.query<{ timeZone: string; watermark: Date | null }>(
      `SELECT r.time_zone AS "timeZone",
              (SELECT u.posted_before FROM revenue_rollup u WHERE u.region_id = $1) AS watermark
         FROM region r WHERE r.region_id = $1`,
      [regionId],
    );
    if (!region) throw new Error(`region ${regionId} is not hosted`);
    const full = options.full === true || region.watermark === null;
    const days = full ? null : await daysTouched(tx, regionId, region.timeZone, region.watermark as Date);
    const months = full ? null : [...new Set((days ?? []).map((d) => `${d.slice(0, 7)}-01`))];
    if (full || (days && days.length > 0)) {
      await tx.query(
        `DELETE FROM revenue_day WHERE region_id = $1 AND ($2::date[] IS NULL OR day = ANY($2))`,
        [regionId, days],
      );
      await tx.query(
        `INSERT INTO revenue_day (region_id, day, tax_code, village_code, channel, partner_id, principal, penalty,
                                  payments)
         SELECT $1, x.day, x.tax_code, x.village_code, x.channel, x.partner_id, sum(x.principal), sum(x.penalty),
                sum(x.n)
           FROM (${paymentsAndReversals('$1', '$2', '$3')}) x
          GROUP BY x.day, x.tax_code, x.village_code, x.channel, x.partner_id
         HAVING sum(x.principal) <> 0 OR sum(x.penalty) <> 0 OR sum(x.n) <> 0`,
        [regionId, days, region.timeZone],
      );
      await tx.query(
        `DELETE FROM revenue_month WHERE region_id = $1 AND ($2::date[] IS NULL OR month = ANY($2))`,
        [regionId, months],
      );
      await tx.query(
        `INSERT INTO revenue_month (region_id, month, tax_code, village_code, channel, partner_id, principal, penalty,
                                    payments)
         SELECT $1, date_trunc('month', d.day)::date, d.tax_code, d.village_code, d.channel, d.partner_id,
                sum(d.principal), sum(d.penalty), sum(d.payments)
           FROM revenue_day d
          WHERE d.region_id = $1 AND ($2::date[] IS NULL OR date_trunc('month', d.day)::date = ANY($2))
          GROUP BY 2, d.tax_code, d.village_code, d.channel, d.partner_id`,
        [regionId, months],
      );
    }
    await tx.query(
      `INSERT INTO revenue_rollup (region_id, posted_before, refreshed_at) VALUES ($1, $2, $2)
       ON CONFLICT (region_id) DO UPDATE SET posted_before = $2, refreshed_at = $2`,
      [regionId, now],
    );
    return {
      regionId,
      full,
      days: days?.length ?? (await countDistinct(tx, 'revenue_day', 'day', regionId)),
      months: months?.length ?? (await countDistinct(tx, 'revenue_month', 'month', regionId)),
      refreshedAt: now,
    };
  });
}

/** The region's days with a payment posted, or a reversal made, since the watermark less the margin. */
async function daysTouched(tx: Sql, regionId: string, timeZone: string, watermark: Date): Promise<string[]> {
  const since = new Date(watermark.getTime() - LATE_COMMIT_MARGIN_MS);
  const rows = await tx.query<{ day: string }>(
    `SELECT p.day FROM payment p WHERE p.region_id = $1 AND p.posted_at >= $2
     UNION
     SELECT (rv.reversed_at AT TIME ZONE $3)::date FROM payment_reversal rv
      WHERE rv.region_id = $1 AND rv.reversed_at >= $2`,
    [regionId, since, timeZone],
  );
  return rows.map((r) => r.day).sort();
}

/**
 * Every payment on its day, and every reversal (the same amounts, negative) on the region's day it was made, with what
 * the rollup groups by; `days` (a `date[]` parameter, null for all) picks the days. Each tenant table is filtered by
 * the region parameter itself (Citus routes the statement to one shard group).
 */
function paymentsAndReversals(region: string, days: string, timeZone: string): string {
  const reversalDay = `(rv.reversed_at AT TIME ZONE ${timeZone})::date`;
  return `SELECT p.day, b.tax_code, coalesce(o.village_code, '-') AS village_code, p.channel, p.partner_id,
                 p.principal, p.penalty, 1 AS n
            FROM payment p
            JOIN bill b ON b.region_id = ${region} AND b.id = p.bill_id
            LEFT JOIN tax_object o ON o.region_id = ${region} AND o.id = b.object_id
           WHERE p.region_id = ${region} AND (${days}::date[] IS NULL OR p.day = ANY(${days}))
          UNION ALL
          SELECT ${reversalDay}, b.tax_code, coalesce(o.village_code, '-'), p.channel, p.partner_id,
                 -p.principal, -p.penalty, -1
            FROM payment_reversal rv
            JOIN payment p ON p.region_id = ${region} AND p.id = rv.payment_id
            JOIN bill b ON b.region_id = ${region} AND b.id = p.bill_id
            LEFT JOIN tax_object o ON o.region_id = ${region} AND o.id = b.object_id
           WHERE rv.region_id = ${region} AND (${days}::date[] IS NULL OR ${reversalDay} = ANY(${days}))`;
}

/** How many days (or months) a full run recomputed: those with realisation. */
async function countDistinct(
  tx: Sql,
  table: 'revenue_day' | 'revenue_month',
  column: 'day' | 'month',
  regionId: string,
): Promise<number> {
  const [row] = await tx.query<{ n: number }>(
    `SELECT count(DISTINCT ${column})::int AS n FROM ${table} WHERE region_id = $1`,
    [regionId],
  );
  return row?.n ?? 0;
}

/** Every hosted region's rollup brought up to date, one region after another. */
export async function refreshAllRegions(
  db: Database,
  now: Date,
  options: { full?: boolean } = {},
): Promise<RollupRun[]> {
  const regions = await db.query<{ regionId: string }>(
    'SELECT region_id AS "regionId" FROM region ORDER BY region_id',
  );
  const runs: RollupRun[] = [];
  for (const { regionId } of regions) runs.push(await refreshRealisation(db, regionId, now, options));
  return runs;
}
