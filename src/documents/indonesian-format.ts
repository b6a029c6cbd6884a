import { TIME_ZONE_LABEL, type TimeZone } from '../platform/clock';

/**
 * How Indonesian official documents write amounts, dates and rates: `Rp 1.234.567`, `11 Maret 2025`,
 * `Februari 2025` for a masa pajak, `10%` or `2,5%`. Written by hand rather than with `Intl` so that a document
 * prints the same on every Node build (ICU data differs) and with no non-breaking spaces that a search misses.
 */

export const MONTHS_ID = [
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
] as const;

function groupThousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
}

/** `Rp 1.234.567`. Whole rupiah only; a negative amount is written `-Rp 1.000`. */
export function formatRupiah(amount: number): string {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`expected whole rupiah, got ${amount}`);
  return `${amount < 0 ? '-' : ''}Rp ${groupThousands(Math.abs(amount))}`;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `2025-03-11` → `11 Maret 2025`. */
export function formatTanggal(date: string): string {
  const m = DATE.exec(date);
  const month = m ? MONTHS_ID[Number(m[2]) - 1] : undefined;
  if (!m || !month) throw new RangeError(`expected a YYYY-MM-DD date, got "${date}"`);
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** A masa pajak: `2025-02` → `Februari 2025`; a tax year `2025` → `Tahun 2025`; anything else as stored. */
export function formatMasaPajak(period: string): string {
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  const name = month ? MONTHS_ID[Number(month[2]) - 1] : undefined;
  if (month && name) return `${name} ${month[1]}`;
  if (/^\d{4}$/.test(period)) return `Tahun ${period}`;
  return period;
}

const timeFormatters = new Map<TimeZone, Intl.DateTimeFormat>();

/** An instant as the region's clock shows it: `11 Maret 2025 pukul 10.00 WIB`. */
export function formatWaktu(at: Date, timeZone: TimeZone): string {
  let f = timeFormatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    timeFormatters.set(timeZone, f);
  }
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    f.formatToParts(at).find((p) => p.type === type)?.value;
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  return `${formatTanggal(date)} pukul ${part('hour')}.${part('minute')} ${TIME_ZONE_LABEL[timeZone]}`;
}

/** A rate in parts per million as a percentage with a decimal comma: 100 000 → `10%`, 25 000 → `2,5%`. */
export function formatPersen(ppm: number): string {
  if (!Number.isSafeInteger(ppm) || ppm < 0) throw new RangeError(`expected a rate in ppm, got ${ppm}`);
  const whole = Math.floor(ppm / 10_000);
  const fraction = String(ppm % 10_000)
    .padStart(4, '0')
    .replace(/0+$/, '');
  return `${whole}${fraction ? `,${fraction}` : ''}%`;
}

/** The first letter in upper case, for words that begin a sentence ("Seribu rupiah"). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
