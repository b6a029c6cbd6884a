import { localTimestamp, TIME_ZONE_LABEL, TIME_ZONES, type TimeZone } from './clock';

/**
 * How Balai writes amounts, dates, months, times, rates and counts for people, in Indonesian and in English: the
 * one formatter of the server's messages, its documents and the web app (which imports this module), so that a
 * date reads `3 Desember 2026` / `3 December 2026` wherever it appears and never `2026-12-03` (issue 14, defect 10).
 * Machine-readable fields (JSON, CSV codes) stay ISO; only text for a person goes through here.
 *
 * Written by hand rather than with `Intl` so that a text prints the same on every Node build and browser (ICU data
 * differs) and with no non-breaking spaces that a search misses. Rupiah are grouped the Indonesian way in both
 * languages (`Rp 1.234.567`), as the banks and the Perda print them.
 */

export type Lang = 'id' | 'en';

export const MONTHS: Record<Lang, readonly string[]> = {
  id: [
    'Januari',
    'Februari',
    'Maret',
    'April',
    'Mei',
    'Juni',
    'Juli',
    'Agustus',
    'September',
    'Oktober',
    'November',
    'Desember',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

/** The months in short, for rows of months side by side. */
export const MONTHS_SHORT: Record<Lang, readonly string[]> = {
  id: ['Jan', 'Feb', 'Mar', 'Apr', 'Mei', 'Jun', 'Jul', 'Agu', 'Sep', 'Okt', 'Nov', 'Des'],
  en: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
};

function group(digits: string, separator: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);
}

/** `Rp 1.234.567` in both languages. Whole rupiah only; a negative amount is written `-Rp 1.000`. */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`expected whole rupiah, got ${amount}`);
  return `${amount < 0 ? '-' : ''}Rp ${group(String(Math.abs(amount)), '.')}`;
}

/** A whole number as a person reads it: `12.345` in Indonesian, `12,345` in English. */
export function formatNumber(n: number, lang: Lang): string {
  if (!Number.isSafeInteger(n)) return String(n);
  return `${n < 0 ? '-' : ''}${group(String(Math.abs(n)), lang === 'id' ? '.' : ',')}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function monthName(month: string, lang: Lang, names = MONTHS): string | undefined {
  return names[lang][Number(month) - 1];
}

/** A calendar day: `2025-03-11` → `11 Maret 2025`, `11 March 2025`. */
export function formatDate(day: string, lang: Lang): string {
  const m = DATE.exec(day);
  const month = m ? monthName(m[2] as string, lang) : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31)
    throw new RangeError(`expected a YYYY-MM-DD date, got "${day}"`);
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/**
 * A masa pajak: `2025-02` → `Februari 2025`, `February 2025`; a tax year `2025` → `Tahun 2025`, `Year 2025`;
 * anything else as stored.
 */
export function formatMonth(period: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const name = m ? monthName(m[2] as string, lang) : undefined;
  if (m && name) return `${name} ${m[1]}`;
  if (/^\d{4}$/.test(period)) return `${lang === 'id' ? 'Tahun' : 'Year'} ${period}`;
  return period;
}

/** A masa pajak in short: `2024-12` → `Des 2024`, `Dec 2024`. */
export function formatMonthShort(period: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})$/.exec(period);
  const name = m ? monthName(m[2] as string, lang, MONTHS_SHORT) : undefined;
  return m && name ? `${name} ${m[1]}` : formatMonth(period, lang);
}

/** The region's zone if it is one of Indonesia's three; otherwise WIB, the zone of most regions and of the capital. */
export function zoneOf(timeZone: string | undefined): TimeZone {
  return (TIME_ZONES as readonly string[]).includes(timeZone ?? '') ? (timeZone as TimeZone) : 'Asia/Jakarta';
}

/**
 * An instant as the region's clock shows it, with the zone: `11 Maret 2025 pukul 10.05 WIB`, `11 March 2025,
 * 10:05 WIB`; with seconds for the audit trail (`10.05.30`, `10:05:30`).
 */
export function formatDateTime(
  at: Date | string,
  timeZone: string | undefined,
  lang: Lang,
  options: { seconds?: boolean } = {},
): string {
  const instant = typeof at === 'string' ? new Date(at) : at;
  if (Number.isNaN(instant.getTime())) throw new RangeError(`expected an instant, got "${String(at)}"`);
  const zone = zoneOf(timeZone);
  const wall = localTimestamp(instant, zone); // 2025-03-11T10:05:30+07:00
  const separator = lang === 'id' ? '.' : ':';
  const time = [
    wall.slice(11, 13),
    wall.slice(14, 16),
    ...(options.seconds ? [wall.slice(17, 19)] : []),
  ].join(separator);
  const day = formatDate(wall.slice(0, 10), lang);
  return `${day}${lang === 'id' ? ' pukul ' : ', '}${time} ${TIME_ZONE_LABEL[zone]}`;
}

/** The calendar day of an instant on the region's clock, as a person reads it: `11 Maret 2025`. */
export function formatDayOf(at: Date | string, timeZone: string | undefined, lang: Lang): string {
  const instant = typeof at === 'string' ? new Date(at) : at;
  return formatDate(localTimestamp(instant, zoneOf(timeZone)).slice(0, 10), lang);
}

/** A rate in parts per million as a percentage: 100 000 → `10%`; 25 000 → `2,5%` in Indonesian, `2.5%` in English. */
export function formatPercent(ppm: number, lang: Lang): string {
  if (!Number.isSafeInteger(ppm) || ppm < 0) throw new RangeError(`expected a rate in ppm, got ${ppm}`);
  const whole = Math.floor(ppm / 10_000);
  const fraction = String(ppm % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${whole}${fraction ? `${lang === 'id' ? ',' : '.'}${fraction}` : ''}%`;
}

