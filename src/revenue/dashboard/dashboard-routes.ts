import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { REVENUE_READERS } from '../roles';
import { revenueDashboard } from './dashboard';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

export const revenueForecastSchema = z.object({
  yearEnd: z.number().describe('The year’s realisation forecast at its end, in rupiah'),
  method: z
    .enum(['seasonal', 'linear', 'sum'])
    .describe(
      "`seasonal`: by earlier years' pace; `linear`: by days gone by; `sum` (totals): the taxes' forecasts summed",
    ),
  methodText: bilingualSchema.describe('The method in words, with its figures, for the screen'),
  backtestErrorPercent: z
    .number()
    .nullable()
    .describe(
      'The same method applied to last year on the same date, against what it collected (+ overshot)',
    ),
});

const figures = {
  target: z
    .number()
    .nullable()
    .describe('The year’s target in force on the day (approved); null without one'),
  targetToDate: z.number().nullable().describe('The target’s months to the day (the day’s month pro rata)'),
  realised: z.number().describe('Principal and sanctions received from 1 January to the day, less reversals'),
  achievementPercent: z.number().nullable().describe('Realised ÷ the year’s target'),
  achievementToDatePercent: z.number().nullable().describe('Realised ÷ the target to date'),
  sameDateLastYear: z
    .number()
    .nullable()
    .describe('Last year’s realisation by the same date; null if not recorded'),
  forecast: revenueForecastSchema,
};

/** The revenue dashboard: each tax and the totals against target, with forecast, and the year month by month. */
export const revenueDashboardSchema = z.object({
  year: z.number(),
  day: z.string().describe('The day counted through'),
  asOf: z
    .date()
    .nullable()
    .describe('When the realisation was last brought up to date (refreshed every 30 s)'),
  recordsBegin: z.string().nullable().describe('The first month with realisation on record (`YYYY-MM`)'),
  taxes: z.array(z.object({ taxCode: z.string(), name: bilingualSchema, ...figures })),
  totals: z.object(figures),
  months: z
    .array(
      z.object({
        month: z.string(),
        target: z.number(),
        realised: z.number().nullable().describe('Null after the day'),
        cumulativeTarget: z.number(),
        cumulativeRealised: z.number().nullable(),
      }),
    )
    .length(12),
});

export function dashboardRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/revenue/dashboard',
    {
      schema: {
        tags: ['revenue'],
        summary:
          'Revenue against target by tax as of a day: achievement, the same date last year, the year-end forecast ' +
          'with its back-test error, and the year month by month',
        querystring: z.strictObject({
          year: z.coerce
            .number()
            .int()
            .min(2000)
            .max(2999)
            .optional()
            .describe("Default: the region's current year"),
          asOf: z.iso
            .date()
            .optional()
            .describe('The day to count through (default today; kept inside the year)'),
        }),
        response: { 200: revenueDashboardSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, REVENUE_READERS);
      const today = localDate(ctx.clock.now(), timeZone);
      const year = request.query.year ?? Number((request.query.asOf ?? today).slice(0, 4));
      return revenueDashboard(ctx.db, regionId, year, request.query.asOf ?? today);
    },
  );
}
