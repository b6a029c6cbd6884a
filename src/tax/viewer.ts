import type { FastifyRequest } from 'fastify';
import { requireSession } from '../http/authentication';
import type { AppContext } from '../http/context';
import { accessFor } from '../http/tenancy';
import { Problem } from '../platform/problem';
import type { Role } from '../platform/roles';
import type { Viewer } from './registry/taxpayer';

/** Bapenda roles that see every taxpayer's records in their region (auditors read only: routes say who may write). */
export const TAX_STAFF: readonly Role[] = ['officer', 'supervisor', 'admin', 'treasurer', 'auditor'];
export const TAX_OFFICERS: readonly Role[] = ['officer', 'supervisor', 'admin'];
/** Who approves what gives up money owed or pays money back: an offset, a refund, a write-off. */
export const TAX_SUPERVISORS: readonly Role[] = ['supervisor'];

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
  if (access.roles.some((r) => staffRoles.includes(r))) return { kind: 'staff' };
  if (taxpayers && access.roles.includes('taxpayer')) {
    return { kind: 'taxpayer', userId: (await requireSession(ctx, request)).userId };
  }
  throw new Problem(403, 'FORBIDDEN_ROLE');
}
