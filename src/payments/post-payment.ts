import { createHash } from 'node:crypto';
import type { Database, Sql } from '../db/database';
import { localDate } from '../platform/clock';
import { Problem } from '../platform/problem';
import { type AmountDue, type BillQuote, quoteBill, settleBill, settlementAtOnce } from '../receivables';
import { type BankRequestEntry, ExternalIdUsed, firstUseRow, logFirstUse } from './bank-api/bank-request-log';
import { billForBank } from './bill-for-bank';
import { formatNtpd } from './ntpd';
import type { Partner } from './partner';
import { type PostedPayment, paymentByReference, type StoredPayment } from './stored-payment';

/** A bank's report that a bill was paid, as every channel (H2H, SNAP VA, QRIS) hands it to the one posting path. */
export interface PaymentReport {
  billingCode: string;
  amount: number;
  /** The bank's own transaction reference (NTB, RRN, paymentRequestId): unique per partner, the retry key. */
  bankReference: string;
  /** When the customer paid at the bank; interest is counted to its local day. */
  paidAt: Date;
}

export type PaymentOutcome =
  | { kind: 'posted'; payment: PostedPayment }
  /** The same bank reference with the same request, already posted: the first answer again. */
  | { kind: 'replayed'; payment: PostedPayment }
  /**
   * The same request as a payment that was reversed since: nothing is posted and the bank must not be told "paid".
   * `billOpen`: whether the bill can be paid now (under a new bank reference), or was paid otherwise meanwhile.
   */
  | { kind: 'reversed'; payment: PostedPayment; billOpen: boolean }
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
 * For a channel whose answer follows from the outcome alone (H2H): the answer's log entry, written with the
 * posting as its X-EXTERNAL-ID's first use; an id already used throws ExternalIdUsed and posts nothing.
 */
export interface AnswerLog {
  entryFor(outcome: PaymentOutcome): BankRequestEntry;
}

/**
 * Posts a bank payment exactly once (domain notes §4.6): the bill is locked, then the partner's bank reference is
 * looked up, so an identical retry (concurrent or hours later) returns the first answer with the same NTPD (or,
 * once that payment is reversed, says so: the reopened bill is not paid by it), a second bank paying the same bill
 * waits for the lock and is told "already paid", and an amount that is not exactly what is due is refused. If two
 * requests with one bank reference race on different bills, the unique key (partner, bank reference) stops the
 * second at commit; running it again finds the first.
 *
 * Without a `record` callback it first tries two round trips (`postAtOnce`); whenever those find the bill changed
 * since they read it, the ordinary transaction below decides.
 */
export async function postPayment(
  db: Database,
  at: Date,
  partner: Partner,
  report: PaymentReport,
  record?: RecordOutcome<PaymentOutcome> | AnswerLog,
): Promise<PaymentOutcome> {
  if (typeof record !== 'function') {
    const outcome = await postAtOnce(db, at, partner, report, record);
    if (outcome) return outcome;
  }
  const recordIn: RecordOutcome<PaymentOutcome> | undefined =
    typeof record === 'function'
      ? record
      : record && ((tx, outcome) => claimFirstUse(tx, record.entryFor(outcome)));
  const attempt = () =>
    db.transaction(async (tx) => {
      const outcome = await postInTransaction(tx, at, partner, report);
      await recordIn?.(tx, outcome);
      return outcome;
    });
  try {
    return await attempt();
  } catch (err) {
    if ((err as { code?: string }).code !== UNIQUE_VIOLATION) throw err;
    return attempt();
  }
}

/** What the database raises when `post_payment_at_once` finds the X-EXTERNAL-ID used (migration 0010). */
const EXTERNAL_ID_USED = 'BL001';

async function claimFirstUse(db: Sql, entry: BankRequestEntry): Promise<void> {
  if (!(await logFirstUse(db, entry))) throw new ExternalIdUsed();
}

/**
 * The payment in two round trips: one read (`billForBank`) without a lock, then, if it is to be posted, one
 * statement (`post_payment_at_once`) that locks the bill, checks that its status, ledger balance and interest
 * already billed are still what it was priced on, and writes everything (the payment's unique bank reference
 * refuses a second posting under it). An answer that posts nothing (a replay, "already paid", a wrong amount) holds as of the read.
 * Answers null when the bill changed in between or a concurrent posting took the bank reference: the caller's
 * transaction then decides under the lock.
 */
