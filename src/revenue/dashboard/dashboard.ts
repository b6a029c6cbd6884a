import type { Sql } from '../../db/database';
import type { Bilingual } from '../../platform/problem';
import {
  type Backtest,
  backtest,
  type EarlierYear,
  type ForecastMethod,
  forecastYearEnd,
  sameDayIn,
} from '../forecast/seasonal-pace';
import { coversYear, recordsBegin } from '../realisation/realisation';
import { dayInYear, targetInForce } from '../targets/target-in-force';
import { findTargets, type RevenueTarget } from '../targets/targets';

/**
 * The head of Bapenda's and the mayor's morning screen, for a budget year as of a day: per tax, the target in force,
 * the realisation to date against it and against the same date last year, and the forecast of the year's end with its
 * back-test error; the totals; and the year month by month against the target's breakdown. Read from the rollup
 * (rollup.ts) alone, so it answers in a few queries whatever the number of payments; `asOf` says when the rollup was
 * last brought up to date.
 */

export interface Forecast {
  yearEnd: number;
  method: ForecastMethod | 'sum';
  methodText: Bilingual;
  /** The method's error on last year, in percent (positive: it overshot); null without a last year on record. */
  backtestErrorPercent: number | null;
}

export interface DashboardLine {
  taxCode: string;
  name: Bilingual;
  /** The year's target in force on the day (approved, latest effective), or null without one. */
  target: number | null;
  /** The target's months up to the day: the months before in full, the day's month pro rata by its days. */
  targetToDate: number | null;
  /** Principal plus sanctions received from 1 January to the day, less reversals. */
  realised: number;
  /** Realised ÷ the year's target, in percent to one decimal. */
  achievementPercent: number | null;
  /** Realised ÷ the target to date. */
  achievementToDatePercent: number | null;
  /** What last year had received by the same day; null when the records do not reach back to it. */
  sameDateLastYear: number | null;
  forecast: Forecast;
}

export interface DashboardMonth {
  month: string;
  target: number;
  /** Null for a month after the day. */
  realised: number | null;
  cumulativeTarget: number;
  cumulativeRealised: number | null;
}

export interface RevenueDashboard {
  year: number;
  /** The day counted through (`YYYY-MM-DD`). */
  day: string;
  /** When the rollup was last brought up to date: payments posted since are not in these figures. */
  asOf: Date | null;
  /** The first month the region's records have realisation in (`YYYY-MM`). */
  recordsBegin: string | null;
  taxes: DashboardLine[];
  totals: Omit<DashboardLine, 'taxCode' | 'name'>;
  months: DashboardMonth[];
}

/** Realisation by tax: each year's months, and each year's part of the day's month up to the same day. */
interface Series {
  months: Map<number, number[]>;
  partial: Map<number, number>;
}

const percentOf = (part: number, whole: number | null) =>
  whole === null || whole <= 0 ? null : Math.round((part / whole) * 1000) / 10;

