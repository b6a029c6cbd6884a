import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import {
  EVIDENCE_BODY_LIMIT,
  evidenceSchema,
  evidenceUploadSchema,
  uploadedEvidence,
} from '../evidence/evidence-routes';
import { type OpdScope, requireOpdAccess, requireOpdScope } from '../opd-access';
import {
  REALISATION_DEADLINE_EDITORS,
  REALISATION_READERS,
  REALISATION_VERIFIERS,
  REALISATION_WRITERS,
} from '../roles';
import { id } from '../route-schemas';
import { realisationCalendar } from './calendar';
import { setDeadlines } from './deadlines';
import { ledgerFigures } from './ledger-feed';
import {
  addRealisationEvidence,
  decideRealisation,
  REALISATION_STATUSES,
  type RealisationKey,
  realisationTable,
  saveRealisation,
  submitRealisation,
} from './realisation';

const year = () => z.coerce.number().int().min(2000).max(2100);
const quarter = () => z.coerce.number().int().min(1).max(4);
const note = (min: number) => z.string().trim().min(min).max(2000);

export const realisationLineSchema = z.object({
  indicatorId: z.number(),
  indicatorName: z.string(),
  unit: z.string(),
  polarity: z.enum(['higher', 'lower', 'range']),
  cumulative: z.boolean(),
  source: z
    .enum(['manual', 'revenue_pad'])
    .describe("Where the figure comes from: typed by the OPD, or the revenue ledger's PAD (never typed)"),
  opdId: z.number().describe('The reporting OPD (for a crosscutting indicator, the owner that reports it)'),
  opdName: z.string(),
  opdShortName: z.string(),
  ownerOpdIds: z.array(z.number()).describe('Every OPD owning the indicator'),
  year: z.number(),
  quarter: z.number(),
  target: z.number().nullable().describe("The quarter's target (Tw), else the year's; a range's lower bound"),
  targetUpper: z.number().nullable(),
  realisation: z.number().nullable(),
  capaianPercent: z.number().nullable().describe('Capaian by PermenPANRB 8/2021, two decimals'),
  status: z.enum([...REALISATION_STATUSES, 'not_reported', 'from_ledger']),
  note: z.string().nullable(),
  decisionNote: z.string().nullable().describe("The verifier's note (why it was returned)"),
  submittedAt: z.date().nullable(),
  decidedAt: z.date().nullable(),
  dueDate: z.string().describe("The quarter's reporting deadline in the region"),
  punctuality: z.enum(['on_time', 'late', 'missing', 'not_due']),
  late: z.boolean().describe('Sent after its deadline, or not sent and past it'),
  evidence: z.array(evidenceSchema),
});

const standingSchema = z.enum(['on_time', 'late', 'missing', 'not_due']);

export const calendarSchema = z.object({
  year: z.number(),
  quarters: z.array(
    z.object({
      quarter: z.number(),
      dueDate: z.string(),
      source: z
        .enum(['region', 'default'])
        .describe(
          "The region's deadline (realisation_deadline), or the default: ten days after the quarter ends",
        ),
      opds: z.array(
        z.object({
          opdId: z.number(),
          opdName: z.string(),
          opdShortName: z.string(),
          indicators: z.number(),
          onTime: z.number(),
          late: z.number(),
          missing: z.number(),
          notDue: z.number(),
          standing: standingSchema.describe('The worst of its reports: missing, late, not yet due, on time'),
        }),
      ),
    }),
  ),
});

const keyParams = z.object({ regionId: z.string(), indicatorId: id(), year: year(), quarter: quarter() });

