import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate, type TimeZone } from '../../platform/clock';
import { bilingualMessage } from '../../platform/problem';
import { LKJIP_READERS, LKJIP_WRITERS } from '../roles';
import { bandSettings, bandsInForce, setBands } from './capaian-bands';

const bandSchema = z.object({
  from: z.number().min(0).max(1000).describe('The lower bound in percent (a bound written "> 85" is 85.01)'),
  label: z.string().trim().min(1).max(60).describe('How a capaian in the band reads, e.g. "Sangat Baik"'),
});

const bandsInForceSchema = z.object({
  effectiveFrom: z.iso
    .date()
    .nullable()
    .describe('From when; null: the default (Kab. Sampang’s, UNCONFIRMED)'),
  bands: z.array(bandSchema).describe('The highest bound first'),
});

export const capaianBandsSchema = z.object({
  inForce: bandsInForceSchema.describe('The bands in force today'),
  settings: z
    .array(
      bandsInForceSchema.extend({
        effectiveFrom: z.iso.date(),
        setAt: z.date(),
        setBy: z.string().nullable(),
      }),
    )
    .describe('Every setting the region has recorded, the latest first'),
});

export function capaianBandRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['performance'];
  const answer = async (regionId: string, timeZone: TimeZone) => ({
    inForce: await bandsInForce(ctx.db, regionId, localDate(ctx.clock.now(), timeZone)),
    settings: await bandSettings(ctx.db, regionId),
  });

  r.get(
    '/performance/capaian-bands',
    {
      schema: {
        tags,
        summary:
          'The bands the region reads a capaian in (its LKjIP interpretation table): in force and recorded',
        params: z.object({ regionId: z.string() }),
        response: { 200: capaianBandsSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, LKJIP_READERS);
      return answer(regionId, timeZone);
    },
  );

  r.put(
    '/performance/capaian-bands',
    {
      schema: {
        tags,
        summary:
          'Set the region’s capaian bands from a day on (a second setting from the same day replaces it); audited',
        params: z.object({ regionId: z.string() }),
        body: z.strictObject({
          effectiveFrom: z.iso.date(),
          bands: z
            .array(bandSchema)
            .min(1)
            .max(10)
            .refine((bands) => new Set(bands.map((b) => b.label)).size === bands.length, {
              // The draft counts its indicators per band by the band's name.
              message: bilingualMessage({
                id: 'Setiap kategori harus bernama berbeda',
                en: 'Each band needs a name of its own',
              }),
            }),
        }),
        response: { 200: capaianBandsSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, LKJIP_WRITERS);
      const actor = actorOf(await requireSession(ctx, request), request.ip);
      await setBands(ctx.db, ctx.clock.now(), actor, regionId, request.body);
      return answer(regionId, timeZone);
    },
  );
}
