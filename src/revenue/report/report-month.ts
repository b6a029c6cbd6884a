import { lastDayOfMonth } from '../../platform/calendar';

/**
 * Which month a report may cover and the day its figures are counted through: a month that is over, through its last
 * day; the month under way, through today (a report in the middle of a month says so); a month not yet begun, none.
 */

export interface ReportMonth {
  year: number;
  /** 1–12. */
  month: number;
}

/** `2025-02` for February 2025. */
export function periodOf({ year, month }: ReportMonth): string {
  return `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The day a month's report counts through, as of `today` (the region's calendar day): the month's last day once it
 * is over, today while it runs, null before it begins.
 */
export function reportDay(m: ReportMonth, today: string): string | null {
  const period = periodOf(m);
  const current = today.slice(0, 7);
  if (period > current) return null;
  return period === current ? today : lastDayOfMonth(period);
}

/** Whether the month is over on `today`: its report is final, not a report of a month still running. */
export function monthComplete(m: ReportMonth, today: string): boolean {
  return periodOf(m) < today.slice(0, 7);
}

/** The month before the one `today` falls in: what the 1st of a month reports on. */
export function monthBefore(today: string): ReportMonth {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return month === 1 ? { year: year - 1, month: 12 } : { year, month: month - 1 };
}

/** The report's number: `LRPD/35.73/2025-02/1` (Laporan Realisasi Pendapatan Daerah, the month's first report). */
export function reportNumber(regionId: string, m: ReportMonth, revision: number): string {
  return `LRPD/${regionId}/${periodOf(m)}/${revision}`;
}
