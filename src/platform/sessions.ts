import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../db/database';
import { burnPasswordCheck, passwordMatches } from './passwords';
import { Problem } from './problem';
import { auditEveryRegionOf } from './users';

/**
 * Cookie sessions. The cookie carries a random token; the database keeps only its HMAC under the session
 * secret, so a stolen database copy opens no session. Each session has its own CSRF token that every
 * state-changing request must echo in `X-CSRF-Token`.
 */
export interface SessionPolicy {
  secret: string;
  hours: number;
  maxFailures: number;
  lockMinutes: number;
}

export interface SessionUser {
  userId: number;
  email: string;
  name: string;
  locale: 'id' | 'en';
  csrfToken: string;
  tokenHash: string;
}

export function tokenHash(secret: string, token: string): string {
  return createHmac('sha256', secret).update(token).digest('hex');
}

interface LoginRow {
  id: number;
  email: string;
  name: string;
  locale: 'id' | 'en';
  active: boolean;
  passwordHash: string;
  failedLogins: number;
  lockedUntil: Date | null;
}

/**
 * Checks the password and opens a session. After `maxFailures` wrong passwords in a row the account is locked
 * for `lockMinutes`; the lock is audited. An unknown email costs the same time as a wrong password.
 */
export async function login(
  db: Database,
  policy: SessionPolicy,
  at: Date,
  input: { email: string; password: string; ip: string | null },
): Promise<{ token: string; session: SessionUser; expiresAt: Date }> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db.query<LoginRow>(
    `SELECT id, email, name, locale, active, password_hash AS "passwordHash", failed_logins AS "failedLogins",
            locked_until AS "lockedUntil"
     FROM app_user WHERE email = $1`,
    [email],
  );
  if (!user) {
    await burnPasswordCheck(input.password);
    throw new Problem(401, 'INVALID_CREDENTIALS');
  }
  if (user.lockedUntil && user.lockedUntil > at) {
    throw new Problem(423, 'ACCOUNT_LOCKED', { until: user.lockedUntil.toISOString() });
  }
  if (!(await passwordMatches(user.passwordHash, input.password))) {
    await recordFailure(db, policy, at, user, input.ip);
    throw new Problem(401, 'INVALID_CREDENTIALS');
  }
  if (!user.active) throw new Problem(403, 'ACCOUNT_DISABLED');

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const hash = tokenHash(policy.secret, token);
  const expiresAt = new Date(at.getTime() + policy.hours * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.query('UPDATE app_user SET failed_logins = 0, locked_until = NULL WHERE id = $1', [user.id]);
    await tx.query(
      `INSERT INTO user_session (token_hash, user_id, csrf_token, created_at, expires_at, ip)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [hash, user.id, csrfToken, at, expiresAt, input.ip],
    );
    await tx.query('DELETE FROM user_session WHERE user_id = $1 AND expires_at <= $2', [user.id, at]);
  });
  return {
    token,
    expiresAt,
    session: {
      userId: user.id,
      email: user.email,
      name: user.name,
      locale: user.locale,
      csrfToken,
      tokenHash: hash,
    },
  };
}

async function recordFailure(
  db: Database,
  policy: SessionPolicy,
  at: Date,
  user: LoginRow,
  ip: string | null,
): Promise<void> {
  await db.transaction(async (tx) => {
    const [row] = await tx.query<{ failedLogins: number }>(
      `UPDATE app_user SET failed_logins = failed_logins + 1 WHERE id = $1 RETURNING failed_logins AS "failedLogins"`,
      [user.id],
    );
    if (row && row.failedLogins >= policy.maxFailures) {
      const until = new Date(at.getTime() + policy.lockMinutes * 60_000);
      await tx.query('UPDATE app_user SET failed_logins = 0, locked_until = $2 WHERE id = $1', [
        user.id,
        until,
      ]);
      await auditEveryRegionOf(tx, at, user.id, {
        actor: { userId: null, label: 'system', ip },
        action: 'user.lock',
        after: { lockedUntil: until.toISOString(), failures: row.failedLogins },
      });
    }
  });
}

export type SessionLookup = { session: SessionUser } | { expired: true } | null;

export async function findSession(
  db: Database,
  secret: string,
  token: string,
  at: Date,
): Promise<SessionLookup> {
  const hash = tokenHash(secret, token);
  const [row] = await db.query<SessionUser & { expiresAt: Date; active: boolean }>(
    `SELECT s.user_id AS "userId", u.email, u.name, u.locale, s.csrf_token AS "csrfToken", s.token_hash AS "tokenHash",
            s.expires_at AS "expiresAt", u.active
     FROM user_session s JOIN app_user u ON u.id = s.user_id WHERE s.token_hash = $1`,
    [hash],
  );
  if (!row?.active) return null;
  if (row.expiresAt <= at) return { expired: true };
  const { expiresAt: _e, active: _a, ...session } = row;
  return { session };
}

export async function logout(db: Database, tokenHashValue: string): Promise<void> {
  await db.query('DELETE FROM user_session WHERE token_hash = $1', [tokenHashValue]);
}
