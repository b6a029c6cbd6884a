import type { Sql } from '../db/database';
import { findBills, priceBills } from '../receivables';

/** The demo's test bank (README): a bank integrates against it on day one. It belongs to Kota Malang (35.73). */
export const SANDBOX_PARTNER_ID = 'BANK-SANDBOX';
export const SANDBOX_SECRET = 'sandbox-secret';

/** The region's open bills with their totals as of a day, oldest due first: what a test bank may pay. */
export async function openBillsForSandbox(
  db: Sql,
  regionId: string,
  day: string,
): Promise<{ billingCode: string; total: number }[]> {
  const bills = await findBills(db, regionId, { status: 'open', order: 'due', limit: 200 });
  const prices = await priceBills(db, regionId, day, bills);
  return bills.map((b, i) => ({ billingCode: b.billingCode, total: prices[i]?.total ?? 0 }));
}
