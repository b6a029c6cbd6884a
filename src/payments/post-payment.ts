import { createHash } from 'node:crypto';
import type { Database, Sql } from '../db/database';
import { localDate } from '../platform/clock';
import { Problem } from '../platform/problem';
import type { AmountDue } from '../tax/billing/amount-due';
import { settleBill } from '../tax/billing/pay-bill';
import { quoteBill } from '../tax/billing/quote-bill';
import { formatNtpd } from './ntpd';
import type { Partner } from './partner';

/** A bank's report that a bill was paid, as every channel (H2H, SNAP VA, QRIS) hands it to the one posting path. */
export interface PaymentReport {
  billingCode: string;
  amount: number;
  /** The bank's own transaction reference (NTB, RRN, paymentRequestId): unique per partner, the retry key. */
  bankReference: string;
  /** When the customer paid at the bank; interest is counted to its local day. */
  paidAt: Date;
}

/** A posted payment as the bank is told about it. */
export interface PostedPayment {
  ntpd: string;
  billingCode: string;
  amount: number;
  paidAt: Date;
  reversed: boolean;
}

export type PaymentOutcome =
  | { kind: 'posted'; payment: PostedPayment }
  /** The same bank reference with the same request, already posted: the first answer again. */
  | { kind: 'replayed'; payment: PostedPayment }
  | { kind: 'bill_not_found' }
  | { kind: 'already_paid' }
  | { kind: 'amount_differs'; due: AmountDue }
  /** The bank reference was used before for a different bill, amount or time. */
  | { kind: 'reference_conflict' };

/** What makes two payment reports "identical": the fields the bank sends, in a fixed order. */
export function paymentRequestHash(r: PaymentReport): string {
  return createHash('sha256')
    .update(JSON.stringify([r.billingCode, r.amount, r.bankReference, r.paidAt.toISOString()]))
    .digest('hex');
}

const UNIQUE_VIOLATION = '23505';

/**
 * Runs in the posting transaction after the outcome is known (the channel's request log). Throwing rolls the
 * posting back, e.g. when the log finds the request's X-EXTERNAL-ID already used.
 */
export type RecordOutcome<T> = (tx: Sql, outcome: T) => Promise<void>;

/**
 * Posts a bank payment exactly once (domain notes §4.6): the bill is locked, then the partner's bank reference is
 * looked up, so an identical retry (concurrent or hours later) returns the first answer with the same NTPD, a
 * second bank paying the same bill waits for the lock and is told "already paid", and an amount that is not
 * exactly what is due is refused. If two requests with one bank reference race on different bills, the
 * unique key (partner, bank reference) stops the second at commit; running it again finds the first.
 */
export async function postPayment(
  db: Database,
  at: Date,
  partner: Partner,
  report: PaymentReport,
  record?: RecordOutcome<PaymentOutcome>,
): Promise<PaymentOutcome> {
  const attempt = () =>
    db.transaction(async (tx) => {
      const outcome = await postInTransaction(tx, at, partner, report);
      await record?.(tx, outcome);
      return outcome;
    });
  try {
    return await attempt();
  } catch (err) {
    if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
    return attempt();
  }
}

async function postInTransaction(
  tx: Sql,
  at: Date,
  partner: Partner,
  report: PaymentReport,
): Promise<PaymentOutcome> {
  const requestHash = paymentRequestHash(report);
  const day = localDate(report.paidAt < at ? report.paidAt : at, partner.timeZone);
  let quote: Awaited<ReturnType<typeof quoteBill>> | null = null;
  try {
    quote = await quoteBill(tx, partner.regionId, { billingCode: report.billingCode }, day, { lock: true });
  } catch (err) {
    if (!(err instanceof Problem && err.code === 'BILL_NOT_FOUND')) throw err;
  }
  // Looked up only once the bill is locked: a concurrent identical retry then sees the first one's payment.
  const earlier = await paymentByReference(tx, partner.partnerId, report.bankReference);
  if (earlier) {
    return earlier.requestHash === requestHash
      ? { kind: 'replayed', payment: earlier }
      : { kind: 'reference_conflict' };
  }
  if (!quote || quote.bill.status === 'cancelled') return { kind: 'bill_not_found' };
  if (quote.bill.status !== 'open') return { kind: 'already_paid' };
  if (report.amount !== quote.due.total) return { kind: 'amount_differs', due: quote.due };

  const settled = await settleBill(tx, at, quote, {
    regionId: partner.regionId,
    amount: report.amount,
    day,
    channel: partner.channel,
    actorId: null,
    memo: `Pembayaran ${partner.name} ref ${report.bankReference}`,
  });
  // The payment journal's id is unique and already at hand: it numbers the NTPD without another round trip.
  const ntpd = formatNtpd(partner.regionId, day, settled.journalId);
  await tx.query(
    `INSERT INTO payment (region_id, ntpd, bill_id, partner_id, channel, bank_reference, request_hash,
       principal, penalty, amount, paid_at, posted_at, day, journal_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)`,
    [
      partner.regionId,
      ntpd,
      quote.bill.id,
      partner.partnerId,
      partner.channel,
      report.bankReference,
      requestHash,
      settled.principal,
      settled.penalty,
      settled.total,
      report.paidAt,
      at,
      day,
      settled.journalId,
    ],
  );
  return {
    kind: 'posted',
    payment: {
      ntpd,
      billingCode: quote.bill.billingCode,
      amount: settled.total,
      paidAt: report.paidAt,
      reversed: false,
    },
  };
}

/** A posted payment as stored: its fields never change once written (a reversal is its own row). */
export type StoredPayment = PostedPayment & {
  id: number;
  regionId: string;
  billId: number;
  principal: number;
  penalty: number;
  requestHash: string;
  day: string;
};

export async function paymentByReference(
  db: Sql,
  partnerId: string,
  bankReference: string,
): Promise<StoredPayment | null> {
  const [row] = await db.query<StoredPayment>(
    `SELECT p.id, p.region_id AS "regionId", p.ntpd, b.billing_code AS "billingCode", p.amount, p.paid_at AS "paidAt",
       p.request_hash AS "requestHash", p.day, p.bill_id AS "billId", p.principal, p.penalty,
       r.payment_id IS NOT NULL AS reversed
     FROM payment p
     JOIN bill b ON b.region_id = p.region_id AND b.id = p.bill_id
     LEFT JOIN payment_reversal r ON r.region_id = p.region_id AND r.payment_id = p.id
     WHERE p.partner_id = $1 AND p.bank_reference = $2`,
    [partnerId, bankReference],
  );
  return row ?? null;
}
