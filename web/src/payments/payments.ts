import type { paymentSchema } from '../../../src/payments/receipts/receipts-routes';
import { documentUrl, type WireOf } from '../shell/api';

/** A payment as the API lists it: one per SSPD, reversed or deposited (STS) as it happened. */
export type Payment = WireOf<typeof paymentSchema>;

/** Where a payment's SSPD downloads from: A4, or the narrow slip of a counter's 58 mm thermal printer. */
export function sspdUrl(regionId: string, paymentId: number, layout: 'a4' | '58mm' = 'a4'): string {
  return documentUrl(
    regionId,
    `/payments/${paymentId}/sspd.pdf${layout === 'a4' ? '' : `?layout=${layout}`}`,
  );
}

/** The payments that stand (not reversed by the bank), by the bill they paid. */
export function standingPaymentsByBill(payments: readonly Payment[]): Map<number, Payment[]> {
  const byBill = new Map<number, Payment[]>();
  for (const p of payments) {
    if (p.reversedAt) continue;
    byBill.set(p.billId, [...(byBill.get(p.billId) ?? []), p]);
  }
  return byBill;
}
