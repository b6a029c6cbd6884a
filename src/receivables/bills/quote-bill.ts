import type { Sql } from '../../db/database';
import { type AmountDue, amountDueOn } from './amount-due';
import { type BillWithBalance, loadBill } from './bill';
import { issuerOf } from './bill-issuers';

export interface BillQuote {
  bill: BillWithBalance;
  due: AmountDue;
}

/**
 * A bill and what it costs on a day: its outstanding principal on the ledger plus interest by the rules its issuing
 * area has in force in the region that day (for tax, the region's tax policy). The bill is named by id or by kode
 * bayar. `lock` holds the bill for a change in the caller's transaction (payment, STPD).
 */
export async function quoteBill(
  tx: Sql,
  regionId: string,
  bill: number | { billingCode: string },
  day: string,
  options: { lock?: boolean } = {},
): Promise<BillQuote> {
  const key = typeof bill === 'number' ? { id: bill } : bill;
  const loaded = await loadBill(tx, regionId, key, { lock: options.lock });
  const policy = await issuerOf(loaded.originKind).collectionPolicyOn(tx, regionId, day);
  return { bill: loaded, due: amountDueOn(policy, { ...loaded, principal: loaded.outstanding }, day) };
}
