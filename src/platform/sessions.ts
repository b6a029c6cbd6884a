import { createHmac, randomBytes } from 'node:crypto';
import type { Database } from '../db/database';
import { newDeviceToken, recognisedDevice } from './known-devices';
import { burnPasswordCheck, passwordMatches } from './passwords';
import { Problem } from './problem';
import {
  accountBucket,
  claimAttempt,
  clearAfterSuccess,
  deviceBucket,
  forgetStaleBuckets,
  type ThrottlePolicy,
} from './sign-in-throttle';
import { auditEveryRegionOf } from './users';

/**
 * Cookie sessions. The cookie carries a random token; the database keeps only its HMAC under the session
 * secret, so a stolen database copy opens no session. Each session has its own CSRF token that every
 * state-changing request must echo in `X-CSRF-Token`.
 */
export interface SessionPolicy {
  secret: string;
  hours: number;
  throttle: ThrottlePolicy;
  /** Whether the server runs in demo mode: demo accounts, whose password is public, sign in only then. */
  demo: boolean;
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
  demo: boolean;
  emailVerified: boolean;
  passwordHash: string;
}

export interface SignedIn {
  token: string;
  session: SessionUser;
  expiresAt: Date;
  /** A device cookie to give the browser, when it did not present a valid one for this account. */
  newDeviceToken: string | null;
}

/**
 * Checks the password and opens a session. Each attempt first claims a place in its throttle bucket
 * (`sign-in-throttle.ts`): past `maxFailures` the bucket is locked and nothing is checked; the lock is audited.
 * An unknown email costs the same time and is throttled the same way as a wrong password.
 */
export async function login(
  db: Database,
  policy: SessionPolicy,
  at: Date,
  input: { email: string; password: string; ip: string | null; deviceToken?: string },
): Promise<SignedIn> {
  const email = input.email.trim().toLowerCase();
  const [user] = await db.query<LoginRow>(
    `SELECT id, email, name, locale, active, demo, email_verified AS "emailVerified",
            password_hash AS "passwordHash" FROM app_user WHERE email = $1`,
    [email],
  );
  const device = user ? recognisedDevice(policy.secret, input.deviceToken, user.id) : null;
  const claim = await claimAttempt(
    db,
    device ? deviceBucket(device) : accountBucket(email),
    at,
    policy.throttle,
  );
  if (!claim.claimed) throw new Problem(423, 'ACCOUNT_LOCKED', { until: claim.lockedUntil.toISOString() });
  if (!user) {
    await burnPasswordCheck(input.password);
    throw new Problem(401, 'INVALID_CREDENTIALS');
  }
  if (!(await passwordMatches(user.passwordHash, input.password))) {
    if (claim.lockedUntil) {
      await db.transaction((tx) =>
        auditEveryRegionOf(tx, at, user.id, {
          actor: { userId: null, label: 'system', ip: input.ip },
          action: 'user.lock',
          after: {
            lockedUntil: claim.lockedUntil?.toISOString(),
            failures: claim.ordinal,
            ...(device ? { knownDevice: true } : {}),
          },
        }),
      );
    }
    throw new Problem(401, 'INVALID_CREDENTIALS');
  }
  await clearAfterSuccess(db, claim);
  if (!user.active) throw new Problem(403, 'ACCOUNT_DISABLED');
  if (user.demo && !policy.demo) throw new Problem(403, 'DEMO_ACCOUNT_OUTSIDE_DEMO');
  // Said only to whoever knows the password: a self-registered account waits for its emailed link.
  if (!user.emailVerified) throw new Problem(403, 'EMAIL_NOT_VERIFIED');

  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const hash = tokenHash(policy.secret, token);
  const expiresAt = new Date(at.getTime() + policy.hours * 3_600_000);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO user_session (token_hash, user_id, csrf_token, created_at, expires_at, ip)
       VALUES ($1, $2, $3, $4, $5, $6)`,
      [hash, user.id, csrfToken, at, expiresAt, input.ip],
    );
    await tx.query('DELETE FROM user_session WHERE user_id = $1 AND expires_at <= $2', [user.id, at]);
    await forgetStaleBuckets(tx, at);
  });
  return {
    token,
    expiresAt,
    newDeviceToken: device ? null : newDeviceToken(policy.secret, user.id),
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
