import { MONTHS } from '../../platform/human-format';
import type { Bilingual } from '../../platform/problem';

/**
 * Forecast of a year's realisation at its end, from what came in so far and the seasonal pattern of earlier years.
 *
 * Local taxes do not come in evenly: PBJT is paid month by month after each masa, Reklame and PBB cluster around their
 * due dates, December closes the budget. So the year's pace is read against the years before it: if by 11 March the
 * earlier years had collected 18% of their totals, this year's total is what came in by 11 March divided by 18%
 * ("seasonal pace"). The share is the average over the earlier years the records cover in full; with none, the year is
 * assumed to come in evenly by days ("linear pace"). The method and its error on last year (a back-test: the same
 * method applied to last year on the same date, against what last year actually collected) are shown beside the figure,
 * so a reader knows how far to trust it.
 */

/** An earlier year: what it had collected by the same day of the year, and its whole year's realisation. */
export interface EarlierYear {
  year: number;
  byDay: number;
  total: number;
}

export type ForecastMethod = 'seasonal' | 'linear';

export interface YearEndForecast {
  yearEnd: number;
  method: ForecastMethod;
  /** The share of a year's total collected by the day that the realisation was divided by (0–1). */
  share: number;
  /** The earlier years whose pattern gave the share (none for the linear pace). */
  years: number[];
  /** The method in words, with its figures. */
  description: Bilingual;
}

/**
 * Year-end = realised to date ÷ the average share of their totals that the earlier years had collected by the same
 * day (each year with something collected counts; years are weighted equally, so one large year does not set the
 * pattern alone). Without such a year, or if they had collected nothing by that day, the linear pace: realised ÷ the
 * days gone by (the day itself included) × the days of the year.
 */
export function forecastYearEnd(input: {
  realisedToDate: number;
  /** The day counted through, `YYYY-MM-DD`. */
  day: string;
  earlier: readonly EarlierYear[];
}): YearEndForecast {
  const { realisedToDate, day } = input;
  const usable = input.earlier.filter((y) => y.total > 0).sort((a, b) => a.year - b.year);
  const share = usable.reduce((sum, y) => sum + y.byDay / y.total, 0) / (usable.length || 1);
  if (usable.length > 0 && share > 0) {
    return {
      yearEnd: Math.round(realisedToDate / share),
      method: 'seasonal',
      share,
      years: usable.map((y) => y.year),
      description: seasonalWords(
        day,
        share,
        usable.map((y) => y.year),
      ),
    };
  }
  const elapsed = dayOfYear(day);
  const days = daysInYear(Number(day.slice(0, 4)));
  return {
    yearEnd: Math.round((realisedToDate * days) / elapsed),
    method: 'linear',
    share: elapsed / days,
    years: [],
    description: linearWords(day, elapsed, days),
  };
}

export interface Backtest {
  /** What the method would have said of last year on the same date. */
  forecast: number;
  /** What last year actually collected. */
  actual: number;
  /** (forecast − actual) ÷ actual, in percent to one decimal: positive when the method overshot. Null with no actual. */
  errorPercent: number | null;
  method: ForecastMethod;
}

/**
 * The forecast's error on last year: the same method applied to last year on the same day of the year (with the years
 * before it as its pattern, or the linear pace), against last year's actual total.
 */
export function backtest(input: {
  lastYear: EarlierYear;
  /** The same day in last year, `YYYY-MM-DD`. */
  day: string;
  yearsBefore: readonly EarlierYear[];
}): Backtest {
  const f = forecastYearEnd({
    realisedToDate: input.lastYear.byDay,
    day: input.day,
    earlier: input.yearsBefore,
  });
  const actual = input.lastYear.total;
  return {
    forecast: f.yearEnd,
    actual,
    errorPercent: actual > 0 ? Math.round(((f.yearEnd - actual) / actual) * 1000) / 10 : null,
    method: f.method,
  };
}

/** The same calendar day in another year; 29 February becomes the 28th in a year without it. */
export function sameDayIn(year: number, day: string): string {
  const monthDay = day.slice(5);
  return monthDay === '02-29' && daysInYear(year) === 365 ? `${year}-02-28` : `${year}-${monthDay}`;
}

/** 1 for 1 January … 365 or 366 for 31 December. */
export function dayOfYear(day: string): number {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - Date.UTC(y, 0, 1)) / 86_400_000) + 1;
}

export function daysInYear(year: number): number {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 366 : 365;
}

function dayMonth(day: string, lang: 'id' | 'en'): string {
  const month = Number(day.slice(5, 7)) - 1;
  return `${Number(day.slice(8))} ${(lang === 'id' ? MONTHS.id : MONTHS.en)[month]}`;
}

function percent(share: number, lang: 'id' | 'en'): string {
  const text = (Math.round(share * 1000) / 10).toFixed(1);
  return `${lang === 'id' ? text.replace('.', ',') : text}%`;
}

function yearList(years: readonly number[], and: string): string {
  return years.length <= 1 ? years.join('') : `${years.slice(0, -1).join(', ')} ${and} ${years.at(-1)}`;
}

function seasonalWords(day: string, share: number, years: readonly number[]): Bilingual {
  return {
    id:
      `Laju musiman: realisasi sampai ${dayMonth(day, 'id')} dibagi porsi total setahun yang sudah terkumpul ` +
      `sampai tanggal yang sama pada ${years.length > 1 ? 'rata-rata tahun ' : 'tahun '}${yearList(years, 'dan')} ` +
      `(${percent(share, 'id')}).`,
    en:
      `Seasonal pace: realisation to ${dayMonth(day, 'en')} divided by the share of the year's total that ` +
      `${years.length > 1 ? 'the years ' : ''}${yearList(years, 'and')} had collected by the same date` +
      `${years.length > 1 ? ' on average' : ''} (${percent(share, 'en')}).`,
  };
}

function linearWords(day: string, elapsed: number, days: number): Bilingual {
  return {
    id:
      `Laju linear: realisasi sampai ${dayMonth(day, 'id')} dibagi porsi hari yang telah berjalan ` +
      `(${elapsed} dari ${days} hari), karena belum ada tahun sebelumnya yang tercatat lengkap.`,
    en:
      `Linear pace: realisation to ${dayMonth(day, 'en')} divided by the share of the year's days gone by ` +
      `(${elapsed} of ${days}), as no earlier year is recorded in full.`,
  };
}
