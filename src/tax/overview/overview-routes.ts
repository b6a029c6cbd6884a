import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { TAX_STAFF } from '../roles';
import { viewerOf } from '../viewer';
import { taxOverview } from './tax-overview';

const count = z.number().int();

/** The staff's home page figures. */
export const taxOverviewSchema = z.object({
  today: z.string(),
  waiting: z.object({ taxpayers: count, objects: count, returnsToReview: count }),
  missingReturns: z.object({
    period: z.string(),
    dueDate: z.string(),
    overdue: z.boolean(),
    count,
  }),
  arrears: z.object({ count, principal: z.number(), penalty: z.number(), total: z.number() }),
  receipts: z.object({
    month: z.string(),
    total: z.number(),
    payments: count,
    byTax: z.array(z.object({ taxCode: z.string(), amount: z.number(), payments: count })),
  }),
});

/** The staff's home page figures (region-scoped). */
export function overviewRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/tax/overview',
    {
      schema: {
        tags: ['bills'],
        summary:
          'What waits for the staff (registrations, SPTPD to review, returns missing for last month), the ' +
          'arrears totals with interest as of the day, and this month’s receipts by tax',
        querystring: z.strictObject({ on: z.iso.date().optional() }),
        response: {
          200: taxOverviewSchema,
        },
      },
    },
    async (request) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const { regionId, timeZone } = accessFor(request);
      return taxOverview(ctx.db, regionId, request.query.on ?? localDate(ctx.clock.now(), timeZone));
    },
  );
}
