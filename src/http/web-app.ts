import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';

/**
 * How the built web app (dist/web) is delivered. A taxpayer's first visit is often on a slow phone, so:
 * - every text file of the build is sent compressed, brotli or gzip as the browser accepts, from copies made once at
 *   build time (`precompressWebBuild`, run by vite.config.ts), never compressed again per request;
 * - Vite's hashed assets (`/assets/index-<hash>.js|css`) never change under their name: cached for a year,
 *   `immutable`, so a return visit loads nothing but the page;
 * - index.html, which names the current assets, is `no-cache`: revalidated on every visit, so a new release is
 *   picked up at once.
 */
export const IMMUTABLE = 'public, max-age=31536000, immutable';
export const REVALIDATE = 'no-cache';

/** Vite's content-hashed output: `assets/<name>-<hash>.<ext>`. */
const HASHED = /[/\\]assets[/\\][^/\\]+-[A-Za-z0-9_-]{8,}\.[a-z0-9]+(\.br|\.gz)?$/;

export function cacheControlOf(filePath: string): string {
  return HASHED.test(filePath) ? IMMUTABLE : REVALIDATE;
}

/** Serves the web build under `/`, its precompressed copies to browsers that accept them. */
export async function serveWebApp(app: FastifyInstance, root: string): Promise<void> {
  await app.register(fastifyStatic, {
    root,
    wildcard: false,
    index: ['index.html'],
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => {
      reply.header('cache-control', cacheControlOf(filePath));
    },
  });
}
