import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { kecamatanQuery, pageQuery, sortQuery } from '../../platform/list-page';
import { languageOf } from '../../platform/problem';
import {
  LIST_DOWNLOAD_LIMIT,
  listFileName,
  sendSpreadsheet,
  spreadsheetQuerySchema,
  spreadsheetResponseSchema,
} from '../../platform/spreadsheet';
import { formatBillingCode } from '../../receivables';
import { period, rupiah } from '../api-schemas';
import { ownerFilter } from '../registry/taxpayer';
import { TAX_OFFICERS, TAX_STAFF } from '../roles';
import { viewerOf } from '../viewer';
import { amendReturn } from './amend-return';
import { fileReturn } from './file-return';
import { listReturns, RETURN_SORT_COLUMNS } from './list-returns';
import { missingReturns } from './missing-returns';
import { billingOfReturns } from './return-amount-due';
import { ATTACHMENT_MAX_BYTES, attachToReturn, listAttachments, readAttachment } from './return-attachments';
import { MISSING_SHEET, missingReturnsColumns, RETURNS_SHEET, returnsColumns } from './returns-sheet';
import { reviewReturn } from './review-return';
import { submitReturn } from './submit-return';

const lines = z
  .array(z.strictObject({ description: z.string().trim().min(1).max(200), amount: rupiah }))
  .max(500)
  .default([]);
export const returnSchema = z.object({
  id: z.number(),
  objectId: z.number(),
  taxpayerId: z.number(),
  taxCode: z.string(),
  period: z.string(),
  revision: z.number(),
  gross: z.number(),
  ratePpm: z.number(),
  tax: z.number(),
  /** The province's opsen on an MBLB tax, billed on the same kode bayar; 0 for other taxes. */
  opsen: z.number(),
  lines: z.array(z.object({ description: z.string(), amount: z.number() })),
  status: z.enum(['draft', 'submitted', 'verified', 'rejected', 'superseded']),
  rejectionReason: z.string().nullable(),
  dueDate: z.string(),
  submittedAt: z.date().nullable(),
  reviewedAt: z.date().nullable(),
  billingCode: z.string().nullable().optional(),
  billingCodeDisplay: z.string().nullable().optional(),
  /** The return's bill (kode bayar) and its status; null when nothing was billed (a nil return, a draft). */
  billId: z.number().nullable().optional(),
  billStatus: z.enum(['open', 'paid', 'written_off', 'cancelled']).nullable().optional(),
  /**
   * What the return's bill costs to pay today, late interest included (receivables' pricing, the region's rules in
   * force today); null when no bill is open.
   */
  amountDue: z
    .object({
      billId: z.number(),
      /** The region's today. */
      asOf: z.string(),
      dueDate: z.string(),
      /** The due date has passed: late interest runs. */
      overdue: z.boolean(),
      principal: z.number(),
      interest: z.number(),
      /** Months of late interest charged. */
      months: z.number(),
      total: z.number(),
      /** The last day this total holds. */
      validUntil: z.string(),
    })
    .nullable()
    .optional(),
});

/** A kode bayar as stored and as a person reads it aloud or types it at a bank. */
function withDisplayCode<T extends { billingCode: string | null }>(
  r: T,
): T & { billingCodeDisplay: string | null } {
  return { ...r, billingCodeDisplay: r.billingCode === null ? null : formatBillingCode(r.billingCode) };
}
export const attachmentSchema = z.object({
  id: z.number(),
  returnId: z.number(),
  fileName: z.string(),
  contentType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedAt: z.date(),
  uploadedBy: z.string().nullable(),
});
/** A page of returns with whom and what each is for, and how many match in all. */
export const listedReturnsSchema = z.object({
  total: z.number(),
  items: z.array(
    returnSchema.extend({
      taxpayerName: z.string(),
      npwpd: z.string().nullable(),
      objectName: z.string(),
      districtName: z.string().describe("The kecamatan of the return's object"),
      taxName: z.string().describe("The tax's name, in the Accept-Language header's language"),
      paid: z
        .number()
        .describe('paid for the object’s masa on its SPTPD bills, interest included (payments and offsets)'),
    }),
  ),
});

