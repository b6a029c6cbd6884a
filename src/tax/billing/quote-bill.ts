import type { Sql } from '../../db/database';
import { taxPolicyOn } from '../policy';
import { type AmountDue, amountDueOn } from './amount-due';
import { type BillWithBalance, loadBill } from './bill';

/**
 * A bill and what it costs on a day: its outstanding principal on the ledger plus interest by the region's
 * policy in force that day. `lock` holds the bill for a change in the caller's transaction (payment, STPD).
 */
export async function quoteBill(
  tx: Sql,
  regionId: string,
  billId: number,
  day: string,
  options: { lock?: boolean } = {},
): Promise<{ bill: BillWithBalance; due: AmountDue }> {
  const bill = await loadBill(tx, regionId, { id: billId }, { lock: options.lock });
  const { policy } = await taxPolicyOn(tx, regionId, day);
  return { bill, due: amountDueOn(policy, { ...bill, principal: bill.outstanding }, day) };
}
