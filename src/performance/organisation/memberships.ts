import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Role } from '../../platform/roles';
import type { Actor } from '../../platform/users';
import type { OpdRef } from '../opd-access';
import { checkPersonOfRegion } from './employees';

/** Someone who works for an OPD in Balai: their account, their roles in the region, since when and by whose grant. */
export interface Member {
  userId: number;
  name: string;
  email: string;
  roles: Role[];
  grantedAt: Date;
  grantedBy: string | null;
}

/** The people who work for an OPD, by name. */
export async function membersOf(db: Sql, regionId: string, opdId: number): Promise<Member[]> {
  return db.query<Member>(
    `SELECT m.user_id AS "userId", u.name, u.email,
            array(SELECT g.role FROM role_grant g WHERE g.region_id = $1 AND g.user_id = m.user_id ORDER BY g.role)
              AS roles,
            m.granted_at AS "grantedAt", b.name AS "grantedBy"
       FROM opd_membership m
       JOIN app_user u ON u.id = m.user_id
       LEFT JOIN app_user b ON b.id = m.granted_by
      WHERE m.region_id = $1 AND m.opd_id = $2
      ORDER BY u.name, m.user_id`,
    [regionId, opdId],
  );
}

/** The OPD a person works for in the region, by id. */
export async function opdsOf(db: Sql, regionId: string, userId: number): Promise<number[]> {
  const rows = await db.query<{ opdId: number }>(
    'SELECT opd_id AS "opdId" FROM opd_membership WHERE region_id = $1 AND user_id = $2 ORDER BY opd_id',
    [regionId, userId],
  );
  return rows.map((r) => r.opdId);
}

/**
 * Records that a person of the region works for an OPD: from now on its OPD-scoped work is theirs to do as their
 * roles allow (src/performance/opd-access.ts). Audited on the OPD.
 */
export async function grantMembership(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  opd: OpdRef,
  userId: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    await checkPersonOfRegion(tx, regionId, userId);
    const [row] = await tx.query(
      `INSERT INTO opd_membership (region_id, user_id, opd_id, granted_at, granted_by)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING user_id`,
      [regionId, userId, opd.id, at, actor.userId],
    );
    if (!row) throw new Problem(409, 'OPD_MEMBERSHIP_EXISTS', { userId, opdName: opd.name });
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'opd_membership.grant',
      entity: 'perangkat_daerah',
      entityId: String(opd.id),
      after: { userId },
    });
  });
}

/** Ends a person's work for an OPD. Audited on the OPD. */
export async function revokeMembership(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  opd: OpdRef,
  userId: number,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.query(
      'DELETE FROM opd_membership WHERE region_id = $1 AND user_id = $2 AND opd_id = $3 RETURNING user_id',
      [regionId, userId, opd.id],
    );
    if (!row) throw new Problem(404, 'OPD_MEMBERSHIP_NOT_FOUND', { userId, opdName: opd.name });
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'opd_membership.revoke',
      entity: 'perangkat_daerah',
      entityId: String(opd.id),
      before: { userId },
    });
  });
}
