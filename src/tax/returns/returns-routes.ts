import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { formatBillingCode } from '../../receivables';
import { period, rupiah } from '../api-schemas';
import { ownerFilter } from '../registry/taxpayer';
import { TAX_OFFICERS, TAX_STAFF } from '../roles';
import { viewerOf } from '../viewer';
import { amendReturn } from './amend-return';
import { fileReturn } from './file-return';
import { missingReturns } from './missing-returns';
import { billingOfReturns } from './return-amount-due';
import { ATTACHMENT_MAX_BYTES, attachToReturn, listAttachments, readAttachment } from './return-attachments';
import { paidForMasaSql, reviewReturn } from './review-return';
import { submitReturn } from './submit-return';
import { RETURN_COLUMNS, type TaxReturn } from './tax-return';

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
/** Returns with whom and what each is for. */
export const listedReturnsSchema = z.object({
  items: z.array(
    returnSchema.extend({
      taxpayerName: z.string(),
      objectName: z.string(),
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
          'Returns, newest first: staff see all (the review queue is status=submitted), a taxpayer their own',
        querystring: z.strictObject({
          status: z.enum(['draft', 'submitted', 'verified', 'rejected', 'superseded']).optional(),
          period: period.optional(),
          taxpayerId: z.coerce.number().int().positive().optional(),
          objectId: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: {
          200: listedReturnsSchema,
        },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId } = accessFor(request);
      const q = request.query;
      const items = await ctx.db.query<
        TaxReturn & { taxpayerName: string; objectName: string; billingCode: string | null; paid: number }
      >(
        `SELECT ${RETURN_COLUMNS}, t.name AS "taxpayerName", o.name AS "objectName",
                (SELECT b.billing_code FROM bill b WHERE b.region_id = $1 AND b.return_id = r.id) AS "billingCode",
                ${paidForMasaSql('$1', 'r.object_id', 'r.period')} AS paid
         FROM tax_return r
         JOIN taxpayer t ON t.region_id = r.region_id AND t.id = r.taxpayer_id
         JOIN tax_object o ON o.region_id = r.region_id AND o.id = r.object_id
         WHERE r.region_id = $1 AND ($2::bigint IS NULL OR t.user_id = $2) AND ($3::text IS NULL OR r.status = $3)
           AND ($4::text IS NULL OR r.period = $4) AND ($5::bigint IS NULL OR r.taxpayer_id = $5)
           AND ($8::bigint IS NULL OR r.object_id = $8)
         ORDER BY r.submitted_at DESC NULLS FIRST, r.id DESC LIMIT $6 OFFSET $7`,
        [
          regionId,
          ownerFilter(viewer),
          q.status ?? null,
          q.period ?? null,
          q.taxpayerId ?? null,
          q.limit,
          q.offset,
          q.objectId ?? null,
        ],
      );
      return { items: await answered(request, items) };
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