/** A reviewed return, with what was paid for its masa (which a rejection leaves credited to the masa). */
export const reviewedReturnSchema = returnSchema.extend({ paid: z.number() });

/** Objects with no SPTPD for a masa pajak, with its due date and the late-filing fine. */
export const missingReturnsSchema = z.object({
  period: z.string(),
  dueDate: z.string(),
  overdue: z.boolean(),
  lateFilingFine: z.number(),
  items: z.array(
    z.object({
      objectId: z.number(),
      objectName: z.string(),
      taxCode: z.string(),
      taxpayerId: z.number(),
      taxpayerName: z.string(),
      npwpd: z.string().nullable(),
    }),
  ),
});

/** A pembetulan: the new revision and what it changed in the bills. */
export const amendmentSchema = z.object({
  taxReturn: returnSchema,
  billingCode: z.string().nullable(),
  billingCodeDisplay: z.string().nullable(),
  reducedOpenBills: z.number(),
  overpayment: z.number(),
});

const RETURN_STATUSES = ['draft', 'submitted', 'verified', 'rejected', 'superseded'] as const;

/** The filters and order of the returns list, shared by the list and its download. */
const returnFilterQuery = {
  status: z.enum(RETURN_STATUSES).optional(),
  period: period.optional(),
  taxpayerId: z.coerce.number().int().positive().optional(),
  objectId: z.coerce.number().int().positive().optional(),
  taxCode: z.string().min(1).max(50).optional(),
  kecamatan: kecamatanQuery.optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe("A fragment of the taxpayer's or the object's name, or an NPWPD (whole or its beginning)"),
  sort: sortQuery(RETURN_SORT_COLUMNS, '-submitted'),
};

const returnParams = z.object({ regionId: z.string(), returnId: z.coerce.number().int().positive() });

