import type { Sql } from '../../db/database';
import { Problem } from '../../platform/problem';
import { formatBillingCode, quoteBill } from '../../receivables';
import { dynamicQrisForBill } from './qris';
import { findQris } from './qris-merchant';

/** What a payer scans for one bill: the dynamic QRIS for its total on a day, and how long that total holds. */
export interface BillQris {
  payload: string;
  amount: number;
  billingCode: string;
  validUntil: string;
}

/**
 * The dynamic QRIS of an open bill for what it costs on `day` (principal and interest by the region's policy),
 * derived from the region's static QRIS. The amount changes when a new month of lateness starts, so the string
 * holds until `validUntil`, like the printed total.
 */
export async function quoteBillQris(
  db: Sql,
  regionId: string,
  billId: number,
  day: string,
): Promise<BillQris> {
  const { bill, due } = await quoteBill(db, regionId, billId, day);
  if (bill.status !== 'open')
    throw new Problem(409, 'BILL_NOT_OPEN', {
      billingCode: formatBillingCode(bill.billingCode),
      status: bill.status,
    });
  const qris = await findQris(db, regionId);
  if (!qris) throw new Problem(404, 'QRIS_NOT_CONFIGURED');
  return {
    payload: dynamicQrisForBill(qris.payload, { amount: due.total, billingCode: bill.billingCode }),
    amount: due.total,
    billingCode: bill.billingCode,
    validUntil: due.validUntil,
  };
}
