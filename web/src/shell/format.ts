import { TIME_ZONE_LABEL, type TimeZone } from '../../../src/platform/clock';
import type { Lang } from './api';

const locale = (lang: Lang) => (lang === 'id' ? 'id-ID' : 'en-GB');

/** WIB, WITA or WIT: the name Indonesians use for a region's time zone. */
export function zoneLabel(timeZone: string): string {
  return TIME_ZONE_LABEL[timeZone as TimeZone] ?? timeZone;
}

/** An instant as a date and time on the region's clock, e.g. `11 Mar 2025, 10.00.00 WIB`. */
export function formatDateTime(at: string, timeZone: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(locale(lang), {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(new Date(at));
  return `${text} ${zoneLabel(timeZone)}`;
}

/** Rupiah the Indonesian way, in either language: `Rp 1.234.567`. */
export function formatRupiah(amount: number): string {
  const sign = amount < 0 ? '−' : '';
  return `${sign}Rp ${new Intl.NumberFormat('id-ID', { maximumFractionDigits: 0 }).format(Math.abs(amount))}`;
}

/** A calendar day (`2025-04-10`) as `10 April 2025`. */
export function formatDate(day: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', dateStyle: 'long' }).format(
    new Date(`${day.slice(0, 10)}T00:00:00Z`),
  );
}

/** A masa pajak (`2025-02`) as `Februari 2025`. */
export function formatPeriod(period: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(`${period}-01T00:00:00Z`),
  );
}

/** A masa pajak in short, for a row of months side by side (issue 14's review queue): `Des 2024`, `Dec 2024`. */
export function formatPeriodShort(period: string, lang: Lang): string {
  return new Intl.DateTimeFormat(locale(lang), { timeZone: 'UTC', month: 'short', year: 'numeric' }).format(
    new Date(`${period}-01T00:00:00Z`),
  );
}

/** A rate in parts per million as a percentage: 100000 → `10%`, 25000 → `2,5%` in Indonesian. */
export function formatRatePpm(ppm: number, lang: Lang): string {
  return `${new Intl.NumberFormat(locale(lang), { maximumFractionDigits: 4 }).format(ppm / 10_000)}%`;
}

/** The calendar day of an instant on a region's clock, `YYYY-MM-DD`. */
export function dayIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(at);
}

/** The `count` months that ended before `today`, newest first: on 2025-03-11, `2025-02`, `2025-01`, … */
export function endedMonths(today: string, count: number): string[] {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  return Array.from({ length: count }, (_, i) => {
    const index = year * 12 + (month - 1) - (i + 1);
    return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  });
}

/** Whole rupiah typed by a person, who may write `25.000.000` or `25000000`; NaN when it is not a number. */
export function parseRupiah(text: string): number {
  const digits = text.replace(/[.\s]/g, '').replace(/^Rp/i, '');
  return /^\d{1,16}$/.test(digits) ? Number(digits) : Number.NaN;
}
