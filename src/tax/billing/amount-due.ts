import type { TaxPolicy } from '../policy';
import { addMonthsClamped, compareDates } from '../rules/calendar';
import { type LateInterest, lateInterest, regimeFor } from '../rules/penalty';

/**
 * What a bill costs on a given day: its unpaid principal plus late-payment interest by the region's rules in force
 * that day (the regime chosen by the bill's due date against the Perda transition; rounding and amnesty windows
 * of the day's policy). The quote holds until the day before the next month of lateness starts.
 */
export interface AmountDue extends LateInterest {
  principal: number;
  validUntil: string;
}

export function amountDueOn(
  policy: TaxPolicy,
  bill: { principal: number; dueDate: string; accruesInterest: boolean; interestBilledMonths?: number },
  day: string,
): AmountDue {
  const regime = regimeFor(policy.interest, bill.dueDate);
  const interest = lateInterest({
    principal: bill.principal,
    dueDate: bill.dueDate,
    paymentDate: day,
    regime: bill.accruesInterest ? regime : { ...regime, ratePerMonthPpm: 0 },
    rounding: policy.rounding,
    amnesties: policy.amnesties,
    alreadyBilledMonths: bill.interestBilledMonths ?? 0,
  });
  // Month N of lateness ends on the due date plus N months; on time, the quote holds until the due date.
  const validUntil = interest.months === 0 ? bill.dueDate : addMonthsClamped(bill.dueDate, interest.months);
  return {
    ...interest,
    principal: bill.principal,
    validUntil: compareDates(validUntil, day) < 0 ? day : validUntil,
  };
}
