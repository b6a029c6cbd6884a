import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { TAX_STAFF } from '../roles';
import { viewerOf } from '../viewer';
import { returnSchema } from './returns-routes';
import { REVIEW_SORTS, reviewQueue } from './review-queue';

/** A page of the review queue: each submitted return beside the object's earlier masa, and the falling-base check. */
export const reviewQueueSchema = z.object({
  total: z.number(),
  /** The region's setting the check used (tax policy `reviewBaseDrop`). */
  setting: z.object({ percent: z.number(), months: z.number(), minMonths: z.number() }),
  items: z.array(
    returnSchema.extend({
      taxpayerName: z.string(),
      npwpd: z.string().nullable(),
      objectName: z.string(),
      paid: z.number(),
      history: z.array(
        z.object({
          period: z.string(),
          gross: z.number(),
          tax: z.number(),
          status: z.enum(['submitted', 'verified']),
        }),
      ),
      baseDrop: z.object({
        flagged: z.boolean(),
        typicalGross: z.number().nullable(),
        dropPercent: z.number().nullable(),
        compared: z.number(),
      }),
    }),
  ),
});

/** Penelitian SPTPD: the officer's queue of submitted returns, with what to compare each with. */
export function reviewQueueRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/returns/review-queue',
    {
      schema: {
        tags: ['sptpd'],
        summary:
          "Submitted returns awaiting review, each with the object's earlier months and a falling-base check",
        description:
          "A page of `limit` returns from `offset`, with `total`, the number waiting. Each carries `history`, the same object's returns in force for the masa before its own (as many as the region's `reviewBaseDrop.months`), and `baseDrop`: `flagged` when the declared base is at least `reviewBaseDrop.percent` below the median of at least `reviewBaseDrop.minMonths` earlier masa — a thing for the officer to check, not a finding. `sort`: `submitted` (the default: waiting longest first), `taxpayer`, `period`, `gross` or `tax`; `-` before it for descending.",
        querystring: z.strictObject({
          sort: z.enum(REVIEW_SORTS).default('submitted'),
          limit: z.coerce.number().int().min(1).max(100).default(25),
          offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
        }),
        response: { 200: reviewQueueSchema },
      },
    },
    async (request) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const { regionId, timeZone } = accessFor(request);
      return reviewQueue(ctx.db, regionId, localDate(ctx.clock.now(), timeZone), request.query);
    },
  );
}
