import { compareDates, monthOf, monthsBetween, nextMonth } from '../../platform/calendar';
import { type DueDateRule, dueDateFor } from '../rules/tax-period';

/**
 * What a self-assessed object still has to report, and when its next report falls due. A masa pajak is a calendar
 * month, reported once it has ended, by the Perda's due date (`dueDateFor`); the months owed are those the object was
 * open in, up to the last ended month, without an SPTPD filed. How far back a taxpayer's home looks is bounded: older
 * gaps are an officer's matter (the missing-returns list, a teguran), not a reminder.
 */
export interface UnfiledMasa {
  period: string;
  dueDate: string;
  overdue: boolean;
}

export const AGENDA_LOOKBACK_MONTHS = 12;

/** The ended months, oldest first, an object open from `openedOn` (until `closedOn`) has not filed by `today`. */
export function unfiledMasa(
  object: { openedOn: string; closedOn: string | null },
  filed: ReadonlySet<string>,
  today: string,
  rule: DueDateRule,
  lookbackMonths = AGENDA_LOOKBACK_MONTHS,
): UnfiledMasa[] {
  const current = monthOf(today);
  let month = monthOf(object.openedOn);
  if (monthsBetween(month, current) > lookbackMonths) {
    month = current;
    for (let i = 0; i < lookbackMonths; i++) month = previous(month);
  }
  const last = object.closedOn ? monthOf(object.closedOn) : null;
  const owed: UnfiledMasa[] = [];
  for (; monthsBetween(month, current) > 0; month = nextMonth(month)) {
    if (last && monthsBetween(last, month) > 0) break;
    if (filed.has(month)) continue;
    const dueDate = dueDateFor(month, rule);
    owed.push({ period: month, dueDate, overdue: compareDates(today, dueDate) > 0 });
  }
  return owed;
}

/**
 * The next filing deadline of an open object on `today`: the last ended month's due date if that month is not filed
 * and its date has not passed, otherwise the current month's (reported once it ends).
 */
export function nextFilingDeadline(
  filed: ReadonlySet<string>,
  today: string,
  rule: DueDateRule,
): { period: string; dueDate: string } {
  const current = monthOf(today);
  const last = previous(current);
  const lastDue = dueDateFor(last, rule);
  if (!filed.has(last) && compareDates(today, lastDue) <= 0) return { period: last, dueDate: lastDue };
  return { period: current, dueDate: dueDateFor(current, rule) };
}

function previous(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
