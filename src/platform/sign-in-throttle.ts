import { createHash } from 'node:crypto';
import type { Sql } from '../db/database';

/**
 * Sign-in throttling that holds under any concurrency: an attempt **claims** a place in its bucket, in one atomic
 * statement, before its password is checked. Once a bucket's claims reach the limit it is locked, and a claim on a
 * locked bucket is refused without checking anything; so however many guesses arrive at the same moment, no more
 * than the limit are ever checked per lock. Each further lock lasts twice as long as the one before (backoff, capped
 * at 64 times), until a successful sign-in.
 *
 * Buckets (docs/architecture.md, "Sign-in"): every email has one for devices it does not recognise — an email that
 * belongs to no account too, so that an unknown email answers exactly like a known one, lock included —, and each
 * device where the account has signed in before has its own (`known-devices.ts`). Someone guessing an
 * administrator's password locks only the unrecognised-device bucket; the administrator signs in from their own
 * device as usual.
 */
export interface ThrottlePolicy {
  maxFailures: number;
  lockMinutes: number;
}

/** The bucket of attempts on `email` from devices the account does not recognise. */
export function accountBucket(email: string): string {
  return `account:${createHash('sha256').update(email.trim().toLowerCase()).digest('hex')}`;
}

/** The bucket of attempts from one device the account has signed in from before. */
export function deviceBucket(deviceId: string): string {
  return `device:${deviceId}`;
}

/** The same bucket key, computed by SQL for an account's email (the users list shows the account's lock). */
export const ACCOUNT_BUCKET_SQL = (email: string) =>
  `'account:' || encode(sha256(convert_to(${email}, 'UTF8')), 'hex')`;

export type Claim =
  /** Go ahead and check the password; `ordinal` is this attempt's place since the last success. */
  | { claimed: true; bucket: string; ordinal: number; lockedUntil: Date | null }
  /** The bucket is locked: nothing is checked. */
  | { claimed: false; bucket: string; lockedUntil: Date };

/** Longest lock, as a multiple of the first: 64 × 15 minutes is 16 hours. */
const BACKOFF_CAP_EXPONENT = 6;

/**
 * Claims one attempt. A lock that has run out starts a new count; the claim that reaches the limit sets the lock
 * (and is still checked). Claims of one bucket serialise on its row, on PGlite and on a server alike.
 */
export async function claimAttempt(
  db: Sql,
  bucket: string,
  at: Date,
  policy: ThrottlePolicy,
): Promise<Claim> {
  // Each lock's end, by how many locks came before it (capped): worked out here, not in SQL, since a distributed
  // database (Citus) runs the upsert's SET on the table's nodes and takes only immutable functions there; adding an
  // interval to a timestamptz depends on the session's time zone.
  const lockEnds = Array.from(
    { length: BACKOFF_CAP_EXPONENT + 1 },
    (_, locks) => new Date(at.getTime() + policy.lockMinutes * 60_000 * 2 ** locks),
  );
  const [row] = await db.query<{ failures: number; lockedUntil: Date | null }>(
    `INSERT INTO sign_in_throttle AS t (bucket, failures, locked_until, locks, last_attempt_at)
     VALUES ($1, 1, CASE WHEN $3::int <= 1 THEN ($4::timestamptz[])[1] END, CASE WHEN $3::int <= 1 THEN 1 ELSE 0 END,
             $2::timestamptz)
     ON CONFLICT (bucket) DO UPDATE SET
       failures = CASE WHEN t.locked_until IS NULL THEN t.failures + 1 ELSE 1 END,
       locked_until = CASE WHEN (CASE WHEN t.locked_until IS NULL THEN t.failures + 1 ELSE 1 END) >= $3::int
         THEN ($4::timestamptz[])[least(t.locks, ${BACKOFF_CAP_EXPONENT}) + 1]
         END,
       locks = t.locks + CASE WHEN (CASE WHEN t.locked_until IS NULL THEN t.failures + 1 ELSE 1 END) >= $3::int
         THEN 1 ELSE 0 END,
       last_attempt_at = $2::timestamptz
     WHERE t.locked_until IS NULL OR t.locked_until <= $2::timestamptz
     RETURNING failures, locked_until AS "lockedUntil"`,
    [bucket, at, policy.maxFailures, lockEnds],
  );
  if (row) return { claimed: true, bucket, ordinal: row.failures, lockedUntil: row.lockedUntil };
  const [locked] = await db.query<{ lockedUntil: Date }>(
    'SELECT locked_until AS "lockedUntil" FROM sign_in_throttle WHERE bucket = $1',
    [bucket],
  );
  return { claimed: false, bucket, lockedUntil: locked?.lockedUntil ?? at };
}

/**
 * A right password clears its bucket, unless attempts claimed after it are still being checked: those keep counting,
 * so a success in the middle of a burst of guesses does not hand the burst a fresh allowance.
 */
export async function clearAfterSuccess(db: Sql, claim: Claim & { claimed: true }): Promise<void> {
  await db.query('DELETE FROM sign_in_throttle WHERE bucket = $1 AND failures = $2', [
    claim.bucket,
    claim.ordinal,
  ]);
}

/** Lifts every lock of an account (a new password set by its owner or an administrator). */
export async function clearAccount(db: Sql, email: string): Promise<void> {
  await db.query('DELETE FROM sign_in_throttle WHERE bucket = $1', [accountBucket(email)]);
}

/** Buckets untouched for this long are forgotten, so that made-up emails do not pile up. */
const FORGET_AFTER_MS = 30 * 24 * 3_600_000;

export async function forgetStaleBuckets(db: Sql, at: Date): Promise<void> {
  await db.query(
    'DELETE FROM sign_in_throttle WHERE last_attempt_at < $1 AND (locked_until IS NULL OR locked_until < $1)',
    [new Date(at.getTime() - FORGET_AFTER_MS)],
  );
}
