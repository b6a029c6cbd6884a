import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDocumentPdf } from '../../documents/send-document';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { REPORT_GENERATORS, REPORT_READERS } from '../roles';
import { REPORT_DOCUMENT } from './report-document';
import { generateReport, listReports, loadReport, type RevenueReport, summaryOf } from './reports';

/** A monthly revenue report as the API lists it, with the address of its PDF. */
export const revenueReportSchema = z.object({
  id: z.number(),
  year: z.number(),
  month: z.number().describe('1–12'),
  revision: z.number().describe('Its order among the reports of its month (1, 2, …)'),
  number: z.string().describe('`LRPD/<region>/<YYYY-MM>/<revision>`'),
  day: z.string().describe('The day its figures are counted through'),
  complete: z.boolean().describe('Whether the month was over when it was made'),
  generatedAt: z.date(),
  generatedBy: z.string().nullable().describe('Who asked for it; null when the system made it (on the 1st)'),
  scheduled: z.boolean(),
  target: z.number().nullable().describe('The year’s target in force on its day'),
  realised: z.number().describe('Realised from 1 January to its day'),
  achievementPercent: z.number().nullable(),
  forecastYearEnd: z.number(),
  pdf: z.string().describe('The report as a PDF, with its charts and verification QR'),
});

export const revenueReportsSchema = z.object({
  items: z
    .array(revenueReportSchema)
    .describe('The latest month first; within a month the latest report first'),
});

const reportRequestBody = z.strictObject({
  year: z.number().int().min(2000).max(2999),
  month: z.number().int().min(1).max(12),
});

const pdfUrl = (regionId: string, id: number) => `/api/v1/regions/${regionId}/revenue/reports/${id}/pdf`;

export function reportRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const withPdf = (regionId: string, report: RevenueReport) => ({
    ...report,
    pdf: pdfUrl(regionId, report.id),
  });

  r.post(
    '/revenue/reports',
    {
      schema: {
        tags: ['revenue'],
        summary:
          'Make the monthly revenue report of a month that is over (through its last day) or of the current month ' +
          '(through today): the dashboard’s figures as of that day, kept as issued, as a PDF with charts',
        body: reportRequestBody,
        response: { 201: revenueReportSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, REPORT_GENERATORS);
      const actor = actorOf(await requireSession(ctx, request), request.ip);
      const report = await generateReport(ctx.db, ctx.clock.now(), actor, regionId, request.body);
      if (!report) throw new Error('an on-demand report is always made');
      reply.code(201);
      return withPdf(regionId, summaryOf(report));
    },
  );

  r.get(
    '/revenue/reports',
    {
      schema: {
        tags: ['revenue'],
        summary: 'The monthly revenue reports issued, the latest first',
        response: { 200: revenueReportsSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, REPORT_READERS);
      const items = await listReports(ctx.db, regionId);
      return { items: items.map((report) => withPdf(regionId, report)) };
    },
  );

  r.get(
    '/revenue/reports/:id/pdf',
    {
      schema: {
        tags: ['documents'],
        summary: 'A monthly revenue report as a PDF (as issued), with its charts and verification QR',
        params: z.object({ regionId: z.string(), id: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const { regionId, timeZone } = accessFor(request, REPORT_READERS);
      await loadReport(ctx.db, regionId, request.params.id);
      return sendDocumentPdf(ctx, request, reply, REPORT_DOCUMENT, { regionId, timeZone }, request.params.id);
    },
  );
}
