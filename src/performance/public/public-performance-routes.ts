import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { publicRegionYear } from '../../platform/regions';
import { publicOpinionSchema } from '../audit-findings/audit-findings-routes';
import { rankingSettingsRows } from '../ranking/ranking';
import { rankingSettingsInForce } from '../ranking/ranking-settings';
import { publicPerformance } from './public-performance';

const percent = z.number().nullable();
const quarter = z.number().int().min(1).max(4);
const evaluationYear = z.object({ year: z.number(), score: z.number(), predikat: z.string() });

/** The public page's figures: signed contracts and accepted realisations, finished evaluations, BPK opinions. */
export const publicPerformanceSchema = z.object({
  regionId: z.string(),
  name: z.string(),
  year: z.number(),
  day: z.string().describe('The region’s day the figures are counted through'),
  capaianCapPercent: z.number().describe('The most one indicator’s capaian counts for in a quarter’s score'),
  opds: z.array(
    z.object({
      id: z.number(),
      name: z.string(),
      shortName: z.string(),
      headName: z.string().describe('The head who signed the Perjanjian Kinerja'),
      signedAt: z.date().nullable(),
      quarters: z
        .array(
          z.object({
            quarter,
            scorePercent: percent.describe(
              'Weighted capaian of the quarter as the ranking counts it; null before the quarter ends with nothing accepted',
            ),
          }),
        )
        .length(4),
      items: z.array(
        z.object({
          indicatorId: z.number(),
          name: z.string(),
          unit: z.string(),
          polarity: z.enum(['higher', 'lower', 'range']),
          weight: z.number().describe('Bobot in the contract, percent'),
          baseline: z.number(),
          target: z.number(),
          targetUpper: z.number().nullable(),
          quarters: z
            .array(
              z.object({
                quarter,
                target: z.number(),
                realisation: z.number().nullable().describe('Accepted by the verifier; null otherwise'),
                capaianPercent: percent,
              }),
            )
            .length(4),
        }),
      ),
    }),
  ),
  sakip: z.array(evaluationYear).describe('The region’s SAKIP evaluation (LKE) year on year, once finished'),
  rb: z.array(evaluationYear).describe('The region’s RB self-assessment (PMPRB) year on year, once finished'),
  auditOpinions: publicOpinionSchema.shape.opinions,
});

/**
 * The public transparency page of performance management (issue 16): no sign-in; each OPD's signed contract and its
 * quarterly achievement, the SAKIP and RB predikat and the BPK opinion by year.
 */
export function publicPerformanceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/v1/public/regions/:regionId/performance',
    {
      config: { rateLimit: { max: 120, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary:
          "The region's performance in the open: each OPD's signed contract and quarterly achievement, SAKIP and RB predikat, BPK opinions",
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
        response: { 200: publicPerformanceSchema },
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
      // The region's cap on one indicator's capaian as the ranking of the year's last quarter counted so far reads it.
      const lastDay = `${year}-12-31` < today ? `${year}-12-31` : today;
      const settings = rankingSettingsInForce(await rankingSettingsRows(ctx.db, regionId), lastDay);
      const figures = await publicPerformance(ctx.db, regionId, year, today, settings.capaianCapPercent);
      reply.header('cache-control', 'public, max-age=300');
      return {
        regionId,
        name: region.name,
        day: today,
        capaianCapPercent: settings.capaianCapPercent,
        ...figures,
      };
    },
  );
}
