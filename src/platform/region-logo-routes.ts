import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../http/authentication';
import { type AppContext, actorOf } from '../http/context';
import { accessFor } from '../http/tenancy';
import { Problem } from './problem';
import { findRegionLogo, LOGO_MAX_BYTES, logoPath, removeRegionLogo, setRegionLogo } from './region-logo';
import { REGION_ID } from './regions';
import { LOGO_EDITORS } from './roles';

export const logoSchema = z.object({
  mediaType: z.enum(['image/png', 'image/jpeg']),
  width: z.number().int(),
  height: z.number().int(),
  sha256: z.string(),
  /** The public, cacheable address of this version. */
  url: z.string(),
});

/** A versioned address names one image for ever; an unversioned one may change at the next upload. */
const VERSIONED = 'public, max-age=31536000, immutable';
const UNVERSIONED = 'public, max-age=300';

/** Anyone reads a region's logo: the sign-in page shows it before anyone signs in. */
export function publicLogoRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/v1/public/regions/:regionId/logo',
    {
      config: { rateLimit: { max: 600, timeWindow: 60_000 } },
      schema: {
        tags: ['public'],
        summary: "The region's logo (PNG or JPEG), cacheable; with `?v=` its version, cached for a year",
        params: z.object({ regionId: z.string().regex(REGION_ID) }),
        querystring: z.object({ v: z.string().max(64).optional() }),
        produces: ['image/png', 'image/jpeg'],
        response: { 200: z.any().describe('the image'), 304: z.null().describe('not modified') },
      },
    },
    async (request, reply) => {
      const logo = await findRegionLogo(ctx.db, request.params.regionId);
      if (!logo) throw new Problem(404, 'LOGO_NOT_FOUND');
      const etag = `"${logo.sha256}"`;
      const { v } = request.query;
      reply
        .header('cache-control', v && logo.sha256.startsWith(v) ? VERSIONED : UNVERSIONED)
        .header('etag', etag)
        .header('x-content-type-options', 'nosniff');
      if (request.headers['if-none-match'] === etag) return reply.code(304).send(null);
      return reply.type(logo.mediaType).send(Buffer.from(logo.image));
    },
  );
}

/** The region's administrator sets or removes its logo. */
export function regionLogoRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.put(
    '/logo',
    {
      // The image travels as base64 in JSON (the API speaks JSON only): a third more than the file's bytes.
      bodyLimit: 2 * LOGO_MAX_BYTES + 4096,
      schema: {
        tags: ['regions'],
        summary: "Set the region's logo: a PNG or JPEG (an SVG drawn to PNG by the browser), at most 256 KB",
        body: z.strictObject({ image: z.base64().max(2 * LOGO_MAX_BYTES) }),
        response: { 200: logoSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, LOGO_EDITORS);
      const session = await requireSession(ctx, request);
      const data = Buffer.from(request.body.image, 'base64');
      const logo = await ctx.db.transaction((tx) =>
        setRegionLogo(tx, ctx.clock.now(), actorOf(session, request.ip), regionId, data),
      );
      const { mediaType, width, height, sha256 } = logo;
      return { mediaType, width, height, sha256, url: logoPath(regionId, sha256) };
    },
  );

  r.delete(
    '/logo',
    {
      schema: {
        tags: ['regions'],
        summary: "Remove the region's logo",
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, LOGO_EDITORS);
      const session = await requireSession(ctx, request);
      await ctx.db.transaction((tx) =>
        removeRegionLogo(tx, ctx.clock.now(), actorOf(session, request.ip), regionId),
      );
      return reply.code(204).send(null);
    },
  );
}