/** A noun in each language; English has a singular and a plural, Indonesian one form (`2 bulan`). */
export interface Noun {
  id: string;
  en: readonly [one: string, other: string];
}

/** Units that amounts of time are counted in. */
export const UNITS = {
  day: { id: 'hari', en: ['day', 'days'] },
  month: { id: 'bulan', en: ['month', 'months'] },
  year: { id: 'tahun', en: ['year', 'years'] },
  hour: { id: 'jam', en: ['hour', 'hours'] },
  minute: { id: 'menit', en: ['minute', 'minutes'] },
} as const satisfies Record<string, Noun>;

/** A count with its noun: `1 bulan`, `2 bulan`; `1 month`, `2 months`. */
export function formatCount(count: number, noun: Noun | keyof typeof UNITS, lang: Lang): string {
  const n = typeof noun === 'string' ? UNITS[noun] : noun;
  const word = lang === 'id' ? n.id : count === 1 ? n.en[0] : n.en[1];
  return `${formatNumber(count, lang)} ${word}`;
}

/**
 * A code a region chose for something of its own (a reklame type, a water usage: `rumah_tangga`) as words, when no
 * label names it: `Rumah tangga`. Never the bare code in a table.
 */
export function formatCodeWords(code: string): string {
  return capitalise(code.replace(/[_-]+/g, ' ').trim());
}

/** The first letter in upper case, for words that begin a sentence ("Seribu rupiah"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export type MessageParams = Record<string, string | number | Date | null | undefined>;

/** The index of the brace that closes the one at `open`, or -1. */
function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

/** `one {# month} other {# months}` → { one: '# month', other: '# months' }. */
function pluralBranches(spec: string): Map<string, string> {
  const branches = new Map<string, string>();
  let i = 0;
  while (i < spec.length) {
    const open = spec.indexOf('{', i);
    if (open < 0) break;
    const close = closingBrace(spec, open);
    if (close < 0) break;
    branches.set(spec.slice(i, open).trim(), spec.slice(open + 1, close));
    i = close + 1;
  }
  return branches;
}

