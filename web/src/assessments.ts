/** Official assessments (SKPD family and STPD) as the API answers them. */

export const ASSESSMENT_KINDS = ['SKPD', 'SKPDKB', 'SKPDKBT', 'SKPDN', 'SKPDLB', 'STPD'] as const;
export type AssessmentKind = (typeof ASSESSMENT_KINDS)[number];

export interface Assessment {
  id: number;
  kind: AssessmentKind;
  number: string;
  taxpayerId: number;
  objectId: number | null;
  taxCode: string;
  period: string | null;
  returnId: number | null;
  principal: number;
  interest: number;
  increase: number;
  credit: number;
  issueDate: string;
  dueDate: string;
  basis: Record<string, unknown>;
  billId: number | null;
  billingCode: string | null;
  billingCodeDisplay: string | null;
  /** An SKPDLB's overpayment and what has been offset or refunded of it; null for other kinds. */
  overpayment: { amount: number; offset: number; refunded: number; remaining: number } | null;
}

/** `GET /assessments` adds whom it was issued to. */
export interface ListedAssessment extends Assessment {
  taxpayerName: string;
}

/**
 * What the assessment makes payable: tax (and an SKPDKB's opsen on MBLB) plus sanctions less credit; an STPD bills
 * only its sanctions, an SKPDLB nothing.
 */
export function payableOf(a: Assessment): number {
  if (a.kind === 'SKPDLB') return 0;
  const principal = a.kind === 'STPD' ? 0 : a.principal;
  const opsen = typeof a.basis.opsen === 'number' ? a.basis.opsen : 0;
  return principal + opsen + a.interest + a.increase - a.credit;
}
