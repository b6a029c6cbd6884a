import type { Sql } from '../../db/database';
import { ACCOUNT, postJournal } from '../ledger/journal';
import type { BillWithBalance } from './bill';
import { interestCredits } from './bill-lines';
import { markSettled } from './bill-status';

export interface Offset {
  regionId: string;
  /** The part of the outstanding principal the credit pays, and the late interest due on it that day. */
  principal: number;
  interest: number;
  /** Whose credit pays (`lebih_bayar` of that taxpayer). */
  creditOf: number;
  /** The memos of the interest and the offset journals. */
  interestMemo: string;
  memo: string;
  actorId: number | null;
}

/**
 * Pays (part of) a bill from a taxpayer's credit (kompensasi of an SKPDLB): the interest due that day on the part paid
 * is booked first (receivable against sanction revenue, shared by the bill's lines), then the credit pays principal
 * and interest (taxpayer's credit against receivable); a bill whose outstanding principal is all paid becomes paid.
 * The caller holds the bill (`lockOpenBills`). Answers whether the bill is settled.
 */
export async function offsetBill(tx: Sql, at: Date, bill: BillWithBalance, o: Offset): Promise<boolean> {
  if (o.interest > 0) {
    await postJournal(tx, {
      regionId: o.regionId,
      kind: 'interest',
      at,
      billId: bill.id,
      memo: o.interestMemo,
      actorId: o.actorId,
      lines: [
        { account: ACCOUNT.receivable, taxpayerId: bill.taxpayerId, billId: bill.id, debit: o.interest },
        ...interestCredits(o.interest, bill.lines),
      ],
    });
  }
  const paid = o.principal + o.interest;
  await postJournal(tx, {
    regionId: o.regionId,
    kind: 'offset',
    at,
    billId: bill.id,
    memo: o.memo,
    actorId: o.actorId,
    lines: [
      { account: ACCOUNT.taxpayerCredit, taxpayerId: o.creditOf, debit: paid },
      { account: ACCOUNT.receivable, taxpayerId: bill.taxpayerId, billId: bill.id, credit: paid },
    ],
  });
  const settles = o.principal === bill.outstanding;
  if (settles) await markSettled(tx, o.regionId, bill.id, 'paid', at);
  return settles;
}
