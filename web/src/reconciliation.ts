/** Bank statement reconciliation and STS deposits, as the API answers them. */

import type { MismatchKind, Resolution } from '../../src/payments/reconciliation/mismatches';
import type { StatementFormat } from '../../src/payments/reconciliation/statement-format';

export {
  type MismatchKind,
  RESOLUTIONS,
  type Resolution,
} from '../../src/payments/reconciliation/mismatches';
export {
  AMOUNT_FORMATS,
  type AmountFormat,
  DATE_FORMATS,
  type DateFormat,
  DELIMITERS,
  type FormatProblem,
  type StatementFormat,
} from '../../src/payments/reconciliation/statement-format';

export interface PaymentPartner {
  partnerId: string;
  name: string;
  channel: string;
  active: boolean;
  /** How its statement CSV is read; null until the treasurer sets it. */
  statementFormat: StatementFormat | null;
}

export interface ReceiptsDay {
  day: string;
  payments: number;
  amount: number;
  statementImported: boolean;
  openMismatches: number;
  depositNumber: string | null;
  followUpNumbers: string[];
  undeposited: { count: number; amount: number };
}

export interface Mismatch {
  id: number;
  kind: MismatchKind;
  lineNo: number | null;
  bankAmount: number | null;
  balaiAmount: number | null;
  line: {
    bankReference: string;
    amount: number;
    bookedTime: string | null;
    description: string | null;
  } | null;
  payment: {
    ntpd: string;
    bankReference: string;
    billingCode: string;
    taxpayerName: string;
    amount: number;
    reversed: boolean;
  } | null;
  resolution: { resolution: Resolution; note: string; resolvedAt: string; resolvedBy: string | null } | null;
  release: { note: string; releasedAt: string; releasedBy: string | null } | null;
  withdrawal: { withdrawnAt: string; withdrawnBy: string | null; reason: string } | null;
}

export interface StatementSummary {
  id: number;
  fileName: string;
  importedAt: string;
  lineCount: number;
  total: number;
}

/** A statement a replacement superseded: kept as evidence, no longer counted. */
export interface SupersededStatement extends StatementSummary {
  importedBy: string | null;
  replacedBy: { id: number; fileName: string };
  supersededAt: string;
  supersededBy: string | null;
  reason: string;
  withdrawnMismatches: number;
}

export interface DepositedDay {
  id: number;
  number: string;
  amount: number;
  paymentCount: number;
  depositedAt: string;
}

export type PaymentStanding = 'ready' | 'withheld' | 'undecided' | 'unmatched';

/** A payment of a deposited day that no STS carries yet. */
export interface UndepositedPayment {
  paymentId: number;
  ntpd: string;
  bankReference: string;
  amount: number;
  paidAt: string;
  postedAt: string;
  standing: PaymentStanding;
}

export interface DayReconciliation {
  partner: { partnerId: string; name: string; channel: string };
  day: string;
  statement: StatementSummary | null;
  supersededStatements: SupersededStatement[];
  payments: { count: number; amount: number; reversed: number };
  matched: { count: number; amount: number };
  mismatches: Mismatch[];
  deposit: DepositedDay | null;
  followUps: DepositedDay[];
  undeposited: UndepositedPayment[];
  depositable: { amount: number; paymentCount: number; followUp: boolean } | null;
  blocker: { code: string; title: string; detail: string } | null;
}
