import type { Database, Sql } from '../../db/database';

/**
 * The realisation rollup: payments (principal and sanctions) less reversals, summed by the region's calendar day, tax
 * code, kelurahan (the tax object's; `-` for a bill without one), channel and bank into `revenue_day`, by month
 * into `revenue_month` (migration 0030), and by day and tax alone into `revenue_tax_day`; each payment and reversal
 * with those dimensions is an entry in `revenue_entry`, for the drill-down (migration 0037). The dashboard reads these
 * instead of the payments, and no payment waits for them: posting writes only its own rows, and this runs beside it
 * (every 30 s in a serving process, at the end of the demo's history, `balai revenue refresh`).
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
  /** The days and months whose figures the run wrote. */
  days: number;
  months: number;
  refreshedAt: Date;
}

/**
 * Brings a region's rollup up to date: the payments posted and reversals made since its watermark (less the
 * late-commit margin) that it has not counted yet become entries, and their sums are added to the days, the days by
 * tax and the months; the watermark moves to `now`. A run costs what arrived since the last, not the size of the day
 * or the month it lands in. The first run (or `full`) recomputes everything from the payments. Idempotent: an entry
 * is counted once (its key is the payment and its kind), so running it again changes nothing, and what the runs add
 * up to is what a full rebuild writes. One transaction under a per-region advisory lock: two refreshes of a region
 * queue.
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
    let touched: { days: number; months: number };
    if (full) {
      await recomputeAll(tx, regionId, region.timeZone);
      touched = {
        days: await countDistinct(tx, 'revenue_day', 'day', regionId),
        months: await countDistinct(tx, 'revenue_month', 'month', regionId),
      };
    } else {
      const since = new Date((region.watermark as Date).getTime() - LATE_COMMIT_MARGIN_MS);
      touched = await addArrivals(tx, regionId, region.timeZone, since);
    }
    await tx.query(
      `INSERT INTO revenue_rollup (region_id, posted_before, refreshed_at) VALUES ($1, $2, $2)
       ON CONFLICT (region_id) DO UPDATE SET posted_before = $2, refreshed_at = $2`,
      [regionId, now],
    );
    return { regionId, full, ...touched, refreshedAt: now };
  });
}

/** The columns every rollup table shares after its keys. */
const SUMS = 'principal, penalty, payments';

/** Everything recomputed from the payments: the entries, the days from them, and the days by tax and the months. */
async function recomputeAll(tx: Sql, regionId: string, timeZone: string): Promise<void> {
  for (const table of ['revenue_entry', 'revenue_day', 'revenue_tax_day', 'revenue_month'])
    await tx.query(`DELETE FROM ${table} WHERE region_id = $1`, [regionId]);
  await tx.query(
    `INSERT INTO revenue_entry (region_id, day, payment_id, reversal, tax_code, village_code, channel, partner_id,
                                principal, penalty)
     ${entriesSql('$1', 'true', 'true', '$2')}`,
    [regionId, timeZone],
  );
  await tx.query(
    `INSERT INTO revenue_day (region_id, day, tax_code, village_code, channel, partner_id, ${SUMS})
     SELECT $1, e.day, e.tax_code, e.village_code, e.channel, e.partner_id, sum(e.principal), sum(e.penalty),
            sum(CASE WHEN e.reversal THEN -1 ELSE 1 END)
       FROM revenue_entry e
      WHERE e.region_id = $1
      GROUP BY e.day, e.tax_code, e.village_code, e.channel, e.partner_id
     HAVING sum(e.principal) <> 0 OR sum(e.penalty) <> 0 OR sum(CASE WHEN e.reversal THEN -1 ELSE 1 END) <> 0`,
    [regionId],
  );
  await tx.query(
    `INSERT INTO revenue_tax_day (region_id, day, tax_code, ${SUMS})
     SELECT $1, d.day, d.tax_code, sum(d.principal), sum(d.penalty), sum(d.payments)
       FROM revenue_day d WHERE d.region_id = $1
      GROUP BY d.day, d.tax_code`,
    [regionId],
  );
  await tx.query(
    `INSERT INTO revenue_month (region_id, month, tax_code, village_code, channel, partner_id, ${SUMS})
     SELECT $1, date_trunc('month', d.day)::date, d.tax_code, d.village_code, d.channel, d.partner_id,
            sum(d.principal), sum(d.penalty), sum(d.payments)
       FROM revenue_day d WHERE d.region_id = $1
      GROUP BY 2, d.tax_code, d.village_code, d.channel, d.partner_id`,
    [regionId],
  );
}

