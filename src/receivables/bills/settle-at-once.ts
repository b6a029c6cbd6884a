import { type JournalRecord, journalRecords } from '../ledger/journal';
import { type Payment, settlementJournals } from './pay-bill';
import type { BillQuote } from './quote-bill';

/**
 * A bill's settlement priced without a lock, to be written in one statement by the SQL function settle_bill_at_once
 * (migration 0020): the journals `settleBill` would post, numbered beforehand by the caller, and what the function
 * checks under the lock before writing them (status, interest billed apart, receivable balance). The bank's payment
 * writes it inside its own statement (post_payment_at_once, src/payments/post-payment.ts).
 */
export interface SettlementAtOnce {
  regionId: string;
  billId: number;
  outstanding: number;
  interestBilledMonths: number;
  at: Date;
  journals: JournalRecord[];
}

/**
 * The settlement of a quoted bill by a payment, its journals numbered by `numbers` (taken from the journal sequence
 * beforehand, e.g. by `billForCollection`): the interest journal, if any, takes the first, the payment's the second,
 * which is the settlement's journal id. Refuses, as `settleBill` does, a bill not open or an amount not exactly due.
 */
export function settlementAtOnce(
  at: Date,
  quote: BillQuote,
  p: Omit<Payment, 'billId'>,
  numbers: readonly [number, number],
): SettlementAtOnce {
  const journals = settlementJournals(at, quote, p);
  const ids = journals.map((j) => (j.kind === 'payment' ? numbers[1] : numbers[0]));
  return {
    regionId: p.regionId,
    billId: quote.bill.id,
    outstanding: quote.bill.outstanding,
    interestBilledMonths: quote.bill.interestBilledMonths,
    at,
    journals: journalRecords(journals, ids),
  };
}