/** Quarterly realisation (issue 16) under `/performance/realisation`. */
export function realisationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = (request: FastifyRequest) => localDate(ctx.clock.now(), accessFor(request).timeZone);
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);
  const tags = ['performance'];

  const table = async (
    request: FastifyRequest,
    scope: OpdScope,
    filter: { year: number; quarter: number; opdId?: number; indicatorId?: number },
  ) => {
    const access = accessFor(request);
    const day = today(request);
    const live = await ledgerFigures(ctx.db, access.regionId, filter.year, filter.quarter, day);
    return realisationTable(ctx.db, access.regionId, access.timeZone, day, scope, filter, live);
  };
  /** The line of one key, as its reader sees it after a step. */
  const lineOf = async (request: FastifyRequest, key: RealisationKey) => {
    const [line] = await table(request, { all: true }, key);
    if (!line)
      throw new Problem(404, 'INDICATOR_NOT_FOUND_FOR_REALISATION', { indicatorId: key.indicatorId });
    return line;
  };

  r.get(
    '/performance/realisation',
    {
      schema: {
        tags,
        summary:
          "A quarter's realisation table: each indicator of the OPD the caller may see (or of one OPD) with its target, realisation, capaian, status, source and late flag",
        querystring: z.strictObject({ year: year(), quarter: quarter(), opdId: id().optional() }),
        response: { 200: z.array(realisationLineSchema) },
      },
    },
    async (request) => {
      const { opdId } = request.query;
      const { scope } =
        opdId === undefined
          ? await requireOpdScope(ctx, request, REALISATION_READERS)
          : {
              scope: {
                all: false,
                opdIds: [(await requireOpdAccess(ctx, request, opdId, REALISATION_READERS)).opd.id],
              } as OpdScope,
            };
      return table(request, scope, request.query);
    },
  );

  r.get(
    '/performance/realisation/calendar',
    {
      schema: {
        tags,
        summary:
          "A year's reporting deadlines per quarter and, per OPD the caller may see, its reports on time, late or missing",
        querystring: z.strictObject({ year: year() }),
        response: { 200: calendarSchema },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, REALISATION_READERS);
      const { year } = request.query;
      return {
        year,
        quarters: await realisationCalendar(
          ctx.db,
          access.regionId,
          access.timeZone,
          today(request),
          scope,
          year,
        ),
      };
    },
  );

  r.put(
    '/performance/realisation/deadlines/:year',
    {
      schema: {
        tags,
        summary:
          "The planner sets a year's four reporting deadlines (Tw1–Tw4), in force from a day on; each after its quarter ends. Audited",
        params: z.object({ regionId: z.string(), year: year() }),
        body: z.strictObject({
          effectiveFrom: z.iso.date().describe('The first day the deadlines are in force'),
          dueDates: z.array(z.iso.date()).length(4).describe('Tw1–Tw4'),
        }),
        response: { 200: calendarSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, REALISATION_DEADLINE_EDITORS);
      const { year } = request.params;
      await setDeadlines(ctx.db, ctx.clock.now(), await actor(request), regionId, year, request.body);
      return {
        year,
        quarters: await realisationCalendar(ctx.db, regionId, timeZone, today(request), { all: true }, year),
      };
    },
  );

  r.put(
    '/performance/realisation/:indicatorId/:year/:quarter',
    {
      bodyLimit: EVIDENCE_BODY_LIMIT,
      schema: {
        tags,
        summary:
          "The OPD enters or corrects a quarter's realisation as a draft, with evidence files (PDF, JPEG, PNG as base64). Audited",
        params: keyParams,
        body: z.strictObject({
          value: z.number().nonnegative().describe("The quarter's realisation in the indicator's unit"),
          note: note(1).nullable().default(null),
          evidence: z.array(evidenceUploadSchema).max(5).default([]),
        }),
        response: { 200: realisationLineSchema },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, REALISATION_WRITERS);
      const { regionId: _, ...key } = request.params;
      await saveRealisation(
        ctx.db,
        ctx.clock.now(),
        today(request),
        await actor(request),
        access.regionId,
        scope,
        key,
        {
          value: request.body.value,
          note: request.body.note,
          evidence: request.body.evidence.map(uploadedEvidence),
        },
      );
      return lineOf(request, key);
    },
  );

  r.post(
    '/performance/realisation/:indicatorId/:year/:quarter/evidence',
    {
      bodyLimit: EVIDENCE_BODY_LIMIT,
      schema: {
        tags,
        summary: 'The OPD adds evidence files to its draft or returned realisation. Audited',
        params: keyParams,
        body: z.strictObject({ evidence: z.array(evidenceUploadSchema).min(1).max(5) }),
        response: { 201: z.array(evidenceSchema) },
      },
    },
    async (request, reply) => {
      const { access, scope } = await requireOpdScope(ctx, request, REALISATION_WRITERS);
      const { regionId: _, ...key } = request.params;
      const files = await addRealisationEvidence(
        ctx.db,
        ctx.clock.now(),
        today(request),
        await actor(request),
        access.regionId,
        scope,
        key,
        request.body.evidence.map(uploadedEvidence),
      );
      return reply.code(201).send(files);
    },
  );

  r.post(
    '/performance/realisation/:indicatorId/:year/:quarter/submit',
    {
      schema: {
        tags,
        summary: 'The OPD submits its realisation, with its evidence, to the verifier. Audited',
        params: keyParams,
        response: { 200: realisationLineSchema },
      },
    },
    async (request) => {
      const { access, scope } = await requireOpdScope(ctx, request, REALISATION_WRITERS);
      const { regionId: _, ...key } = request.params;
      await submitRealisation(
        ctx.db,
        ctx.clock.now(),
        today(request),
        await actor(request),
        access.regionId,
        scope,
        key,
      );
      return lineOf(request, key);
    },
  );

  r.post(
    '/performance/realisation/:indicatorId/:year/:quarter/accept',
    {
      schema: {
        tags,
        summary: 'The verifier accepts a submitted realisation; from then on it is locked. Audited',
        params: keyParams,
        body: z.strictObject({ note: note(1).nullable().default(null) }).default({ note: null }),
        response: { 200: realisationLineSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, REALISATION_VERIFIERS);
      const { regionId: _, ...key } = request.params;
      await decideRealisation(ctx.db, ctx.clock.now(), await actor(request), regionId, key, {
        accept: true,
        note: request.body.note,
      });
      return lineOf(request, key);
    },
  );

  r.post(
    '/performance/realisation/:indicatorId/:year/:quarter/return',
    {
      schema: {
        tags,
        summary:
          'The verifier returns a submitted realisation to the OPD with a note saying what to correct. Audited',
        params: keyParams,
        body: z.strictObject({ note: note(0) }),
        response: { 200: realisationLineSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, REALISATION_VERIFIERS);
      const { regionId: _, ...key } = request.params;
      await decideRealisation(ctx.db, ctx.clock.now(), await actor(request), regionId, key, {
        accept: false,
        note: request.body.note,
      });
      return lineOf(request, key);
    },
  );
}
