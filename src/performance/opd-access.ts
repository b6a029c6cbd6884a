import type { FastifyRequest } from 'fastify';
import type { Sql } from '../db/database';
import { requireSession } from '../http/authentication';
import type { AppContext, RegionAccess } from '../http/context';
import { accessFor } from '../http/tenancy';
import { Problem } from '../platform/problem';
import { holdsAny, type Role } from '../platform/roles';
import { REGION_WIDE_ROLES } from './roles';

/*
 * OPD tenancy, in one place, as region tenancy is in src/http/tenancy.ts. Inside a region, work that belongs to one
 * perangkat daerah (its realisation, its evidence, its contract, its people) is open to those who act for the whole
 * region (the planner, the verifier, the leadership, the administrator, the auditors) and, for the others, to the
 * OPD their memberships name (opd_membership): a performance officer or an OPD head of Dinas Kesehatan acts for Dinas
 * Kesehatan and for no other. Every OPD-scoped route asks `requireOpdAccess` before it reads or writes; every list of
 * OPD-scoped records filters by `opdScope`.
 */

/** The OPD a request acts on: its id and names, for the answer and for the audit trail. */
export interface OpdRef {
  id: number;
  name: string;
  shortName: string;
}

/** Which OPD of the region someone may act on with a set of roles: all of them, or those listed. */
export type OpdScope = { all: true } | { all: false; opdIds: number[] };

/** What the caller may act on in the region with the roles of `set` they hold there. */
export async function opdScopeOf(
  db: Sql,
  regionId: string,
  userId: number,
  roles: readonly Role[],
  set: readonly Role[],
): Promise<OpdScope> {
  const held = roles.filter((role) => set.includes(role));
  if (holdsAny(held, REGION_WIDE_ROLES)) return { all: true };
  if (held.length === 0) return { all: false, opdIds: [] };
  const rows = await db.query<{ opdId: number }>(
    `SELECT opd_id AS "opdId" FROM opd_membership WHERE region_id = $1 AND user_id = $2 ORDER BY opd_id`,
    [regionId, userId],
  );
  return { all: false, opdIds: rows.map((r) => r.opdId) };
}

/** Whether a scope includes an OPD. */
export function scopeIncludes(scope: OpdScope, opdId: number): boolean {
  return scope.all || scope.opdIds.includes(opdId);
}

/** The OPD of the region with this id; 404 OPD_NOT_FOUND when the region has none (another region's included). */
export async function findOpd(db: Sql, regionId: string, opdId: number): Promise<OpdRef> {
  const [opd] = await db.query<OpdRef>(
    `SELECT id, name, short_name AS "shortName" FROM perangkat_daerah WHERE region_id = $1 AND id = $2`,
    [regionId, opdId],
  );
  if (!opd) throw new Problem(404, 'OPD_NOT_FOUND', { opdId });
  return opd;
}

/**
 * The guard of every OPD-scoped action: the caller holds one of `set`'s roles in the region (else 403
 * FORBIDDEN_ROLE), the OPD is the region's (else 404 OPD_NOT_FOUND), and one of those roles acts for the whole region
 * or the caller works for that OPD (else 403 OPD_FORBIDDEN).
 */
export async function requireOpdAccess(
  ctx: AppContext,
  request: FastifyRequest,
  opdId: number,
  set: readonly Role[],
): Promise<{ access: RegionAccess; userId: number; opd: OpdRef }> {
  const access = accessFor(request, set);
  const { userId } = await requireSession(ctx, request);
  const opd = await findOpd(ctx.db, access.regionId, opdId);
  const scope = await opdScopeOf(ctx.db, access.regionId, userId, access.roles, set);
  if (!scopeIncludes(scope, opd.id))
    throw new Problem(403, 'OPD_FORBIDDEN', { opdId: opd.id, opdName: opd.name });
  return { access, userId, opd };
}

/** The OPD a request's caller may act on with `set` (403 FORBIDDEN_ROLE without one of its roles). */
export async function requireOpdScope(
  ctx: AppContext,
  request: FastifyRequest,
  set: readonly Role[],
): Promise<{ access: RegionAccess; userId: number; scope: OpdScope }> {
  const access = accessFor(request, set);
  const { userId } = await requireSession(ctx, request);
  return { access, userId, scope: await opdScopeOf(ctx.db, access.regionId, userId, access.roles, set) };
}
