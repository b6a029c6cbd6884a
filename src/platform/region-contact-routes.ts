import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../http/authentication';
import { type AppContext, actorOf } from '../http/context';
import { accessFor } from '../http/tenancy';
import {
  findRegionContact,
  regionContactBody,
  regionContactSchema,
  setRegionContact,
} from './region-contact';
import { AREA_EDITORS } from './roles';

/** The region's Bapenda contact and opening hours: anyone with a role in the region reads it, its administrator sets it. */
export function regionContactRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/contact',
    {
      schema: {
        tags: ['regions'],
        summary:
          "The region's Bapenda office: address, phone, e-mail, WhatsApp and opening hours (null if not set)",
        response: { 200: z.object({ contact: regionContactSchema.nullable() }) },
      },
    },
    async (request) => ({ contact: await findRegionContact(ctx.db, accessFor(request).regionId) }),
  );

  r.put(
    '/contact',
    {
      schema: {
        tags: ['regions'],
        summary: "Set the region's Bapenda contact and opening hours (the region's administrator)",
        body: regionContactBody,
        response: { 200: z.object({ contact: regionContactSchema }) },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, AREA_EDITORS);
      const actor = actorOf(await requireSession(ctx, request), request.ip);
      const contact = await ctx.db.transaction((tx) =>
        setRegionContact(tx, ctx.clock.now(), actor, regionId, request.body),
      );
      return { contact };
    },
  );
}
