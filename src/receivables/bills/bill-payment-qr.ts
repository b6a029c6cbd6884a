import type { Sql } from '../../db/database';

/**
 * A QR code that pays a bill's amount due, as the bill's slip prints it beside the kode bayar: the string a banking or
 * e-wallet app scans, and the merchant it pays, whose name and NMID the payer checks before paying.
 */
export interface BillPaymentQr {
  payload: string;
  merchantName: string;
  nmid: string | null;
}

/** How the area that takes QR payments makes one bill's QR; null where the region takes none. */
export type BillPaymentQrSource = (
  db: Sql,
  regionId: string,
  bill: { billingCode: string; amount: number },
) => Promise<BillPaymentQr | null>;

let registered: BillPaymentQrSource | undefined;

/**
 * Registers how bills are paid by QR code. Receivables imports no business area: the area that takes QR payments
 * registers here when its description is loaded (payments: the region's dynamic QRIS, src/payments/payments-area.ts),
 * and an issuing area's slip asks `billPaymentQr` (tax's kode bayar slip), so that neither imports the other. One
 * source only: a second is refused.
 */
export function registerBillPaymentQr(source: BillPaymentQrSource): void {
  if (registered && registered !== source)
    throw new Error('bills are already paid by QR through another source');
  registered = source;
}

/** The QR that pays `amount` of a bill; null where no area takes QR payments or the region has none. */
export function billPaymentQr(
  db: Sql,
  regionId: string,
  bill: { billingCode: string; amount: number },
): Promise<BillPaymentQr | null> {
  return registered ? registered(db, regionId, bill) : Promise.resolve(null);
}
