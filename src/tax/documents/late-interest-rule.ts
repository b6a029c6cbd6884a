import { regimeFor } from '../../receivables';
import type { PolicyVersion } from '../policy';

/**
 * The region's late-payment interest on a bill due on `dueDate`, as a bill slip or an assessment prints it as a
 * warning: its rate per month and for how many months at most; null if no policy is recorded or it charges none.
 */
export function lateInterestRule(
  policy: PolicyVersion | null,
  dueDate: string,
): { ratePerMonthPpm: number; maxMonths: number } | null {
  if (!policy) return null;
  const { ratePerMonthPpm, maxMonths } = regimeFor(policy.policy.interest, dueDate);
  return ratePerMonthPpm > 0 ? { ratePerMonthPpm, maxMonths } : null;
}
