import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { languageOf, type Problem, problemText } from '../../platform/problem';
import { partnersOf } from '../partner';
import { STATEMENT_FORMAT_EDITORS, TREASURERS, TREASURY_READERS } from '../roles';
import { findMismatches } from './find-mismatches';
import { importStatement, rematchStatement } from './import-statement';
import { RESOLUTION_KINDS } from './mismatches';
import { recentReceiptsDays, reconciliationOfDay } from './reconciliation-of-day';
import { releaseWithheld } from './release-withheld';
import { replaceStatement } from './replace-statement';
import { resolveMismatch } from './resolve-mismatch';
import { AMOUNT_FORMATS, DATE_FORMATS, DELIMITERS } from './statement-format';
import { partnerOfRegion, saveStatementFormat, statementFormatsOf } from './statement-formats';

const column = z.string().trim().min(1).max(100);
export const statementFormatSchema = z.strictObject({
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

export const mismatchSchema = z.object({
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
  release: z
    .object({ note: z.string(), releasedAt: z.date(), releasedBy: z.string().nullable() })
    .nullable()
    .describe('set when the withheld payment was released: the bank confirmed its money after all'),
  withdrawal: z
    .object({
      withdrawnAt: z.date(),
      withdrawnBy: z.string().nullable(),
      reason: z.string(),
      replacementStatementId: z.number(),
    })
    .nullable()
    .describe('set when its statement was replaced while it was open: it left the queue undecided'),
});

const blockerSchema = z
  .object({ code: z.string(), title: z.string(), detail: z.string() })
  .nullable()
  .describe('why the day cannot be deposited now');

const statementSchema = z.object({
  id: z.number(),
  fileName: z.string(),
  fileHash: z.string(),
  importedAt: z.date(),
  lineCount: z.number(),
  total: z.number(),
});

const depositedSchema = z.object({
  id: z.number(),
  number: z.string(),
  amount: z.number(),
  paymentCount: z.number(),
  depositedAt: z.date(),
});

export const daySchema = z.object({
  partner: z.object({ partnerId: z.string(), name: z.string(), channel: z.string() }),
  day: z.string(),
  statement: statementSchema.nullable().describe('the current statement of the day'),
  supersededStatements: z
    .array(
      statementSchema.extend({
        importedBy: z.string().nullable(),
        replacedBy: z.object({ id: z.number(), fileName: z.string() }),
        supersededAt: z.date(),
        supersededBy: z.string().nullable(),
        reason: z.string(),
        withdrawnMismatches: z.number(),
      }),
    )
    .describe('statements a replacement superseded, kept as evidence and no longer counted'),
  payments: z.object({ count: z.number(), amount: z.number(), reversed: z.number() }),
  matched: z.object({ count: z.number(), amount: z.number() }),
  mismatches: z.array(mismatchSchema),
  deposit: depositedSchema.nullable().describe('the day’s first STS'),
  followUps: z.array(depositedSchema).describe('its follow-up STS (STS susulan), oldest first'),
  undeposited: z
    .array(
      z.object({
        paymentId: z.number(),
        ntpd: z.string(),
        bankReference: z.string(),
        amount: z.number(),
        paidAt: z.date(),
        postedAt: z.date(),
        standing: z.enum(['ready', 'withheld', 'undecided', 'unmatched']),
      }),
    )
    .describe('once the day has its first STS: its payments that no STS carries yet, and why'),
  depositable: z
    .object({ amount: z.number(), paymentCount: z.number(), followUp: z.boolean() })
    .nullable()
    .describe('what a deposit now would carry: the first STS, or a follow-up STS once there is one'),
  blocker: blockerSchema,
});

/** The region's banks and acquirers, with how each one's statement is read. */
export const paymentPartnersSchema = z.object({
  items: z.array(
    z.object({
      partnerId: z.string(),
      name: z.string(),
      channel: z.string(),
      active: z.boolean(),
      statementFormat: statementFormatSchema.nullable(),
    }),
  ),
});

/** A bank's recent days with receipts, and how far each is reconciled and deposited. */
export const receiptsDaysSchema = z.object({
  items: z.array(
    z.object({
      day: z.string(),
      payments: z.number(),
      amount: z.number(),
      statementImported: z.boolean(),
      openMismatches: z.number(),
      depositNumber: z.string().nullable().describe('the day’s first STS'),
      followUpNumbers: z.array(z.string()).describe('its follow-up STS (STS susulan)'),
      undeposited: z
        .object({ count: z.number(), amount: z.number() })
        .describe('once deposited: live payments of the day that no STS carries yet'),
    }),
  ),
});

/** A busy bank's day runs to tens of thousands of lines: a few megabytes of CSV, sent as JSON text. */
const STATEMENT_BODY_LIMIT = 16 * 1024 * 1024;

const partnerParams = z.object({ regionId: z.string(), partnerId: z.string().max(36) });
const statementParams = z.object({ regionId: z.string(), statementId: z.coerce.number().int().positive() });
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
          200: paymentPartnersSchema,
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
      const { regionId } = accessFor(request, STATEMENT_FORMAT_EDITORS);
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

  r.post(
    '/bank-statements/:statementId/replacement',
    {
      bodyLimit: STATEMENT_BODY_LIMIT,
      schema: {
        tags: ['reconciliation'],
        summary:
          'Replace a wrongly uploaded statement before its day is deposited, with a reason: the old file is kept as superseded, its open mismatches are withdrawn and the new file is matched',
        params: statementParams,
        body: z.strictObject({
          fileName: z.string().trim().min(1).max(200),
          content: z.string().min(1),
          reason: z.string().trim().min(3).max(1000),
        }),
        response: { 201: daySchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, TREASURERS);
      const { statement } = await replaceStatement(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.statementId,
        request.body,
      );
      return reply.code(201).send(await dayView(request, statement.partnerId, statement.day));
    },
  );

  r.post(
    '/bank-statements/:statementId/rematch',
    {
      schema: {
        tags: ['reconciliation'],
        summary:
          'Match a day’s current statement again, as importing the same file does: payments posted onto the day since join the queue (also after its STS)',
        params: statementParams,
        response: { 200: daySchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, TREASURERS);
      const { statement } = await rematchStatement(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        regionId,
        request.params.statementId,
      );
      return dayView(request, statement.partnerId, statement.day);
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
          'A bank’s days of the last month with receipts, and how far each is reconciled and deposited (follow-ups included)',
        querystring: z.strictObject({ partnerId: z.string().max(36) }),
        response: {
          200: receiptsDaysSchema,
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
          state: z.enum(['open', 'resolved', 'withdrawn', 'all']).default('open'),
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

  r.post(
    '/reconciliation/mismatches/:mismatchId/release',
    {
      schema: {
        tags: ['reconciliation'],
        summary:
          'Release a withheld payment once the bank confirms its money, with a note naming the confirmation: the day’s next deposit (or STS susulan) carries it',
        params: z.object({ regionId: z.string(), mismatchId: z.coerce.number().int().positive() }),
        body: z.strictObject({ note: z.string().trim().min(3).max(1000) }),
        response: { 200: mismatchSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, TREASURERS);
      return releaseWithheld(
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
