import type { Sql } from '../../db/database';
import { ACCOUNT, type JournalLine, postJournal } from '../ledger/journal';
import { markSettled } from './bill-status';

export interface Reduction {
  regionId: string;
  /** How much of the outstanding principal is taken back, and from which accounts (what the bill had credited). */
  amount: number;
  debits: JournalLine[];
  /** The document that corrects it (a pembetulan's SPTPD), recorded with the journal. */
  returnId: number | null;
  memo: string;
  actorId: number | null;
}

/**
 * Takes part of an open bill's principal back because the amount it billed was overstated (a pembetulan): a correction
 * journal credits the receivable against the accounts the caller names; a bill left owing nothing is cancelled. The
 * caller holds the bill (`lockOpenBills`).
 */
export async function reduceBill(
  tx: Sql,
  at: Date,
  bill: { id: number; taxpayerId: number; outstanding: number },
  r: Reduction,
): Promise<void> {
  await postJournal(tx, {
    regionId: r.regionId,
    kind: 'correction',
    at,
    billId: bill.id,
    returnId: r.returnId,
    memo: r.memo,
    actorId: r.actorId,
    lines: [
      ...r.debits,
      { account: ACCOUNT.receivable, taxpayerId: bill.taxpayerId, billId: bill.id, credit: r.amount },
    ],
  });
  if (r.amount === bill.outstanding) await markSettled(tx, r.regionId, bill.id, 'cancelled', at);
}