/**
 * The payments and reversals since `since` not yet counted become entries (a payment posted inside the margin and
 * already counted is skipped by the entry's key), and their sums are added to the three tables. Rows the additions
 * leave at nothing are removed where a full rebuild would not write them: a day's row that is all zero (a payment and
 * its reversal on the same day), and a day-by-tax or month row with no day row left under it.
 */
async function addArrivals(
  tx: Sql,
  regionId: string,
  timeZone: string,
  since: Date,
): Promise<{ days: number; months: number }> {
  const arrivals = entriesSql(
    '$1',
    `p.posted_at >= $3 AND ${uncounted('p.day', false)}`,
    `rv.reversed_at >= $3 AND ${uncounted(reversalDay, true)}`,
    '$2',
  );
  const fresh = await tx.query<Arrival>(
    `INSERT INTO revenue_entry (region_id, day, payment_id, reversal, tax_code, village_code, channel, partner_id,
                                principal, penalty)
     ${arrivals}
     ON CONFLICT ON CONSTRAINT revenue_entry_pkey DO NOTHING
     RETURNING day, tax_code AS "taxCode", village_code AS "villageCode", channel, partner_id AS "partnerId",
               principal, penalty, reversal`,
    [regionId, timeZone, since],
  );
  if (fresh.length === 0) return { days: 0, months: 0 };
  const sums = sumByDayKey(fresh);
  const days = [...new Set(sums.map((r) => r.day))].sort();
  const months = [...new Set(days.map((d) => `${d.slice(0, 7)}-01`))];
  // What arrived, summed by the days' keys ($2–$9): a few hundred rows however many payments, added to each table.
  const arrived = `FROM unnest($2::date[], $3::text[], $4::text[], $5::text[], $6::text[], $7::int8[], $8::int8[],
                          $9::int8[]) AS e(day, tax_code, village_code, channel, partner_id, principal, penalty, payments)`;
  const columns = [
    regionId,
    sums.map((r) => r.day),
    sums.map((r) => r.taxCode),
    sums.map((r) => r.villageCode),
    sums.map((r) => r.channel),
    sums.map((r) => r.partnerId),
    sums.map((r) => r.principal),
    sums.map((r) => r.penalty),
    sums.map((r) => r.payments),
  ];
  const add = (table: string, conflict: string) => `ON CONFLICT ON CONSTRAINT ${conflict} DO UPDATE
        SET principal = ${table}.principal + excluded.principal, penalty = ${table}.penalty + excluded.penalty,
            payments = ${table}.payments + excluded.payments`;
  await tx.query(
    `INSERT INTO revenue_day (region_id, day, tax_code, village_code, channel, partner_id, ${SUMS})
     SELECT $1, e.day, e.tax_code, e.village_code, e.channel, e.partner_id, e.principal, e.penalty, e.payments
       ${arrived}
     ${add('revenue_day', 'revenue_day_pkey')}`,
    columns,
  );
  await tx.query(
    `INSERT INTO revenue_tax_day (region_id, day, tax_code, ${SUMS})
     SELECT $1, e.day, e.tax_code, sum(e.principal), sum(e.penalty), sum(e.payments)
       ${arrived}
      GROUP BY e.day, e.tax_code
     ${add('revenue_tax_day', 'revenue_tax_day_pkey')}`,
    columns,
  );
  await tx.query(
    `INSERT INTO revenue_month (region_id, month, tax_code, village_code, channel, partner_id, ${SUMS})
     SELECT $1, date_trunc('month', e.day)::date, e.tax_code, e.village_code, e.channel, e.partner_id,
            sum(e.principal), sum(e.penalty), sum(e.payments)
       ${arrived}
      GROUP BY 2, e.tax_code, e.village_code, e.channel, e.partner_id
     ${add('revenue_month', 'revenue_month_pkey')}`,
    columns,
  );
  const nothing = (row: string) => `${row}.principal = 0 AND ${row}.penalty = 0 AND ${row}.payments = 0`;
  await tx.query(
    `DELETE FROM revenue_day WHERE region_id = $1 AND day = ANY($2::date[]) AND ${nothing('revenue_day')}`,
    [regionId, days],
  );
  await tx.query(
    `DELETE FROM revenue_tax_day t
      WHERE t.region_id = $1 AND t.day = ANY($2::date[]) AND ${nothing('t')}
        AND NOT EXISTS (SELECT 1 FROM revenue_day d
                         WHERE d.region_id = $1 AND d.day = t.day AND d.tax_code = t.tax_code)`,
    [regionId, days],
  );
  await tx.query(
    `DELETE FROM revenue_month m
      WHERE m.region_id = $1 AND m.month = ANY($2::date[]) AND ${nothing('m')}
        AND NOT EXISTS (SELECT 1 FROM revenue_day d
                         WHERE d.region_id = $1 AND d.day >= m.month AND d.day < (m.month + interval '1 month')::date
                           AND d.tax_code = m.tax_code AND d.village_code = m.village_code AND d.channel = m.channel
                           AND d.partner_id = m.partner_id)`,
    [regionId, months],
  );
  return { days: days.length, months: months.length };
}

