import type { billSchema } from '../../../src/receivables/bills/bills-routes';
import { formatBillingCode } from '../../../src/receivables/rules/billing-code';
import type { WireOf } from '../shell/api';

/**
 * A bill (kode bayar) as the API answers it, with what it costs as of a day: `billingCodeDisplay` grouped for reading
 * aloud (`3573 01 25 0000001 1`), its lines adding up to `principal`, and for an open bill `amountDue` (principal,
 * interest as `penalty`, total) as of `asOf`, valid until `validUntil`.
 */
export type Bill = WireOf<typeof billSchema>;

export type BillStatus = Bill['status'];

/** A part of what a kode bayar collects: the tax, sanctions, and for MBLB the province's opsen. */
export type BillLineKind = Bill['lines'][number]['kind'];

/**
 * A kode bayar as people read it aloud, `3573 01 25 0000001 1`: the server's own grouping (the bills' and returns'
 * `billingCodeDisplay`), so a list that carries only the 16 digits (arrears, payments, mismatches) shows it the same
 * way. Anything that is not a kode bayar (a bank's mistyped code) is shown as it came.
 */
export function groupedBillingCode(code: string): string {
  return /^\d{16}$/.test(code) ? formatBillingCode(code) : code;
}