async function postAtOnce(
  db: Database,
  at: Date,
  partner: Partner,
  report: PaymentReport,
  log: AnswerLog | undefined,
): Promise<PaymentOutcome | null> {
  const requestHash = paymentRequestHash(report);
  const day = paymentDay(at, partner, report);
  const read = await billForBank(db, partner, report.billingCode, day, report);
  const settled = outcomeWithoutPosting(read.quote, read.earlier, requestHash, report.amount);
  if (settled) {
    if (log) await claimFirstUse(db, log.entryFor(settled));
    return settled;
  }
  const quote = read.quote as BillQuote;
  const numbers = read.journalIds as [number, number];
  const settlement = settlementAtOnce(at, quote, paymentTerms(partner, report, day), numbers);
  const paymentJournalId = numbers[1];
  const ntpd = formatNtpd(partner.regionId, day, paymentJournalId);
  const outcome: PaymentOutcome = {
    kind: 'posted',
    payment: {
      ntpd,
      billId: quote.bill.id,
      billingCode: quote.bill.billingCode,
      amount: quote.due.total,
      paidAt: report.paidAt,
      reversed: false,
    },
  };
  const posting = {
    settlement,
    payment: {
      region_id: partner.regionId,
      bill_id: quote.bill.id,
      billing_code: quote.bill.billingCode,
      ntpd,
      partner_id: partner.partnerId,
      channel: partner.channel,
      bank_reference: report.bankReference,
      request_hash: requestHash,
      principal: quote.due.principal,
      penalty: quote.due.penalty,
      amount: quote.due.total,
      paid_at: report.paidAt,
      posted_at: at,
      day,
      journal_id: paymentJournalId,
    },
    ...(log ? { log: firstUseRow(log.entryFor(outcome)) } : {}),
  };
  try {
    const [row] = await db.query<{ result: string }>('SELECT post_payment_at_once($1::jsonb) AS result', [
      JSON.stringify(posting),
    ]);
    return row?.result === 'posted' ? outcome : null;
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === EXTERNAL_ID_USED) throw new ExternalIdUsed();
    if (code === UNIQUE_VIOLATION) return null;
    throw err;
  }
}

/** The local day a payment counts to: when the customer paid, or now if the bank reports a time ahead of the clock. */
function paymentDay(at: Date, partner: Partner, report: PaymentReport): string {
  return localDate(report.paidAt < at ? report.paidAt : at, partner.timeZone);
}

function paymentTerms(partner: Partner, report: PaymentReport, day: string) {
  return {
    regionId: partner.regionId,
    amount: report.amount,
    day,
    channel: partner.channel,
    actorId: null,
    memo: `Pembayaran ${partner.name} ref ${report.bankReference}`,
  };
}

/**
 * The answer when nothing is to be posted: the bank reference was used (the same request: its first answer, or
 * "reversed" if that payment was reversed since; a different one: a conflict), the bill is unknown or not open, or
 * the amount is not exactly what is due.
 */
function outcomeWithoutPosting(
  quote: BillQuote | null,
  earlier: StoredPayment | null,
  requestHash: string,
  amount: number,
): PaymentOutcome | null {
  if (earlier) {
    if (earlier.requestHash !== requestHash) return { kind: 'reference_conflict' };
    return earlier.reversed
      ? { kind: 'reversed', payment: earlier, billOpen: quote?.bill.status === 'open' }
      : { kind: 'replayed', payment: earlier };
  }
  if (!quote || quote.bill.status === 'cancelled') return { kind: 'bill_not_found' };
  if (quote.bill.status !== 'open') return { kind: 'already_paid' };
  if (amount !== quote.due.total) return { kind: 'amount_differs', due: quote.due };
  return null;
}

async function postInTransaction(
  tx: Sql,
  at: Date,
  partner: Partner,
  report: PaymentReport,
): Promise<PaymentOutcome> {
  const requestHash = paymentRequestHash(report);
  const day = paymentDay(at, partner, report);
  let quote: BillQuote | null = null;
  try {
    quote = await quoteBill(tx, partner.regionId, { billingCode: report.billingCode }, day, { lock: true });
  } catch (err) {
    if (!(err instanceof Problem && err.code === 'BILL_NOT_FOUND')) throw err;
  }
  // Looked up only once the bill is locked: a concurrent identical retry then sees the first one's payment.
  const earlier = await paymentByReference(tx, partner.partnerId, report.bankReference);
  const settledAlready = outcomeWithoutPosting(quote, earlier, requestHash, report.amount);
  if (settledAlready) return settledAlready;
  const priced = quote as BillQuote;
  const settled = await settleBill(tx, at, priced, paymentTerms(partner, report, day));
  // The payment journal's id is unique and already at hand: it numbers the NTPD without another round trip.
  const ntpd = formatNtpd(partner.regionId, day, settled.journalId);
  await tx.query(
    `INSERT INTO payment (region_id, ntpd, bill_id, billing_code, partner_id, channel, bank_reference, request_hash,
       principal, penalty, amount, paid_at, posted_at, day, journal_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
    [
      partner.regionId,
      ntpd,
      priced.bill.id,
      priced.bill.billingCode,
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
      billId: priced.bill.id,
      billingCode: priced.bill.billingCode,
      amount: settled.total,
      paidAt: report.paidAt,
      reversed: false,
    },
  };
}
