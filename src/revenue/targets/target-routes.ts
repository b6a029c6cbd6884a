import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { bilingualIssue } from '../../platform/problem';
import { holdsAny } from '../../platform/roles';
import { taxNames } from '../dashboard/dashboard';
import { REVENUE_READERS, TARGET_APPROVERS, TARGET_EDITORS } from '../roles';
import { importTargets } from './import-targets';
import { dayInYear, targetInForce } from './target-in-force';
import {
  approveTarget,
  checkTarget,
  findTargets,
  leviedTaxCodes,
  recordTarget,
  TARGET_SPREADS,
  TARGET_STAGES,
} from './targets';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

/** A revenue target as the API gives it: its figures, decree, who entered it and whether it was approved. */
export const revenueTargetSchema = z.object({
  id: z.number(),
  year: z.number(),
  taxCode: z.string(),
  stage: z
    .enum(TARGET_STAGES)
    .describe('`murni`: APBD (original budget); `perubahan`: APBD-P (its revision)'),
  amount: z.number().describe('The year, in rupiah'),
  monthly: z.array(z.number()).length(12).describe('January … December, adding up to `amount`'),
  decreeRef: z.string(),
  decreeDate: z.string(),
  effectiveFrom: z.string(),
  recordedAt: z.date(),
  recordedBy: z.string().nullable(),
  approvedAt: z
    .date()
    .nullable()
    .describe('Null while it waits for the head of Bapenda: it does not count yet'),
  approvedBy: z.string().nullable(),
});

/** A year's targets by tax code: the one in force on the day, and every stage and revision with its approval. */
export const revenueTargetsSchema = z.object({
  year: z.number(),
  day: z.string().describe('The day the targets in force are read on (today inside the year)'),
  taxes: z.array(
    z.object({
      taxCode: z.string(),
      name: bilingualSchema,
      levied: z.boolean().describe('Whether the region has a rate for it that year (a target may be set)'),
      inForce: revenueTargetSchema.nullable(),
      history: z.array(revenueTargetSchema),
    }),
  ),
  total: z.number().nullable().describe('The targets in force, summed; null with none'),
});

const monthsFromSchema = z
  .enum(['entered', ...TARGET_SPREADS])
  .describe(
    "Where the months came from: `entered`, spread by `last_year`'s realisation, or `equal` twelfths",
  );

export const recordedTargetSchema = z.object({ target: revenueTargetSchema, monthsFrom: monthsFromSchema });

export const newTargetBody = z
  .strictObject({
    year: z.number().int(),
    taxCode: z.string().min(1).max(60),
    stage: z.enum(TARGET_STAGES),
    amount: z.number().int().describe('The year, in whole rupiah'),
    monthly: z
      .array(z.number().int())
      .length(12)
      .optional()
      .describe('January … December, adding up to `amount`; leave out to spread'),
    spread: z
      .enum(TARGET_SPREADS)
      .optional()
      .describe(
        "Without `monthly`: `last_year` (the default) spreads the year by last year's realisation month by month, " +
          '`equal` in twelfths; last year not recorded from its January also gives twelfths',
      ),
    decreeRef: z.string().trim().min(1).max(200).describe('The Perda/Perkada of the APBD or its revision'),
    decreeDate: z.iso.date(),
    effectiveFrom: z.iso.date().describe('Within the budget year'),
  })
  .superRefine((t, ctx) => {
    if (t.monthly && t.spread)
      ctx.addIssue(
        bilingualIssue(
          {
            id: 'Isi rincian bulanan atau cara membaginya, bukan keduanya',
            en: 'Give the months or a spread, not both',
          },
          ['spread'],
        ),
      );
  });

export const importTargetsBody = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.base64().describe('The CSV or XLSX file, base64-encoded'),
});

/** Targets of a file at most this large (a year has a few dozen tax codes). */
const IMPORT_MAX_BYTES = 2 * 1024 * 1024;

