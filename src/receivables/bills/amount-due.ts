import { addMonthsClamped, compareDates } from '../../platform/calendar';
import {
  type InterestTerms,
  interestOn,
  interestTerms,
  type LateInterest,
  regimeFor,
} from '../rules/penalty';
import type { CollectionPolicy } from './bill-issuers';

/**
 * What a bill costs on a given day: its unpaid principal plus late-payment interest by the region's rules in force
 * that day (the regime chosen by the bill's due date against the Perda transition; rounding and amnesty windows
 * of the day's policy). The quote holds until the day before the next month of lateness starts.
 */
export interface AmountDue extends LateInterest {
  principal: number;
  validUntil: string;
}

export interface BillTerms {
  dueDate: string;
  accruesInterest: boolean;
  interestBilledMonths?: number;
}

/** The date-dependent part of a bill's price on a day: the same for every bill with the same due date. */
export interface DueTerms {
  interest: InterestTerms;
  validUntil: string;
}

export function dueTermsOn(policy: CollectionPolicy, bill: BillTerms, day: string): DueTerms {
  const regime = regimeFor(policy.interest, bill.dueDate);
  const interest = interestTerms({
    dueDate: bill.dueDate,
    paymentDate: day,
    regime: bill.accruesInterest ? regime : { ...regime, ratePerMonthPpm: 0 },
    amnesties: policy.amnesties,
    alreadyBilledMonths: bill.interestBilledMonths ?? 0,
  });
  // Month N of lateness ends on the due date plus N months; on time, the quote holds until the due date.
  const until = interest.months === 0 ? bill.dueDate : addMonthsClamped(bill.dueDate, interest.months);
  return { interest, validUntil: compareDates(until, day) < 0 ? day : until };
}

export function amountDueWith(policy: CollectionPolicy, terms: DueTerms, principal: number): AmountDue {
  const interest = interestOn(principal, terms.interest, policy.rounding);
  // Field by field, not by spreading: V8 builds a spread-and-extend object some twenty times slower, and the
  // arrears report prices a million bills through here.
  return {
    months: interest.months,
    chargedMonths: interest.chargedMonths,
    ratePerMonthPpm: interest.ratePerMonthPpm,
    penalty: interest.penalty,
    total: interest.total,
    regime: interest.regime,
    waivedByAmnesty: interest.waivedByAmnesty,
    principal,
    validUntil: terms.validUntil,
  };
}

export function amountDueOn(
  policy: CollectionPolicy,
  bill: BillTerms & { principal: number },
  day: string,
): AmountDue {
  return amountDueWith(policy, dueTermsOn(policy, bill, day), bill.principal);
}
