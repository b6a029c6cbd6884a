import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { requireOpdScope } from '../opd-access';
import { RANKING_EDITORS, RANKING_READERS } from '../roles';
import { id } from '../route-schemas';
import { rankingSettingsRows, recomputeRanking, recordHeadPotential, recordRankingSettings } from './ranking';
import type { Quarter } from './ranking-rules';
import { DEFAULT_RANKING_SETTINGS, rankingSettingsInForce } from './ranking-settings';
import { rankingView } from './ranking-view';

const year = () => z.coerce.number().int().min(2000).max(2100);
const quarter = () => z.coerce.number().int().min(1).max(4);
const band = z.enum(['low', 'medium', 'high']);
const bilingual = z.object({ id: z.string(), en: z.string() });

const settingsFields = {
  capaianCapPercent: z
    .number()
    .min(100)
    .max(1000)
    .describe('The most one indicator’s capaian counts for, percent'),
  missedBelowPercent: z.number().min(0).max(200).describe('A quarter’s score below this misses the target'),
  atRiskBelowPercent: z.number().min(0).max(200).describe('A pace below this puts the OPD at risk'),
  missedQuartersInRow: z
    .number()
    .int()
    .min(1)
    .max(20)
    .describe('Quarters missed in a row before the improvement period'),
  improveMonths: z.number().int().min(0).max(36).describe('Months to improve before a competency assessment'),
  performanceMediumFrom: z.number().min(0).max(1000),
  performanceHighFrom: z.number().min(0).max(1000),
  potentialMediumFrom: z.number().min(0).max(100),
  potentialHighFrom: z.number().min(0).max(100),
};
const settingsSchema = z.object({
  effectiveFrom: z.string().nullable().describe('The first day the rules count; null: the defaults'),
  ...settingsFields,
});

const rowSchema = z.object({
  opdId: z.number(),
  opdName: z.string(),
  opdShortName: z.string(),
  score: z.number().nullable().describe('Weighted capaian of the quarter, percent; null: nothing to measure'),
  rank: z.number().nullable().describe('1 is best; equal scores share a rank'),
  pace: z.number().nullable().describe('Weighted capaian against the pro-rata yearly target, percent'),
  atRisk: z.boolean().describe('Pace below the region’s threshold: the early warning'),
  previousScore: z.number().nullable(),
  trend: z.enum(['up', 'down', 'same', 'new']),
  indicators: z.number(),
  unreported: z
    .number()
    .describe('Indicators without an accepted realisation for the quarter (counted as 0%)'),
  overdueFollowUps: z.number().describe('Audit recommendations past their deadline and not closed'),
  headEmployeeId: z.number().nullable(),
  headName: z.string().nullable(),
});

export const rankingSchema = z.object({
  year: z.number(),
  quarter: z.number(),
  computedAt: z.date(),
  settings: settingsSchema,
  opds: z
    .array(rowSchema)
    .describe('The OPD ranking, best first; each head is ranked with the OPD they head'),
  atRisk: z.array(rowSchema),
  rotationCandidates: z
    .array(
      z.object({
        opdId: z.number(),
        opdName: z.string(),
        headEmployeeId: z.number(),
        headName: z.string().nullable(),
        stage: z.enum(['improvement_period', 'competency_assessment']),
        missed: z.array(z.object({ year: z.number(), quarter: z.number(), score: z.number() })),
        improveUntil: z.string(),
        reasons: z.array(bilingual),
      }),
    )
    .describe('A recommendation with its reasons for those who decide; never a decision'),
  nineBox: z.array(
    z.object({
      employeeId: z.number(),
      name: z.string().nullable(),
      opdId: z.number(),
      opdName: z.string(),
      score: z.number(),
      potential: z.number().nullable(),
      performanceBand: band,
      potentialBand: band.nullable(),
      box: z.number().nullable().describe('1 (low–low) … 9 (high–high), left to right, bottom to top'),
    }),
  ),
});

