import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { lastDayOfMonth } from '../../platform/calendar';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import { findRegion } from '../../platform/regions';
import type { Actor } from '../../platform/users';
import { refreshRealisation } from '../realisation/rollup';
import { type ReportFigures, reportFigures } from './report-figures';
import { periodOf, type ReportMonth, reportDay, reportNumber } from './report-month';

/**
 * The mayor's monthly revenue reports: each one issued for a region and a month is a row with the figures it printed
 * (report-figures.ts), numbered within its month (revision 1, 2, …), by whom it was asked for (none: the scheduled
 * run on the 1st), audited. The PDF is drawn from the row whenever it is downloaded (report-pdf.ts), so a report
 * downloaded a year later reads as it did the day it was issued.
 */

export interface RevenueReport {
  id: number;
  year: number;
  month: number;
  revision: number;
  number: string;
  /** The day the figures are counted through. */
  day: string;
  /** Whether the month was over when it was made (otherwise it reports a month still running, to its day). */
  complete: boolean;
  generatedAt: Date;
  /** The name of who asked for it; null when the system made it (the run on the 1st, the demo). */
  generatedBy: string | null;
  scheduled: boolean;
  /** The headline figures, from its snapshot: the year's target in force, realised to the day, achievement. */
  target: number | null;
  realised: number;
  achievementPercent: number | null;
  forecastYearEnd: number;
}

/** A report with every figure it printed. */
export interface StoredReport extends RevenueReport {
  figures: ReportFigures;
}

/** Namespace of the advisory lock under which a region's reports of a month are numbered (see rollup.ts). */
const REPORT_LOCK = 7_302_036;

const COLUMNS = `r.id, r.year, r.month, r.revision, r.as_of_day AS day, r.generated_at AS "generatedAt",
  u.name AS "generatedBy", r.scheduled`;
const FROM = 'revenue_report r LEFT JOIN app_user u ON u.id = r.generated_by';

interface Row {
  id: number;
  year: number;
  month: number;
  revision: number;
  day: string;
  generatedAt: Date;
  generatedBy: string | null;
  scheduled: boolean;
  figures: ReportFigures;
}

function stored(regionId: string, r: Row): StoredReport {
  return {
    id: r.id,
    year: r.year,
    month: r.month,
    revision: r.revision,
    number: reportNumber(regionId, r, r.revision),
    day: r.day,
    complete: r.day === lastDayOfMonth(periodOf(r)),
    generatedAt: r.generatedAt,
    generatedBy: r.generatedBy,
    scheduled: r.scheduled,
    target: r.figures.totals.target,
    realised: r.figures.totals.realised,
    achievementPercent: r.figures.totals.achievementPercent,
    forecastYearEnd: r.figures.totals.forecast.yearEnd,
    figures: r.figures,
  };
}

/** A report without its snapshot, as lists and the API's answers give it. */
export function summaryOf({ figures: _, ...report }: StoredReport): RevenueReport {
  return report;
}

/**
 * Issues a month's report at `at`: refuses a month not yet begun (on the region's calendar), brings the realisation
 * up to date, reads the figures as of the report's day with the dashboard's function and records them, audited. The
 * scheduled run (`scheduled`, by the system) issues a month's once: if one exists it returns null and writes nothing.
 */
export async function generateReport(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  m: ReportMonth,
  options: { scheduled?: boolean } = {},
): Promise<StoredReport | null> {
  const scheduled = options.scheduled === true;
  const region = await findRegion(db, regionId);
  if (!region) throw new Problem(404, 'REGION_NOT_FOUND');
  const today = localDate(at, region.timeZone);
  const day = reportDay(m, today);
  if (day === null) throw new Problem(400, 'REVENUE_REPORT_MONTH_NOT_BEGUN', { period: periodOf(m), today });
  if (scheduled && (await scheduledReportOf(db, regionId, m))) return null;
  await refreshRealisation(db, regionId, at);
  const figures = await reportFigures(db, regionId, m, day);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      REPORT_LOCK,
      `${regionId}/${periodOf(m)}`,
    ]);
    const [inserted] = await tx.query<{ id: number; revision: number }>(
      `INSERT INTO revenue_report (region_id, year, month, revision, as_of_day, generated_at, generated_by, scheduled,
                                   figures)
       SELECT $1, $2, $3, coalesce(max(r.revision), 0) + 1, $4, $5, $6, $7, $8
         FROM revenue_report r WHERE r.region_id = $1 AND r.year = $2 AND r.month = $3
       ON CONFLICT (region_id, year, month) WHERE scheduled DO NOTHING
       RETURNING id, revision`,
      [
        regionId,
        m.year,
        m.month,
        day,
        at,
        scheduled ? null : actor.userId,
        scheduled,
        JSON.stringify(figures),
      ],
    );
    if (!inserted) return null;
    await appendAudit(tx, at, {
      regionId,
      actorId: scheduled ? null : actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'revenue_report.generate',
      entity: 'revenue_report',
      entityId: String(inserted.id),
      after: {
        reportMonth: periodOf(m),
        reportRevision: inserted.revision,
        asOfDay: day,
        scheduled,
        yearTarget: figures.totals.target,
        realisedToDate: figures.totals.realised,
        forecastYearEnd: figures.totals.forecast.yearEnd,
      },
    });
    return loadReport(tx, regionId, inserted.id);
  });
}

async function scheduledReportOf(db: Sql, regionId: string, m: ReportMonth): Promise<boolean> {
  const rows = await db.query(
    'SELECT 1 FROM revenue_report WHERE region_id = $1 AND year = $2 AND month = $3 AND scheduled',
    [regionId, m.year, m.month],
  );
  return rows.length > 0;
}

/** One report with its figures; 404 REVENUE_REPORT_NOT_FOUND if the region has no such report. */
export async function loadReport(db: Sql, regionId: string, id: number): Promise<StoredReport> {
  const [row] = await db.query<Row>(
    `SELECT ${COLUMNS}, r.figures FROM ${FROM} WHERE r.region_id = $1 AND r.id = $2`,
    [regionId, id],
  );
  if (!row) throw new Problem(404, 'REVENUE_REPORT_NOT_FOUND', { reportId: id });
  return stored(regionId, row);
}

/** The region's reports, the latest month first, within a month the latest revision first. */
export async function listReports(db: Sql, regionId: string, limit = 120): Promise<RevenueReport[]> {
  const rows = await db.query<Row>(
    // A list needs the headline figures only, not every month and tax of each snapshot.
    `SELECT ${COLUMNS}, jsonb_build_object('totals', r.figures->'totals') AS figures FROM ${FROM} WHERE r.region_id = $1
      ORDER BY r.year DESC, r.month DESC, r.revision DESC LIMIT $2`,
    [regionId, limit],
  );
  return rows.map((r) => summaryOf(stored(regionId, r)));
}

/** The latest revision of a month's reports: the one that stands (an earlier one is superseded, not void). */
export async function latestRevision(db: Sql, regionId: string, m: ReportMonth): Promise<number> {
  const [row] = await db.query<{ revision: number | null }>(
    'SELECT max(revision) AS revision FROM revenue_report WHERE region_id = $1 AND year = $2 AND month = $3',
    [regionId, m.year, m.month],
  );
  return row?.revision ?? 0;
}
