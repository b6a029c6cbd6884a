/**
 * Masa pajak and due dates. A self-assessed tax's masa pajak is one calendar month (`YYYY-MM`) and its SPTPD
 * reports a month that has ended. When it falls due is set by each region's Perda, so the rule is config.
 */
import { addMonthsClamped, dayOfMonthClamped, monthEnded, nextMonth } from '../../platform/calendar';

/**
 * When tax for a masa pajak falls due: a fixed day of the next month (Sleman, Perda 27/2023: the 10th) or the end
 * of the next month (Kota Malang APIN).
 */
export type DueDateRule = { kind: 'day-of-next-month'; day: number } | { kind: 'end-of-next-month' };

/**
 * When an SKPD, STPD or SKPDKB must be paid, counted from its issue date. PDRD-era Perdas: within 1 month of
 * issue; the HKPD / PP 35/2023 rule is UNCONFIRMED (domain file §1.9), hence config with this default.
 */
export type AssessmentDueRule = { kind: 'months-after-issue'; months: number };

export const DEFAULT_ASSESSMENT_DUE_RULE: Readonly<AssessmentDueRule> = Object.freeze({
  kind: 'months-after-issue',
  months: 1,
});

/**
 * The due date of a masa pajak. A day the next month does not have (a rule of "the 31st" in a 30-day month)
 * means that month's last day.
 */
export function dueDateFor(month: string, rule: DueDateRule): string {
  const next = nextMonth(month);
  return dayOfMonthClamped(next, rule.kind === 'day-of-next-month' ? rule.day : 31);
}

/** An SPTPD may be filed only for a masa pajak that has ended: on 2025-03-31 March cannot yet be reported. */
export function canFile(month: string, today: string): boolean {
  return monthEnded(month, today);
}

/**
 * The last day to pay an assessment: the issue date plus the rule's months, on the same day of the month (clamped
 * to a shorter month), the same month arithmetic as late interest.
 */
export function assessmentDueDate(
  issueDate: string,
  rule: AssessmentDueRule = DEFAULT_ASSESSMENT_DUE_RULE,
): string {
  if (!Number.isInteger(rule.months) || rule.months < 1) {
    throw new RangeError(`an assessment is due at least one month after issue, got ${rule.months}`);
  }
  return addMonthsClamped(issueDate, rule.months);
}
