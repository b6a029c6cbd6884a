/**
 * Kompensasi: an overpayment assessed by an SKPDLB first pays the taxpayer's other tax debts ("langsung
 * diperhitungkan untuk melunasi terlebih dahulu utang pajak": UU 28/2009 (PDRD) Pasal 107 and the Perdas under it;
 * PP 35/2023 keeps the SKPDLB, its refund and its offset, domain notes §1.11 and §2.1, its articles UNCONFIRMED).
 *
 * Setting a credit off against a bill on a day settles it as a payment that day would: the late-payment interest
 * run up by then is due with the principal it is on. Balai takes the oldest debt first (it is the one whose
 * interest runs longest); a credit too small for a whole bill pays the largest part of its principal that the
 * credit covers together with that part's interest, and the rest of the bill stays open. Interest is whole rupiah,
 * so a part may leave a rupiah or two that cannot carry its own interest: they go on to the next bill rather than
 * sit on the SKPDLB. Pure: no I/O.
 */

import { compareDates } from '../../platform/calendar';
import type { Rounding } from '../../platform/rounding';
import { type InterestTerms, interestOn } from '../../receivables';

export interface DebtToOffset {
  billId: number;
  dueDate: string;
  /** Principal still owed on the bill (its receivable on the ledger). */
  outstanding: number;
  /** Its interest terms on the day of the offset (billing/amount-due.ts `dueTermsOn`). */
  terms: InterestTerms;
}

export interface OffsetItem {
  billId: number;
  /** Principal paid by the credit. */
  principal: number;
  /** Interest due on that principal on the day, paid by the credit too. */
  interest: number;
  /** Whether the bill is paid in full. */
  settles: boolean;
}

export function planOffset(
  credit: number,
  debts: readonly DebtToOffset[],
  rounding: Rounding,
): { items: OffsetItem[]; used: number } {
  if (!Number.isSafeInteger(credit) || credit < 0)
    throw new RangeError(`a credit is a whole rupiah amount, got ${credit}`);
  const cost = (d: DebtToOffset, principal: number) => interestOn(principal, d.terms, rounding).penalty;
  const oldestFirst = [...debts].sort((a, b) => compareDates(a.dueDate, b.dueDate) || a.billId - b.billId);
  const items: OffsetItem[] = [];
  let left = credit;
  for (const d of oldestFirst) {
    if (left === 0) break;
    if (d.outstanding <= 0) continue;
    const fullInterest = cost(d, d.outstanding);
    if (d.outstanding + fullInterest <= left) {
      items.push({ billId: d.billId, principal: d.outstanding, interest: fullInterest, settles: true });
      left -= d.outstanding + fullInterest;
      continue;
    }
    // Interest grows with the principal it is on, so the largest principal the credit still covers is found by
    // halving the range: p + interest(p) ≤ left.
    let low = 0;
    let high = d.outstanding - 1;
    while (low < high) {
      const mid = Math.ceil((low + high) / 2);
      if (mid + cost(d, mid) <= left) low = mid;
      else high = mid - 1;
    }
    if (low > 0) {
      const interest = cost(d, low);
      items.push({ billId: d.billId, principal: low, interest, settles: false });
      left -= low + interest;
    }
  }
  return { items, used: credit - left };
}
