import type { billSchema } from '../../../src/receivables/bills/bills-routes';
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
