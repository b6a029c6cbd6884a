import type { billQrisSchema, storedSchema } from '../../../src/payments/qris/qris-routes';
import type { WireOf } from '../shell/api';

/** The region's static QRIS as its bank issued it, and the merchant it pays. */
export type StoredQris = WireOf<typeof storedSchema>;

/** A bill's dynamic QRIS: the amount and payment code inside, valid until `validUntil`, and its image. */
export type BillQris = WireOf<typeof billQrisSchema>;
