import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { languageOf, type Problem, problemText } from '../../platform/problem';
import type { Role } from '../../platform/roles';
import { partnersOf } from '../partner';
import { importStatement } from './import-statement';
import { findMismatches, RESOLUTION_KINDS } from './mismatches';
import { recentReceiptsDays, reconciliationOfDay } from './reconciliation-of-day';
import { resolveMismatch } from './resolve-mismatch';
import { AMOUNT_FORMATS, DATE_FORMATS, DELIMITERS } from './statement-format';
import { partnerOfRegion, saveStatementFormat, statementFormatsOf } from './statement-formats';

/** The receipts treasurer reconciles and deposits; supervisors, administrators and auditors may read it all. */
export const TREASURERS: readonly Role[] = ['treasurer'];
export const TREASURY_READERS: readonly Role[] = ['treasurer', 'supervisor', 'admin', 'auditor'];

const column = z.string().trim().min(1).max(100);
const statementFormatSchema = z.strictObject({
  delimiter: z.enum(DELIMITERS),
  dateColumn: column,
  dateFormat: z.enum(DATE_FORMATS),
  timeColumn: column.nullable().default(null),
  amountColumn: column,
  amountFormat: z.enum(AMOUNT_FORMATS),
  referenceColumn: column,
  descriptionColumn: column.nullable().default(null),
  typeColumn: column.nullable().default(null),
  creditValue: z.string().trim().min(1).max(40).nullable().default(null),
});

const mismatchSchema = z.object({
  id: z.number(),
  statementId: z.number(),
  partnerId: z.string(),
  day: z.string(),
  kind: z.enum(['in_bank_only', 'in_balai_only', 'amount_differs']),
  lineNo: z.number().nullable(),
  paymentId: z.number().nullable(),
  bankAmount: z.number().nullable(),
  balaiAmount: z.number().nullable(),
  foundAt: z.date(),
  line: z
    .object({
      bankReference: z.string(),
      amount: z.number(),
      bookedTime: z.string().nullable(),
      description: z.string().nullable(),
    })
    .nullable(),
  payment: z
    .object({
      ntpd: z.string(),
      bankReference: z.string(),
      billingCode: z.string(),
      taxpayerName: z.string(),
      amount: z.number(),
      reversed: z.boolean(),
    })
    .nullable(),
  resolution: z
    .object({
      resolution: z.enum(RESOLUTION_KINDS),
      note: z.string(),
      resolvedAt: z.date(),
      resolvedBy: z.string().nullable(),
    })
    .nullable(),
});

const blockerSchema = z
  .object({ code: z.string(), title: z.string(), detail: z.string() })
  .nullable()
  .describe('why the day cannot be deposited now');

const daySchema = z.object({
  partner: z.object({ partnerId: z.string(), name: z.string(), channel: z.string() }),
  day: z.string(),
  statement: z
    .object({
      id: z.number(),
      fileName: z.string(),
      fileHash: z.string(),
      importedAt: z.date(),
      lineCount: z.number(),
      total: z.number(),
    })
    .nullable(),
  payments: z.object({ count: z.number(), amount: z.number(), reversed: z.number() }),
  matched: z.object({ count: z.number(), amount: z.number() }),
  mismatches: z.array(mismatchSchema),
  deposit: z
    .object({
      id: z.number(),
      number: z.string(),
      amount: z.number(),
      paymentCount: z.number(),
      depositedAt: z.date(),
    })
    .nullable(),
  depositable: z.object({ amount: z.number(), paymentCount: z.number() }).nullable(),
  blocker: blockerSchema,
});

/** A busy bank's day runs to tens of thousands of lines: a few megabytes of CSV, sent as JSON text. */
const STATEMENT_BODY_LIMIT = 16 * 1024 * 1024;

const partnerParams = z.object({ regionId: z.string(), partnerId: z.string().max(36) });
const day = z.iso.date();

/**
 * Bank statement reconciliation (domain notes §4.6 rule 4): the treasurer keeps each bank's statement format,
 * imports a day's statement, reads the match and the queue of mismatches, and decides each one.
 */
