import { z } from 'zod';
import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentKind } from '../../documents/document-kind';
import { localDate } from '../../platform/clock';
import { formatDate, formatDateTime, formatMonth, formatRupiah } from '../../platform/human-format';
import { Problem } from '../../platform/problem';
import { percentText } from './report-charts';
import { periodOf } from './report-month';
import { REPORT_TITLE, type RevenueReportDocument, renderReportPdf } from './report-pdf';
import { latestRevision, loadReport } from './reports';

const REPORT_DETAILS = z.object({
  period: z.string().describe('The month reported on, `YYYY-MM`'),
  revision: z.number().describe('Its order among the reports of that month'),
  latestRevision: z.number().describe('How many reports the month has now'),
  day: z.string().describe('The day its figures are counted through'),
  generatedAt: z.string(),
  target: z.number().nullable().describe('The year’s target in force, as printed'),
  realised: z.number().describe('Realised from 1 January to the day, as printed'),
  achievementPercent: z.number().nullable(),
  forecastYearEnd: z.number(),
});

type ReportAnswer = { revenue_report: z.infer<typeof REPORT_DETAILS> };

/**
 * The mayor's monthly revenue report (kind `revenue_report`, codes beginning with L). It stands while it is the latest
 * report of its month; a later one of the same month (made again on demand) supersedes it, and the verify page says
 * so: genuine, as issued, but no longer the month's current report.
 */
export const REPORT_DOCUMENT: DocumentKind<RevenueReportDocument, ReportAnswer> = {
  name: 'revenue_report',
  letter: 'L',
  load: loadReportDocument,
  render: renderReportPdf,
  fileName: (r) =>
    `laporan-pendapatan-${r.region.name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}-${periodOf(r)}-${r.revision}.pdf`,
  verification: {
    current: 'the latest report of its month',
    details: REPORT_DETAILS,
    answer: async (r, { db, regionId }) => {
      const latest = await latestRevision(db, regionId, r);
      const current = r.revision >= latest;
      return {
        current,
        title: REPORT_TITLE,
        reference: r.number,
        status: current ? 'latest' : 'superseded',
        statusText: current
          ? { id: 'Laporan terakhir untuk bulan ini', en: 'The latest report of its month' }
          : {
              id: `Telah diperbarui dengan laporan ke-${latest} bulan ini`,
              en: `Superseded by the month's report no. ${latest}`,
            },
        revenue_report: {
          period: periodOf(r),
          revision: r.revision,
          latestRevision: latest,
          day: r.day,
          generatedAt: r.generatedAt.toISOString(),
          target: r.figures.totals.target,
          realised: r.figures.totals.realised,
          achievementPercent: r.figures.totals.achievementPercent,
          forecastYearEnd: r.figures.totals.forecast.yearEnd,
        },
      };
    },
    rows(v) {
      const r = v.revenue_report;
      return [
        { label: { id: 'Bulan laporan', en: 'Month' }, value: formatMonth(r.period, 'id') },
        { label: { id: 'Keadaan sampai dengan', en: 'Figures through' }, value: formatDate(r.day, 'id') },
        {
          label: { id: 'Dibuat', en: 'Generated' },
          value: formatDateTime(r.generatedAt, v.region.timeZone, 'id'),
        },
        {
          label: { id: 'Target tahun berjalan', en: "The year's target" },
          value: r.target === null ? '-' : formatRupiah(r.target),
        },
        { label: { id: 'Realisasi s.d. tanggal', en: 'Realised to date' }, value: formatRupiah(r.realised) },
        {
          label: { id: 'Capaian', en: 'Achievement' },
          value: r.achievementPercent === null ? '-' : percentText(r.achievementPercent),
        },
        {
          label: { id: 'Proyeksi akhir tahun', en: 'Year-end forecast' },
          value: formatRupiah(r.forecastYearEnd),
        },
      ];
    },
  },
};

/**
 * What a report prints: its row and the figures it issued. It is dated the day it was made (its `printedOn`), not
 * the day it is downloaded, so a download a year later is the same document, byte for byte.
 */
export async function loadReportDocument(
  db: Sql,
  regionId: string,
  reportId: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<RevenueReportDocument> {
  const report = await loadReport(db, regionId, reportId).catch((e) => {
    if (e instanceof Problem) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
    throw e;
  });
  const base = await documentBase(db, regionId, REPORT_DOCUMENT, reportId, today, baseUrl, secret);
  return {
    ...base,
    printedOn: localDate(report.generatedAt, base.region.timeZone),
    reportId,
    number: report.number,
    year: report.year,
    month: report.month,
    revision: report.revision,
    day: report.day,
    complete: report.complete,
    generatedAt: report.generatedAt,
    generatedBy: report.generatedBy,
    scheduled: report.scheduled,
    figures: report.figures,
  };
}