function placeholder(body: string, params: MessageParams, lang: Lang, timeZone: string | undefined): string {
  const comma = body.indexOf(',');
  const name = (comma < 0 ? body : body.slice(0, comma)).trim();
  const value = params[name];
  if (value === undefined || value === null || !/^\w+$/.test(name)) return `{${body}}`;
  if (comma < 0) return value instanceof Date ? formatDateTime(value, timeZone, lang) : String(value);
  const rest = body.slice(comma + 1);
  const second = rest.indexOf(',');
  const style = (second < 0 ? rest : rest.slice(0, second)).trim();
  try {
    switch (style) {
      case 'date':
        return value instanceof Date ? formatDayOf(value, timeZone, lang) : formatDate(String(value), lang);
      case 'month':
        return formatMonth(String(value), lang);
      case 'monthShort':
        return formatMonthShort(String(value), lang);
      case 'datetime':
        return formatDateTime(value instanceof Date ? value : String(value), timeZone, lang);
      case 'rupiah':
        return formatRupiah(Number(value));
      case 'number':
        return formatNumber(Number(value), lang);
      case 'percent':
        return formatPercent(Number(value), lang);
      case 'plural': {
        const count = Number(value);
        const branches = pluralBranches(second < 0 ? '' : rest.slice(second + 1));
        const chosen =
          branches.get(`=${count}`) ??
          (lang === 'en' && count === 1 ? branches.get('one') : undefined) ??
          branches.get('other') ??
          '';
        return fillMessage(chosen.replaceAll('#', formatNumber(count, lang)), params, lang, { timeZone });
      }
      default:
        return String(value);
    }
  } catch {
    // A value the style cannot read is shown as given rather than failing the whole answer.
    return String(value);
  }
}

/**
 * Fills a message's placeholders, in a small subset of ICU MessageFormat: `{name}` as given; `{day, date}`,
 * `{period, month}`, `{period, monthShort}`, `{at, datetime}` (on the region's clock, `timeZone`, WIB when none),
 * `{amount, rupiah}`, `{n, number}`, `{ppm, percent}`; and `{count, plural, one {# month} other {# months}}` (`#` is
 * the count; `=0 {…}` picks an exact count). A placeholder with no value stays as written.
 */
export function fillMessage(
  template: string,
  params: MessageParams,
  lang: Lang,
  options: { timeZone?: string } = {},
): string {
  let out = '';
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) return out + template.slice(i);
    const close = closingBrace(template, open);
    if (close < 0) return out + template.slice(i);
    out +=
      template.slice(i, open) + placeholder(template.slice(open + 1, close), params, lang, options.timeZone);
    i = close + 1;
  }
  return out;
}

/** Every format bound to one language (and a region's clock): what a page or a message in that language uses. */
export interface HumanFormat {
  lang: Lang;
  rupiah(amount: number): string;
  number(n: number): string;
  date(day: string): string;
  month(period: string): string;
  monthShort(period: string): string;
  dateTime(at: Date | string, options?: { seconds?: boolean }): string;
  dayOf(at: Date | string): string;
  percent(ppm: number): string;
  count(count: number, noun: Noun | keyof typeof UNITS): string;
  fill(template: string, params: MessageParams): string;
}

/** The formatter of one language, on the clock of a region (WIB when none is given). */
export function humanFormat(lang: Lang, timeZone?: string): HumanFormat {
  return {
    lang,
    rupiah: formatRupiah,
    number: (n) => formatNumber(n, lang),
    date: (day) => formatDate(day, lang),
    month: (period) => formatMonth(period, lang),
    monthShort: (period) => formatMonthShort(period, lang),
    dateTime: (at, options) => formatDateTime(at, timeZone, lang, options),
    dayOf: (at) => formatDayOf(at, timeZone, lang),
    percent: (ppm) => formatPercent(ppm, lang),
    count: (count, noun) => formatCount(count, noun, lang),
    fill: (template, params) => fillMessage(template, params, lang, { timeZone }),
  };
}
