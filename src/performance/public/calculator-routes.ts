import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { bilingualIssue } from '../../platform/problem';
import { NATIONAL_PREDIKAT_SCALE, predikat } from '../evaluation/predikat';
import { capaian } from '../rules/capaian';
import { RuleViolation } from '../rules/rule-violation';

const capaianBody = z
  .strictObject({
    polarity: z
      .enum(['higher', 'lower', 'range'])
      .describe('higher or lower is better, or a target that is a range from `target` to `targetUpper`'),
    target: z.number().describe('The target; for a range, its lower bound. Zero or more.'),
    targetUpper: z.number().optional().describe('For a range only: its upper bound, at least `target`.'),
    realisation: z.number().describe('The realisation, in the target’s unit. Zero or more.'),
  })
  .superRefine((body, ctx) => {
    if (body.polarity === 'range' && body.targetUpper === undefined) {
      ctx.addIssue(
        bilingualIssue({ id: 'Wajib diisi untuk target berupa rentang', en: 'Required for a range target' }, [
          'targetUpper',
        ]),
      );
    }
    if (body.polarity !== 'range' && body.targetUpper !== undefined) {
      ctx.addIssue(
        bilingualIssue({ id: 'Hanya untuk target berupa rentang', en: 'Only for a range target' }, [
          'targetUpper',
        ]),
      );
    }
  });

const capaianCalculationSchema = z.object({
  capaianPercent: z.number().describe('Capaian in percent, two decimals, rounded half away from zero'),
});

const predikatCalculationSchema = z.object({
  predikat: z.enum(NATIONAL_PREDIKAT_SCALE.bands.map((b) => b.predikat)),
});

/** A rule's refusal is the caller's bad input here: 400, with the rule's code and the field to blame. */
function asBadInput<T>(compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    throw e instanceof RuleViolation ? e.problem(400) : e;
  }
}

/**
 * Public calculators beside the tax simulators, answering with the very rules the area scores with: capaian by
 * PermenPANRB 8/2021 and the SAKIP/RB predikat on the national scale. No sign-in, no region, rate-limited per client
 * address. The performance area's `routes` registers them.
 */
export function calculatorRoutes(app: FastifyInstance, _ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: 120, timeWindow: 60_000 };

  r.post(
    '/api/v1/public/calculations/capaian',
    {
      config: { rateLimit },
      schema: {
        tags: ['public'],
        summary: 'Capaian (achievement) of an indicator by PermenPANRB 8/2021’s formulas',
        description:
          'higher: realisation / target × 100. lower (kondisi khusus): (1 + (1 − realisation / target)) × 100. ' +
          'range: 100 within [target, targetUpper]; above it realisation / targetUpper × 100, below it ' +
          'realisation / target × 100. Refusals (400): VALIDATION_FAILED (a field missing or not a number, ' +
          'targetUpper missing for a range or given for another polarity), CAPAIAN_NEGATIVE_VALUE, ' +
          'CAPAIAN_RANGE_INVERTED, CAPAIAN_TARGET_ZERO, CAPAIAN_TOO_LARGE.',
        body: capaianBody,
        response: { 200: capaianCalculationSchema },
      },
    },
    async (request) => {
      const { polarity, target, targetUpper, realisation } = request.body;
      const capaianPercent = asBadInput(() =>
        polarity === 'range'
          ? // The body's schema has made sure a range comes with its upper bound.
            capaian({ polarity, target, targetUpper: targetUpper as number, realisation })
          : capaian({ polarity, target, realisation }),
      );
      return { capaianPercent };
    },
  );

  r.post(
    '/api/v1/public/calculations/sakip-predikat',
    {
      config: { rateLimit },
      schema: {
        tags: ['public'],
        summary: 'The predikat (AA…D) of a SAKIP or RB evaluation score on the national scale',
        description:
          'AA >90–100, A >80–90, BB >70–80, B >60–70, CC >50–60, C >30–50, D 0–30: a lower bound is exclusive ' +
          '(80.00 is BB, 80.01 is A). Refusals (400): VALIDATION_FAILED (score missing or not a number), ' +
          'SAKIP_SCORE_OUT_OF_RANGE (below 0 or above 100).',
        body: z.strictObject({ score: z.number().describe('The evaluation score, from 0 to 100') }),
        response: { 200: predikatCalculationSchema },
      },
    },
    async (request) => ({
      predikat: asBadInput(() => predikat(request.body.score, NATIONAL_PREDIKAT_SCALE)).predikat,
    }),
  );
}
