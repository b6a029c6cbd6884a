import type { Sql } from '../../db/database';
import { addDays, compareDates } from '../../platform/calendar';
import { Problem } from '../../platform/problem';
import { lockDay, matchDay, type Statement, statementOf } from '../reconciliation/day-reconciliation';
import { findMismatches } from '../reconciliation/find-mismatches';
import { mismatchKey } from '../reconciliation/match-statement';
import { isOpen, type Mismatch } from '../reconciliation/mismatches';
import { reversalWindowDays } from '../reverse-payment';

export interface DepositedDay {
  id: number;
  number: string;
  amount: number;
  paymentCount: number;
  depositedAt: Date;
}

/**
 * Where a live payment of the day stands towards the treasury account:
 * - deposited: an STS of the day carries it;
 * - ready: matched on the statement, confirmed by the bank, or released after it was withheld; the next deposit
 *   carries it;
 * - withheld: the treasurer withheld it (its money is not confirmed) and has not released it;
 * - undecided: its mismatch waits in the queue;
 * - unmatched: posted or changed since the statement was last matched; matching again queues it.
 */
export type PaymentStanding = 'deposited' | 'ready' | 'withheld' | 'undecided' | 'unmatched';

/** What the next deposit of one partner's day would carry, or the reason it cannot be made yet. */
export interface DepositPlan {
  statement: Statement | null;
  /** The day's first STS, once made. */
  deposited: DepositedDay | null;
  /** Its follow-up STS (STS susulan), oldest first. */
  followUps: DepositedDay[];
  /** The payments that go in: matched on the statement, or confirmed by the bank when they were not. */
  payments: { id: number; amount: number; channel: string }[];
  amount: number;
  /** Each live payment of the day that no STS carries yet, and why. */
  undeposited: { id: number; amount: number; standing: Exclude<PaymentStanding, 'deposited'> }[];
  /** Why the day cannot be deposited now; null when it can. */
  blocker: Problem | null;
}

/** The day's deposits: its first STS, then its follow-ups in order. */
export async function depositsOfDay(
  db: Sql,
  regionId: string,
  partnerId: string,
  day: string,
): Promise<DepositedDay[]> {
  return db.query<DepositedDay>(
    `SELECT id, number, amount, payment_count AS "paymentCount", deposited_at AS "depositedAt" FROM deposit
     WHERE region_id = $1 AND partner_id = $2 AND day = $3 ORDER BY sequence`,
    [regionId, partnerId, day],
  );
}

/**
 * The first day a day's payments may be deposited: after the last day the bank may still reverse them (the
 * region's reversal window, `reversalWindowDays`, the rule reverse-payment.ts applies), so that deposited money is never taken back.
 */
async function firstDepositDay(db: Sql, regionId: string, day: string): Promise<string> {
  return addDays(day, (await reversalWindowDays(db, regionId)) + 1);
}

/**
 * Plans the next deposit of a partner's day as of `today`: the day must be out of the reversal window, its statement
 * imported, every mismatch decided, and no payment changed since the statement was matched (a mismatch found now
 * that the queue does not hold). Read with the day locked, it is exactly what the deposit then books.
 *
 * The same rules plan the day's first STS and each follow-up (STS susulan): a follow-up carries what is ready and
 * not yet deposited, which is a payment posted onto the day after its first STS (matched, or confirmed by the bank
 * once the statement was matched again) or one whose mismatch was decided after it. A day with nothing left to
 * deposit is "already deposited".
 */
export async function planDeposit(
  db: Sql,
  regionId: string,
  partnerId: string,
  day: string,
  today: string,
  options: { lock?: boolean } = {},
): Promise<DepositPlan> {
  if (options.lock) await lockDay(db, regionId, partnerId, day);
  const statement = await statementOf(db, regionId, partnerId, day, options);
  const [deposited = null, ...followUps] = await depositsOfDay(db, regionId, partnerId, day);
  const plan = (
    blocker: Problem | null,
    payments: DepositPlan['payments'] = [],
    undeposited: DepositPlan['undeposited'] = [],
  ): DepositPlan => ({
    statement,
    deposited,
    followUps,
    payments,
    amount: payments.reduce((sum, p) => sum + p.amount, 0),
    undeposited,
    blocker,
  });
  const from = await firstDepositDay(db, regionId, day);
  if (compareDates(today, from) < 0) return plan(new Problem(422, 'DEPOSIT_TOO_EARLY', { day, from }));
  if (!statement) return plan(new Problem(422, 'STATEMENT_NOT_IMPORTED', { partnerId, day }));

  const queued = await findMismatches(db, regionId, { statementId: statement.id });
  const { findings, payments } = await matchDay(db, regionId, statement);
  const standing = new Map<number, PaymentStanding>();
  const alreadyDeposited = deposited
    ? await depositedPayments(
        db,
        regionId,
        payments.map((p) => p.id),
      )
    : new Set();
  const decided = new Map(queued.map((m) => [`${m.kind}/${m.lineNo}/${m.paymentId}`, decisionStanding(m)]));
  let unqueued = 0;
  for (const f of findings) {
    if (f.kind === 'matched') {
      standing.set(f.paymentId, 'ready');
      continue;
    }
    const key = mismatchKey(f);
    const queuedStanding = decided.get(`${f.kind}/${key.lineNo}/${key.paymentId}`);
    if (queuedStanding === undefined) unqueued++;
    if (f.kind === 'in_bank_only') continue;
    standing.set(f.paymentId, queuedStanding ?? 'unmatched');
  }
  const going: DepositPlan['payments'] = [];
  const undeposited: DepositPlan['undeposited'] = [];
  for (const p of payments) {
    if (p.reversed || alreadyDeposited.has(p.id)) continue;
    const s = standing.get(p.id) as Exclude<PaymentStanding, 'deposited'>;
    undeposited.push({ id: p.id, amount: p.amount, standing: s });
    if (s === 'ready') going.push({ id: p.id, amount: p.amount, channel: p.channel });
  }

  const open = queued.filter(isOpen).length;
  if (open > 0) return plan(new Problem(409, 'MISMATCHES_OPEN', { count: open, day }), [], undeposited);
  if (unqueued > 0) {
    return plan(new Problem(409, 'RECONCILIATION_OUTDATED', { count: unqueued, day }), [], undeposited);
  }
  if (going.length === 0) {
    return plan(
      deposited
        ? new Problem(409, 'DAY_ALREADY_DEPOSITED', { partnerId, day, number: deposited.number })
        : new Problem(422, 'NOTHING_TO_DEPOSIT', { partnerId, day }),
      [],
      undeposited,
    );
  }
  return plan(null, going, undeposited);
}

/** Where a queued mismatch leaves its payment: waiting for a decision, or decided to go or to stay out. */
function decisionStanding(m: Mismatch): 'undecided' | 'ready' | 'withheld' {
  if (m.resolution === null) return 'undecided';
  return m.resolution.resolution === 'confirmed_by_bank' || m.release !== null ? 'ready' : 'withheld';
}

/** Which of these payments an STS already carries. */
async function depositedPayments(db: Sql, regionId: string, ids: number[]): Promise<Set<number>> {
  const rows = await db.query<{ id: number }>(
    `SELECT payment_id AS id FROM deposit_payment WHERE region_id = $1 AND payment_id = ANY($2::bigint[])`,
    [regionId, ids],
  );
  return new Set(rows.map((r) => Number(r.id)));
}
