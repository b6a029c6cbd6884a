import { z } from 'zod';
import type { Section } from '../evaluation/lke';
import { EVALUATION_STATUSES } from './evaluations';
import { EVALUATION_FEEDS } from './feeds';
import { EVALUATION_KINDS } from './worksheets';

/*
 * The SAKIP (LKE) and RB (PMPRB) evaluations as the API reads and writes them. The worksheet and the predikat scale
 * are the engine's own shapes (evaluation/lke.ts, evaluation/predikat.ts); the engine checks what the shapes cannot
 * (weights adding up, codes used once, bands in order).
 */

const code = () => z.string().trim().min(1).max(40);
const label = z.object({ id: z.string().min(1).max(100), en: z.string().min(1).max(100) });

const answerScaleSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('choice'),
    values: z
      .record(z.string().min(1).max(10), z.number())
      .describe('Each answer and the share of the criterion it says is met, 0 to 1 (e.g. A 1, B 0.66)'),
  }),
  z.strictObject({ kind: z.literal('range'), min: z.number(), max: z.number() }),
]);

const criterionSchema = z.strictObject({
  code: code(),
  name: z.string().max(300).optional(),
  scale: z.string().min(1).max(40).describe('The name of its scale in `scales`'),
  weight: z.number().optional().describe('Only where its part weighs its items one by one (PMPRB)'),
  feed: z
    .enum(EVALUATION_FEEDS)
    .optional()
    .describe(
      "Answered from Balai's records, not typed: sakip_predikat (the latest reviewed LKE's predikat), audit_opinion " +
        '(the latest BPK opinion), audit_followup_rate (the share of audit recommendations sesuai, on a range)',
    ),
});

/** A part of the worksheet (lke.ts `Section`), at any depth. */
export const worksheetSectionSchema: z.ZodType<Section> = z
  .strictObject({
    code: code(),
    name: z.string().max(300).optional(),
    weight: z.number(),
    get sections() {
      return z.array(worksheetSectionSchema).readonly().optional();
    },
    criteria: z.array(criterionSchema).readonly().optional(),
  })
  .meta({ id: 'EvaluationWorksheetSection' });

export const worksheetSchema = z.strictObject({
  total: z.number().describe('What the top-level parts add up to: 100 for the LKE, 120 for the PMPRB'),
  scales: z.record(z.string().min(1).max(40), answerScaleSchema),
  sections: z.array(worksheetSectionSchema).readonly(),
});

export const predikatScaleSchema = z.strictObject({
  min: z.number(),
  max: z.number(),
  bands: z.array(z.strictObject({ predikat: z.string().min(1).max(4), above: z.number(), label })).readonly(),
});

export const worksheetRecordSchema = z.object({
  id: z.number(),
  kind: z.enum(EVALUATION_KINDS),
  year: z.number(),
  name: z.string(),
  worksheet: worksheetSchema,
  predikatScale: predikatScaleSchema,
  gradedPart: z.string().nullable().describe('The top-level part the predikat grades; null: the total'),
});

export const answerValueSchema = z
  .union([z.string().min(1).max(10), z.number()])
  .describe('A letter of a choice scale (A, B, Y…) or a number on a range scale');

export const evaluationSummarySchema = z.object({
  id: z.number(),
  worksheetId: z.number(),
  kind: z.enum(EVALUATION_KINDS),
  year: z.number(),
  worksheetName: z.string(),
  opdId: z.number().nullable().describe('The OPD evaluated; null: the region as a whole'),
  subject: z.string(),
  status: z.enum(EVALUATION_STATUSES),
  selfScore: z.number().nullable().describe('The graded figure from the subject’s answers, once submitted'),
  finalScore: z.number().nullable().describe('The graded figure from the final answers, once reviewed'),
  predikat: z.string().nullable(),
  openedAt: z.date(),
  submittedAt: z.date().nullable(),
  reviewedAt: z.date().nullable(),
});

const sectionScoreSchema = z
  .object({
    code: z.string(),
    weight: z.number(),
    score: z.number(),
    get sections(): z.ZodOptional<z.ZodReadonly<z.ZodArray<typeof sectionScoreSchema>>> {
      return z.array(sectionScoreSchema).readonly().optional();
    },
  })
  .meta({ id: 'EvaluationSectionScore' });

const scoredSchema = z.object({
  total: z.number(),
  graded: z.number().describe('The figure the predikat grades: the total, or the graded part’s score'),
  predikat: z.string().nullable().describe('Once every criterion is answered'),
  sections: z.array(sectionScoreSchema).readonly(),
  unanswered: z.array(z.string()).readonly(),
});

export const evaluationDetailSchema = evaluationSummarySchema.extend({
  worksheet: worksheetRecordSchema,
  answers: z.array(
    z.object({
      criterion: z.string(),
      answer: answerValueSchema.nullable(),
      evidence: z.string().nullable(),
      answeredBy: z.string().nullable(),
      answeredAt: z.date().nullable(),
      reviewAnswer: answerValueSchema.nullable().describe('Null: the subject’s answer kept'),
      reviewNote: z.string().nullable(),
      reviewedBy: z.string().nullable(),
      reviewedAt: z.date().nullable(),
    }),
  ),
  self: scoredSchema.describe('The subject’s answers scored, as they stand'),
  final: scoredSchema.nullable().describe('The final answers scored, once submitted'),
});
