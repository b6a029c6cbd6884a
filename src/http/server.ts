import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DocumentRegistry } from '../documents/document-registry';
import { type Area, documentsOf, roleLabelsOf, rolesOf } from '../platform/area';
import { mergeAuditVocabularies } from '../platform/audit-vocabulary';
import { installationSecrets } from '../platform/installation-secrets';
import { Problem } from '../platform/problem';
import { registerProblemMessages } from '../platform/problem-messages';
import type { AppContext, ServerDeps } from './context';
import { drainOversizedBodies } from './drain-body';
import { swaggerOptions } from './openapi';
import { sendProblem, toProblem } from './problem-reply';
import { docsPolicy, helmetOptions } from './security-headers';
import { regionScoped } from './tenancy';
import { validatorCompiler } from './validation';
import { serveWebApp } from './web-app';

export interface RouteEntry {
  method: string;
  url: string;
}

declare module 'fastify' {
  interface FastifyInstance {
    routeTable: RouteEntry[];
  }
}

const WEB_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../dist/web');

/** The health check's answer (the web app reads `demo` from it: its type is this schema's). */
export const healthSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
  time: z.string(),
  /** Demo mode: the web offers the sandbox's simulated payments. */
  demo: z.boolean(),
});

/**
 * Assembles the HTTP server from the areas (src/app.ts): their routes, problem messages, roles and kinds of document,
 * the OpenAPI docs, the health check and the web app, with one error shape.
 */
export async function buildServer(deps: ServerDeps, areas: readonly Area[]): Promise<FastifyInstance> {
  for (const area of areas) if (area.messages) registerProblemMessages(area.messages);
  const secrets = await installationSecrets(deps.db, deps.clock.now(), {
    session: deps.config.sessionSecret,
    document: deps.config.documentSecret,
  });
  const ctx: AppContext = {
    ...deps,
    secrets,
    roles: rolesOf(areas),
    documents: new DocumentRegistry(documentsOf(areas)),
    audit: mergeAuditVocabularies([
      ...areas.flatMap((area) => (area.audit ? [area.audit] : [])),
      // Roles in a snapshot (a grant's) read as the areas name them.
      {
        actions: {},
        fields: {
          roles: { label: { id: 'Peran', en: 'Roles' }, format: 'roles', values: roleLabelsOf(areas) },
        },
      },
    ]),
  };
  const app = Fastify({
    logger: ctx.config.logLevel === 'silent' ? false : { level: ctx.config.logLevel },
    bodyLimit: ctx.config.bodyLimitBytes,
    trustProxy: ctx.config.trustProxy,
  });
  // Every route, as registered: the tenancy test walks this list, so a new endpoint joins it by construction.
  const routeTable: RouteEntry[] = [];
  app.decorate('routeTable', routeTable);
  app.addHook('onRoute', (route) => {
    for (const method of [route.method].flat()) routeTable.push({ method, url: route.url });
  });
  // The API speaks JSON only. Without a text/plain parser a cross-site form cannot reach a handler: it gets 415.
  app.removeContentTypeParser('text/plain');
  drainOversizedBodies(app);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  app.setErrorHandler((err, request, reply) => {
    const problem = toProblem(err as Error);
    if (problem.code === 'BODY_TOO_LARGE') {
      // A route may set its own limit (the registry import does): quote the one that refused this body.
      const limit = request.routeOptions.bodyLimit ?? ctx.config.bodyLimitBytes;
      return sendProblem(request, reply, new Problem(413, 'BODY_TOO_LARGE', { limit }));
    }
    if (problem.status >= 500) request.log.error({ err }, 'request failed');
    return sendProblem(request, reply, problem);
  });
  app.setNotFoundHandler((request, reply) => {
    const wantsPage = request.method === 'GET' && !request.url.startsWith('/api/') && fs.existsSync(WEB_DIST);
    if (wantsPage) return reply.sendFile('index.html'); // client-side routes of the single-page app
    return sendProblem(request, reply, new Problem(404, 'NOT_FOUND'));
  });

  await app.register(fastifyHelmet, helmetOptions(ctx.config.production));
  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: () => new Problem(429, 'RATE_LIMITED'),
  });
  await app.register(fastifySwagger, swaggerOptions());
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    // No top bar: its Swagger logo is an SVG with an inline <style> that the docs' policy refuses.
    // The filter box finds an operation by tag among 130-odd: Swagger UI renders long lists lazily, as they scroll.
    uiConfig: { layout: 'BaseLayout', filter: true },
    staticCSP: true,
    transformStaticCSP: docsPolicy(ctx.config.production),
  });

  const api = app.withTypeProvider<ZodTypeProvider>();
  api.get('/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  api.get(
    '/health',
    {
      schema: {
        tags: ['platform'],
        summary: 'Liveness with a database round trip',
        response: {
          200: healthSchema,
        },
      },
    },
    async () => {
      try {
        await ctx.db.query('SELECT 1');
      } catch {
        throw new Problem(503, 'SERVICE_UNAVAILABLE');
      }
      return {
        status: 'ok' as const,
        database: ctx.db.kind,
        time: ctx.clock.now().toISOString(),
        demo: ctx.config.demo,
      };
    },
  );

  for (const area of areas) area.routes?.(app, ctx);
  regionScoped(app, ctx, (scope) => {
    for (const area of areas) area.regionRoutes?.(scope, ctx);
  });

  if (fs.existsSync(WEB_DIST)) {
    await serveWebApp(app, WEB_DIST);
  }
  return app;
}
