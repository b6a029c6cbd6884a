import { addDays, compareDates } from '../../platform/calendar';

/**
 * The ages of piutang (receivables) on a day, as a Bapenda's arrears report groups them:
 * - `current`: open bills not past due on the day (due on it or later: a payment on the due date is on time) — owed,
 *   but not arrears, and bearing no interest;
 * - `m1_12`: 1 to 12 months late, counting a started month as a full one as interest does (PP 35/2023 Pasal 59(7)):
 *   a bill one day late is in its first month;
 * - `y1_2`: 13 to 24 months late;
 * - `over_2y`: more than 24 months late (interest stopped growing at 24 months; the debt did not).
 */
export const AGES = ['current', 'm1_12', 'y1_2', 'over_2y'] as const;
export type Age = (typeof AGES)[number];

/** The age of a bill `monthsLate` months late (0: not past due). */
export function ageOf(monthsLate: number): Age {
  if (monthsLate <= 0) return 'current';
  if (monthsLate <= 12) return 'm1_12';
  if (monthsLate <= 24) return 'y1_2';
  return 'over_2y';
}

/** The first day a Surat Teguran may be issued for a bill: `afterDays` after its due date, and never on it. */
export function teguranFrom(dueDate: string, afterDays: number): string {
  return addDays(dueDate, Math.max(1, afterDays));
}

/**
 * The day the right to collect a bill lapses (kedaluwarsa penagihan: "setelah melampaui jangka waktu 5 (lima) tahun
 * terhitung sejak saat terutangnya pajak", UU 28/2009 Pasal 40(1)), counted from its due date — later than when the tax
 * fell due, so a bill is never proposed for write-off early. A Surat Teguran or Surat Paksa suspends it (Pasal 40(2)
 * huruf a: "kedaluwarsa penagihan … tertangguh apabila diterbitkan Surat Teguran dan/atau Surat Paksa"): the period
 * runs again from the latest letter's date. 29 February runs to 28 February.
 */
export function collectionLapsesOn(
  dueDate: string,
  years: number,
  lastLetterOn: string | null = null,
): string {
  const from = lastLetterOn && compareDates(lastLetterOn, dueDate) > 0 ? lastLetterOn : dueDate;
  const year = Number(from.slice(0, 4)) + years;
  const monthDay = from.slice(5) === '02-29' ? '02-28' : from.slice(5);
  return `${year}-${monthDay}`;
}

/** Past the collection time limit on `day`: a write-off candidate (penghapusan piutang kedaluwarsa). */
export function isLapsed(dueDate: string, years: number, lastLetterOn: string | null, day: string): boolean {
  return compareDates(collectionLapsesOn(dueDate, years, lastLetterOn), day) <= 0;
}
