import type { Database, Sql } from '../db/database';
import { sqlState } from '../db/database';
import { appendAudit } from './audit';
import type { AuditAction } from './audit-vocabulary';
import { hashPassword, PASSWORD_MIN_LENGTH } from './passwords';
import { Problem } from './problem';
import type { Role } from './roles';
import { ACCOUNT_BUCKET_SQL, clearAccount } from './sign-in-throttle';

/** Who is acting, for authorisation and the audit trail. */
export interface Actor {
  userId: number | null;
  label: string;
  ip?: string | null;
}

export const SYSTEM_ACTOR: Actor = { userId: null, label: 'system' };

export interface RegionUser {
  id: number;
  email: string;
  name: string;
  locale: 'id' | 'en';
  active: boolean;
  lockedUntil: Date | null;
  roles: Role[];
}

/**
 * A user's columns as of the moment in parameter `at`. `lockedUntil` is the lock of the account's bucket for
 * unrecognised devices (sign-in-throttle.ts), while it lasts: a lock that has run out is no lock.
 */
const userColumns = (at: string) => `u.id, u.email, u.name, u.locale, u.active,
  (SELECT t.locked_until FROM sign_in_throttle t
   WHERE t.bucket = ${ACCOUNT_BUCKET_SQL('u.email')} AND t.locked_until > ${at}) AS "lockedUntil"`;

/** Refuses a password shorter than the minimum, naming the request's field so that a form can mark it. */
export function checkPasswordStrength(password: string, field: 'password' | 'newPassword'): void {
  if (password.length < PASSWORD_MIN_LENGTH) {
    throw new Problem(422, 'WEAK_PASSWORD', { min: PASSWORD_MIN_LENGTH }, [
      {
        field,
        message: {
          id: `Minimal ${PASSWORD_MIN_LENGTH} karakter`,
          en: `At least ${PASSWORD_MIN_LENGTH} characters`,
        },
      },
    ]);
  }
}

export async function listRegionUsers(db: Sql, regionId: string, at: Date): Promise<RegionUser[]> {
  return db.query<RegionUser>(
    `SELECT ${userColumns('$2')}, array_agg(g.role ORDER BY g.role) AS roles
     FROM app_user u JOIN role_grant g ON g.user_id = u.id AND g.region_id = $1
     GROUP BY u.id ORDER BY u.name, u.id`,
    [regionId, at],
  );
}

export async function findRegionUser(
  db: Sql,
  regionId: string,
  userId: number,
  at: Date,
): Promise<RegionUser> {
  const [user] = await db.query<RegionUser>(
    `SELECT ${userColumns('$3')}, array_agg(g.role ORDER BY g.role) AS roles
     FROM app_user u JOIN role_grant g ON g.user_id = u.id AND g.region_id = $1
     WHERE u.id = $2 GROUP BY u.id`,
    [regionId, userId, at],
  );
  if (!user) throw new Problem(404, 'USER_NOT_FOUND', { userId });
  return user;
}

/** A user's regions and roles, for the shell's navigation and region switcher. */
export async function grantsOf(db: Sql, userId: number): Promise<Map<string, Role[]>> {
  const rows = await db.query<{ regionId: string; role: Role }>(
    'SELECT region_id AS "regionId", role FROM role_grant WHERE user_id = $1 ORDER BY region_id, role',
    [userId],
  );
  const grants = new Map<string, Role[]>();
  for (const r of rows) grants.set(r.regionId, [...(grants.get(r.regionId) ?? []), r.role]);
  return grants;
}

const publicView = (u: Pick<RegionUser, 'email' | 'name' | 'locale' | 'active'> & { roles?: Role[] }) => ({
  email: u.email,
  name: u.name,
  locale: u.locale,
  active: u.active,
  roles: u.roles,
});

export interface NewUser {
  email: string;
  name: string;
  password: string;
  locale?: 'id' | 'en';
  roles: Role[];
}

