import type { Sql } from '../../db/database';
import { Problem } from '../../platform/problem';
import { addDays, compareDates } from '../../tax/rules/calendar';
import { matchDay, type Statement, statementOf } from '../reconciliation/day-reconciliation';
import { mismatchKey } from '../reconciliation/match-statement';
import { findMismatches } from '../reconciliation/mismatches';
import { reversalWindowDays } from '../reverse-payment';

export interface DepositedDay {
  id: number;
  number: string;
  amount: number;
  paymentCount: number;
  depositedAt: Date;
}

/** What a deposit of one partner's day would carry, or the reason it cannot be made yet. */
export interface DepositPlan {
  statement: Statement | null;
  deposited: DepositedDay | null;
  /** The payments that go in: matched on the statement, or confirmed by the bank when they were not. */
  payments: { id: number; amount: number; channel: string }[];
  amount: number;
  /** Why the day cannot be deposited now; null when it can. */
  blocker: Problem | null;
}

async function depositOfDay(
  db: Sql,
  regionId: string,
  partnerId: string,
  day: string,
): Promise<DepositedDay | null> {
  const [row] = await db.query<DepositedDay>(
    `SELECT id, number, amount, payment_count AS "paymentCount", deposited_at AS "depositedAt" FROM deposit
     WHERE region_id = $1 AND partner_id = $2 AND day = $3`,
    [regionId, partnerId, day],
  );
  return row ?? null;
}

/**
 * The first day a day's payments may be deposited: after the last day the bank may still reverse them (the
 * region's reversal window, `reversalWindowDays`, the rule reverse-payment.ts applies), so that deposited money is never taken back.
 */
async function firstDepositDay(db: Sql, regionId: string, day: string): Promise<string> {
  return addDays(day, (await reversalWindowDays(db, regionId)) + 1);
}

/**
 * Plans the deposit of a partner's day as of `today`: the day must be out of the reversal window, its statement
 * imported, every mismatch decided, and no payment changed since the statement was matched (a mismatch found now
 * that the queue does not hold). Read with the statement locked, it is exactly what the deposit then books.
 */
export async function planDeposit(
  db: Sql,
  regionId: string,
  partnerId: string,
  day: string,
  today: string,
  options: { lock?: boolean } = {},
): Promise<DepositPlan> {
  const statement = await statementOf(db, regionId, partnerId, day, options);
  const deposited = await depositOfDay(db, regionId, partnerId, day);
  const plan = (blocker: Problem | null, payments: DepositPlan['payments'] = []): DepositPlan => ({
    statement,
    deposited,
    payments,
    amount: payments.reduce((sum, p) => sum + p.amount, 0),
    blocker,
  });
  if (deposited) {
    return plan(new Problem(409, 'DAY_ALREADY_DEPOSITED', { partnerId, day, number: deposited.number }));
  }
  const from = await firstDepositDay(db, regionId, day);
  if (compareDates(today, from) < 0) return plan(new Problem(422, 'DEPOSIT_TOO_EARLY', { day, from }));
  if (!statement) return plan(new Problem(422, 'STATEMENT_NOT_IMPORTED', { partnerId, day }));

  const queued = await findMismatches(db, regionId, { statementId: statement.id });
  const open = queued.filter((m) => m.resolution === null).length;
  if (open > 0) return plan(new Problem(409, 'MISMATCHES_OPEN', { count: open, day }));

  const { findings, payments } = await matchDay(db, regionId, statement);
  const decided = new Map(
    queued.map((m) => [`${m.kind}/${m.lineNo}/${m.paymentId}`, m.resolution?.resolution ?? null]),
  );
  const include = new Set<number>();
  let unqueued = 0;
  for (const f of findings) {
    if (f.kind === 'matched') {
      include.add(f.paymentId);
      continue;
    }
    const key = mismatchKey(f);
    const resolution = decided.get(`${f.kind}/${key.lineNo}/${key.paymentId}`);
    if (resolution === undefined) unqueued++;
    else if (resolution === 'confirmed_by_bank' && f.kind !== 'in_bank_only') include.add(f.paymentId);
  }
  if (unqueued > 0) return plan(new Problem(409, 'RECONCILIATION_OUTDATED', { count: unqueued, day }));
  const going = payments
    .filter((p) => include.has(p.id))
    .map((p) => ({ id: p.id, amount: p.amount, channel: p.channel }));
  if (going.length === 0) return plan(new Problem(422, 'NOTHING_TO_DEPOSIT', { partnerId, day }));
  return plan(null, going);
}
