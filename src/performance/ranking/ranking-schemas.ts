import { z } from 'zod';

/** The wire shapes of the rankings' routes, shared with the web app. */

const band = z.enum(['low', 'medium', 'high']);
const bilingual = z.object({ id: z.string(), en: z.string() });

export const settingsFields = {
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
export const settingsSchema = z.object({
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

export const potentialSchema = z.object({
  employeeId: z.number(),
  year: z.number(),
  potential: z.number(),
  note: z.string().nullable(),
});
