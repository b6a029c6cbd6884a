import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../http/authentication';
import { type AppContext, actorOf } from '../http/context';
import { accessFor } from '../http/tenancy';
import { appendAudit } from '../platform/audit';
import { Problem } from '../platform/problem';
import { INTENT_SELECT, type PaymentIntent } from './intents';
import { partnersOf } from './partner';
import { BANK_LOG_READERS, PAYMENT_FIXERS, PAYMENT_WATCHERS } from './roles';

export const intentSchema = z.object({
  id: z.number(),
  billId: z.number(),
  billingCode: z.string(),
  partnerId: z.string(),
  amount: z.number(),
  reference: z.string(),
  createdAt: z.date(),
  expiresAt: z.date(),
  state: z.enum(['pending', 'paid', 'expired', 'stuck', 'resolved']),
  checkedAt: z.date().nullable(),
  checkCount: z.number(),
  note: z.string().nullable(),
});

/** The region's payment partners, without their secrets. */
export const partnersSchema = z.object({
  partners: z.array(
    z.object({
      partnerId: z.string(),
      name: z.string(),
      channel: z.string(),
      vaPrefix: z.string().nullable(),
      requestsPerSecond: z.number().nullable(),
      active: z.boolean(),
    }),
  ),
});

/** The bank request log, newest first. */
export const bankRequestsSchema = z.object({
  requests: z.array(
    z.object({
      id: z.number(),
      receivedAt: z.date(),
      partnerId: z.string().nullable(),
      authenticated: z.boolean(),
      operation: z.string(),
      externalId: z.string().nullable(),
      requestBody: z.string(),
      httpStatus: z.number(),
      responseCode: z.string(),
      responseBody: z.string(),
      durationMs: z.number(),
    }),
  ),
});

/** The payment channels seen from Bapenda: partners, every bank request, and the payments stuck in between. */
export function paymentsAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/payments/partners',
    {
      schema: {
        tags: ['payments'],
        summary: 'The banks and acquirers that pay this region’s bills (secrets are never shown)',
        response: {
          200: partnersSchema,
        },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, PAYMENT_WATCHERS);
      const partners = await partnersOf(ctx.db, regionId);
      return {
        partners: partners.map(({ partnerId, name, channel, vaPrefix, requestsPerSecond, active }) => ({
          partnerId,
          name,
          channel,
          vaPrefix,
          requestsPerSecond,
          active,
        })),
      };
    },
  );

  r.get(
    '/payments/bank-requests',
    {
      schema: {
        tags: ['payments'],
        summary:
          'The bank request log: every request from this region’s partners, accepted or refused, newest first',
        querystring: z.object({
          partnerId: z.string().max(36).optional(),
          responseCode: z
            .string()
            .regex(/^\d{2}$/)
            .optional(),
          before: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(200).default(50),
        }),
        response: {
          200: bankRequestsSchema,
        },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, BANK_LOG_READERS);
      const q = request.query;
      // A refused request has no region of its own: it shows here when it claimed one of this region's partners.
      const requests = await ctx.db.query<{
        id: number;
        receivedAt: Date;
        partnerId: string | null;
        authenticated: boolean;
        operation: string;
        externalId: string | null;
        requestBody: string;
        httpStatus: number;
        responseCode: string;
        responseBody: string;
        durationMs: number;
      }>(
        `SELECT id, received_at AS "receivedAt", partner_id AS "partnerId", authenticated, operation,
           external_id AS "externalId", request_body AS "requestBody", http_status AS "httpStatus",
           response_code AS "responseCode", response_body AS "responseBody", duration_ms AS "durationMs"
         FROM bank_request
         WHERE partner_id IN (SELECT partner_id FROM payment_partner WHERE region_id = $1)
           AND ($2::text IS NULL OR partner_id = $2) AND ($3::text IS NULL OR response_code = $3)
           AND ($4::bigint IS NULL OR id < $4)
         ORDER BY id DESC LIMIT $5`,
        [regionId, q.partnerId ?? null, q.responseCode ?? null, q.before ?? null, q.limit],
      );
      return { requests };
    },
  );

  r.get(
    '/payments/intents',
    {
      schema: {
        tags: ['payments'],
        summary: 'Payments expected through a channel Balai started (QRIS, VA): stuck ones first',
        querystring: z.object({
          state: z.enum(['pending', 'paid', 'expired', 'stuck', 'resolved']).optional(),
        }),
        response: { 200: z.object({ intents: z.array(intentSchema) }) },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, PAYMENT_WATCHERS);
      const intents = await ctx.db.query<PaymentIntent>(
        `${INTENT_SELECT} WHERE i.region_id = $1 AND ($2::text IS NULL OR i.state = $2)
         ORDER BY (i.state = 'stuck') DESC, i.created_at DESC LIMIT 200`,
        [regionId, request.query.state ?? null],
      );
      return { intents };
    },
  );

  r.post(
    '/payments/intents/:intentId/resolve',
    {
      schema: {
        tags: ['payments'],
        summary: 'Settle a stuck payment by hand (after a refund or a manual posting), with the reason',
        params: z.object({ regionId: z.string(), intentId: z.coerce.number().int().positive() }),
        body: z.object({ note: z.string().trim().min(5).max(500) }),
        response: { 200: intentSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, PAYMENT_FIXERS);
      const session = await requireSession(ctx, request);
      const at = ctx.clock.now();
      return ctx.db.transaction(async (tx) => {
        const [before] = await tx.query<PaymentIntent>(
          `${INTENT_SELECT} WHERE i.region_id = $1 AND i.id = $2 FOR UPDATE OF i`,
          [regionId, request.params.intentId],
        );
        if (!before) throw new Problem(404, 'PAYMENT_INTENT_NOT_FOUND', { id: request.params.intentId });
        if (before.state !== 'stuck') throw new Problem(409, 'PAYMENT_INTENT_NOT_STUCK', { id: before.id });
        await tx.query(
          `UPDATE payment_intent SET state = 'resolved', note = $3, checked_at = $4 WHERE region_id = $1 AND id = $2`,
          [regionId, before.id, request.body.note, at],
        );
        const actor = actorOf(session, request.ip);
        await appendAudit(tx, at, {
          regionId,
          actorId: actor.userId,
          actor: actor.label,
          action: 'payment_intent.resolve',
          entity: 'payment_intent',
          entityId: String(before.id),
          ip: actor.ip,
          before: { state: before.state, note: before.note },
          after: { state: 'resolved', note: request.body.note },
        });
        return { ...before, state: 'resolved' as const, note: request.body.note, checkedAt: at };
      });
    },
  );
}