export async function createUser(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  input: NewUser,
): Promise<RegionUser> {
  checkPasswordStrength(input.password, 'password');
  const email = input.email.trim().toLowerCase();
  const passwordHash = await hashPassword(input.password);
  const roles = [...new Set(input.roles)].sort();
  try {
    return await db.transaction(async (tx) => {
      const [row] = await tx.query<{ id: number }>(
        `INSERT INTO app_user (email, name, password_hash, locale, password_changed_at, created_at)
         VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
        [email, input.name.trim(), passwordHash, input.locale ?? 'id', at],
      );
      const id = (row as { id: number }).id;
      for (const role of roles) {
        await tx.query(
          'INSERT INTO role_grant (region_id, user_id, role, granted_at) VALUES ($1, $2, $3, $4)',
          [regionId, id, role, at],
        );
      }
      const user: RegionUser = {
        id,
        email,
        name: input.name.trim(),
        locale: input.locale ?? 'id',
        active: true,
        lockedUntil: null,
        roles,
      };
      await appendAudit(tx, at, {
        regionId,
        actorId: actor.userId,
        actor: actor.label,
        ip: actor.ip,
        action: 'user.create',
        entity: 'user',
        entityId: String(id),
        after: publicView(user),
      });
      return user;
    });
  } catch (err) {
    if (sqlState(err) === '23505') throw new Problem(409, 'EMAIL_TAKEN', { email });
    throw err;
  }
}

/** A region must never be left without an active administrator to manage it. */
async function assertAdminRemains(tx: Sql, regionId: string): Promise<void> {
  const [row] = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM role_grant g JOIN app_user u ON u.id = g.user_id
     WHERE g.region_id = $1 AND g.role = 'admin' AND u.active`,
    [regionId],
  );
  if (!row || row.n === 0) throw new Problem(409, 'LAST_ADMIN');
}

/**
 * An administrator acts on an account only if every region where it holds roles is one they administer:
 * otherwise an admin of one Pemda could take over an account that also works for another.
 */
async function assertWithinAuthority(tx: Sql, actor: Actor, userId: number): Promise<void> {
  if (actor.userId === null) return;
  const [row] = await tx.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM role_grant g
     WHERE g.user_id = $1 AND NOT EXISTS (
       SELECT 1 FROM role_grant a WHERE a.user_id = $2 AND a.region_id = g.region_id AND a.role = 'admin')`,
    [userId, actor.userId],
  );
  if (row && row.n > 0) throw new Problem(403, 'USER_OUTSIDE_AUTHORITY');
}

export interface UserChange {
  name?: string;
  locale?: 'id' | 'en';
  active?: boolean;
  roles?: Role[];
}

export async function updateUser(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  userId: number,
  change: UserChange,
): Promise<RegionUser> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT id FROM app_user WHERE id = $1 FOR UPDATE', [userId]);
    const before = await findRegionUser(tx, regionId, userId, at);
    if (change.name !== undefined || change.locale !== undefined || change.active !== undefined) {
      // The account's shared rows are written before the authority check reads the account's roles in every region
      // (a refusal still takes the whole transaction back): a distributed database (Citus) refuses to change a table
      // copied to every node after a statement that ran on several nodes at once in the same transaction.
      await tx.query(
        `UPDATE app_user SET name = coalesce($2, name), locale = coalesce($3, locale), active = coalesce($4, active)
         WHERE id = $1`,
        [userId, change.name?.trim() ?? null, change.locale ?? null, change.active ?? null],
      );
      if (change.active === false) await tx.query('DELETE FROM user_session WHERE user_id = $1', [userId]);
      await assertWithinAuthority(tx, actor, userId);
    }
    if (change.roles !== undefined) {
      const roles = [...new Set(change.roles)];
      await tx.query(
        'DELETE FROM role_grant WHERE region_id = $1 AND user_id = $2 AND NOT (role = ANY($3::text[]))',
        [regionId, userId, roles],
      );
      for (const role of roles) {
        await tx.query(
          `INSERT INTO role_grant (region_id, user_id, role, granted_at) VALUES ($1, $2, $3, $4)
           ON CONFLICT DO NOTHING`,
          [regionId, userId, role, at],
        );
      }
    }
    await assertAdminRemains(tx, regionId);
    const after = await findRegionUser(tx, regionId, userId, at).catch(() => ({
      ...before,
      roles: [] as Role[],
    }));
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'user.update',
      entity: 'user',
      entityId: String(userId),
      before: publicView(before),
      after: publicView(after),
    });
    return after;
  });
}

/** Sets a new password, ends the user's sessions and lifts any lockout; audited in every region of the user. */
export async function setPassword(
  db: Database,
  at: Date,
  actor: Actor,
  userId: number,
  newPassword: string,
  action: 'user.password_change' | 'user.password_reset',
  keepSessionHash?: string,
): Promise<void> {
  checkPasswordStrength(newPassword, 'newPassword');
  const passwordHash = await hashPassword(newPassword);
  await db.transaction(async (tx) => {
    // Shared rows first, then what reads every region (the authority check, the audit): see updateUser.
    const [user] = await tx.query<{ email: string }>(
      'UPDATE app_user SET password_hash = $2, password_changed_at = $3 WHERE id = $1 RETURNING email',
      [userId, passwordHash, at],
    );
    if (user) await clearAccount(tx, user.email);
    await tx.query('DELETE FROM user_session WHERE user_id = $1 AND token_hash IS DISTINCT FROM $2', [
      userId,
      keepSessionHash ?? null,
    ]);
    if (action === 'user.password_reset') await assertWithinAuthority(tx, actor, userId);
    await auditEveryRegionOf(tx, at, userId, { actor, action });
  });
}

/** Security events about an account are recorded in the chain of every region where it holds a role. */
export async function auditEveryRegionOf(
  tx: Sql,
  at: Date,
  userId: number,
  e: { actor: Actor; action: AuditAction; before?: unknown; after?: unknown },
): Promise<void> {
  const regions = await tx.query<{ regionId: string }>(
    'SELECT DISTINCT region_id AS "regionId" FROM role_grant WHERE user_id = $1 ORDER BY 1',
    [userId],
  );
  for (const { regionId } of regions) {
    await appendAudit(tx, at, {
      regionId,
      actorId: e.actor.userId,
      actor: e.actor.label,
      ip: e.actor.ip,
      action: e.action,
      entity: 'user',
      entityId: String(userId),
      before: e.before,
      after: e.after,
    });
  }
}

/** What a person may change about themselves: the name others see and the language the application speaks. */
export interface ProfileChange {
  name?: string;
  locale?: 'id' | 'en';
}

/** Changes one's own name or language; audited in every region where the account holds a role. */
export async function updateOwnProfile(
  db: Database,
  at: Date,
  actor: Actor,
  userId: number,
  change: ProfileChange,
): Promise<{ name: string; locale: 'id' | 'en' }> {
  return db.transaction(async (tx) => {
    const [before] = await tx.query<{ name: string; locale: 'id' | 'en' }>(
      'SELECT name, locale FROM app_user WHERE id = $1 FOR UPDATE',
      [userId],
    );
    if (!before) throw new Problem(404, 'USER_NOT_FOUND', { userId });
    const after = { name: change.name?.trim() ?? before.name, locale: change.locale ?? before.locale };
    await tx.query('UPDATE app_user SET name = $2, locale = $3 WHERE id = $1', [
      userId,
      after.name,
      after.locale,
    ]);
    await auditEveryRegionOf(tx, at, userId, { actor, action: 'user.profile_change', before, after });
    return after;
  });
}

/** Gives an existing account roles in one more region (a multi-region auditor, a bank serving two Pemda). */
export async function grantRoles(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  userId: number,
  roles: Role[],
): Promise<void> {
  await db.transaction(async (tx) => {
    for (const role of roles) {
      await tx.query(
        'INSERT INTO role_grant (region_id, user_id, role, granted_at) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING',
        [regionId, userId, role, at],
      );
    }
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'user.grant',
      entity: 'user',
      entityId: String(userId),
      after: { roles },
    });
  });
}
