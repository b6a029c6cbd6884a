import type { FastifyRequest } from 'fastify';
import { requireSession } from '../http/authentication';
import type { AppContext } from '../http/context';
import { accessFor } from '../http/tenancy';
import { Problem } from '../platform/problem';
import { holdsAny, type Role } from '../platform/roles';
import type { Viewer } from './registry/taxpayer';
import { TAXPAYERS } from './roles';

/**
 * Bapenda staff act on every taxpayer of the region (`staffRoles`); a taxpayer, where `taxpayers` allows it,
 * acts only on records linked to their account. Anyone else is refused.
 */
export async function viewerOf(
  ctx: AppContext,
  request: FastifyRequest,
  staffRoles: readonly Role[],
  taxpayers: boolean,
): Promise<Viewer> {
  const access = accessFor(request);
  if (holdsAny(access.roles, staffRoles)) return { kind: 'staff' };
  if (taxpayers && holdsAny(access.roles, TAXPAYERS)) {
    return { kind: 'taxpayer', userId: (await requireSession(ctx, request)).userId };
  }
  throw new Problem(403, 'FORBIDDEN_ROLE');
}
