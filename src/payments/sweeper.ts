import type { Database } from '../db/database';
import { INTENT_SELECT, type PaymentIntent } from './intents';
import { findPartner } from './partner';
import { postPayment } from './post-payment';

/** What an acquirer says when asked about a payment Balai expected (its status-check API). */
export type AcquirerAnswer =
  | { paid: true; amount: number; reference: string; paidAt: Date }
  | { paid: false };

export interface Acquirer {
  status(intent: PaymentIntent): Promise<AcquirerAnswer>;
}

export interface SweepResult {
  checked: number;
  posted: number;
  expired: number;
  stuck: number;
}

/** Ask about an expectation once it is this old without a notification (DIGIT's pg-service waits 15 minutes too). */
export const SWEEP_AFTER_MS = 15 * 60 * 1000;
/** Failed status checks before an expectation is flagged for an administrator. */
export const MAX_FAILED_CHECKS = 3;

/**
 * The sweeper (domain notes §4.6 rule 4): finds payments in an unknown state — expected through a channel Balai
 * started, with no notification after 15 minutes — and resolves each by asking the acquirer: a payment it confirms
 * is posted through the one posting path (so a late notification later is a harmless retry); one it denies expires
 * at its expiry; one it cannot answer about, or one that cannot be posted (the bill was meanwhile paid elsewhere,
 * the amount differs), is flagged `stuck` with the reason for an administrator to settle.
 */
export async function sweepPayments(
  db: Database,
  at: Date,
  acquirerOf: (partnerId: string) => Acquirer | null,
): Promise<SweepResult> {
  const result: SweepResult = { checked: 0, posted: 0, expired: 0, stuck: 0 };
  const due = await db.query<PaymentIntent>(
    `${INTENT_SELECT} WHERE i.state = 'pending' AND i.created_at <= $1 ORDER BY i.created_at LIMIT 500`,
    [new Date(at.getTime() - SWEEP_AFTER_MS)],
  );
  for (const intent of due) {
    result.checked++;
    const outcome = await resolve(db, at, intent, acquirerOf(intent.partnerId));
    await db.query(
      `UPDATE payment_intent SET state = $3, note = $4, checked_at = $5, check_count = check_count + 1
       WHERE region_id = $1 AND id = $2`,
      [intent.regionId, intent.id, outcome.state, outcome.note, at],
    );
    if (outcome.posted) result.posted++;
    if (outcome.state === 'expired') result.expired++;
    if (outcome.state === 'stuck') result.stuck++;
  }
  return result;
}

async function resolve(
  db: Database,
  at: Date,
  intent: PaymentIntent,
  acquirer: Acquirer | null,
): Promise<{ state: PaymentIntent['state']; note: string | null; posted?: boolean }> {
  const partner = await findPartner(db, intent.partnerId);
  if (!acquirer || !partner) return { state: 'stuck', note: 'no status check for this partner' };
  let answer: AcquirerAnswer;
  try {
    answer = await acquirer.status(intent);
  } catch (err) {
    const failed = intent.checkCount + 1 >= MAX_FAILED_CHECKS;
    return { state: failed ? 'stuck' : 'pending', note: `status check failed: ${(err as Error).message}` };
  }
  if (!answer.paid) {
    return at >= intent.expiresAt ? { state: 'expired', note: null } : { state: 'pending', note: null };
  }
  const outcome = await postPayment(db, at, partner, {
    billingCode: intent.billingCode,
    amount: answer.amount,
    bankReference: answer.reference,
    paidAt: answer.paidAt,
  });
  switch (outcome.kind) {
    case 'posted':
      return { state: 'paid', note: `posted by the sweeper, NTPD ${outcome.payment.ntpd}`, posted: true };
    case 'replayed':
      return { state: 'paid', note: `already posted, NTPD ${outcome.payment.ntpd}` };
    case 'already_paid':
      return {
        state: 'stuck',
        note: 'the acquirer took the money but the bill was paid elsewhere: refund needed',
      };
    case 'amount_differs':
      return {
        state: 'stuck',
        note: `the acquirer took ${answer.amount}, the bill now owes ${outcome.due.total}`,
      };
    default:
      return { state: 'stuck', note: `cannot post: ${outcome.kind}` };
  }
}
