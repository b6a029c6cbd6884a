/**
 * Calendar arithmetic on the region's local dates (`YYYY-MM-DD`) and months (`YYYY-MM`). Due dates and payment
 * dates are days on a Pemda's calendar, not instants, so this works on the numbers in the strings and never on
 * `Date`, whose local-time behaviour would move a day across a time-zone boundary.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH = /^(\d{4})-(\d{2})$/;

type YearMonth = { year: number; month: number };
type YearMonthDay = YearMonth & { day: number };

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

function daysInMonth({ year, month }: YearMonth): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function parseMonth(month: string): YearMonth {
  const m = MONTH.exec(month);
  const parsed = m ? { year: Number(m[1]), month: Number(m[2]) } : null;
  if (!parsed || parsed.year < 1 || parsed.month < 1 || parsed.month > 12) {
    throw new RangeError(`expected a month as YYYY-MM, got "${month}"`);
  }
  return parsed;
}

function parseDate(date: string): YearMonthDay {
  const m = DATE.exec(date);
  const parsed = m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
  if (
    !parsed ||
    parsed.year < 1 ||
    parsed.month < 1 ||
    parsed.month > 12 ||
    parsed.day < 1 ||
    parsed.day > daysInMonth(parsed)
  ) {
    throw new RangeError(`expected a calendar date as YYYY-MM-DD, got "${date}"`);
  }
  return parsed;
}

/** Months since year 0, so that month arithmetic is integer addition. */
function monthNumber({ year, month }: YearMonth): number {
  return year * 12 + (month - 1);
}

function fromMonthNumber(n: number): YearMonth {
  const year = Math.floor(n / 12);
  if (year < 1 || year > 9999)
    throw new RangeError(`month arithmetic left the years 0001–9999 (year ${year})`);
  return { year, month: (n % 12) + 1 };
}

function formatMonth({ year, month }: YearMonth): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** Orders two dates: negative if a is earlier, 0 if the same day, positive if later. */
export function compareDates(a: string, b: string): number {
  parseDate(a);
  parseDate(b);
  // Valid YYYY-MM-DD strings sort as text in calendar order.
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The month (`YYYY-MM`) a date falls in. */
export function monthOf(date: string): string {
  return formatMonth(parseDate(date));
}

/** The month after `month`: 2025-12 → 2026-01. */
export function nextMonth(month: string): string {
  return formatMonth(fromMonthNumber(monthNumber(parseMonth(month)) + 1));
}

/** How many months `to` is after `from` (negative when before): 2024-11 → 2025-02 is 3. */
export function monthsBetween(from: string, to: string): number {
  return monthNumber(parseMonth(to)) - monthNumber(parseMonth(from));
}

/** The `day`-th of `month`, or the month's last day when it is shorter: day 31 of 2025-02 is 2025-02-28. */
export function dayOfMonthClamped(month: string, day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 31)
    throw new RangeError(`a day of the month is 1–31, got ${day}`);
  const ym = parseMonth(month);
  return `${formatMonth(ym)}-${String(Math.min(day, daysInMonth(ym))).padStart(2, '0')}`;
}

/** The last day of a month: 2024-02 → 2024-02-29. */
export function lastDayOfMonth(month: string): string {
  return dayOfMonthClamped(month, 31);
}

/**
 * The same day `n` calendar months later (or earlier, for negative n), clamped to the end of a shorter month:
 * 2025-01-31 + 1 month = 2025-02-28. The clamp is not carried on: 2025-01-31 + 2 months = 2025-03-31.
 */
export function addMonthsClamped(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`a number of months must be a whole number, got ${n}`);
  const d = parseDate(date);
  return dayOfMonthClamped(formatMonth(fromMonthNumber(monthNumber(d) + n)), d.day);
}

/** The day `n` days after `date` (before, for negative n): 2024-02-28 + 2 = 2024-03-01. */
export function addDays(date: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`a number of days must be a whole number, got ${n}`);
  const d = parseDate(date);
  // A UTC date carries no time zone, so adding whole days to it never crosses a daylight or zone boundary.
  return new Date(Date.UTC(d.year, d.month - 1, d.day + n)).toISOString().slice(0, 10);
}

/** True once `today` is after the last day of `month`. */
export function monthEnded(month: string, today: string): boolean {
  return compareDates(today, lastDayOfMonth(month)) > 0;
}
