import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { OUTBOX_READERS } from '../roles';
import { listOutbox } from './mailer';

export const outboxMessageSchema = z.object({
  id: z.number(),
  kind: z.string(),
  recipient: z.string(),
  subject: z.string(),
  /** Kept only in the local outbox (no SMTP configured). */
  body: z.string().nullable(),
  status: z.enum(['outbox', 'sending', 'sent', 'failed']),
  createdAt: z.date(),
  sentAt: z.date().nullable(),
  error: z.string().nullable(),
});
export const outboxSchema = z.object({ smtp: z.boolean(), messages: z.array(outboxMessageSchema) });

/** The region's mail: the outbox in the demo and tests, the delivery log with SMTP. */
export function mailRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/mail/outbox',
    {
      schema: {
        tags: ['users'],
        summary: "The region's outgoing mail, newest first (administrators)",
        querystring: z.object({ limit: z.coerce.number().int().min(1).max(500).default(100) }),
        response: { 200: outboxSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, OUTBOX_READERS);
      return {
        smtp: ctx.config.smtpUrl !== undefined,
        messages: await listOutbox(ctx.db, regionId, request.query.limit),
      };
    },
  );
}
