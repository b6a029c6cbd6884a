import { createHash, randomBytes } from 'node:crypto';
import type { Config } from '../config';
import type { Database, Sql } from '../db/database';
import { sqlState } from '../db/database';
import { appendAudit } from './audit';
import { resetPasswordMail, signUpExistingMail, verifyEmailMail } from './mail/account-mail';
import { type Queued, recordMail } from './mail/mailer';
import { hashPassword } from './passwords';
import { Problem } from './problem';
import type { Role } from './roles';
import { tokenHash } from './sessions';
import { clearAccount } from './sign-in-throttle';
import { auditEveryRegionOf, checkPasswordStrength } from './users';

/*
 * Self-service accounts (issue 14): sign-up with email verification, and password reset by email. Tokens are random,
 * single-use and expiring; only their HMAC under the session key is stored. Requests are counted per email and per
 * client address; an email that has an account and one that has none get the same answer, in the same order.
 */

/** A sign-up's verification link lasts two days; a reset link half an hour (OWASP: short-lived). */
export const VERIFY_HOURS = 48;
export const RESET_MINUTES = 30;
/** At most this many sign-up or reset requests per email, and per client address, in one window. */
export const REQUESTS_PER_EMAIL = 3;
export const REQUESTS_PER_ADDRESS = 10;
export const REQUEST_WINDOW_MINUTES = 60;

const emailKey = (email: string) => createHash('sha256').update(email).digest('hex');

/**
 * Counts one request in each bucket (fixed windows); over the limit in any is a 429, whatever the email.
 */
export async function countRequest(db: Sql, at: Date, buckets: { bucket: string; limit: number }[]) {
  const windowStart = new Date(at.getTime() - REQUEST_WINDOW_MINUTES * 60_000);
  await db.query('DELETE FROM account_request_throttle WHERE window_started_at <= $1', [windowStart]);
  for (const { bucket, limit } of buckets) {
    const [row] = await db.query<{ requests: number }>(
      `INSERT INTO account_request_throttle AS t (bucket, window_started_at, requests) VALUES ($1, $2, 1)
       ON CONFLICT (bucket) DO UPDATE SET
         requests = CASE WHEN t.window_started_at <= $3::timestamptz THEN 1 ELSE t.requests + 1 END,
         window_started_at = CASE WHEN t.window_started_at <= $3::timestamptz THEN $2::timestamptz
           ELSE t.window_started_at END
       RETURNING requests`,
      [bucket, at, windowStart],
    );
    if ((row?.requests ?? 0) > limit) throw new Problem(429, 'RATE_LIMITED');
  }
}

function requestBuckets(kind: 'sign-up' | 'reset', email: string, ip: string | null) {
  return [
    { bucket: `${kind}:address:${ip ?? 'unknown'}`, limit: REQUESTS_PER_ADDRESS },
    { bucket: `${kind}:email:${emailKey(email)}`, limit: REQUESTS_PER_EMAIL },
  ];
}

async function issueToken(
  tx: Sql,
  secret: string,
  at: Date,
  userId: number,
  purpose: 'verify_email' | 'reset_password',
  lifetimeMs: number,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  // One live link per purpose: a new one voids those sent before.
  await tx.query('DELETE FROM account_token WHERE user_id = $1 AND purpose = $2 AND used_at IS NULL', [
    userId,
    purpose,
  ]);
  await tx.query(
    `INSERT INTO account_token (token_hash, user_id, purpose, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)`,
    [tokenHash(secret, token), userId, purpose, at, new Date(at.getTime() + lifetimeMs)],
  );
  return token;
}

/** Spends a token: unknown, already used or expired is refused with its own code. */
async function spendToken(
  tx: Sql,
  secret: string,
  at: Date,
  token: string,
  purpose: 'verify_email' | 'reset_password',
): Promise<number> {
  const hash = tokenHash(secret, token);
  const [row] = await tx.query<{ userId: number; usedAt: Date | null; expiresAt: Date }>(
    `SELECT user_id AS "userId", used_at AS "usedAt", expires_at AS "expiresAt" FROM account_token
     WHERE token_hash = $1 AND purpose = $2 FOR UPDATE`,
    [hash, purpose],
  );
  if (!row) throw new Problem(400, 'TOKEN_INVALID');
  if (row.usedAt) throw new Problem(410, 'TOKEN_USED');
  if (row.expiresAt <= at) throw new Problem(410, 'TOKEN_EXPIRED');
  await tx.query('UPDATE account_token SET used_at = $2 WHERE token_hash = $1', [hash, at]);
  return row.userId;
}

async function regionName(db: Sql, regionId: string): Promise<string> {
  const [row] = await db.query<{ name: string }>('SELECT name FROM region WHERE region_id = $1', [regionId]);
  if (!row) throw new Problem(404, 'REGION_NOT_FOUND', { regionId });
  return row.name;
}

export interface SignUp {
  name: string;
  email: string;
  password: string;
  regionId: string;
  locale: 'id' | 'en';
}

/**
 * Creates an account that cannot sign in until its email is verified, with `role` in the region chosen, and mails the
 * verification link. An email that already has an account gets no new one: its owner is told someone tried. Either
 * way the caller learns nothing but that a mail is on its way.
 */
