import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import { formatBillingCode } from '../../receivables';
import { period, rupiah } from '../api-schemas';
import { issueSkpdlb } from '../overpayments/issue-skpdlb';
import { SETTLEMENT_COLUMNS } from '../overpayments/skpdlb';
import { ownerFilter } from '../registry/taxpayer';
import { TAX_OFFICERS, TAX_STAFF } from '../roles';
import { viewerOf } from '../viewer';
import { assessNil } from './assess-nil';
import { assessOfficialTax } from './assess-official-tax';
import { assessUnderpayment } from './assess-underpayment';
import { ASSESSMENT_COLUMNS, type Assessment } from './assessment';
import { ASSESSMENT_KINDS } from './assessment-kinds';
import { issueInterestStpd, issueLateFilingStpd } from './issue-stpd';

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
export const listedAssessmentSchema = assessmentSchema.extend({ taxpayerName: z.string() });

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
        summary: 'Official assessments, newest first (a taxpayer sees their own)',
        querystring: z.strictObject({
          taxpayerId: z.coerce.number().int().positive().optional(),
          kind: z.enum(ASSESSMENT_KINDS).optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: { 200: z.object({ items: z.array(listedAssessmentSchema) }) },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_STAFF, true);
      const { regionId } = accessFor(request);
      const q = request.query;
      const items = await ctx.db.query<Assessment & { taxpayerName: string }>(
        `SELECT ${ASSESSMENT_COLUMNS}, ${SETTLEMENT_COLUMNS}, t.name AS "taxpayerName" FROM assessment a JOIN taxpayer t ON t.region_id = a.region_id AND t.id = a.taxpayer_id
         WHERE a.region_id = $1 AND ($2::bigint IS NULL OR t.user_id = $2) AND ($3::bigint IS NULL OR a.taxpayer_id = $3)
           AND ($4::text IS NULL OR a.kind = $4)
         ORDER BY a.id DESC LIMIT $5`,
        [regionId, ownerFilter(viewer), q.taxpayerId ?? null, q.kind ?? null, q.limit],
      );
      return { items: items.map(shape) };
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
      const [found] = await ctx.db.query<Assessment & { taxpayerName: string }>(
        `SELECT ${ASSESSMENT_COLUMNS}, ${SETTLEMENT_COLUMNS}, t.name AS "taxpayerName" FROM assessment a JOIN taxpayer t ON t.region_id = a.region_id AND t.id = a.taxpayer_id
         WHERE a.region_id = $1 AND a.id = $2 AND ($3::bigint IS NULL OR t.user_id = $3)`,
        [regionId, request.params.assessmentId, ownerFilter(viewer)],
      );
      if (!found)
        throw new Problem(404, 'ASSESSMENT_NOT_FOUND', { assessmentId: request.params.assessmentId });
      return shape(found);
    },
  );
}
