import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { pageQuery, sortQuery } from '../../platform/list-page';
import { languageOf, Problem } from '../../platform/problem';
import {
  LIST_DOWNLOAD_LIMIT,
  listFileName,
  sendSpreadsheet,
  spreadsheetQuerySchema,
  spreadsheetResponseSchema,
} from '../../platform/spreadsheet';
import { formatBillingCode } from '../../receivables';
import { period, rupiah } from '../api-schemas';
import { issueSkpdlb } from '../overpayments/issue-skpdlb';
import { ownerFilter } from '../registry/taxpayer';
import { TAX_OFFICERS, TAX_STAFF } from '../roles';
import { viewerOf } from '../viewer';
import { assessNil } from './assess-nil';
import { assessOfficialTax } from './assess-official-tax';
import { assessUnderpayment } from './assess-underpayment';
import type { Assessment } from './assessment';
import { ASSESSMENT_KINDS } from './assessment-kinds';
import { ASSESSMENTS_SHEET, assessmentsColumns } from './assessments-sheet';
import { issueInterestStpd, issueLateFilingStpd } from './issue-stpd';
import { ASSESSMENT_SORT_COLUMNS, listAssessments } from './list-assessments';

const id = z.number().int().positive();
const count = z.number().int().min(1).max(1_000_000);
export const assessmentSchema = z.object({
  id: z.number(),
  kind: z.enum(ASSESSMENT_KINDS),
  number: z.string(),
  taxpayerId: z.number(),
  objectId: z.number().nullable(),
  taxCode: z.string(),
  period: z.string().nullable(),
  returnId: z.number().nullable(),
  principal: z.number(),
  interest: z.number(),
  increase: z.number(),
  credit: z.number(),
  issueDate: z.string(),
  dueDate: z.string(),
  basis: z.record(z.string(), z.unknown()),
  billId: z.number().nullable(),
  billingCode: z.string().nullable(),
  billingCodeDisplay: z.string().nullable(),
  /** An SKPDLB's overpayment and what has been offset against bills or refunded of it; null for other kinds. */
  overpayment: z
    .object({ amount: z.number(), offset: z.number(), refunded: z.number(), remaining: z.number() })
    .nullable(),
});
export const listedAssessmentSchema = assessmentSchema.extend({
  taxpayerName: z.string(),
  npwpd: z.string().nullable(),
  taxName: z.string().describe("The tax's name, in the Accept-Language header's language"),
  payable: z.number().describe('What it makes payable: tax and sanctions less credit; an SKPDLB nothing'),
});

/** A page of assessments and how many match in all. */
export const assessmentListSchema = z.object({ total: z.number(), items: z.array(listedAssessmentSchema) });

/** The filters and order of the assessments list, shared by the list and its download. */
const assessmentFilterQuery = {
  taxpayerId: z.coerce.number().int().positive().optional(),
  kind: z.enum(ASSESSMENT_KINDS).optional(),
  taxCode: z.string().min(1).max(50).optional(),
  period: period.optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe("A fragment of the taxpayer's name, or the assessment's number (whole or its beginning)"),
  sort: sortQuery(ASSESSMENT_SORT_COLUMNS, '-issued'),
};

/** The answer's shape: the kode bayar as read aloud, and an SKPDLB's overpayment with what became of it. */
function shape<T extends Assessment>(a: T & { offsetAmount?: number; refundedAmount?: number }) {
  const { offsetAmount = 0, refundedAmount = 0, ...rest } = a;
  const amount = a.credit - a.principal;
  return {
    ...rest,
    billingCodeDisplay: a.billingCode === null ? null : formatBillingCode(a.billingCode),
    overpayment:
      a.kind === 'SKPDLB'
        ? {
            amount,
            offset: offsetAmount,
            refunded: refundedAmount,
            remaining: amount - offsetAmount - refundedAmount,
          }
        : null,
  };
}

const newAssessment = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('SKPD'),
    taxpayerId: id,
    objectId: id,
    period: period.nullable().default(null),
    basis: z.discriminatedUnion('kind', [
      z.strictObject({
        kind: z.literal('reklame'),
        reklameType: z.string().min(1).max(60),
        locationClass: z.string().min(1).max(20),
        periodUnit: z.enum(['year', 'month', 'day', 'event']),
        units: count,
        widthCm: count,
        heightCm: count,
        faces: z.number().int().min(1).max(8),
        quantity: count,
      }),
      z.strictObject({
        kind: z.literal('pat'),
        usage: z.string().min(1).max(60),
        volumeM3: z.number().int().min(0).max(100_000_000),
      }),
      z.strictObject({
        kind: z.literal('base'),
        base: rupiah,
        description: z.string().trim().min(3).max(300),
      }),
    ]),
  }),
  z.strictObject({
    kind: z.enum(['SKPDKB', 'SKPDKBT']),
    returnId: id,
    correctGross: rupiah,
    increasePpm: z.number().int().min(0).max(2_000_000).default(0),
    finding: z.string().trim().min(5).max(2000),
  }),
  z.strictObject({ kind: z.literal('SKPDN'), returnId: id, finding: z.string().trim().min(5).max(2000) }),
  z.strictObject({ kind: z.literal('SKPDLB'), returnId: id, finding: z.string().trim().min(5).max(2000) }),
  z.strictObject({ kind: z.literal('STPD'), billId: id }),
  z.strictObject({ kind: z.literal('STPD_LATE_FILING'), returnId: id }),
]);

