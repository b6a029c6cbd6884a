import type { MismatchFinding } from './match-statement';

export type MismatchKind = MismatchFinding['kind'];

/**
 * What the treasurer may decide about each kind of mismatch, and what it means for the day's deposit (STS):
 * - confirmed_by_bank: the bank confirms Balai's payment (its statement left it out or misprinted the amount); it is
 *   deposited with the day;
 * - withheld: the money is not confirmed; the payment stays in the bank's cash account, out of this deposit;
 * - not_tax_receipt: the credit is not a tax payment of this region (another transfer into the account);
 * - returned_to_payer: the bank gave the money back (e.g. a payment it reversed).
 * A credit Balai never received as a payment is not Balai's to deposit: it is either not a tax receipt or the bank
 * returns it; a tax payment the bank failed to report reaches Balai through the bank's own retry, and importing
 * the statement again then matches it.
 */
export const RESOLUTIONS = {
  in_bank_only: ['not_tax_receipt', 'returned_to_payer'],
  in_balai_only: ['confirmed_by_bank', 'withheld'],
  amount_differs: ['confirmed_by_bank', 'withheld'],
} as const satisfies Record<MismatchKind, readonly string[]>;

export const RESOLUTION_KINDS = [
  'confirmed_by_bank',
  'withheld',
  'not_tax_receipt',
  'returned_to_payer',
] as const;
export type Resolution = (typeof RESOLUTION_KINDS)[number];

export function resolutionAllowed(kind: MismatchKind, resolution: Resolution): boolean {
  return (RESOLUTIONS[kind] as readonly string[]).includes(resolution);
}

/** A mismatch in the queue with what the treasurer needs to decide it: both sides, and the decision once made. */
export interface Mismatch {
  id: number;
  statementId: number;
  partnerId: string;
  day: string;
  kind: MismatchKind;
  lineNo: number | null;
  paymentId: number | null;
  bankAmount: number | null;
  balaiAmount: number | null;
  foundAt: Date;
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
  resolution: { resolution: Resolution; note: string; resolvedAt: Date; resolvedBy: string | null } | null;
  /** Set when a withheld payment was released: the bank confirmed its money after all (release-withheld.ts). */
  release: { note: string; releasedAt: Date; releasedBy: string | null } | null;
  /** Set when its statement was replaced while it was open: it left the queue, undecided (the reason is the replacement's). */
  withdrawal: {
    withdrawnAt: Date;
    withdrawnBy: string | null;
    reason: string;
    replacementStatementId: number;
  } | null;
}

/** A mismatch is open until it is resolved or withdrawn with its statement. */
export function isOpen(m: Pick<Mismatch, 'resolution' | 'withdrawal'>): boolean {
  return m.resolution === null && m.withdrawal === null;
}
