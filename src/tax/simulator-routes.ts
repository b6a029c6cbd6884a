import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context';
import { Problem } from '../platform/problem';
import { findRegion, REGION_ID } from '../platform/regions';
import { amountDueOn } from '../receivables';
import { rupiah } from './api-schemas';
import { taxPolicyOn } from './policy';
import { assertCategory, taxRateOn } from './rates';
import { PBJT_SUB_TYPES, pbjtTax } from './rules/pbjt';

/** Late-payment interest as the region charges it. */
export const penaltySimulationSchema = z.object({
  months: z.number().describe('months charged: started months late, capped by the regime'),
  monthsStarted: z.number(),
  ratePerMonth: z.number().describe('decimal fraction, e.g. 0.01'),
  penalty: z.number(),
  total: z.number(),
  regime: z.enum(['HKPD', 'PDRD']),
  waivedByAmnesty: z.number(),
});

/** PBJT at the rate in force. */
export const pbjtSimulationSchema = z.object({
  rate: z.number(),
  tax: z.number(),
  legalBasis: z.string(),
  exampleOnly: z.boolean(),
});

async function hostedRegion(ctx: AppContext, regionId: string) {
  if (!REGION_ID.test(regionId) || !(await findRegion(ctx.db, regionId))) {
    throw new Problem(404, 'REGION_NOT_FOUND', { regionId });
  }
}

/**
 * Public calculators, as Bapenda websites offer, answering with the very rules and region configuration that
 * bill: no sign-in, rate-limited per client address.
 */
export function simulatorRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: 120, timeWindow: 60_000 };

  r.post(
    '/api/v1/public/simulations/penalty',
    {
      config: { rateLimit },
      schema: {
        tags: ['public'],
        summary: 'Late-payment interest on a tax paid after its due date, per the region’s rules',
        body: z.strictObject({
          regionId: z.string(),
          principal: rupiah,
          dueDate: z.iso.date(),
          paymentDate: z.iso.date(),
        }),
        response: {
          200: penaltySimulationSchema,
        },
      },
    },
    async (request) => {
      const { regionId, principal, dueDate, paymentDate } = request.body;
      await hostedRegion(ctx, regionId);
      const { policy } = await taxPolicyOn(ctx.db, regionId, paymentDate);
      const due = amountDueOn(policy, { principal, dueDate, accruesInterest: true }, paymentDate);
      return {
        months: due.chargedMonths,
        monthsStarted: due.months,
        ratePerMonth: due.ratePerMonthPpm / 1_000_000,
        penalty: due.penalty,
        total: due.total,
        regime: due.regime,
        waivedByAmnesty: due.waivedByAmnesty,
      };
    },
  );

  r.post(
    '/api/v1/public/simulations/pbjt',
    {
      config: { rateLimit },
      schema: {
        tags: ['public'],
        summary: 'PBJT on gross receipts for a sub-type, at the rate in force on a date',
        body: z.strictObject({
          regionId: z.string(),
          subType: z.enum(PBJT_SUB_TYPES),
          category: z.string().max(40).default('umum'),
          gross: rupiah,
          date: z.iso.date(),
        }),
        response: {
          200: pbjtSimulationSchema,
        },
      },
    },
    async (request) => {
      const { regionId, subType, category, gross, date } = request.body;
      await hostedRegion(ctx, regionId);
      const taxCode = `pbjt_${subType}`;
      assertCategory(taxCode, category);
      const rate = await taxRateOn(ctx.db, regionId, taxCode, category, date);
      const { policy } = await taxPolicyOn(ctx.db, regionId, date);
      return {
        rate: rate.ratePpm / 1_000_000,
        tax: pbjtTax(gross, rate.ratePpm, policy.rounding),
        legalBasis: rate.legalBasis,
        exampleOnly: rate.exampleOnly,
      };
    },
  );
}
