import { z } from 'zod';
import { CONTRACT_STATUSES, SIDES } from './contract-rules';

const figure = () => z.number().finite().min(0);

/** One item of an offer, as the OPD's head bids it and the leadership counters it. */
export const itemInputSchema = z.strictObject({
  indicatorId: z
    .number()
    .int()
    .positive()
    .describe('One of the OPD’s indicators (its own or a crosscutting share)'),
  baseline: figure().nullable().describe('Where the OPD stands ("titik nol"); required'),
  endPoint: figure().describe('The 5-year end point (the Renstra’s target for its last year)'),
  target: figure().describe('The year’s target (a range’s lower bound)'),
  targetUpper: figure().nullable().default(null).describe('A range’s upper bound; null otherwise'),
  quarters: z.array(figure()).length(4).describe('Tw1–Tw4 targets; Tw4 is the year’s'),
  timeline: z.string().trim().min(1).max(500).nullable().default(null).describe('When what is done'),
  budget: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).describe('The budget, in whole rupiah'),
  weight: z.number().positive().max(100).describe('Its weight (bobot) in percent; the items add up to 100'),
});

export const offerBodySchema = z.strictObject({
  items: z.array(itemInputSchema).min(1).max(100),
  note: z.string().trim().min(1).max(2000).nullable().default(null),
});

const itemSchema = z.object({
  indicatorId: z.number(),
  baseline: z.number().nullable(),
  endPoint: z.number(),
  target: z.number(),
  targetUpper: z.number().nullable(),
  quarters: z.array(z.number()).describe('Tw1–Tw4'),
  timeline: z.string().nullable(),
  budget: z.number().describe('Whole rupiah'),
  weight: z.number(),
});

export const roundSchema = z.object({
  id: z.number(),
  year: z.number(),
  status: z.enum(['open', 'closed']),
  openedAt: z.date(),
  openedBy: z.string(),
});

export const contractSummarySchema = z.object({
  id: z.number(),
  year: z.number(),
  opdId: z.number(),
  opdName: z.string(),
  opdShortName: z.string(),
  status: z
    .enum(CONTRACT_STATUSES)
    .describe(
      'bidding (the OPD’s offer is the latest), countered (the leadership’s is), agreed, signed (by both sides)',
    ),
  headEmployeeId: z.number(),
  headName: z.string().describe('The OPD head the contract names, who signs it'),
  agreedAt: z.date().nullable(),
  opdSignedAt: z.date().nullable(),
  opdSignerName: z.string().nullable(),
  pimpinanSignedAt: z.date().nullable(),
  pimpinanSignerName: z.string().nullable(),
  updatedAt: z.date(),
});

export const roundDetailSchema = roundSchema.extend({
  opds: z
    .array(
      z.object({
        opdId: z.number(),
        name: z.string(),
        shortName: z.string(),
        contract: contractSummarySchema.nullable().describe('Null until its head bids'),
      }),
    )
    .describe('Each OPD the caller may read, with its contract of the round'),
});

export const contractSchema = contractSummarySchema.extend({
  items: z.array(
    itemSchema.extend({
      indicatorName: z.string(),
      unit: z.string(),
      polarity: z.enum(['higher', 'lower', 'range']),
    }),
  ),
  offers: z
    .array(
      z.object({
        version: z.number(),
        side: z.enum(SIDES),
        items: z.array(itemSchema),
        note: z.string().nullable(),
        offeredBy: z.string(),
        offeredAt: z.coerce.date(),
      }),
    )
    .describe('Every bid and counter-offer, oldest first, as made'),
});

export const sideBodySchema = z.strictObject({
  side: z.enum(SIDES).describe('`opd`: the OPD’s head; `pimpinan`: the leadership'),
});