/** A new entry as the rollup counts it. */
interface Arrival {
  day: string;
  taxCode: string;
  villageCode: string;
  channel: string;
  partnerId: string;
  principal: number;
  penalty: number;
  reversal: boolean;
}

/** New entries summed by `revenue_day`'s key: a payment counts one, a reversal minus one. */
function sumByDayKey(entries: Arrival[]): (Omit<Arrival, 'reversal'> & { payments: number })[] {
  const sums = new Map<string, Omit<Arrival, 'reversal'> & { payments: number }>();
  for (const { reversal, ...e } of entries) {
    const key = [e.day, e.taxCode, e.villageCode, e.channel, e.partnerId].join('\u0000');
    const sum = sums.get(key) ?? { ...e, principal: 0, penalty: 0, payments: 0 };
    sum.principal += e.principal;
    sum.penalty += e.penalty;
    sum.payments += reversal ? -1 : 1;
    sums.set(key, sum);
  }
  return [...sums.values()];
}

/** The region's day a reversal `rv` was made, in the time zone parameter $2 (as `entriesSql` is called). */
const reversalDay = '(rv.reversed_at AT TIME ZONE $2)::date';

/**
 * Whether the payment `p` (as a payment, or as taken back) is not an entry yet: the margin brings back the payments
 * the last runs counted, and skipping them here, along the entries' key, keeps a run from joining each to its bill
 * again.
 */
function uncounted(day: string, reversal: boolean): string {
  return `NOT EXISTS (SELECT 1 FROM revenue_entry e WHERE e.region_id = $1 AND e.day = ${day}
                         AND e.payment_id = p.id AND e.reversal = ${reversal})`;
}

/**
 * Every payment on its day, and every reversal (the same amounts, negative) on the region's day it was made, with what
 * the rollup groups by, as `revenue_entry`'s columns after the region; `payments` and `reversals` are conditions on
 * `p` and `rv` that pick them. Each tenant table is filtered by the region parameter itself (Citus routes the
 * statement to one shard group).
 */
function entriesSql(region: string, payments: string, reversals: string, timeZone: string): string {
  return `SELECT ${region}, p.day, p.id, false, b.tax_code, coalesce(o.village_code, '-'), p.channel, p.partner_id,
                 p.principal, p.penalty
            FROM payment p
            JOIN bill b ON b.region_id = ${region} AND b.id = p.bill_id
            LEFT JOIN tax_object o ON o.region_id = ${region} AND o.id = b.object_id
           WHERE p.region_id = ${region} AND ${payments}
          UNION ALL
          SELECT ${region}, (rv.reversed_at AT TIME ZONE ${timeZone})::date, p.id, true, b.tax_code,
                 coalesce(o.village_code, '-'), p.channel, p.partner_id, -p.principal, -p.penalty
            FROM payment_reversal rv
            JOIN payment p ON p.region_id = ${region} AND p.id = rv.payment_id
            JOIN bill b ON b.region_id = ${region} AND b.id = p.bill_id
            LEFT JOIN tax_object o ON o.region_id = ${region} AND o.id = b.object_id
           WHERE rv.region_id = ${region} AND ${reversals}`;
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
