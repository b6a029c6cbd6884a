import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import type { Role } from '../../platform/roles';
import { requireOpdAccess, requireOpdScope } from '../opd-access';
import { id } from '../route-schemas';
import {
  EVALUATION_ORGANISERS,
  EVALUATION_READERS,
  EVALUATION_REVIEWERS,
  OPD_EVALUATION_ANSWERERS,
  REGION_EVALUATION_ANSWERERS,
  REGION_EVALUATION_READERS,
} from './evaluation-roles';
import {
  answerValueSchema,
  evaluationDetailSchema,
  evaluationSummarySchema,
  predikatScaleSchema,
  worksheetRecordSchema,
  worksheetSchema,
} from './evaluation-schemas';
import {
  answerCriteria,
  evaluationHistory,
  findEvaluation,
  finishEvaluation,
  getEvaluation,
  listEvaluations,
  openEvaluation,
  refreshEvaluation,
  reviewCriteria,
  submitEvaluation,
} from './evaluations';
import { EVALUATION_KINDS, getWorksheet, listWorksheets, recordWorksheet } from './worksheets';

const year = () => z.coerce.number().int().min(2000).max(2100);
const note = () => z.string().trim().min(1).max(2000);

export function evaluationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);
  const tags = ['performance'];

  /**
   * The guard of an evaluation's subject: an OPD's through the OPD guard (403 OPD_FORBIDDEN for another OPD's), the
   * region's own with one of `regionSet`'s roles (403 FORBIDDEN_ROLE).
   */
  const guardSubject = async (
    request: FastifyRequest,
    evaluationId: number,
    opdSet: readonly Role[],
    regionSet: readonly Role[],
  ) => {
    const { regionId } = accessFor(request, [...new Set([...opdSet, ...regionSet])]);
    const evaluation = await findEvaluation(ctx.db, regionId, evaluationId);
    if (evaluation.opdId === null) accessFor(request, regionSet);
    else await requireOpdAccess(ctx, request, evaluation.opdId, opdSet);
    return regionId;
  };

  r.get(
    '/performance/evaluation-worksheets',
    {
      schema: {
        tags,
        summary: "The region's SAKIP (LKE) and RB (PMPRB) worksheets, of a kind and a year when given",
        querystring: z.strictObject({ kind: z.enum(EVALUATION_KINDS).optional(), year: year().optional() }),
        response: { 200: z.array(worksheetRecordSchema) },
      },
    },
    async (request) => {
      const { access } = await requireOpdScope(ctx, request, EVALUATION_READERS);
      return listWorksheets(ctx.db, access.regionId, request.query);
    },
  );

  r.post(
    '/performance/evaluation-worksheets',
    {
      schema: {
        tags,
        problems: {
          409: ['EVALUATION_WORKSHEET_EXISTS'],
          422: [
            'LKE_WORKSHEET_INVALID',
            'LKE_WEIGHTS_DO_NOT_ADD_UP',
            'PREDIKAT_SCALE_INVALID',
            'EVALUATION_GRADED_PART_INVALID',
            'EVALUATION_FEED_SCALE',
          ],
        },
        summary:
          "Record the region's worksheet of a kind for a year: its parts, criteria and answer scales, and the predikat " +
          'scale (the letter values are the region’s, UNCONFIRMED nationally). One per kind and year. Audited',
        body: z.strictObject({
          kind: z.enum(EVALUATION_KINDS),
          year: year(),
          name: z.string().trim().min(3).max(200),
          worksheet: worksheetSchema,
          predikatScale: predikatScaleSchema,
          gradedPart: z
            .string()
            .nullable()
            .default(null)
            .describe('The top-level part the predikat grades (e.g. RB General); null: the total'),
        }),
        response: { 201: worksheetRecordSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, EVALUATION_ORGANISERS);
      const w = await recordWorksheet(ctx.db, ctx.clock.now(), await actor(request), regionId, request.body);
      reply.code(201);
      return w;
    },
  );

  r.get(
    '/performance/evaluation-worksheets/:worksheetId',
    {
      schema: {
        tags,
        problems: { 404: ['EVALUATION_WORKSHEET_NOT_FOUND'] },
        summary: 'One worksheet with its parts, criteria, answer scales and predikat scale',
        params: z.object({ regionId: z.string(), worksheetId: id() }),
        response: { 200: worksheetRecordSchema },
      },
    },
    async (request) => {
      const { access } = await requireOpdScope(ctx, request, EVALUATION_READERS);
      return getWorksheet(ctx.db, access.regionId, request.params.worksheetId);
    },
  );

  r.get(
    '/performance/evaluations',
    {
      schema: {
        tags,
        summary:
          'The evaluations, of a kind and a year when given, with their scores and predikat; OPD staff see their ' +
          'OPD’s only',
        querystring: z.strictObject({ kind: z.enum(EVALUATION_KINDS).optional(), year: year().optional() }),
        response: { 200: z.array(evaluationSummarySchema) },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, EVALUATION_READERS);
      return listEvaluations(ctx.db, access.regionId, scope, request.query);
    },
  );

  r.get(
    '/performance/evaluations/history',
    {
      schema: {
        tags,
        problems: { 403: ['OPD_FORBIDDEN'], 404: ['OPD_NOT_FOUND'] },
        summary:
          'Year on year: one subject’s evaluations of a kind (the region’s own, or an OPD’s), oldest first, with ' +
          'their scores and predikat',
        querystring: z.strictObject({
          kind: z.enum(EVALUATION_KINDS),
          opdId: id().optional().describe('The OPD; the region as a whole when absent'),
        }),
        response: { 200: z.array(evaluationSummarySchema) },
      },
    },
    async (request) => {
      const { opdId } = request.query;
      const regionId =
        opdId === undefined
          ? accessFor(request, REGION_EVALUATION_READERS).regionId
          : (await requireOpdAccess(ctx, request, opdId, EVALUATION_READERS)).access.regionId;
      return evaluationHistory(ctx.db, regionId, request.query.kind, opdId ?? null);
    },
  );

  r.post(
    '/performance/evaluations',
    {
      schema: {
        tags,
        problems: {
          403: ['OPD_FORBIDDEN'],
          404: ['EVALUATION_WORKSHEET_NOT_FOUND', 'OPD_NOT_FOUND'],
          409: ['EVALUATION_EXISTS'],
        },
        summary: 'Open the evaluation of a worksheet for the region as a whole or for one OPD. Audited',
        body: z.strictObject({
          worksheetId: z.number().int().positive(),
          opdId: z
            .number()
            .int()
            .positive()
            .nullable()
            .default(null)
            .describe('The OPD evaluated; null: the region'),
        }),
        response: { 201: evaluationDetailSchema },
      },
    },
    async (request, reply) => {
      const { opdId } = request.body;
      const regionId =
        opdId === null
          ? accessFor(request, EVALUATION_ORGANISERS).regionId
          : (await requireOpdAccess(ctx, request, opdId, EVALUATION_ORGANISERS)).access.regionId;
      const e = await openEvaluation(ctx.db, ctx.clock.now(), await actor(request), regionId, request.body);
      reply.code(201);
      return e;
    },
  );

  const params = z.object({ regionId: z.string(), evaluationId: id() });

  r.get(
    '/performance/evaluations/:evaluationId',
    {
      schema: {
        tags,
        problems: { 403: ['OPD_FORBIDDEN'], 404: ['EVALUATION_NOT_FOUND'] },
        summary:
          'One evaluation: its worksheet, each criterion’s answer, evidence and review, and the scores by section ' +
          '(the subject’s answers, and the final ones once submitted)',
        params,
        response: { 200: evaluationDetailSchema },
      },
    },
    async (request) => {
      const { evaluationId } = request.params;
      const regionId = await guardSubject(
        request,
        evaluationId,
        EVALUATION_READERS,
        REGION_EVALUATION_READERS,
      );
      return getEvaluation(ctx.db, regionId, evaluationId);
    },
  );

  r.put(
    '/performance/evaluations/:evaluationId/answers',
    {
      schema: {
        tags,
        problems: {
          403: ['OPD_FORBIDDEN'],
          404: ['EVALUATION_NOT_FOUND'],
          409: ['EVALUATION_LOCKED'],
          422: ['LKE_UNKNOWN_CRITERION', 'LKE_ANSWER_OUT_OF_SCALE', 'EVALUATION_ANSWER_FED'],
        },
        summary:
          'Answer criteria of a draft, each with its evidence: the OPD’s head or performance officer for their OPD, ' +
          'the planner for the region’s own. All or none of the batch is kept. Audited',
        params,
        body: z.strictObject({
          answers: z
            .array(
              z.strictObject({
                criterion: z.string().min(1).max(40),
                answer: answerValueSchema,
                evidence: note()
                  .nullable()
                  .default(null)
                  .describe('The evidence: a text or a document reference'),
              }),
            )
            .min(1)
            .max(500),
        }),
        response: { 200: evaluationDetailSchema },
      },
    },
    async (request) => {
      const { evaluationId } = request.params;
      const regionId = await guardSubject(
        request,
        evaluationId,
        OPD_EVALUATION_ANSWERERS,
        REGION_EVALUATION_ANSWERERS,
      );
      return answerCriteria(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        evaluationId,
        request.body.answers,
      );
    },
  );

  r.post(
    '/performance/evaluations/:evaluationId/refresh',
    {
      schema: {
        tags,
        summary:
          "Refresh a draft's criteria answered from Balai's records (the SAKIP predikat, the BPK opinion, the audit " +
          'follow-up rate) as they stand; they are refreshed on opening and on submission too. Audited when changed',
        params,
        problems: { 403: ['OPD_FORBIDDEN'], 404: ['EVALUATION_NOT_FOUND'], 409: ['EVALUATION_LOCKED'] },
        response: { 200: evaluationDetailSchema },
      },
    },
    async (request) => {
      const { evaluationId } = request.params;
      const regionId = await guardSubject(
        request,
        evaluationId,
        OPD_EVALUATION_ANSWERERS,
        REGION_EVALUATION_ANSWERERS,
      );
      return refreshEvaluation(ctx.db, ctx.clock.now(), await actor(request), regionId, evaluationId);
    },
  );

  r.post(
    '/performance/evaluations/:evaluationId/submit',
    {
      schema: {
        tags,
        problems: {
          403: ['OPD_FORBIDDEN'],
          404: ['EVALUATION_NOT_FOUND'],
          409: ['EVALUATION_LOCKED'],
          422: ['EVALUATION_UNANSWERED'],
        },
        summary: 'Submit a draft whose every criterion is answered for review; its answers lock. Audited',
        params,
        response: { 200: evaluationDetailSchema },
      },
    },
    async (request) => {
      const { evaluationId } = request.params;
      const regionId = await guardSubject(
        request,
        evaluationId,
        OPD_EVALUATION_ANSWERERS,
        REGION_EVALUATION_ANSWERERS,
      );
      return submitEvaluation(ctx.db, ctx.clock.now(), await actor(request), regionId, evaluationId);
    },
  );

  r.put(
    '/performance/evaluations/:evaluationId/review',
    {
      schema: {
        tags,
        problems: {
          404: ['EVALUATION_NOT_FOUND'],
          409: ['EVALUATION_NOT_SUBMITTED', 'EVALUATION_FINISHED'],
          422: ['LKE_UNKNOWN_CRITERION', 'LKE_ANSWER_OUT_OF_SCALE'],
        },
        summary:
          'The verifier reviews criteria of a submitted evaluation: their answer (null keeps the subject’s) and a ' +
          'note. All or none of the batch is kept. Audited',
        params,
        body: z.strictObject({
          reviews: z
            .array(
              z.strictObject({
                criterion: z.string().min(1).max(40),
                answer: answerValueSchema.nullable().describe('Null: the subject’s answer kept'),
                note: note().nullable().default(null),
              }),
            )
            .min(1)
            .max(500),
        }),
        response: { 200: evaluationDetailSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, EVALUATION_REVIEWERS);
      const { evaluationId } = request.params;
      return reviewCriteria(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        evaluationId,
        request.body.reviews,
      );
    },
  );

  r.post(
    '/performance/evaluations/:evaluationId/finish',
    {
      schema: {
        tags,
        problems: { 404: ['EVALUATION_NOT_FOUND'], 409: ['EVALUATION_NOT_SUBMITTED', 'EVALUATION_FINISHED'] },
        summary:
          'The verifier finishes the review: the final score (their answers, the subject’s where kept) and its ' +
          'predikat are stored. Audited',
        params,
        response: { 200: evaluationDetailSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, EVALUATION_REVIEWERS);
      const { evaluationId } = request.params;
      return finishEvaluation(ctx.db, ctx.clock.now(), await actor(request), regionId, evaluationId);
    },
  );
}
