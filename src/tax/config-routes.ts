import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../http/authentication';
import { type AppContext, actorOf } from '../http/context';
import { accessFor } from '../http/tenancy';
import { localDate } from '../platform/clock';
import { recordablePolicySchema, taxPolicyOn, taxPolicySchema } from './policy';
import { listTaxRates, recordTaxPolicy, recordTaxRate } from './rates';
import { TAX_CONFIG_EDITORS } from './roles';
import { TAX_CATEGORIES } from './rules/tax-categories';

export const rateSchema = z.object({
  taxCode: z.string(),
  category: z.string(),
  validFrom: z.string(),
  revision: z.number(),
  ratePpm: z.number(),
  legalBasis: z.string(),
  exampleOnly: z.boolean(),
});

/** A tax of UU 1/2022 with its categories. */
export const taxTypeSchema = z.object({
  code: z.string(),
  billingCode: z.string(),
  nameId: z.string(),
  nameEn: z.string(),
  assessment: z.enum(['self', 'official']),
  legalBasis: z.string(),
  categories: z.array(z.string()),
});

/** The tax policy in force from a day, with the regulation it rests on. */
export const policyVersionSchema = z.object({
  validFrom: z.string(),
  revision: z.number(),
  policy: taxPolicySchema,
  legalBasis: z.string(),
  exampleOnly: z.boolean(),
});

/** A tax policy as recorded. */
export const recordedPolicySchema = z.object({
  validFrom: z.string(),
  revision: z.number(),
  policy: taxPolicySchema,
  legalBasis: z.string(),
});

/** The taxes of UU 1/2022 are the same for every region: reference data anyone may read, like the simulators. */
export function publicTaxTypeRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/api/v1/tax/types',
    {
      schema: {
        tags: ['public'],
        summary: 'The kab/kota taxes of UU 1/2022 with their categories: reference data, no sign-in',
        response: {
          200: z.array(taxTypeSchema),
        },
      },
    },
    async () => {
      const types = await ctx.db.query<{
        code: string;
        billingCode: string;
        nameId: string;
        nameEn: string;
        assessment: 'self' | 'official';
        legalBasis: string;
      }>(
        `SELECT code, billing_code AS "billingCode", name_id AS "nameId", name_en AS "nameEn", assessment,
                legal_basis AS "legalBasis" FROM tax_type ORDER BY billing_code`,
      );
      return types.map((t) => ({ ...t, categories: [...(TAX_CATEGORIES[t.code] ?? ['umum'])] }));
    },
  );
}

/** Rates and policy of a region: everyone in the region reads them; supervisors and admins record them. */
export function taxConfigRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/tax/rates',
    {
      schema: {
        tags: ['tax configuration'],
        summary: 'Every version of every rate',
        response: { 200: z.array(rateSchema) },
      },
    },
    async (request) => listTaxRates(ctx.db, accessFor(request).regionId),
  );

  r.post(
    '/tax/rates',
    {
      schema: {
        tags: ['tax configuration'],
        summary: 'Record a rate from the Perda, effective from a date; refused outside the law’s cap or band',
        body: z.strictObject({
          taxCode: z.string().max(40),
          category: z.string().max(40).default('umum'),
          validFrom: z.iso.date(),
          ratePpm: z.number().int().min(0).max(1_000_000),
          legalBasis: z.string().trim().min(3).max(300),
        }),
        response: { 201: rateSchema },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, TAX_CONFIG_EDITORS);
      const session = await requireSession(ctx, request);
      const rate = await ctx.db.transaction((tx) =>
        recordTaxRate(tx, ctx.clock.now(), actorOf(session, request.ip), regionId, request.body),
      );
      return reply.code(201).send(rate);
    },
  );

  r.get(
    '/tax/policy',
    {
      schema: {
        tags: ['tax configuration'],
        summary: 'The tax policy in force on a day (default: today in the region)',
        querystring: z.strictObject({ on: z.iso.date().optional() }),
        response: {
          200: policyVersionSchema,
        },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request);
      return taxPolicyOn(ctx.db, regionId, request.query.on ?? localDate(ctx.clock.now(), timeZone));
    },
  );

  r.post(
    '/tax/policy',
    {
      schema: {
        tags: ['tax configuration'],
        summary: 'Record the tax policy from the Perda/Perkada, effective from a date',
        body: z.strictObject({
          validFrom: z.iso.date(),
          policy: recordablePolicySchema,
          legalBasis: z.string().trim().min(3).max(300),
        }),
        response: {
          201: recordedPolicySchema,
        },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, TAX_CONFIG_EDITORS);
      const session = await requireSession(ctx, request);
      const saved = await ctx.db.transaction((tx) =>
        recordTaxPolicy(tx, ctx.clock.now(), actorOf(session, request.ip), regionId, request.body),
      );
      return reply.code(201).send(saved);
    },
  );
}