const potentialSchema = z.object({
  employeeId: z.number(),
  year: z.number(),
  potential: z.number(),
  note: z.string().nullable(),
});

/** The quarterly rankings (issue 16) under `/performance`. */
export function rankingRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = (request: FastifyRequest) => localDate(ctx.clock.now(), accessFor(request).timeZone);
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);
  const tags = ['performance'];
  const currentQuarter = (day: string) => ({
    year: Number(day.slice(0, 4)),
    quarter: Math.ceil(Number(day.slice(5, 7)) / 3) as Quarter,
  });

  r.get(
    '/performance/rankings',
    {
      schema: {
        tags,
        summary:
          "A quarter's OPD and head rankings by weighted capaian, with trend, the at-risk list, rotation candidates " +
          'with their reasons and the 9-box; open to everyone in performance management. Recomputed first when stale',
        querystring: z.strictObject({
          year: year().optional().describe('This year by default'),
          quarter: quarter().optional().describe('The running quarter by default'),
        }),
        response: { 200: rankingSchema },
      },
    },
    async (request) => {
      const { access } = await requireOpdScope(ctx, request, RANKING_READERS);
      const day = today(request);
      const now = currentQuarter(day);
      const y = request.query.year ?? now.year;
      const q = (request.query.quarter ?? (y === now.year ? now.quarter : 4)) as Quarter;
      return rankingView(ctx.db, ctx.clock.now(), day, access.regionId, y, q);
    },
  );

  r.post(
    '/performance/rankings/recompute',
    {
      schema: {
        tags,
        summary: "Recompute a quarter's ranking now (planner). Audited",
        body: z.strictObject({ year: year(), quarter: quarter() }),
        response: { 200: rankingSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, RANKING_EDITORS);
      const day = today(request);
      const q = request.body.quarter as Quarter;
      await recomputeRanking(
        ctx.db,
        ctx.clock.now(),
        day,
        await actor(request),
        regionId,
        request.body.year,
        q,
      );
      return rankingView(ctx.db, ctx.clock.now(), day, regionId, request.body.year, q);
    },
  );

  r.get(
    '/performance/ranking-settings',
    {
      schema: {
        tags,
        summary: "The region's ranking rules: every recorded row, the defaults and the row in force today",
        response: {
          200: z.object({
            inForce: settingsSchema,
            defaults: settingsSchema,
            rows: z.array(settingsSchema),
          }),
        },
      },
    },
    async (request) => {
      const { access } = await requireOpdScope(ctx, request, RANKING_READERS);
      const rows = await rankingSettingsRows(ctx.db, access.regionId);
      return {
        inForce: rankingSettingsInForce(rows, today(request)),
        defaults: DEFAULT_RANKING_SETTINGS,
        rows,
      };
    },
  );

  r.put(
    '/performance/ranking-settings/:effectiveFrom',
    {
      schema: {
        tags,
        summary: "Record the region's ranking rules from a day on (planner). Audited",
        params: z.object({ regionId: z.string(), effectiveFrom: z.iso.date() }),
        body: z.strictObject(settingsFields),
        response: { 200: settingsSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, RANKING_EDITORS);
      return recordRankingSettings(ctx.db, ctx.clock.now(), await actor(request), regionId, {
        ...request.body,
        effectiveFrom: request.params.effectiveFrom,
      });
    },
  );

  r.put(
    '/performance/head-potentials/:employeeId/:year',
    {
      schema: {
        tags,
        summary:
          "Record a head's potential for a year, 0–100, from the region's assessment (planner). Audited",
        params: z.object({ regionId: z.string(), employeeId: id(), year: year() }),
        body: z.strictObject({
          potential: z.number().min(0).max(100).multipleOf(0.01),
          note: z.string().trim().min(1).max(1000).nullable().default(null),
        }),
        response: { 200: potentialSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, RANKING_EDITORS);
      return recordHeadPotential(ctx.db, ctx.clock.now(), await actor(request), regionId, {
        employeeId: request.params.employeeId,
        year: request.params.year,
        ...request.body,
      });
    },
  );
}