export async function revenueDashboard(
  db: Sql,
  regionId: string,
  year: number,
  asOfDay: string,
): Promise<RevenueDashboard> {
  const day = dayInYear(year, asOfDay);
  const month = Number(day.slice(5, 7));
  const begin = await recordsBegin(db, regionId);
  const firstYear = Math.min(year, begin ? Number(begin.slice(0, 4)) : year);
  const [rollup] = await db.query<{ refreshedAt: Date }>(
    'SELECT refreshed_at AS "refreshedAt" FROM revenue_rollup WHERE region_id = $1',
    [regionId],
  );
  const series = await seriesByTax(db, regionId, firstYear, year, day);
  const targets = groupBy(await findTargets(db, regionId, year), (t) => t.taxCode);
  const inForce = new Map<string, RevenueTarget | null>(
    [...targets].map(([taxCode, ts]) => [taxCode, targetInForce(ts, day)]),
  );
  const names = await taxNames(db);
  const byDay = (s: Series | undefined, y: number) =>
    (s?.months.get(y) ?? []).slice(0, month - 1).reduce((sum, m) => sum + m, 0) + (s?.partial.get(y) ?? 0);
  const total = (s: Series | undefined, y: number) => (s?.months.get(y) ?? []).reduce((sum, m) => sum + m, 0);
  const coveredBefore = (y: number) => range(firstYear, y - 1).filter((e) => coversYear(begin, e));
  const lastYearRecorded = begin !== null && begin <= `${sameDayIn(year - 1, day).slice(0, 7)}`;

  const taxCodes = [
    ...new Set([...[...inForce].filter(([, t]) => t).map(([c]) => c), ...series.keys()]),
  ].sort();
  const computed = taxCodes.map((taxCode): { line: DashboardLine; backtest: Backtest | null } => {
    const s = series.get(taxCode);
    const target = inForce.get(taxCode) ?? null;
    const realised = byDay(s, year);
    const earlier = (years: number[]): EarlierYear[] =>
      years.map((y) => ({ year: y, byDay: byDay(s, y), total: total(s, y) }));
    const f = forecastYearEnd({ realisedToDate: realised, day, earlier: earlier(coveredBefore(year)) });
    const b = coversYear(begin, year - 1)
      ? backtest({
          lastYear: { year: year - 1, byDay: byDay(s, year - 1), total: total(s, year - 1) },
          day: sameDayIn(year - 1, day),
          yearsBefore: earlier(coveredBefore(year - 1)),
        })
      : null;
    const toDate = target ? targetToDate(target.monthly, day) : null;
    const line: DashboardLine = {
      taxCode,
      name: names.get(taxCode) ?? { id: taxCode, en: taxCode },
      target: target?.amount ?? null,
      targetToDate: toDate,
      realised,
      achievementPercent: percentOf(realised, target?.amount ?? null),
      achievementToDatePercent: percentOf(realised, toDate),
      sameDateLastYear: lastYearRecorded ? byDay(s, year - 1) : null,
      forecast: {
        yearEnd: f.yearEnd,
        method: f.method,
        methodText: f.description,
        backtestErrorPercent: b?.errorPercent ?? null,
      },
    };
    return { line, backtest: b };
  });
  const lines = computed.map((c) => c.line);
  return {
    year,
    day,
    asOf: rollup?.refreshedAt ?? null,
    recordsBegin: begin,
    taxes: lines,
    totals: totalsOf(
      lines,
      computed.flatMap((c) => (c.backtest ? [c.backtest] : [])),
      lastYearRecorded,
    ),
    months: monthsOf(day, [...inForce.values()], series),
  };
}

/** The totals: sums of the lines, the forecast as the sum of each tax's, its back-test error on the summed figures. */
function totalsOf(
  lines: DashboardLine[],
  tests: Backtest[],
  lastYearRecorded: boolean,
): RevenueDashboard['totals'] {
  const sum = (f: (l: DashboardLine) => number | null) =>
    lines.some((l) => f(l) !== null) ? lines.reduce((s, l) => s + (f(l) ?? 0), 0) : null;
  const target = sum((l) => l.target);
  const targetToDate = sum((l) => l.targetToDate);
  const realised = lines.reduce((s, l) => s + l.realised, 0);
  const forecast = tests.reduce((s, b) => s + b.forecast, 0);
  const actual = tests.reduce((s, b) => s + b.actual, 0);
  return {
    target,
    targetToDate,
    realised,
    achievementPercent: percentOf(realised, target),
    achievementToDatePercent: percentOf(realised, targetToDate),
    sameDateLastYear: lastYearRecorded ? lines.reduce((s, l) => s + (l.sameDateLastYear ?? 0), 0) : null,
    forecast: {
      yearEnd: lines.reduce((s, l) => s + l.forecast.yearEnd, 0),
      method: 'sum',
      methodText: {
        id: 'Jumlah proyeksi tiap jenis pajak (masing-masing menurut metodenya).',
        en: "The sum of each tax type's forecast (each by its own method).",
      },
      backtestErrorPercent:
        tests.length > 0 && actual > 0 ? Math.round(((forecast - actual) / actual) * 1000) / 10 : null,
    },
  };
}

