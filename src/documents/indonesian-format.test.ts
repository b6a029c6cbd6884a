import { describe, expect, it } from 'vitest';
import { formatMasaPajak, formatPersen, formatRupiah, formatTanggal, formatWaktu } from './indonesian-format';

describe('Indonesian formats of official documents', () => {
  it('writes rupiah with a dot between thousands', () => {
    expect(formatRupiah(0)).toBe('Rp 0');
    expect(formatRupiah(999)).toBe('Rp 999');
    expect(formatRupiah(1000)).toBe('Rp 1.000');
    expect(formatRupiah(1_234_567)).toBe('Rp 1.234.567');
    expect(formatRupiah(-250_000)).toBe('-Rp 250.000');
    expect(() => formatRupiah(1.5)).toThrow(RangeError);
  });

  it('writes dates with the Indonesian month name', () => {
    expect(formatTanggal('2025-03-11')).toBe('11 Maret 2025');
    expect(formatTanggal('2024-12-01')).toBe('1 Desember 2024');
    expect(() => formatTanggal('2025-13-01')).toThrow(RangeError);
    expect(() => formatTanggal('11/03/2025')).toThrow(RangeError);
  });

  it('writes a masa pajak as month and year, a tax year as "Tahun"', () => {
    expect(formatMasaPajak('2025-02')).toBe('Februari 2025');
    expect(formatMasaPajak('2025')).toBe('Tahun 2025');
    expect(formatMasaPajak('2025-Q1')).toBe('2025-Q1');
  });

  it('writes an instant on the region’s clock with its zone', () => {
    const at = new Date('2025-03-11T03:05:00Z');
    expect(formatWaktu(at, 'Asia/Jakarta')).toBe('11 Maret 2025 pukul 10.05 WIB');
    expect(formatWaktu(at, 'Asia/Jayapura')).toBe('11 Maret 2025 pukul 12.05 WIT');
    expect(formatWaktu(new Date('2025-03-10T17:30:00Z'), 'Asia/Jakarta')).toBe(
      '11 Maret 2025 pukul 00.30 WIB',
    );
  });

  it('writes a rate with a decimal comma', () => {
    expect(formatPersen(100_000)).toBe('10%');
    expect(formatPersen(25_000)).toBe('2,5%');
    expect(formatPersen(400_000)).toBe('40%');
    expect(formatPersen(1_500)).toBe('0,15%');
    expect(formatPersen(0)).toBe('0%');
  });
});