/** e-SPTPD: filing, submission, amendment (pembetulan) and review (penelitian) of self-assessed returns. */
export function returnsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);
  const today = (request: FastifyRequest) => localDate(ctx.clock.now(), accessFor(request).timeZone);

  /** Returns as answered: the kode bayar grouped, and the bill with what it costs today. */
  const answered = async <T extends { id: number; billingCode: string | null }>(
    request: FastifyRequest,
    returns: T[],
  ) => {
    const billing = await billingOfReturns(
      ctx.db,
      accessFor(request).regionId,
      today(request),
      returns.map((x) => x.id),
    );
    return returns.map((x) => {
      const b = billing.get(x.id);
      return {
        ...withDisplayCode(x),
        billId: b?.billId ?? null,
        billStatus: b?.billStatus ?? null,
        amountDue: b?.amountDue ?? null,
      };
    });
  };
  const answeredOne = async <T extends { id: number; billingCode: string | null }>(
    request: FastifyRequest,
    one: T,
  ) => {
    const [answer] = await answered(request, [one]);
    if (!answer) throw new Error('a return answered as none');
    return answer;
  };

  r.post(
    '/taxpayers/:taxpayerId/objects/:objectId/returns',
    {
      schema: {
        tags: ['sptpd'],
        summary: 'File the SPTPD of an object for a masa pajak that has ended (submit: false keeps a draft)',
        params: z.object({
          regionId: z.string(),
          taxpayerId: z.coerce.number().int().positive(),
          objectId: z.coerce.number().int().positive(),
        }),
        body: z.strictObject({ period, gross: rupiah, lines, submit: z.boolean().default(true) }),
        response: { 201: returnSchema },
      },
    },
    async (request, reply) => {
      const viewer = await viewerOf(ctx, request, TAX_OFFICERS, true);
      const { regionId } = accessFor(request);
      const filed = await fileReturn(ctx.db, ctx.clock.now(), today(request), await actor(request), viewer, {
        regionId,
        taxpayerId: request.params.taxpayerId,
        objectId: request.params.objectId,
        ...request.body,
      });
      return reply.code(201).send(await answeredOne(request, filed));
    },
  );

  r.get(
    '/returns',
    {
      schema: {
        tags: ['sptpd'],
        summary:
          'Returns, latest first: staff see all (the review queue is status=submitted), a taxpayer their own',
        description:
          'A page of `limit` returns from `offset`, with `total`, the number that match, in the order `sort` asks (default `-submitted`: drafts, then the latest submitted).',
        querystring: z.strictObject({ ...returnFilterQuery, ...pageQuery(50, 200) }),
        response: {
          200: listedReturnsSchema,
        },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId } = accessFor(request);
      const found = await listReturns(ctx.db, regionId, {
        ...request.query,
        ownerUserId: ownerFilter(viewer),
        lang: languageOf(request.headers['accept-language']),
      });
      return { total: found.total, items: await answered(request, found.items) };
    },
  );

  r.get(
    '/returns/download',
    {
      schema: {
        tags: ['sptpd'],
        summary:
          'The returns matching the filters as a spreadsheet (CSV or XLSX), in the same order, headers in the language asked for',
        description: `Every return that matches, at most ${LIST_DOWNLOAD_LIMIT}. Bapenda staff only.`,
        querystring: z.strictObject({ ...returnFilterQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const { regionId, timeZone, name } = accessFor(request);
      const { format, lang: asked, ...q } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const found = await listReturns(ctx.db, regionId, {
        ...q,
        ownerUserId: null,
        lang,
        limit: LIST_DOWNLOAD_LIMIT,
        offset: 0,
      });
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: listFileName(RETURNS_SHEET.file, name, today(request), lang),
        sheetName: RETURNS_SHEET.sheet[lang],
        rows: found.items,
        columns: returnsColumns(timeZone),
        lang,
      });
    },
  );

  r.get(
    '/returns/missing',
    {
      schema: {
        tags: ['sptpd'],
        summary: 'Objects with no SPTPD filed for a masa pajak, with the due date and the late-filing fine',
        querystring: z.strictObject({ period }),
        response: {
          200: missingReturnsSchema,
        },
      },
    },
    async (request) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      return missingReturns(ctx.db, accessFor(request).regionId, request.query.period, today(request));
    },
  );

  r.get(
    '/returns/missing/download',
    {
      schema: {
        tags: ['sptpd'],
        summary:
          'The objects with no SPTPD for a masa pajak as a spreadsheet (CSV or XLSX), headers in the language asked for',
        querystring: z.strictObject({ period, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const { regionId, name } = accessFor(request);
      const { period: masa, format, lang: asked } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const missing = await missingReturns(ctx.db, regionId, masa, today(request));
      const types = await ctx.db.query<{ code: string; id: string; en: string }>(
        'SELECT code, name_id AS id, name_en AS en FROM tax_type',
      );
      const taxName = new Map(types.map((t) => [t.code, t[lang]]));
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: listFileName(MISSING_SHEET.file, name, today(request), lang),
        sheetName: MISSING_SHEET.sheet[lang],
        rows: missing.items.map((x) => ({
          ...x,
          taxName: taxName.get(x.taxCode) ?? x.taxCode,
          period: masa,
          dueDate: missing.dueDate,
        })),
        columns: missingReturnsColumns(),
        lang,
      });
    },
  );

  r.post(
    '/returns/:returnId/submit',
    {
      schema: {
        tags: ['sptpd'],
        summary: 'Submit a draft SPTPD',
        params: returnParams,
        response: { 200: returnSchema },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_OFFICERS, true);
      const submitted = await submitReturn(
        ctx.db,
        ctx.clock.now(),
        today(request),
        await actor(request),
        viewer,
        accessFor(request).regionId,
        request.params.returnId,
      );
      return answeredOne(request, submitted);
    },
  );

  r.post(
    '/returns/:returnId/amend',
    {
      schema: {
        tags: ['sptpd'],
        summary:
          'Pembetulan: a new revision; a shortfall is billed with interest from the original due date, an excess credited',
        params: returnParams,
        body: z.strictObject({ gross: rupiah, lines }),
        response: {
          201: amendmentSchema,
        },
      },
    },
    async (request, reply) => {
      const viewer = await viewerOf(ctx, request, TAX_OFFICERS, true);
      const result = await amendReturn(
        ctx.db,
        ctx.clock.now(),
        today(request),
        await actor(request),
        viewer,
        accessFor(request).regionId,
        {
          returnId: request.params.returnId,
          ...request.body,
        },
      );
      const taxReturn = await answeredOne(request, { ...result.taxReturn, billingCode: result.billingCode });
      return reply.code(201).send({ ...withDisplayCode(result), taxReturn });
    },
  );

  r.post(
    '/returns/:returnId/review',
    {
      schema: {
        tags: ['sptpd'],
        summary: 'Penelitian: verify a submitted SPTPD or reject it with a reason',
        params: returnParams,
        body: z.discriminatedUnion('verdict', [
          z.strictObject({ verdict: z.literal('verify') }),
          z.strictObject({
            verdict: z.literal('reject'),
            reason: z.string().trim().min(5).max(1000),
            paidAcknowledged: rupiah
              .optional()
              .describe(
                'what the officer was shown as paid for the masa; required (and must match) when anything is paid',
              ),
          }),
        ]),
        response: { 200: reviewedReturnSchema },
      },
    },
    async (request) => {
      await viewerOf(ctx, request, TAX_OFFICERS, false);
      return await reviewReturn(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        accessFor(request).regionId,
        request.params.returnId,
        request.body,
      );
    },
  );

  r.get(
    '/returns/:returnId/attachments',
    {
      schema: {
        tags: ['sptpd'],
        summary: "An SPTPD's attachments (lampiran), oldest first",
        params: returnParams,
        response: { 200: z.object({ items: z.array(attachmentSchema) }) },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      return {
        items: await listAttachments(ctx.db, accessFor(request).regionId, request.params.returnId, viewer),
      };
    },
  );

  r.post(
    '/returns/:returnId/attachments',
    {
      // A file of up to 5 MB arrives as base64 in JSON: a third larger, and the JSON around it.
      bodyLimit: Math.ceil((ATTACHMENT_MAX_BYTES * 4) / 3) + 4096,
      schema: {
        tags: ['sptpd'],
        summary:
          'Attach a PDF, JPEG or PNG (up to 5 MB, sent as base64) to an SPTPD until it is reviewed; never changed or removed',
        params: returnParams,
        body: z.strictObject({
          fileName: z.string().trim().min(1).max(200),
          contentBase64: z.base64(),
        }),
        response: { 201: attachmentSchema },
      },
    },
    async (request, reply) => {
      const viewer = await viewerOf(ctx, request, TAX_OFFICERS, true);
      const attached = await attachToReturn(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        viewer,
        accessFor(request).regionId,
        request.params.returnId,
        { fileName: request.body.fileName, content: Buffer.from(request.body.contentBase64, 'base64') },
      );
      return reply.code(201).send(attached);
    },
  );

  r.get(
    '/returns/:returnId/attachments/:attachmentId',
    {
      schema: {
        tags: ['sptpd'],
        summary: 'One attachment of an SPTPD, as the file it was',
        params: returnParams.extend({ attachmentId: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const file = await readAttachment(
        ctx.db,
        accessFor(request).regionId,
        request.params.returnId,
        request.params.attachmentId,
        viewer,
      );
      return (
        reply
          .type(file.contentType)
          // RFC 6266: the name as uploaded (spaces, Indonesian letters) survives in filename*.
          .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
          .header('cache-control', 'no-store')
          .header('x-content-type-options', 'nosniff')
          .send(file.content)
      );
    },
  );
}
