/*
 * The quarters (triwulan) of realisation reporting, as calendar days (YYYY-MM-DD, the region's local dates): when a
 * quarter begins and ends, whether it may be reported yet, when it is due when the region has set no deadline, and
 * whether a report came late. Pure, so the routes, the calendar and the demo agree.
 */

/** The quarters of a year, Tw1–Tw4. */
export const QUARTERS = [1, 2, 3, 4] as const;
export type Quarter = (typeof QUARTERS)[number];

const pad = (n: number) => String(n).padStart(2, '0');

/** The first day of a quarter: Tw1 1 January, Tw2 1 April, Tw3 1 July, Tw4 1 October. */
export function quarterStart(year: number, quarter: number): string {
  return `${year}-${pad(quarter * 3 - 2)}-01`;
}

/** The last day of a quarter: 31 March, 30 June, 30 September, 31 December. */
export function quarterEnd(year: number, quarter: number): string {
  const next = new Date(Date.UTC(year, quarter * 3, 1));
  return addDays(next.toISOString().slice(0, 10), -1);
}

/** A day plus some days (negative: before). */
export function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** A quarter may be reported once it has begun (a realisation of a quarter still to come is refused). */
export function quarterHasBegun(year: number, quarter: number, today: string): boolean {
  return quarterStart(year, quarter) <= today;
}

/** Whether `today` lies in the quarter (its realisation so far is the running figure). */
export function quarterIsRunning(year: number, quarter: number, today: string): boolean {
  return quarterHasBegun(year, quarter, today) && today <= quarterEnd(year, quarter);
}

/**
 * The days after a quarter's end its realisation is due when the region has set no deadline: ten, so that Tw1 is due
 * on 10 April. A region setting (realisation_deadline), not a rule of law: regions' Perwali set their own.
 */
export const DEFAULT_DUE_DAYS = 10;

/** The day a quarter's realisation is due when the region has set none: ten days after the quarter ends. */
export function defaultDueDate(year: number, quarter: number): string {
  return addDays(quarterEnd(year, quarter), DEFAULT_DUE_DAYS);
}

/** On time, late or missing: a report sent on or before its due day is on time; none by then is late, then missing. */
export type Punctuality = 'on_time' | 'late' | 'missing' | 'not_due';

/**
 * How a quarter's report stands against its due day: sent by the due day, on time; sent after it, late; not sent and
 * the due day passed, missing; not sent and not yet due, not due.
 */
export function punctuality(dueDate: string, submittedOn: string | null, today: string): Punctuality {
  if (submittedOn !== null) return submittedOn <= dueDate ? 'on_time' : 'late';
  return today > dueDate ? 'missing' : 'not_due';
}
