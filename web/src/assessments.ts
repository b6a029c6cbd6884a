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
  billId: number | null;
  billingCode: string | null;
}

/** What the assessment makes payable: tax plus sanctions less credit (an STPD bills only its sanctions). */
export function payableOf(a: Assessment): number {
  const principal = a.kind === 'STPD' ? 0 : a.principal;
  return principal + a.interest + a.increase - a.credit;
}