export function targetRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = (request: FastifyRequest) => localDate(ctx.clock.now(), accessFor(request).timeZone);
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);

  r.get(
    '/revenue/targets',
    {
      schema: {
        tags: ['revenue'],
        summary:
          "A budget year's revenue targets by tax: the one in force, and every stage and revision with its decree and approval",
        querystring: z.strictObject({ year: z.coerce.number().int().min(2000).max(2999).optional() }),
        response: { 200: revenueTargetsSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, REVENUE_READERS);
      const year = request.query.year ?? Number(today(request).slice(0, 4));
      const day = dayInYear(year, today(request));
      const [targets, levied, names] = [
        await findTargets(ctx.db, regionId, year),
        await leviedTaxCodes(ctx.db, regionId, year),
        await taxNames(ctx.db),
      ];
      const codes = [...new Set([...levied, ...targets.map((t) => t.taxCode)])].sort();
      const taxes = codes.map((taxCode) => {
        const history = targets.filter((t) => t.taxCode === taxCode);
        return {
          taxCode,
          name: names.get(taxCode) ?? { id: taxCode, en: taxCode },
          levied: levied.includes(taxCode),
          inForce: targetInForce(history, day),
          history,
        };
      });
      const inForce = taxes.flatMap((t) => (t.inForce ? [t.inForce.amount] : []));
      return { year, day, taxes, total: inForce.length ? inForce.reduce((s, a) => s + a, 0) : null };
    },
  );

  r.post(
    '/revenue/targets',
    {
      schema: {
        tags: ['revenue'],
        summary:
          'Record a revenue target or its revision (a new row; nothing is overwritten): approved at once when the head ' +
          'of Bapenda enters it, otherwise waiting for their approval',
        body: newTargetBody,
        response: { 201: recordedTargetSchema },
      },
    },
    async (request, reply) => {
      const access = accessFor(request, TARGET_EDITORS);
      const by = await actor(request);
      const at = ctx.clock.now();
      const recorded = await ctx.db.transaction(async (tx) => {
        const months = await checkTarget(tx, access.regionId, today(request), request.body);
        const target = await recordTarget(
          tx,
          at,
          by,
          access.regionId,
          { ...request.body, monthly: months.monthly },
          { approve: holdsAny(access.roles, TARGET_APPROVERS), monthsFrom: months.from },
        );
        return { target, monthsFrom: months.from };
      });
      return reply.code(201).send(recorded);
    },
  );

  r.post(
    '/revenue/targets/:targetId/approve',
    {
      schema: {
        tags: ['revenue'],
        summary:
          'Approve a target (the head of Bapenda), after which it counts from its effective date; once',
        params: z.object({ regionId: z.string(), targetId: z.coerce.number().int().positive() }),
        response: { 200: z.object({ target: revenueTargetSchema }) },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, TARGET_APPROVERS);
      const by = await actor(request);
      const target = await ctx.db.transaction((tx) =>
        approveTarget(tx, ctx.clock.now(), by, regionId, request.params.targetId),
      );
      return { target };
    },
  );

  r.post(
    '/revenue/targets/import',
    {
      bodyLimit: Math.ceil((IMPORT_MAX_BYTES * 4) / 3) + 4096,
      schema: {
        tags: ['revenue'],
        summary:
          'Import targets from a CSV or XLSX file, one row per tax code; a wrong header or a bad cell refuses the ' +
          'whole file, naming its row and column',
        description:
          'Header (Indonesian or English): `tahun|year, kode_pajak|tax_code, tahap|stage, jumlah|amount, ' +
          'dasar_hukum|decree, tanggal_dasar_hukum|decree_date, berlaku_mulai|effective_from, jan … des|dec`. ' +
          "Twelve empty months spread the year by last year's pattern. Every bad cell is listed in `errors` " +
          '(`field`: its cell, e.g. `D3`).',
        body: importTargetsBody,
        response: { 201: z.object({ imported: z.number(), targets: z.array(revenueTargetSchema) }) },
      },
    },
    async (request, reply) => {
      const access = accessFor(request, TARGET_EDITORS);
      const by = await actor(request);
      const targets = await importTargets(
        ctx.db,
        ctx.clock.now(),
        today(request),
        by,
        access.regionId,
        { fileName: request.body.fileName, content: Buffer.from(request.body.contentBase64, 'base64') },
        { approve: holdsAny(access.roles, TARGET_APPROVERS) },
      );
      return reply.code(201).send({ imported: targets.length, targets });
    },
  );
}
