import { describe, expect, it } from 'vitest';
import {
  fillMessage,
  formatCodeWords,
  formatCount,
  formatDate,
  formatDateTime,
  formatDayOf,
  formatMonth,
  formatMonthShort,
  formatNumber,
  formatPercent,
  formatRupiah,
  humanFormat,
} from './human-format';

describe('the one formatter of text for people, in Indonesian and English (issue 14, defect 10)', () => {
  it('writes rupiah with a dot between thousands in both languages', () => {
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(999)).toBe('Rp 999');
    expect(formatRupiah(1000)).toBe('Rp 1.000');
    expect(formatRupiah(1_234_567)).toBe('Rp 1.234.567');
    expect(formatRupiah(12_345_678_901)).toBe('Rp 12.345.678.901');
    expect(formatRupiah(-250_000)).toBe('-Rp 250.000');
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
    expect(humanFormat('en').rupiah(1_234_567)).toBe('Rp 1.234.567');
  });

  it('groups other whole numbers as each language does', () => {
    expect(formatNumber(12_345, 'id')).toBe('12.345');
    expect(formatNumber(12_345, 'en')).toBe('12,345');
    expect(formatNumber(7, 'en')).toBe('7');
  });

  it('writes a day as day, month name and year: 3 Desember 2026, 3 December 2026', () => {
    expect(formatDate('2026-12-03', 'id')).toBe('3 Desember 2026');
    expect(formatDate('2026-12-03', 'en')).toBe('3 December 2026');
    expect(formatDate('2025-03-11', 'id')).toBe('11 Maret 2025');
    expect(formatDate('2024-05-01', 'en')).toBe('1 May 2024');
    expect(() => formatDate('2025-13-01', 'id')).toThrow(RangeError);
    expect(() => formatDate('11/03/2025', 'en')).toThrow(RangeError);
  });

  it('writes a masa pajak as month and year, a tax year as "Tahun"/"Year"', () => {
    expect(formatMonth('2026-11', 'id')).toBe('November 2026');
    expect(formatMonth('2026-11', 'en')).toBe('November 2026');
    expect(formatMonth('2025-02', 'id')).toBe('Februari 2025');
    expect(formatMonth('2025-08', 'en')).toBe('August 2025');
    expect(formatMonth('2025', 'id')).toBe('Tahun 2025');
    expect(formatMonth('2025', 'en')).toBe('Year 2025');
    expect(formatMonth('2025-Q1', 'id')).toBe('2025-Q1');
    expect(formatMonthShort('2024-12', 'id')).toBe('Des 2024');
    expect(formatMonthShort('2024-12', 'en')).toBe('Dec 2024');
  });

  it('writes an instant on the region’s clock with its zone: WIB, WITA or WIT; WIB when the region has none', () => {
    const at = new Date('2026-12-04T03:04:01.799Z');
    expect(formatDateTime(at, 'Asia/Jakarta', 'id')).toBe('4 Desember 2026 pukul 10.04 WIB');
    expect(formatDateTime(at, 'Asia/Jakarta', 'en')).toBe('4 December 2026, 10:04 WIB');
    expect(formatDateTime(at, 'Asia/Makassar', 'id')).toBe('4 Desember 2026 pukul 11.04 WITA');
    expect(formatDateTime(at, 'Asia/Jayapura', 'en')).toBe('4 December 2026, 12:04 WIT');
    expect(formatDateTime('2026-12-04T03:04:01.799Z', undefined, 'en')).toBe('4 December 2026, 10:04 WIB');
    expect(formatDateTime(at, 'Asia/Jakarta', 'en', { seconds: true })).toBe('4 December 2026, 10:04:01 WIB');
    // Past midnight in Jakarta is the next day there, though still the day before in UTC.
    expect(formatDateTime(new Date('2025-03-10T17:30:00Z'), 'Asia/Jakarta', 'id')).toBe(
      '11 Maret 2025 pukul 00.30 WIB',
    );
    expect(formatDayOf(new Date('2025-03-10T17:30:00Z'), 'Asia/Jakarta', 'en')).toBe('11 March 2025');
  });

  it('writes a rate with the decimal mark of the language', () => {
    expect(formatPercent(100_000, 'id')).toBe('10%');
    expect(formatPercent(25_000, 'id')).toBe('2,5%');
    expect(formatPercent(25_000, 'en')).toBe('2.5%');
    expect(formatPercent(1_500, 'id')).toBe('0,15%');
    expect(formatPercent(0, 'en')).toBe('0%');
  });

  it('counts in the singular for one in English, in one form in Indonesian', () => {
    expect(formatCount(1, 'month', 'en')).toBe('1 month');
    expect(formatCount(2, 'month', 'en')).toBe('2 months');
    expect(formatCount(0, 'month', 'en')).toBe('0 months');
    expect(formatCount(1, 'month', 'id')).toBe('1 bulan');
    expect(formatCount(2, 'month', 'id')).toBe('2 bulan');
    expect(formatCount(1, { id: 'tagihan', en: ['bill', 'bills'] }, 'en')).toBe('1 bill');
  });

  it('fills a message’s placeholders by their format', () => {
    const period = { period: '2026-11' };
    expect(fillMessage('SPTPD masa {period, month} sudah ada.', period, 'id')).toBe(
      'SPTPD masa November 2026 sudah ada.',
    );
    expect(fillMessage('Closed on {day, date}.', { day: '2026-12-03' }, 'en')).toBe(
      'Closed on 3 December 2026.',
    );
    expect(
      fillMessage('Coba lagi setelah {until, datetime}.', { until: '2026-12-04T03:04:01.799Z' }, 'id'),
    ).toBe('Coba lagi setelah 4 Desember 2026 pukul 10.04 WIB.');
    expect(
      fillMessage('at {at, datetime}', { at: '2026-12-04T03:04:01.799Z' }, 'en', {
        timeZone: 'Asia/Makassar',
      }),
    ).toBe('at 4 December 2026, 11:04 WITA');
    expect(fillMessage('{sum, rupiah} ≠ {gross, rupiah}', { sum: 1_000, gross: 1_234_567 }, 'en')).toBe(
      'Rp 1.000 ≠ Rp 1.234.567',
    );
    expect(fillMessage('Tarif {rate, percent}', { rate: 25_000 }, 'id')).toBe('Tarif 2,5%');
  });

  it('chooses the plural branch of a message by its count', () => {
    const m = '{count, plural, one {# bill} other {# bills}} from {name}';
    expect(fillMessage(m, { count: 1, name: 'A' }, 'en')).toBe('1 bill from A');
    expect(fillMessage(m, { count: 3, name: 'A' }, 'en')).toBe('3 bills from A');
    expect(fillMessage('{n, plural, =0 {none} one {# row} other {# rows}}', { n: 0 }, 'en')).toBe('none');
    expect(fillMessage('{n, plural, other {# rows}}', { n: 1_200 }, 'en')).toBe('1,200 rows');
  });

  it('leaves a placeholder with no value, or that is no placeholder, as written', () => {
    expect(fillMessage('P.{region}.{seq:7}', {}, 'id')).toBe('P.{region}.{seq:7}');
    expect(fillMessage('{missing, date}', {}, 'en')).toBe('{missing, date}');
    expect(fillMessage('unclosed {brace', { brace: 1 }, 'en')).toBe('unclosed {brace');
  });

  it('shows a value its format cannot read as given rather than failing', () => {
    expect(fillMessage('on {day, date}', { day: 'someday' }, 'en')).toBe('on someday');
  });

  it('writes a region’s own code as words when no label names it', () => {
    expect(formatCodeWords('rumah_tangga')).toBe('Rumah tangga');
    expect(formatCodeWords('billboard')).toBe('Billboard');
  });
});
