import type { Sql } from '../../db/database';
import type { BillPaymentQr } from '../../receivables';
import { dynamicQrisForBill } from './qris';
import { findQris } from './qris-merchant';

/**
 * A bill's dynamic QRIS for an amount, from the region's static QRIS, and the merchant it pays; null where the
 * region's administrator has not pasted one. What payments registers with receivables as the way to pay a bill by
 * QR code (payments-area.ts), which a bill's slip prints.
 */
export async function billPaymentQris(
  db: Sql,
  regionId: string,
  bill: { billingCode: string; amount: number },
): Promise<BillPaymentQr | null> {
  const qris = await findQris(db, regionId);
  if (!qris) return null;
  return {
    payload: dynamicQrisForBill(qris.payload, bill),
    merchantName: qris.merchantName,
    nmid: qris.nmid,
  };
}
