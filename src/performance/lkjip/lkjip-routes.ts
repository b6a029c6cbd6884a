import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { sendDocumentPdf } from '../../documents/send-document';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { LKJIP_READERS, LKJIP_WRITERS } from '../roles';
import { id } from '../route-schemas';
import { generateLkjip, type LkjipReport, listLkjip, loadLkjip, summaryOf } from './lkjip';
import { LKJIP_DOCUMENT, lkjipNumber } from './lkjip-document';

const year = () => z.coerce.number().int().min(2000).max(2100);

/** An LKjIP draft as the API lists it, with the address of its PDF. */
export const lkjipReportSchema = z.object({
  id: z.number(),
  year: z.number(),
  number: z.string().describe('`LKJIP/<region>/<year>/<id>`'),
  generatedAt: z.date(),
  generatedBy: z.string().nullable(),
  latest: z.boolean().describe('Whether it is the year’s latest draft (a later one supersedes it)'),
  indicators: z.number().describe('How many indicators it reports on'),
  withoutCapaian: z
    .number()
    .describe('How many of them have no capaian (no accepted realisation, or no target)'),
  predikat: z
    .string()
    .nullable()
    .describe('The SAKIP predikat it printed, if the year’s evaluation was reviewed'),
  pdf: z.string().describe('The draft as a PDF, with its verification QR'),
});

const pdfUrl = (regionId: string, reportId: number) =>
  `/api/v1/regions/${regionId}/performance/lkjip/${reportId}/pdf`;

export function lkjipRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['performance'];
  const withPdf = (regionId: string, report: LkjipReport) => ({
    ...report,
    number: lkjipNumber(regionId, report.year, report.id),
    pdf: pdfUrl(regionId, report.id),
  });

  r.post(
    '/performance/lkjip',
    {
      schema: {
        tags,
        summary:
          'Generate the LKjIP draft of a year: its IKU and every OPD’s sasaran indicators with target, accepted ' +
          'realisation, capaian and band beside last year’s, the SAKIP predikat and the BPK opinion, kept as made; audited',
        params: z.object({ regionId: z.string() }),
        body: z.strictObject({ year: year() }),
        response: { 201: lkjipReportSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, LKJIP_WRITERS);
      const actor = actorOf(await requireSession(ctx, request), request.ip);
      const report = await generateLkjip(ctx.db, ctx.clock.now(), actor, regionId, request.body.year);
      reply.code(201);
      return withPdf(regionId, summaryOf(report));
    },
  );

  r.get(
    '/performance/lkjip',
    {
      schema: {
        tags,
        summary: 'The LKjIP drafts generated, of a year when given; the latest year and draft first',
        params: z.object({ regionId: z.string() }),
        querystring: z.strictObject({ year: year().optional() }),
        response: { 200: z.object({ items: z.array(lkjipReportSchema) }) },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, LKJIP_READERS);
      const items = await listLkjip(ctx.db, regionId, request.query.year ?? null);
      return { items: items.map((report) => withPdf(regionId, report)) };
    },
  );

  r.get(
    '/performance/lkjip/:id/pdf',
    {
      schema: {
        tags: ['documents'],
        summary: 'An LKjIP draft as a PDF (as made), marked DRAF, with its verification QR',
        params: z.object({ regionId: z.string(), id: id() }),
      },
    },
    async (request, reply) => {
      const { regionId, timeZone } = accessFor(request, LKJIP_READERS);
      await loadLkjip(ctx.db, regionId, request.params.id);
      return sendDocumentPdf(ctx, request, reply, LKJIP_DOCUMENT, { regionId, timeZone }, request.params.id);
    },
  );
}
