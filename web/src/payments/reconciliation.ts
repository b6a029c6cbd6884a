/** Bank statement reconciliation and STS deposits, as the API answers them. */

import type {
  daySchema,
  paymentPartnersSchema,
  receiptsDaysSchema,
} from '../../../src/payments/reconciliation/reconciliation-routes';
import type { WireOf } from '../shell/api';

export {
  type MismatchKind,
  RESOLUTIONS,
  type Resolution,
} from '../../../src/payments/reconciliation/mismatches';
export {
  AMOUNT_FORMATS,
  type AmountFormat,
  DATE_FORMATS,
  type DateFormat,
  DELIMITERS,
  type FormatProblem,
  type StatementFormat,
} from '../../../src/payments/reconciliation/statement-format';

/** A bank or acquirer of the region, with how its statement CSV is read (null until the treasurer sets it). */
export type PaymentPartner = WireOf<typeof paymentPartnersSchema>['items'][number];

/** A bank's day of receipts and how far it is reconciled and deposited. */
export type ReceiptsDay = WireOf<typeof receiptsDaysSchema>['items'][number];

/** One bank's day: its statement, what matched, the mismatches and whether it can be deposited. */
export type DayReconciliation = WireOf<typeof daySchema>;

export type Mismatch = DayReconciliation['mismatches'][number];
export type StatementSummary = NonNullable<DayReconciliation['statement']>;
/** A statement a replacement superseded: kept as evidence, no longer counted. */
export type SupersededStatement = DayReconciliation['supersededStatements'][number];
export type DepositedDay = NonNullable<DayReconciliation['deposit']>;
/** A payment of a deposited day that no STS carries yet. */
export type UndepositedPayment = DayReconciliation['undeposited'][number];
export type PaymentStanding = UndepositedPayment['standing'];
