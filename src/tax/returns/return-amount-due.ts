import type { Sql } from '../../db/database';
import { compareDates } from '../../platform/calendar';
import { findBills, priceBills } from '../../receivables';

/**
 * What a return's bill costs to pay on a day: its unpaid principal, the late interest by the region's rules in
 * force that day (receivables prices it, as for every bill), and whether its due date has passed. A late return's
 * screen and tanda terima state this, not the tax declared alone.
 */
export interface ReturnAmountDue {
  billId: number;
  /** The day the amount holds for (the region's today). */
  asOf: string;
  dueDate: string;
  /** The due date has passed: interest runs, month by month. */
  overdue: boolean;
  principal: number;
  /** Late interest (sanksi bunga) as of `asOf`. */
  interest: number;
  /** Months of interest charged. */
  months: number;
  total: number;
  /** The last day this total holds; the next month of lateness starts after it. */
  validUntil: string;
}

/** The bill of each return (by return id) and, when it is open, what it costs on `day`. */
export interface ReturnBilling {
  billId: number;
  billStatus: 'open' | 'paid' | 'written_off' | 'cancelled';
  amountDue: ReturnAmountDue | null;
}

/** The bills of these returns, each with what it costs on `day` when still open. */
export async function billingOfReturns(
  db: Sql,
  regionId: string,
  day: string,
  returnIds: readonly number[],
): Promise<Map<number, ReturnBilling>> {
  if (returnIds.length === 0) return new Map();
  const ids = await db.query<{ id: number }>(
    'SELECT b.id FROM bill b WHERE b.region_id = $1 AND b.return_id = ANY($2::bigint[])',
    [regionId, [...new Set(returnIds)]],
  );
  if (ids.length === 0) return new Map();
  const bills = await findBills(db, regionId, { ids: ids.map((b) => b.id), order: 'id', limit: ids.length });
  const prices = await priceBills(db, regionId, day, bills);
  const byReturn = new Map<number, ReturnBilling>();
  bills.forEach((bill, i) => {
    if (bill.returnId === null) return;
    const due = prices[i] ?? null;
    // A cancelled bill yields to a live one of the same return, should both exist.
    if (byReturn.has(bill.returnId) && bill.status === 'cancelled') return;
    byReturn.set(bill.returnId, {
      billId: bill.id,
      billStatus: bill.status,
      amountDue: due && {
        billId: bill.id,
        asOf: day,
        dueDate: bill.dueDate,
        overdue: compareDates(bill.dueDate, day) < 0,
        principal: due.principal,
        interest: due.penalty,
        months: due.chargedMonths,
        total: due.total,
        validUntil: due.validUntil,
      },
    });
  });
  return byReturn;
}
