import { TIME_ZONE_LABEL, type TimeZone } from '../../../src/platform/clock';
import * as human from '../../../src/platform/human-format';
import type { Lang } from './api';

/*
 * Every date, amount, month, rate and count the web app shows goes through the server's one formatter per language
 * (src/platform/human-format.ts, pure, bundled): the same `3 Desember 2026`, `November 2026`, `Rp 1.234.567` and
 * `1 month` as the API's messages and the documents (issue 14, defect 10). These wrappers keep the pages' names.
 */

/** WIB, WITA or WIT: the name Indonesians use for a region's time zone. */
export function zoneLabel(timeZone: string): string {
  return TIME_ZONE_LABEL[timeZone as TimeZone] ?? timeZone;
}

/**
 * An instant as a date and time on the region's clock with its zone: `11 Maret 2025 pukul 10.00 WIB`, `11 March
 * 2025, 10:00 WIB`; `seconds` for the audit trail.
 */
export function formatDateTime(
  at: string,
  timeZone: string,
  lang: Lang,
  options: { seconds?: boolean } = {},
): string {
  return human.formatDateTime(at, timeZone, lang, options);
}

/** Rupiah the Indonesian way, in either language: `Rp 1.234.567`. */
export const formatRupiah = human.formatRupiah;

/** A whole number grouped as the language does: `12.345`, `12,345`. */
export const formatNumber = human.formatNumber;

// One formatter per language: making one costs far more than formatting (a tree of 2,000 indicators spent half a
// second making them).
const DECIMALS = {
  id: new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }),
};

/** A measured figure with up to two decimals, grouped as the language does: `1.234,5`, `1,234.5`. */
export function formatDecimal(n: number, lang: Lang): string {
  return DECIMALS[lang].format(n);
}

/**
 * A calendar day (`2025-04-10`) as `10 April 2025`. An instant (`2025-04-10T03:00:00Z`) is read on the region's clock
 * (WIB when none is given), never cut at its UTC date.
 */
export function formatDate(day: string, lang: Lang, timeZone?: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(day)
    ? human.formatDate(day, lang)
    : human.formatDayOf(day, timeZone, lang);
}

/** A masa pajak (`2025-02`) as `Februari 2025`, `February 2025`. */
export const formatPeriod = (period: string, lang: Lang): string => human.formatMonth(period, lang);

/** A masa pajak in short, for a row of months side by side (issue 14's review queue): `Des 2024`, `Dec 2024`. */
export const formatPeriodShort = (period: string, lang: Lang): string => human.formatMonthShort(period, lang);

/** A rate in parts per million as a percentage: 100000 → `10%`, 25000 → `2,5%` in Indonesian, `2.5%` in English. */
export function formatRatePpm(ppm: number, lang: Lang): string {
  return human.formatPercent(Math.round(ppm), lang);
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
