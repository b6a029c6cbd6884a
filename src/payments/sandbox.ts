import type { Sql } from '../db/database';
import { amountDueOn } from '../receivables/bills/amount-due';
import { BILL_COLUMNS, type BillWithBalance, OUTSTANDING } from '../receivables/bills/bill';
import { taxPolicyOn } from '../tax/policy';

/** The demo's test bank (README): a bank integrates against it on day one. It belongs to Kota Malang (35.73). */
export const SANDBOX_PARTNER_ID = 'BANK-SANDBOX';
export const SANDBOX_SECRET = 'sandbox-secret';

/** The region's open bills with their totals as of a day, oldest due first: what a test bank may pay. */
export async function openBillsForSandbox(
  db: Sql,
  regionId: string,
  day: string,
): Promise<{ billingCode: string; total: number }[]> {
  const bills = await db.query<BillWithBalance>(
    `SELECT ${BILL_COLUMNS}, ${OUTSTANDING} FROM bill b
     WHERE b.region_id = $1 AND b.status = 'open' ORDER BY b.due_date, b.id LIMIT 200`,
    [regionId],
  );
  const { policy } = await taxPolicyOn(db, regionId, day);
  return bills.map((b) => ({
    billingCode: b.billingCode,
    total: amountDueOn(policy, { ...b, principal: b.outstanding }, day).total,
  }));
}
