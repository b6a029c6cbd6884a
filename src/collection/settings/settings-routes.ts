import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { COLLECTION_SETTERS, COLLECTION_SETTINGS_READERS } from '../roles';
import { addCollectionSettings, settingsHistory } from './collection-settings';

/** The figures of a row, as the form sends them and the history shows them (the table's checks, said to the caller). */
const figures = {
  teguranAfterDays: z
    .number()
    .int()
    .min(0)
    .max(365)
    .describe('Days after the due date before a Surat Teguran may be issued (0: the day after the due date)'),
  paksaAfterDays: z
    .number()
    .int()
    .min(1)
    .max(365)
    .describe('Days after a Surat Teguran’s date the debtor has to pay; a Surat Paksa only after them'),
  writeOffYears: z
    .number()
    .int()
    .min(1)
    .max(30)
    .describe('Years after which the right to collect lapses (kedaluwarsa penagihan)'),
  perdaRef: z
    .string()
    .trim()
    .min(1)
    .max(300)
    .nullable()
    .describe('The region’s Perda on local taxes as the letters cite it; null: named after the region'),
};

const settingsRow = z.object({
  effectiveFrom: z.string().nullable(),
  ...figures,
  perdaRef: z.string().nullable(),
});

export const collectionSettingsSchema = z.object({
  day: z.string().describe('The region’s today, on which `inForce` and each row’s standing are read'),
  inForce: settingsRow.describe('The row in force today, or the national defaults (effectiveFrom null)'),
  defaults: settingsRow.describe('The national defaults, in force where the region recorded nothing'),
  history: z
    .array(
      settingsRow.extend({
        effectiveFrom: z.string(),
        recordedAt: z.date(),
        recordedBy: z.string().nullable(),
        standing: z.enum(['in_force', 'superseded', 'scheduled']),
      }),
    )
    .describe('Every row the region recorded, the latest effective date first; rows are never changed'),
});

export function collectionSettingsRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/collection/settings',
    {
      schema: {
        tags: ['collection'],
        summary:
          'The region’s collection settings in force today (deadlines before a Surat Teguran and a Surat Paksa, ' +
          'years to kedaluwarsa, the Perda cited), the national defaults, and every row recorded',
        response: { 200: collectionSettingsSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, COLLECTION_SETTINGS_READERS);
      return settingsHistory(ctx.db, regionId, localDate(ctx.clock.now(), timeZone));
    },
  );

  r.post(
    '/collection/settings',
    {
      schema: {
        tags: ['collection'],
        summary:
          'Record the region’s collection settings from a day on (today or later): a new row, never a change to ' +
          'one; audited',
        body: z.strictObject({ effectiveFrom: z.iso.date(), ...figures }),
        response: { 201: collectionSettingsSchema },
      },
    },
    async (request, reply) => {
      const { regionId, timeZone } = accessFor(request, COLLECTION_SETTERS);
      const actor = actorOf(await requireSession(ctx, request), request.ip);
      const at = ctx.clock.now();
      const today = localDate(at, timeZone);
      await addCollectionSettings(ctx.db, at, actor, regionId, today, request.body);
      reply.code(201);
      return settingsHistory(ctx.db, regionId, today);
    },
  );
}
