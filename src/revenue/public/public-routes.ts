import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { publicRegionYear } from '../../platform/regions';
import { dayInYear } from '../targets/target-in-force';
import { MIN_PAYMENTS_PER_CELL, publicRevenue } from './public-figures';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });
const achievement = z.number().nullable().describe('Realised ÷ target, in percent to one decimal');

/** A region's public revenue: by tax type and month only, against the approved target in force. */
export const publicRevenueSchema = z.object({
  regionId: z.string(),
  name: z.string(),
  year: z.number(),
  day: z.string().describe('The day counted through: today in the current year, 31 December for one gone by'),
  asOf: z.date().nullable().describe('When the realisation was last brought up to date'),
  minPaymentsPerCell: z
    .number()
    .describe(
      'A tax type’s month paid by fewer payments than this is withheld, so as not to reveal one taxpayer',
    ),
  taxes: z.array(
    z.object({
      taxCode: z.string(),
      name: bilingualSchema,
      target: z.number().nullable().describe('The year’s approved target in force; null without one'),
      realised: z
        .number()
        .describe('Principal and sanctions received in the year to the day, less reversals'),
      achievementPercent: achievement,
      months: z
        .array(
          z.object({
            month: z.string(),
            target: z.number(),
            realised: z.number().nullable().describe('Null after the day, or when withheld'),
            withheld: z.boolean(),
            achievementPercent: achievement,
          }),
        )
        .length(12),
    }),
  ),
  totals: z.object({ target: z.number().nullable(), realised: z.number(), achievementPercent: achievement }),
  months: z
    .array(
      z.object({
        month: z.string(),
        target: z.number(),
        realised: z.number().nullable(),
        achievementPercent: achievement,
      }),
    )
    .length(12),
});

/** Public figures change when the rollup runs (every 30 s); a few minutes in a cache spare the database. */
const CACHE_CONTROL = 'public, max-age=300';

/**
 * The public transparency page's revenue (issue 15): no sign-in, aggregates only. Every figure is the rollup's and the
 * approved targets', the same as the staff dashboard's.
 */
export function publicRevenueRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/public/regions/:regionId/revenue',
    {
      config: { rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary:
          "The region's tax revenue against its approved target, by tax type and month: aggregates only, never a taxpayer",
        params: z.object({ regionId: z.string() }),
        querystring: z.strictObject({
          year: z.coerce
            .number()
            .int()
            .min(2000)
            .max(2999)
            .optional()
            .describe("Default: the region's current year"),
        }),
        response: { 200: publicRevenueSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = request.params;
      const { region, today, year } = await publicRegionYear(
        ctx.db,
        ctx.clock.now(),
        regionId,
        request.query.year,
      );
      const figures = await publicRevenue(ctx.db, regionId, year, dayInYear(year, today));
      reply.header('cache-control', CACHE_CONTROL);
      return { regionId, name: region.name, minPaymentsPerCell: MIN_PAYMENTS_PER_CELL, ...figures };
    },
  );
}
