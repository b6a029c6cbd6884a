import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { TAX_STAFF, TAX_SUPERVISORS } from '../roles';
import { viewerOf } from '../viewer';
import { overpaymentsAwaitingSkpdlb } from './awaiting-skpdlb';
import { offsetOverpayment } from './offset-overpayment';
import { refundOverpayment } from './refund-overpayment';

const assessmentParams = z.object({ regionId: z.string(), assessmentId: z.coerce.number().int().positive() });

/** Credits from pembetulan that no SKPDLB has assessed yet. */
export const awaitingSkpdlbSchema = z.object({
  items: z.array(
    z.object({
      taxpayerId: z.number(),
      objectId: z.number(),
      objectName: z.string(),
      taxCode: z.string(),
      period: z.string(),
      returnId: z.number(),
      amount: z.number(),
    }),
  ),
});

/** A kompensasi: what of the SKPDLB's overpayment settled which bills. */
export const offsetSchema = z.object({
  assessmentId: z.number(),
  used: z.number(),
  remaining: z.number(),
  items: z.array(
    z.object({
      billId: z.number(),
      billingCode: z.string(),
      principal: z.number(),
      interest: z.number(),
      settles: z.boolean(),
    }),
  ),
});

/** A restitusi as recorded. */
export const refundSchema = z.object({
  assessmentId: z.number(),
  amount: z.number(),
  refundDate: z.string(),
  reference: z.string(),
  journalId: z.number(),
});

/**
 * Overpayments: credits awaiting an SKPDLB (issued through POST /assessments), and a supervisor's kompensasi or
 * restitusi of an SKPDLB.
 */
export function overpaymentsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const decided = async (request: FastifyRequest) => {
    const { regionId, timeZone } = accessFor(request, TAX_SUPERVISORS);
    const at = ctx.clock.now();
    const actor = actorOf(await requireSession(ctx, request), request.ip);
    return { regionId, at, today: localDate(at, timeZone), actor };
  };

  r.get(
    '/overpayments',
    {
      schema: {
        tags: ['overpayments'],
        summary: 'Credits from pembetulan, per object and masa pajak, that no SKPDLB has assessed yet',
        querystring: z.strictObject({ taxpayerId: z.coerce.number().int().positive().optional() }),
        response: {
          200: awaitingSkpdlbSchema,
        },
      },
    },
    async (request) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      return {
        items: await overpaymentsAwaitingSkpdlb(ctx.db, accessFor(request).regionId, {
          taxpayerId: request.query.taxpayerId,
        }),
      };
    },
  );

  r.post(
    '/assessments/:assessmentId/offset',
    {
      schema: {
        tags: ['overpayments'],
        summary:
          "Kompensasi: a supervisor sets an SKPDLB's overpayment off against the taxpayer's open bills (all, or those listed), oldest first",
        params: assessmentParams,
        body: z.strictObject({ billIds: z.array(z.number().int().positive()).min(1).max(200).optional() }),
        response: {
          200: offsetSchema,
        },
      },
    },
    async (request) => {
      const { regionId, at, today, actor } = await decided(request);
      return offsetOverpayment(ctx.db, at, today, actor, {
        regionId,
        assessmentId: request.params.assessmentId,
        billIds: request.body.billIds,
      });
    },
  );

  r.post(
    '/assessments/:assessmentId/refund',
    {
      schema: {
        tags: ['overpayments'],
        summary:
          "Restitusi: a supervisor records the refund of what is left of an SKPDLB's overpayment, with its date and reference",
        params: assessmentParams,
        body: z.strictObject({
          refundDate: z.iso.date(),
          reference: z.string().trim().min(1).max(80),
        }),
        response: {
          200: refundSchema,
        },
      },
    },
    async (request) => {
      const { regionId, at, today, actor } = await decided(request);
      return refundOverpayment(ctx.db, at, today, actor, {
        regionId,
        assessmentId: request.params.assessmentId,
        ...request.body,
      });
    },
  );
}