/** Official assessments: SKPD (Reklame, PAT), SKPDKB/SKPDKBT, SKPDN, SKPDLB and STPD, issued by officers. */
export function assessmentsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.post(
    '/assessments',
    {
      schema: {
        tags: ['assessments'],
        summary:
          'Issue an SKPD, SKPDKB, SKPDKBT, SKPDN, SKPDLB (on the return whose pembetulan made an overpayment) or STPD (interest on an overdue bill, or the late-filing fine)',
        body: newAssessment,
        response: { 201: assessmentSchema },
      },
    },
    async (request, reply) => {
      await viewerOf(ctx, request, TAX_OFFICERS, false);
      const { regionId, timeZone } = accessFor(request);
      const actor = actorOf(await requireSession(ctx, request), request.ip);
      const at = ctx.clock.now();
      const today = localDate(at, timeZone);
      const b = request.body;
      let issued: Assessment;
      switch (b.kind) {
        case 'SKPD':
          issued = await assessOfficialTax(ctx.db, at, today, actor, { regionId, ...b });
          break;
        case 'SKPDKB':
        case 'SKPDKBT':
          issued = await assessUnderpayment(ctx.db, at, today, actor, { regionId, ...b });
          break;
        case 'SKPDN':
          issued = await assessNil(ctx.db, at, today, actor, { regionId, ...b });
          break;
        case 'SKPDLB':
          issued = await issueSkpdlb(ctx.db, at, today, actor, { regionId, ...b });
          break;
        case 'STPD':
          issued = await issueInterestStpd(ctx.db, at, today, actor, { regionId, billId: b.billId });
          break;
        case 'STPD_LATE_FILING':
          issued = await issueLateFilingStpd(ctx.db, at, today, actor, {
            regionId,
            timeZone,
            returnId: b.returnId,
          });
          break;
      }
      return reply.code(201).send(shape(issued));
    },
  );

  r.get(
    '/assessments',
    {
      schema: {
        tags: ['assessments'],
        summary: 'Official assessments, newest first unless sorted otherwise (a taxpayer sees their own)',
        description:
          'A page of `limit` assessments from `offset`, with `total`, the number that match, in the order `sort` asks.',
        querystring: z.strictObject({ ...assessmentFilterQuery, ...pageQuery(50, 200) }),
        response: { 200: assessmentListSchema },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId } = accessFor(request);
      const found = await listAssessments(ctx.db, regionId, {
        ...request.query,
        ownerUserId: ownerFilter(viewer),
        lang: languageOf(request.headers['accept-language']),
      });
      return { total: found.total, items: found.items.map(shape) };
    },
  );

  r.get(
    '/assessments/download',
    {
      schema: {
        tags: ['assessments'],
        summary:
          'The assessments matching the filters as a spreadsheet (CSV or XLSX), in the same order, headers in the language asked for',
        description: `Every assessment that matches, at most ${LIST_DOWNLOAD_LIMIT}. Bapenda staff only.`,
        querystring: z.strictObject({ ...assessmentFilterQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const { regionId, timeZone, name } = accessFor(request);
      const { format, lang: asked, ...q } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const found = await listAssessments(ctx.db, regionId, {
        ...q,
        ownerUserId: null,
        lang,
        limit: LIST_DOWNLOAD_LIMIT,
        offset: 0,
      });
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: listFileName(ASSESSMENTS_SHEET.file, name, localDate(ctx.clock.now(), timeZone), lang),
        sheetName: ASSESSMENTS_SHEET.sheet[lang],
        rows: found.items,
        columns: assessmentsColumns(),
        lang,
      });
    },
  );

  r.get(
    '/assessments/:assessmentId',
    {
      schema: {
        tags: ['assessments'],
        summary: 'An official assessment (a taxpayer sees their own)',
        params: z.object({ regionId: z.string(), assessmentId: z.coerce.number().int().positive() }),
        response: { 200: listedAssessmentSchema },
      },
    },
    async (request: FastifyRequest<{ Params: { assessmentId: number } }>) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId } = accessFor(request);
      const {
        items: [found],
      } = await listAssessments(ctx.db, regionId, {
        id: request.params.assessmentId,
        ownerUserId: ownerFilter(viewer),
        lang: languageOf(request.headers['accept-language']),
        sort: '-issued',
        limit: 1,
        offset: 0,
      });
      if (!found)
        throw new Problem(404, 'ASSESSMENT_NOT_FOUND', { assessmentId: request.params.assessmentId });
      return shape(found);
    },
  );
}
