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
}

export interface DayReconciliation {
  partner: { partnerId: string; name: string; channel: string };
  day: string;
  statement: {
    id: number;
    fileName: string;
    importedAt: string;
    lineCount: number;
    total: number;
  } | null;
  payments: { count: number; amount: number; reversed: number };
  matched: { count: number; amount: number };
  mismatches: Mismatch[];
  deposit: { id: number; number: string; amount: number; paymentCount: number; depositedAt: string } | null;
  depositable: { amount: number; paymentCount: number } | null;
  blocker: { code: string; title: string; detail: string } | null;
}