export function reconciliationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);
  const explain = (request: FastifyRequest, problem: Problem | null) =>
    problem && {
      code: problem.code,
      ...problemText(problem.code, languageOf(request.headers['accept-language']), problem.params),
    };
  const dayView = async (request: FastifyRequest, partnerId: string, on: string) => {
    const { regionId, timeZone } = accessFor(request);
    const partner = await partnerOfRegion(ctx.db, regionId, partnerId);
    const view = await reconciliationOfDay(
      ctx.db,
      regionId,
      partner,
      on,
      localDate(ctx.clock.now(), timeZone),
    );
    return { ...view, blocker: explain(request, view.blocker) };
  };

  r.get(
    '/payment-partners',
    {
      schema: {
        tags: ['reconciliation'],
        summary:
          'The banks and acquirers that pay this region’s bills, with how each one’s statement is read',
        response: {
          200: z.object({
            items: z.array(
              z.object({
                partnerId: z.string(),
                name: z.string(),
                channel: z.string(),
                active: z.boolean(),
                statementFormat: statementFormatSchema.nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, TREASURY_READERS);
      const formats = await statementFormatsOf(ctx.db, regionId);
      const items = (await partnersOf(ctx.db, regionId)).map((p) => ({
        partnerId: p.partnerId,
        name: p.name,
        channel: p.channel,
        active: p.active,
        statementFormat: formats.get(p.partnerId) ?? null,
      }));
      return { items };
    },
  );

  r.put(
    '/payment-partners/:partnerId/statement-format',
    {
      schema: {
        tags: ['reconciliation'],
        summary:
          'Set which columns of a bank’s statement CSV hold the date, amount, reference and description',
        params: partnerParams,
        body: statementFormatSchema,
        response: { 200: statementFormatSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, [...TREASURERS, 'admin']);
      const who = await actor(request);
      return ctx.db.transaction((tx) =>
        saveStatementFormat(tx, ctx.clock.now(), who, regionId, request.params.partnerId, request.body),
      );
    },
  );

  r.post(
    '/bank-statements',
    {
      bodyLimit: STATEMENT_BODY_LIMIT,
      schema: {
        tags: ['reconciliation'],
        summary:
          'Import a bank’s statement of one day and match it to that bank’s payments; the same file again matches afresh',
        body: z.strictObject({
          partnerId: z.string().max(36),
          day,
          fileName: z.string().trim().min(1).max(200),
          content: z.string().min(1),
        }),
        response: { 200: daySchema, 201: daySchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, TREASURERS);
      const outcome = await importStatement(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.body,
      );
      const view = await dayView(request, request.body.partnerId, request.body.day);
      return reply.code(outcome.replayed ? 200 : 201).send(view);
    },
  );

  r.get(
    '/reconciliation',
    {
      schema: {
        tags: ['reconciliation'],
        summary:
          'One bank’s day: its statement, what matched, the mismatches and whether it can be deposited',
        querystring: z.strictObject({ partnerId: z.string().max(36), day }),
        response: { 200: daySchema },
      },
    },
    async (request) => {
      accessFor(request, TREASURY_READERS);
      return dayView(request, request.query.partnerId, request.query.day);
    },
  );

  r.get(
    '/reconciliation/days',
    {
      schema: {
        tags: ['reconciliation'],
        summary:
          'A bank’s days of the last month with receipts, and how far each is reconciled and deposited',
        querystring: z.strictObject({ partnerId: z.string().max(36) }),
        response: {
          200: z.object({
            items: z.array(
              z.object({
                day: z.string(),
                payments: z.number(),
                amount: z.number(),
                statementImported: z.boolean(),
                openMismatches: z.number(),
                depositNumber: z.string().nullable(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, TREASURY_READERS);
      const partner = await partnerOfRegion(ctx.db, regionId, request.query.partnerId);
      const today = localDate(ctx.clock.now(), timeZone);
      return { items: await recentReceiptsDays(ctx.db, regionId, partner.partnerId, today) };
    },
  );

  r.get(
    '/reconciliation/mismatches',
    {
      schema: {
        tags: ['reconciliation'],
        summary: 'The queue of mismatches between bank statements and payments (open ones by default)',
        querystring: z.strictObject({
          state: z.enum(['open', 'resolved', 'all']).default('open'),
          partnerId: z.string().max(36).optional(),
          day: day.optional(),
          limit: z.coerce.number().int().min(1).max(500).default(200),
        }),
        response: { 200: z.object({ items: z.array(mismatchSchema) }) },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, TREASURY_READERS);
      return { items: await findMismatches(ctx.db, regionId, request.query) };
    },
  );

  r.post(
    '/reconciliation/mismatches/:mismatchId/resolution',
    {
      schema: {
        tags: ['reconciliation'],
        summary:
          'Decide a mismatch once, with a note: whether its payment is deposited with the day, and why',
        params: z.object({ regionId: z.string(), mismatchId: z.coerce.number().int().positive() }),
        body: z.strictObject({
          resolution: z.enum(RESOLUTION_KINDS),
          note: z.string().trim().min(3).max(1000),
        }),
        response: { 200: mismatchSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, TREASURERS);
      return resolveMismatch(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.mismatchId,
        request.body,
      );
    },
  );
}