export async function signUp(
  db: Database,
  config: Config,
  secret: string,
  at: Date,
  input: SignUp & { ip: string | null; linkBase: string; role: Role },
): Promise<Queued[]> {
  const email = input.email.trim().toLowerCase();
  checkPasswordStrength(input.password, 'password');
  await countRequest(db, at, requestBuckets('sign-up', email, input.ip));
  const region = await regionName(db, input.regionId);
  const passwordHash = await hashPassword(input.password);
  const tryCreate = () =>
    db.transaction(async (tx) => {
      const [existing] = await tx.query<{ locale: 'id' | 'en' }>(
        'SELECT locale FROM app_user WHERE email = $1',
        [email],
      );
      if (existing) {
        const text = signUpExistingMail(existing.locale, {
          region,
          forgotLink: `${input.linkBase}/#/forgot-password`,
        });
        return [
          await recordMail(tx, config, at, {
            regionId: input.regionId,
            kind: 'sign_up_existing',
            to: email,
            ...text,
          }),
        ];
      }
      const [row] = await tx.query<{ id: number }>(
        `INSERT INTO app_user (email, name, password_hash, locale, password_changed_at, created_at, email_verified)
         VALUES ($1, $2, $3, $4, $5, $5, false) RETURNING id`,
        [email, input.name.trim(), passwordHash, input.locale, at],
      );
      const id = (row as { id: number }).id;
      const token = await issueToken(tx, secret, at, id, 'verify_email', VERIFY_HOURS * 3_600_000);
      await tx.query(
        'INSERT INTO role_grant (region_id, user_id, role, granted_at) VALUES ($1, $2, $3, $4)',
        [input.regionId, id, input.role, at],
      );
      await appendAudit(tx, at, {
        regionId: input.regionId,
        actorId: id,
        actor: email,
        ip: input.ip,
        action: 'user.sign_up',
        entity: 'user',
        entityId: String(id),
        after: {
          email,
          name: input.name.trim(),
          locale: input.locale,
          roles: [input.role],
          emailVerified: false,
        },
      });
      const text = verifyEmailMail(input.locale, {
        name: input.name.trim(),
        region,
        link: `${input.linkBase}/#/verify-email?token=${token}`,
        hours: VERIFY_HOURS,
      });
      return [
        await recordMail(tx, config, at, {
          regionId: input.regionId,
          kind: 'verify_email',
          to: email,
          ...text,
        }),
      ];
    });
  try {
    return await tryCreate();
  } catch (err) {
    // Two sign-ups with one email at once: the second finds the first's account on its retry.
    if (sqlState(err) === '23505') return tryCreate();
    throw err;
  }
}

/** Spends a verification link: the account may sign in from now on. Audited in every region of the account. */
export async function verifyEmail(db: Database, secret: string, at: Date, token: string, ip: string | null) {
  return db.transaction(async (tx) => {
    const userId = await spendToken(tx, secret, at, token, 'verify_email');
    const [user] = await tx.query<{ email: string }>(
      'UPDATE app_user SET email_verified = true WHERE id = $1 RETURNING email',
      [userId],
    );
    await auditEveryRegionOf(tx, at, userId, {
      actor: { userId, label: user?.email ?? String(userId), ip },
      action: 'user.email_verified',
      after: { emailVerified: true },
    });
    return { email: user?.email ?? '' };
  });
}

/**
 * Mails a reset link to the account of `email`, if there is one; the answer is the same either way. The mail is
 * kept in the account's first region (by code): the outbox of the Pemda it belongs to.
 */
export async function requestPasswordReset(
  db: Database,
  config: Config,
  secret: string,
  at: Date,
  input: { email: string; ip: string | null; linkBase: string },
  log?: { warn(o: object, msg: string): void },
): Promise<Queued[]> {
  const email = input.email.trim().toLowerCase();
  await countRequest(db, at, requestBuckets('reset', email, input.ip));
  return db.transaction(async (tx) => {
    const [user] = await tx.query<{ id: number; name: string; locale: 'id' | 'en'; active: boolean }>(
      'SELECT id, name, locale, active FROM app_user WHERE email = $1',
      [email],
    );
    if (!user?.active) return [];
    const token = await issueToken(tx, secret, at, user.id, 'reset_password', RESET_MINUTES * 60_000);
    const [home] = await tx.query<{ regionId: string }>(
      'SELECT min(region_id) AS "regionId" FROM role_grant WHERE user_id = $1',
      [user.id],
    );
    if (!home?.regionId) {
      // An account without a role anywhere has no region whose outbox could keep its mail, nor anything to do.
      log?.warn({ userId: user.id }, 'password reset for an account with no role in any region: no mail');
      return [];
    }
    const text = resetPasswordMail(user.locale, {
      name: user.name,
      link: `${input.linkBase}/#/reset-password?token=${token}`,
      minutes: RESET_MINUTES,
    });
    return [
      await recordMail(tx, config, at, {
        regionId: home.regionId,
        kind: 'reset_password',
        to: email,
        ...text,
      }),
    ];
  });
}

/**
 * Spends a reset link: sets the new password, ends every session of the account, lifts its sign-in locks and counts
 * its email as verified (the link reached it). Audited in every region of the account.
 */
export async function resetPassword(
  db: Database,
  secret: string,
  at: Date,
  input: { token: string; newPassword: string; ip: string | null },
): Promise<void> {
  checkPasswordStrength(input.newPassword, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await db.transaction(async (tx) => {
    const userId = await spendToken(tx, secret, at, input.token, 'reset_password');
    const [user] = await tx.query<{ email: string }>(
      `UPDATE app_user SET password_hash = $2, password_changed_at = $3, email_verified = true WHERE id = $1
       RETURNING email`,
      [userId, passwordHash, at],
    );
    if (user) await clearAccount(tx, user.email);
    await tx.query('DELETE FROM user_session WHERE user_id = $1', [userId]);
    await auditEveryRegionOf(tx, at, userId, {
      actor: { userId, label: user?.email ?? String(userId), ip: input.ip },
      action: 'user.password_reset_by_email',
    });
  });
}
