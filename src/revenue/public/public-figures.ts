import type { Sql } from '../../db/database';
import type { Bilingual } from '../../platform/problem';
import { revenueDashboard } from '../dashboard/dashboard';
import { targetInForce } from '../targets/target-in-force';
import { findTargets } from '../targets/targets';

/**
 * What anyone may see of a region's revenue (issue 15, "Public and cross-region"): by tax type and month only, the
 * realisation against the approved target in force — aggregates of the rollup, never a taxpayer, a payment, a
 * kelurahan or a bank. The year's figures per tax are the staff dashboard's own (revenueDashboard), so the public
 * page and the head of Bapenda's screen never disagree; the months are read from the same rollup.
 */

/**
 * A month of one tax type paid by fewer payments than this is withheld (shown as "not published"): a cell made of one
 * or two payments would tell the public what one taxpayer paid that month. The year's total per tax type is published
 * whatever its size, as the region's budget realisation report (LRA) publishes it.
 */
export const MIN_PAYMENTS_PER_CELL = 3;

export interface PublicMonth {
  month: string;
  /** The month of the target in force's breakdown (0 without a target). */
  target: number;
  /** Null after the day counted through, or when withheld. */
  realised: number | null;
  /** True when the cell was paid by fewer than MIN_PAYMENTS_PER_CELL payments and is not published. */
  withheld: boolean;
  achievementPercent: number | null;
}

export interface PublicTaxLine {
  taxCode: string;
  name: Bilingual;
  /** The year's target in force on the day (approved), or null without one. */
  target: number | null;
  realised: number;
  achievementPercent: number | null;
  months: PublicMonth[];
}

export interface PublicRevenue {
  year: number;
  /** The day counted through: today in the current year, 31 December for a year gone by. */
  day: string;
  /** When the rollup was last brought up to date. */
  asOf: Date | null;
  taxes: PublicTaxLine[];
  totals: { target: number | null; realised: number; achievementPercent: number | null };
  /** Every tax type together, month by month (never withheld: many taxpayers make each). */
  months: { month: string; target: number; realised: number | null; achievementPercent: number | null }[];
}

const percentOf = (part: number | null, whole: number | null) =>
  part === null || whole === null || whole <= 0 ? null : Math.round((part / whole) * 1000) / 10;

/** A region's public revenue figures for a budget year, counted through `day` (kept inside the year). */
export async function publicRevenue(
  db: Sql,
  regionId: string,
  year: number,
  day: string,
): Promise<PublicRevenue> {
  const dashboard = await revenueDashboard(db, regionId, year, day);
  const month = Number(dashboard.day.slice(5, 7));
  const cells = await realisationByTaxAndMonth(db, regionId, dashboard.day);
  const targets = await findTargets(db, regionId, year);
  const taxes = dashboard.taxes.map((line): PublicTaxLine => {
    const target = targetInForce(
      targets.filter((t) => t.taxCode === line.taxCode),
      dashboard.day,
    );
    const months = Array.from({ length: 12 }, (_, i): PublicMonth => {
      const cell = cells.get(`${line.taxCode}/${i + 1}`);
      const monthTarget = target?.monthly[i] ?? 0;
      const withheld = cell !== undefined && cell.payments > 0 && cell.payments < MIN_PAYMENTS_PER_CELL;
      const realised = i + 1 > month || withheld ? null : (cell?.amount ?? 0);
      return {
        month: `${year}-${String(i + 1).padStart(2, '0')}`,
        target: monthTarget,
        realised,
        withheld,
        achievementPercent: percentOf(realised, monthTarget),
      };
    });
    return {
      taxCode: line.taxCode,
      name: line.name,
      target: line.target,
      realised: line.realised,
      achievementPercent: line.achievementPercent,
      months,
    };
  });
  return {
    year,
    day: dashboard.day,
    asOf: dashboard.asOf,
    taxes,
    totals: {
      target: dashboard.totals.target,
      realised: dashboard.totals.realised,
      achievementPercent: dashboard.totals.achievementPercent,
    },
    months: dashboard.months.map((m) => ({
      month: m.month,
      target: m.target,
      realised: m.realised,
      achievementPercent: percentOf(m.realised, m.target),
    })),
  };
}

/**
 * Each tax type's realisation and number of payments by month of the day's year, up to the day (as the dashboard
 * counts it), from the rollup by day and tax.
 */
async function realisationByTaxAndMonth(
  db: Sql,
  regionId: string,
  day: string,
): Promise<Map<string, { amount: number; payments: number }>> {
  const rows = await db.query<{ taxCode: string; m: number; amount: number; payments: number }>(
    `SELECT tax_code AS "taxCode", extract(month FROM day)::int AS m,
            sum(principal + penalty)::int8 AS amount, sum(payments)::int8 AS payments
       FROM revenue_tax_day
      WHERE region_id = $1 AND day BETWEEN $2::date AND $3::date
      GROUP BY tax_code, 2`,
    [regionId, `${day.slice(0, 4)}-01-01`, day],
  );
  return new Map(rows.map((r) => [`${r.taxCode}/${r.m}`, { amount: r.amount, payments: r.payments }]));
}
