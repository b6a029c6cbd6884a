import type {
  assessmentSchema,
  listedAssessmentSchema,
} from '../../../../src/tax/assessments/assessments-routes';
import type { WireOf } from '../../shell/api';

export { ASSESSMENT_KINDS, type AssessmentKind } from '../../../../src/tax/assessments/assessment-kinds';

/**
 * An official assessment (SKPD family or STPD) as the API answers it; `overpayment` is an SKPDLB's, with what has been
 * offset or refunded of it (null for other kinds).
 */
export type Assessment = WireOf<typeof assessmentSchema>;

/** `GET /assessments` adds whom it was issued to. */
export type ListedAssessment = WireOf<typeof listedAssessmentSchema>;

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
