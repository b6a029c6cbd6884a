import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { BankGate } from '../payments/bank-gate';
import { depositRoutes } from '../payments/deposit/deposit-routes';
import { h2hRoutes } from '../payments/h2h/h2h-routes';
import { paymentsAdminRoutes } from '../payments/payments-admin-routes';
import { qrisRoutes } from '../payments/qris/qris-routes';
import { receiptsRoutes } from '../payments/receipts/receipts-routes';
import { reconciliationRoutes } from '../payments/reconciliation/reconciliation-routes';
import { rkudRoutes } from '../payments/rkud/rkud-routes';
import { snapRoutes } from '../payments/snap/snap-routes';
import { publicAuditCheckpointRoutes } from '../platform/audit-checkpoint-routes';
import { auditRoutes } from '../platform/audit-routes';
import { authRoutes } from '../platform/auth-routes';
import { installationSecrets } from '../platform/installation-secrets';
import { Problem } from '../platform/problem';
import { publicRegionRoutes, regionRoutes } from '../platform/region-routes';
import { userRoutes } from '../platform/user-routes';
import { assessmentsRoutes } from '../tax/assessments/assessments-routes';
import { billsRoutes } from '../tax/billing/bills-routes';
import { publicTaxTypeRoutes, taxConfigRoutes } from '../tax/config-routes';
import { documentRoutes } from '../tax/documents/document-routes';
import { verifyRoutes } from '../tax/documents/verify-routes';
import { overpaymentsRoutes } from '../tax/overpayments/overpayments-routes';
import { overviewRoutes } from '../tax/overview/overview-routes';
import { registryRoutes } from '../tax/registry/registry-routes';
import { returnsRoutes } from '../tax/returns/returns-routes';
import { simulatorRoutes } from '../tax/simulator-routes';
import type { AppContext, ServerDeps } from './context';
import { drainOversizedBodies } from './drain-body';
import { swaggerOptions } from './openapi';
import { sendProblem, toProblem } from './problem-reply';
import { docsPolicy, helmetOptions } from './security-headers';
import { regionScoped } from './tenancy';
import { validatorCompiler } from './validation';

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

/** Assembles the HTTP server: API, OpenAPI docs, health check and the web app, with one error shape. */
export async function buildServer(deps: ServerDeps): Promise<FastifyInstance> {
  const secrets = await installationSecrets(deps.db, deps.clock.now(), {
    session: deps.config.sessionSecret,
    document: deps.config.documentSecret,
  });
  const ctx: AppContext = { ...deps, secrets };
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
    uiConfig: { layout: 'BaseLayout' },
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
          200: z.object({
            status: z.literal('ok'),
            database: z.enum(['pglite', 'postgres']),
            time: z.string(),
            /** Demo mode: the web offers the sandbox's simulated payments. */
            demo: z.boolean(),
          }),
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

  authRoutes(app, ctx);
  publicRegionRoutes(app, ctx);
  simulatorRoutes(app, ctx);
  publicTaxTypeRoutes(app, ctx);
  verifyRoutes(app, ctx);
  publicAuditCheckpointRoutes(app, ctx);
  // One gate for both bank APIs: a bank has one rate limit whichever it calls.
  const bankGate = new BankGate(ctx.db, ctx.config.h2hRequestsPerSecond, ctx.config.demo);
  h2hRoutes(app, ctx, bankGate);
  snapRoutes(app, ctx, bankGate);
  regionScoped(app, ctx, (scope) => {
    regionRoutes(scope, ctx);
    userRoutes(scope, ctx);
    auditRoutes(scope, ctx);
    taxConfigRoutes(scope, ctx);
    returnsRoutes(scope, ctx);
    billsRoutes(scope, ctx);
    overviewRoutes(scope, ctx);
    assessmentsRoutes(scope, ctx);
    overpaymentsRoutes(scope, ctx);
    documentRoutes(scope, ctx);
    registryRoutes(scope, ctx);
    paymentsAdminRoutes(scope, ctx);
    qrisRoutes(scope, ctx);
    rkudRoutes(scope, ctx);
    receiptsRoutes(scope, ctx);
    reconciliationRoutes(scope, ctx);
    depositRoutes(scope, ctx);
  });

  if (fs.existsSync(WEB_DIST)) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: 'index.html' });
  }
  return app;
}
