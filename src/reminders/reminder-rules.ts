import { addDays, compareDates, monthOf } from '../platform/calendar';

/**
 * Which reminders fall due on a day. Pure: the run (run-reminders.ts) reads the masa not filed and the open bills, and
 * asks these rules which of them to remind of today.
 */

/** What a reminder tells of. */
export const REMINDER_KINDS = ['filing_due', 'bill_due', 'bill_overdue'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

/** How a reminder reaches the taxpayer: their email, or their phone through the WhatsApp/SMS gateway. */
export const REMINDER_CHANNELS = ['email', 'whatsapp'] as const;
export type ReminderChannel = (typeof REMINDER_CHANNELS)[number];

/** The region's timing of reminders in force on a day (reminder_setting). */
export interface ReminderSettings {
  /** Days before a masa's filing deadline (batas waktu pelaporan SPTPD) that a masa not filed is reminded of. */
  daysBeforeFiling: number;
  /** Days before a bill's due date (jatuh tempo) that an open bill is reminded of. */
  daysBeforeDue: number;
  /** Days after a bill's due date that the overdue notice goes, with the amount as of that day. */
  daysAfterDue: number;
}

/** Until a region records its own: three days before, seven days after. */
export const DEFAULT_REMINDER_SETTINGS: Readonly<ReminderSettings> = Object.freeze({
  daysBeforeFiling: 3,
  daysBeforeDue: 3,
  daysAfterDue: 7,
});

/**
 * Whether the taxpayer may switch a kind off. Reminders before a deadline (`filing_due`, `bill_due`) are a courtesy:
 * no law obliges the region to send them, so the taxpayer may opt out per channel. The overdue notice
 * (`bill_overdue`) is not: once a bill is past due it is a tax debt that the region collects (penagihan pajak under
 * UU 19/1997 as amended by UU 19/2000, and the region's Perda) and that grows by interest each month; the region
 * tells the debtor what is owed before a Surat Teguran, and a debtor cannot decline being told of a debt.
 */
export function mayOptOut(kind: ReminderKind): boolean {
  return kind !== 'bill_overdue';
}

/** Days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  const ms = Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`);
  return Math.round(ms / 86_400_000);
}

/**
 * A courtesy reminder is due from `daysBefore` days before the deadline up to the deadline itself: a window, not a
 * single day, so that a day the run did not happen (a server down) is caught up the next day. Once sent it is not
 * sent again (the reminder's unique key).
 */
export function courtesyDue(today: string, deadline: string, daysBefore: number): boolean {
  const left = daysBetween(today, deadline);
  return left >= 0 && left <= daysBefore;
}

/** The overdue notice is due once `daysAfter` days have passed since the due date, and stays due while unpaid. */
export function overdueNoticeDue(today: string, dueDate: string, daysAfter: number): boolean {
  return daysBetween(dueDate, today) >= daysAfter;
}

/**
 * The masa whose filing deadline may fall within the courtesy window on `today`: a masa is reported after it ends,
 * by a day of the next month, so only last month's (and, with a long window at a month's end, this month's) can.
 * `dueDateOf` is the region's rule (tax's `dueDateFor` with its policy).
 */
export function masaToRemind(
  today: string,
  daysBefore: number,
  dueDateOf: (period: string) => string,
): { period: string; dueDate: string }[] {
  const current = monthOf(today);
  const last = monthOf(addDays(`${current}-01`, -1));
  return [last, current]
    .map((period) => ({ period, dueDate: dueDateOf(period) }))
    .filter((m) => courtesyDue(today, m.dueDate, daysBefore) && compareDates(m.dueDate, today) >= 0);
}

/** The key a reminder is sent once under, with its kind and channel: one masa of one object, or one bill. */
export function subjectKey(
  s: { kind: 'masa'; objectId: number; period: string } | { kind: 'bill'; billId: number },
): string {
  return s.kind === 'masa' ? `masa:${s.objectId}:${s.period}` : `bill:${s.billId}`;
}