/** The year month by month: the targets' breakdowns summed, the realisation (none after the day), both cumulated. */
function monthsOf(
  day: string,
  targets: (RevenueTarget | null)[],
  series: Map<string, Series>,
): DashboardMonth[] {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  let cumulativeTarget = 0;
  let cumulativeRealised = 0;
  return range(1, 12).map((m) => {
    const target = targets.reduce((s, t) => s + (t?.monthly[m - 1] ?? 0), 0);
    const realised =
      m > month
        ? null
        : [...series.values()].reduce(
            (s, x) => s + (m === month ? (x.partial.get(year) ?? 0) : (x.months.get(year)?.[m - 1] ?? 0)),
            0,
          );
    cumulativeTarget += target;
    if (realised !== null) cumulativeRealised += realised;
    return {
      month: `${year}-${String(m).padStart(2, '0')}`,
      target,
      realised,
      cumulativeTarget,
      cumulativeRealised: realised === null ? null : cumulativeRealised,
    };
  });
}

/** The months of a target before the day's month, and the day's month in proportion to its days gone by. */
export function targetToDate(monthly: readonly number[], day: string): number {
  const month = Number(day.slice(5, 7));
  const dayOfMonth = Number(day.slice(8));
  const year = Number(day.slice(0, 4));
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const before = monthly.slice(0, month - 1).reduce((s, m) => s + m, 0);
  return before + Math.round(((monthly[month - 1] ?? 0) * dayOfMonth) / daysInMonth);
}

/**
 * Each tax's realisation by month for the years from `firstYear` to `year`, and for each of those years the part of
 * the day's month up to the same day: two queries on the rollup by day and tax (a few thousand rows a year however
 * many payments, kelurahan and banks), each filtered by the region.
 */
async function seriesByTax(
  db: Sql,
  regionId: string,
  firstYear: number,
  year: number,
  day: string,
): Promise<Map<string, Series>> {
  const monthRows = await db.query<{ taxCode: string; y: number; m: number; amount: number }>(
    `SELECT tax_code AS "taxCode", extract(year FROM day)::int AS y, extract(month FROM day)::int AS m,
            sum(principal + penalty)::int8 AS amount
       FROM revenue_tax_day
      WHERE region_id = $1 AND day BETWEEN $2::date AND $3::date
      GROUP BY tax_code, 2, 3`,
    [regionId, `${firstYear}-01-01`, `${year}-12-31`],
  );
  // Each year's days of the day's month up to the same day, named one by one: the planner reads them along the key.
  const partialDays = range(firstYear, year).flatMap((y) => {
    const last = sameDayIn(y, day);
    return range(1, Number(last.slice(8))).map((d) => `${last.slice(0, 8)}${String(d).padStart(2, '0')}`);
  });
  const partialRows = await db.query<{ taxCode: string; y: number; amount: number }>(
    `SELECT tax_code AS "taxCode", extract(year FROM day)::int AS y, sum(principal + penalty)::int8 AS amount
       FROM revenue_tax_day
      WHERE region_id = $1 AND day = ANY($2::date[])
      GROUP BY tax_code, 2`,
    [regionId, partialDays],
  );
  const series = new Map<string, Series>();
  const of = (taxCode: string) => {
    let s = series.get(taxCode);
    if (!s) {
      s = { months: new Map(), partial: new Map() };
      series.set(taxCode, s);
    }
    return s;
  };
  for (const r of monthRows) {
    const s = of(r.taxCode);
    const months = s.months.get(r.y) ?? Array(12).fill(0);
    months[r.m - 1] += r.amount;
    s.months.set(r.y, months);
  }
  for (const r of partialRows) of(r.taxCode).partial.set(r.y, r.amount);
  return series;
}

/** Every tax type's name in both languages. */
export async function taxNames(db: Sql): Promise<Map<string, Bilingual>> {
  const rows = await db.query<{ code: string; id: string; en: string }>(
    'SELECT code, name_id AS id, name_en AS en FROM tax_type',
  );
  return new Map(rows.map((r) => [r.code, { id: r.id, en: r.en }]));
}

function range(from: number, to: number): number[] {
  return from > to ? [] : Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function groupBy<T>(items: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
