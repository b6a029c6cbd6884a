import type { Database, Sql } from '../db/database';
import { addDays, compareDates } from '../platform/calendar';
import { localDate } from '../platform/clock';
import { loadBill, reopenBill } from '../receivables';
import type { Partner } from './partner';
import type { RecordOutcome } from './post-payment';
import { paymentByReference } from './stored-payment';

export type ReversalOutcome =
  | { kind: 'reversed' }
  /** No payment by this partner with this reference for this bill (another bank's payment is not found either). */
  | { kind: 'payment_not_found' }
  | { kind: 'already_reversed' }
  | { kind: 'window_closed'; lastDay: string };

/**
 * Takes back a payment at the request of the bank that made it (ISO 8583 0400/0401, Bank Jatim reversal; domain
 * notes §4.6 rule 3), within the region's reversal window (default: the payment's own local day). The payment and
 * its journals stay; a reversal journal puts the receivable back, including the interest that was booked for the
 * payment, so the bill reopens owing what it owed before and is priced afresh. A repeated reversal is "already
 * reversed".
 */
export async function reversePayment(
  db: Database,
  at: Date,
  partner: Partner,
  request: { billingCode: string; bankReference: string },
  record?: RecordOutcome<ReversalOutcome>,
): Promise<ReversalOutcome> {
  return db.transaction(async (tx) => {
    const outcome = await reverseInTransaction(tx, at, partner, request);
    await record?.(tx, outcome);
    return outcome;
  });
}

async function reverseInTransaction(
  tx: Sql,
  at: Date,
  partner: Partner,
  request: { billingCode: string; bankReference: string },
): Promise<ReversalOutcome> {
  const found = await paymentByReference(tx, partner.partnerId, request.bankReference);
  if (!found || found.billingCode !== request.billingCode.replace(/\s/g, ''))
    return { kind: 'payment_not_found' };
  // Lock the bill, then look again: two reversals of one payment cannot both pass.
  const bill = await loadBill(tx, found.regionId, { id: found.billId }, { lock: true });
  const [again] = await tx.query('SELECT 1 FROM payment_reversal WHERE region_id = $1 AND payment_id = $2', [
    found.regionId,
    found.id,
  ]);
  if (again) return { kind: 'already_reversed' };
  const window = await reversalWindowDays(tx, found.regionId);
  const lastDay = addDays(found.day, window);
  if (compareDates(localDate(at, partner.timeZone), lastDay) > 0) return { kind: 'window_closed', lastDay };

  const journalId = await reopenBill(tx, at, bill, {
    regionId: found.regionId,
    principal: found.principal,
    penalty: found.penalty,
    channel: partner.channel,
    memo: `Pembatalan pembayaran NTPD ${found.ntpd} oleh ${partner.name}`,
    actorId: null,
  });
  await tx.query(
    `INSERT INTO payment_reversal (region_id, payment_id, reversed_at, journal_id) VALUES ($1, $2, $3, $4)`,
    [found.regionId, found.id, at, journalId],
  );
  return { kind: 'reversed' };
}

/** How many days after a payment's own day its bank may still reverse it (0: the same local day only). */
export async function reversalWindowDays(db: Sql, regionId: string): Promise<number> {
  const [row] = await db.query<{ days: number }>(
    `SELECT reversal_window_days AS days FROM payment_setting WHERE region_id = $1`,
    [regionId],
  );
  return row?.days ?? 0;
}
