import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { POPULATION_EDITORS, POPULATION_READERS, REVENUE_READERS } from '../roles';
import { crossRegionRevenue } from './cross-region';
import { populationHistory, recordPopulation } from './population';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

export const populationFigureSchema = z.object({
  id: z.number(),
  year: z.number(),
  population: z.number(),
  source: z.string(),
  enteredAt: z.date(),
  enteredBy: z.string().nullable().describe('Who entered it; null for a figure the system seeded (the demo)'),
});

/** The region's population figures: the latest year's latest entry, and every entry. */
export const populationSchema = z.object({
  current: populationFigureSchema.nullable(),
  history: z
    .array(populationFigureSchema)
    .describe('The latest year first; within a year the latest entry first'),
});

export const newPopulationBody = z.strictObject({
  year: z.number().int().min(1900).max(2999),
  population: z.number().int().positive().max(100_000_000),
  source: z
    .string()
    .trim()
    .min(1)
    .max(200)
    .describe('Where the figure comes from, e.g. `BPS, Kota Malang Dalam Angka 2025`'),
});

const figures = {
  target: z.number().nullable(),
  realised: z.number(),
  achievementPercent: z.number().nullable(),
  realisedPerCapita: z.number().nullable().describe('Realised ÷ population, whole rupiah'),
  targetPerCapita: z.number().nullable(),
};

/** Every region of the deployment in aggregate: totals and by tax type, with per capita figures. */
export const crossRegionSchema = z.object({
  year: z.number(),
  regions: z.array(
    z.object({
      regionId: z.string(),
      name: z.string(),
      day: z.string(),
      asOf: z.date().nullable(),
      population: z.object({ year: z.number(), population: z.number(), source: z.string() }).nullable(),
      totals: z.object(figures),
      taxes: z.array(z.object({ taxCode: z.string(), name: bilingualSchema, ...figures })),
    }),
  ),
});

export function crossRegionRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/population',
    {
      schema: {
        tags: ['revenue'],
        summary: "The region's population by year, with each figure's source (for revenue per capita)",
        response: { 200: populationSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, POPULATION_READERS);
      const history = await populationHistory(ctx.db, regionId);
      return { current: history[0] ?? null, history };
    },
  );

  r.put(
    '/population',
    {
      schema: {
        tags: ['revenue'],
        summary:
          "Enter the region's population for a year with its source (its administrator); a correction is a new entry",
        body: newPopulationBody,
        response: { 200: z.object({ figure: populationFigureSchema }) },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, POPULATION_EDITORS);
      const by = actorOf(await requireSession(ctx, request), request.ip);
      const figure = await ctx.db.transaction((tx) =>
        recordPopulation(tx, ctx.clock.now(), by, regionId, request.body),
      );
      return { figure };
    },
  );

  r.get(
    '/revenue/cross-region',
    {
      schema: {
        tags: ['revenue'],
        summary:
          'Every region of the deployment side by side: realisation against target in total and by tax type, per ' +
          'capita — aggregates only, never another region’s payments or taxpayers',
        querystring: z.strictObject({
          year: z.coerce
            .number()
            .int()
            .min(2000)
            .max(2999)
            .optional()
            .describe("Default: the region's current year"),
        }),
        response: { 200: crossRegionSchema },
      },
    },
    async (request) => {
      const { timeZone } = accessFor(request, REVENUE_READERS);
      const now = ctx.clock.now();
      const year = request.query.year ?? Number(localDate(now, timeZone).slice(0, 4));
      return { year, regions: await crossRegionRevenue(ctx.db, now, year) };
    },
  );
}
