import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { Problem } from '../platform/problem';
import { REGION_ID } from '../platform/regions';
import type { Role } from '../platform/roles';
import { requireSession } from './authentication';
import type { AppContext, RegionAccess } from './context';

export const REGION_PREFIX = '/api/v1/regions/:regionId';

/**
 * Tenancy in one place. Every route registered through `regionScoped` lives under `/api/v1/regions/:regionId`
 * and passes this guard before its handler: the caller must be signed in and hold a role in that region,
 * otherwise the answer is 404 — the same as for a region that does not exist, so nothing leaks.
 */
export function regionScoped(
  app: FastifyInstance,
  ctx: AppContext,
  routes: (scope: FastifyInstance, ctx: AppContext) => void,
): void {
  app.register(
    async (scope) => {
      scope.addHook('onRequest', async (request) => {
        const { regionId } = request.params as { regionId: string };
        if (!REGION_ID.test(regionId)) throw new Problem(400, 'BAD_REGION_CODE');
        const session = await requireSession(ctx, request);
        const rows = await ctx.db.query<Omit<RegionAccess, 'roles'> & { role: Role }>(
          `SELECT r.region_id AS "regionId", r.name, r.time_zone AS "timeZone", g.role
           FROM role_grant g JOIN region r ON r.region_id = g.region_id
           WHERE g.region_id = $1 AND g.user_id = $2`,
          [regionId, session.userId],
        );
        const first = rows[0];
        if (!first) throw new Problem(404, 'REGION_NOT_FOUND', { regionId });
        request.access = {
          regionId: first.regionId,
          name: first.name,
          timeZone: first.timeZone,
          roles: rows.map((r) => r.role),
        };
      });
      routes(scope.withTypeProvider<ZodTypeProvider>(), ctx);
    },
    { prefix: REGION_PREFIX },
  );
}

/** The region the guard admitted the caller to; refuses with 403 unless they hold one of `roles` there. */
export function accessFor(request: FastifyRequest, roles?: readonly Role[]): RegionAccess {
  const access = request.access;
  if (!access) throw new Error('accessFor() used outside a regionScoped route');
  if (roles && !access.roles.some((r) => roles.includes(r))) throw new Problem(403, 'FORBIDDEN_ROLE');
  return access;
}
