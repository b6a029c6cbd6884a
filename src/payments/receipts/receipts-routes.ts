import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { kecamatanQuery, pageQuery, sortQuery } from '../../platform/list-page';
import { languageOf, Problem } from '../../platform/problem';
import {
  LIST_DOWNLOAD_LIMIT,
  listFileName,
  sendSpreadsheet,
  spreadsheetQuerySchema,
  spreadsheetResponseSchema,
} from '../../platform/spreadsheet';
import { ownerFilter, TAX_STAFF, viewerOf } from '../../tax';
import { findPayments, PAYMENT_SORT_COLUMNS, PAYMENT_STATES } from './find-payments';
import { RECEIPTS_SHEET, receiptsColumns } from './receipts-sheet';
import { loadSspd, sspdFileName } from './sspd';
import { renderSspd58mmPdf } from './sspd-58mm-pdf';
import { renderSspdPdf } from './sspd-pdf';

export const paymentSchema = z.object({
  id: z.number(),
  ntpd: z.string(),
  billId: z.number(),
  billingCode: z.string(),
  taxpayerId: z.number(),
  taxpayerName: z.string(),
  npwpd: z.string().nullable(),
  kecamatan: z.string().nullable().describe('The kecamatan of what the paid bill taxes'),
  taxCode: z.string(),
  taxName: z.string().describe("What the paid bill is for, in the Accept-Language header's language"),
  period: z.string().nullable(),
  partnerId: z.string(),
  partnerName: z.string(),
  channel: z.string(),
  bankReference: z.string(),
  principal: z.number(),
  penalty: z.number(),
  amount: z.number(),
  paidAt: z.date(),
  day: z.string(),
  reversedAt: z.date().nullable(),
  depositNumber: z.string().nullable(),
});

/** A page of payments and how many match in all. */
export const paymentListSchema = z.object({ total: z.number(), items: z.array(paymentSchema) });

/** The filters and order of the receipts, shared by the list and its download. */
const paymentFilterQuery = {
  day: z.iso.date().optional().describe("One day of payments on the region's calendar"),
  from: z.iso.date().optional().describe('Payments from this day on'),
  to: z.iso.date().optional().describe('Payments up to and including this day'),
  partnerId: z.string().max(36).optional(),
  billId: z.coerce.number().int().positive().optional(),
  taxpayerId: z.coerce.number().int().positive().optional(),
  taxCode: z.string().min(1).max(50).optional(),
  kecamatan: kecamatanQuery.optional(),
  state: z
    .enum(PAYMENT_STATES)
    .optional()
    .describe(
      '`standing` (not reversed), `reversed` by the bank, standing and `deposited` (STS) or `undeposited`',
    ),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe(
      "A fragment of the taxpayer's name, or an NTPD, kode bayar or bank reference (whole or its beginning)",
    ),
  sort: sortQuery(PAYMENT_SORT_COLUMNS, '-paid'),
};

/** Payments (one per SSPD) and the SSPD itself: staff see the region's, a taxpayer the payments of their bills. */
export function receiptsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/payments',
    {
      schema: {
        tags: ['payments'],
        summary:
          'Payments, newest first: staff filter by day or days, bank, bill, taxpayer, tax, kecamatan, state or text; a taxpayer sees their own',
        description:
          'A page of `limit` payments from `offset`, with `total`, the number that match, in the order `sort` asks (default `-paid`, the latest first).',
        querystring: z.strictObject({ ...paymentFilterQuery, ...pageQuery(100, 500) }),
        response: { 200: paymentListSchema },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId } = accessFor(request);
      return findPayments(ctx.db, regionId, {
        ...request.query,
        ownerUserId: ownerFilter(viewer),
        lang: languageOf(request.headers['accept-language']),
      });
    },
  );

  r.get(
    '/payments/download',
    {
      schema: {
        tags: ['payments'],
        summary:
          'The receipts (payments) matching the filters as a spreadsheet (CSV or XLSX), in the same order, headers in the language asked for',
        description: `Every payment that matches, at most ${LIST_DOWNLOAD_LIMIT}. Bapenda staff only.`,
        querystring: z.strictObject({ ...paymentFilterQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      const { regionId, timeZone, name } = accessFor(request, TAX_STAFF);
      const { format, lang: asked, ...q } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const found = await findPayments(ctx.db, regionId, {
        ...q,
        ownerUserId: null,
        lang,
        limit: LIST_DOWNLOAD_LIMIT,
        offset: 0,
      });
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: listFileName(RECEIPTS_SHEET.file, name, localDate(ctx.clock.now(), timeZone), lang),
        sheetName: RECEIPTS_SHEET.sheet[lang],
        rows: found.items,
        columns: receiptsColumns(timeZone),
        lang,
      });
    },
  );

  r.get(
    '/payments/:paymentId/sspd.pdf',
    {
      schema: {
        tags: ['payments'],
        summary: 'The SSPD (proof of payment) as a PDF: A4, or 58mm for a counter’s thermal printer',
        params: z.object({ regionId: z.string(), paymentId: z.coerce.number().int().positive() }),
        querystring: z.strictObject({ layout: z.enum(['a4', '58mm']).default('a4') }),
      },
    },
    async (request, reply) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId, timeZone } = accessFor(request);
      const { paymentId } = request.params;
      const {
        items: [visible],
      } = await findPayments(ctx.db, regionId, {
        paymentId,
        ownerUserId: ownerFilter(viewer),
        limit: 1,
        offset: 0,
      });
      if (!visible) throw new Problem(404, 'PAYMENT_NOT_FOUND', { paymentId });
      const sspd = await loadSspd(
        ctx.db,
        regionId,
        paymentId,
        localDate(ctx.clock.now(), timeZone),
        `${request.protocol}://${request.host}`,
        ctx.secrets.document,
      );
      const narrow = request.query.layout === '58mm';
      const pdf = narrow ? await renderSspd58mmPdf(sspd) : await renderSspdPdf(sspd);
      const name = sspdFileName(sspd).replace(/\.pdf$/, narrow ? '-58mm.pdf' : '.pdf');
      return reply
        .type('application/pdf')
        .header('content-disposition', `inline; filename="${name}"`)
        .header('cache-control', 'no-store')
        .send(Buffer.from(pdf));
    },
  );
}
