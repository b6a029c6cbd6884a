import type { Sql } from '../../db/database';
import { ACCOUNT, type JournalLine, postJournal } from '../ledger/journal';
import type { BillWithBalance } from './bill';
import { interestCredits } from './bill-lines';
import { markReopened } from './bill-status';

export interface Reopening {
  regionId: string;
  /** What the payment taken back paid: principal and the late interest booked with it. */
  principal: number;
  penalty: number;
  /** The cash account the payment went to (`kas:<channel>`), which gives it back. */
  channel: string;
  memo: string;
  actorId: number | null;
}

/**
 * Takes a settlement of a paid bill back (a bank's reversal of its payment): one reversal journal puts the receivable
 * back against the cash, and takes the interest booked for the payment back from the accounts it went to (tax and
 * opsen shares), so the bill reopens owing what it owed before and is priced afresh. The caller holds the bill
 * (`loadBill` with `lock`) and has checked that this payment may be taken back; answers the journal's id.
 */
export async function reopenBill(tx: Sql, at: Date, bill: BillWithBalance, r: Reopening): Promise<number> {
  const amount = r.principal + r.penalty;
  const lines: JournalLine[] = [
    { account: ACCOUNT.receivable, taxpayerId: bill.taxpayerId, billId: bill.id, debit: amount },
    { account: ACCOUNT.cash(r.channel), credit: amount },
  ];
  if (r.penalty > 0) {
    for (const share of interestCredits(r.penalty, bill.lines))
      lines.push({ account: share.account, debit: share.credit });
    lines.push({
      account: ACCOUNT.receivable,
      taxpayerId: bill.taxpayerId,
      billId: bill.id,
      credit: r.penalty,
    });
  }
  const journalId = await postJournal(tx, {
    regionId: r.regionId,
    kind: 'reversal',
    at,
    billId: bill.id,
    memo: r.memo,
    actorId: r.actorId,
    lines,
  });
  await markReopened(tx, r.regionId, bill.id);
  return journalId;
}
