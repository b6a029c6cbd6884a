import type { Sql } from '../../db/database';
import { lastDayOfMonth } from '../../platform/calendar';
import type { Bilingual } from '../../platform/problem';
import {
  type DashboardLine,
  type DashboardMonth,
  type Forecast,
  type RevenueDashboard,
  revenueDashboard,
} from '../dashboard/dashboard';
import { periodOf, type ReportMonth } from './report-month';

/**
 * What a monthly report prints, kept with it as issued (`revenue_report.figures`): the dashboard's figures as of the
 * report's day — per tax and in total the year's target in force, the realisation to date, achievement, the same date
 * last year, the forecast with its method and back-test error, the year month by month — and what came in within
 * the month itself. Read with the dashboard's own function (dashboard.ts), so a report and the screen never disagree;
 * the month's part is the dashboard to the day less the dashboard to the month before's last day.
 */

export interface ReportFigure {
  target: number | null;
  targetToDate: number | null;
  /** From 1 January to the day. */
  realised: number;
  /** Within the report's month, to the day. */
  monthRealised: number;
  achievementPercent: number | null;
  achievementToDatePercent: number | null;
  sameDateLastYear: number | null;
  forecast: Forecast;
}

export interface ReportTax extends ReportFigure {
  taxCode: string;
  name: Bilingual;
}

export interface ReportFigures {
  year: number;
  month: number;
  /** The day counted through (`YYYY-MM-DD`). */
  day: string;
  /** When the realisation the figures read was last brought up to date (ISO 8601), or null. */
  refreshedAt: string | null;
  recordsBegin: string | null;
  taxes: ReportTax[];
  totals: ReportFigure;
  months: DashboardMonth[];
}

/** The figures of a month's report, counted through `day` (report-month.ts's `reportDay`). */
export async function reportFigures(
  db: Sql,
  regionId: string,
  m: ReportMonth,
  day: string,
): Promise<ReportFigures> {
  const dashboard = await revenueDashboard(db, regionId, m.year, day);
  const before =
    m.month === 1
      ? null
      : await revenueDashboard(db, regionId, m.year, lastDayOfMonth(periodOf({ ...m, month: m.month - 1 })));
  return figuresOf(m, dashboard, before);
}

/** The report's figures from the dashboard to its day and the dashboard to the month before (none for January). */
export function figuresOf(
  m: ReportMonth,
  dashboard: RevenueDashboard,
  before: RevenueDashboard | null,
): ReportFigures {
  const earlier = new Map((before?.taxes ?? []).map((t) => [t.taxCode, t.realised]));
  const figure = (line: Omit<DashboardLine, 'taxCode' | 'name'>, earlierRealised: number): ReportFigure => ({
    target: line.target,
    targetToDate: line.targetToDate,
    realised: line.realised,
    monthRealised: line.realised - earlierRealised,
    achievementPercent: line.achievementPercent,
    achievementToDatePercent: line.achievementToDatePercent,
    sameDateLastYear: line.sameDateLastYear,
    forecast: line.forecast,
  });
  return {
    year: m.year,
    month: m.month,
    day: dashboard.day,
    refreshedAt: dashboard.asOf ? new Date(dashboard.asOf).toISOString() : null,
    recordsBegin: dashboard.recordsBegin,
    taxes: dashboard.taxes.map((t) => ({
      taxCode: t.taxCode,
      name: t.name,
      ...figure(t, earlier.get(t.taxCode) ?? 0),
    })),
    totals: figure(dashboard.totals, before?.totals.realised ?? 0),
    months: dashboard.months,
  };
}
