import { describe, expect, it } from 'vitest';
import { timeZoneOfProvince, titleCase } from './regions';

describe('time zone by province (Keppres 41/1987)', () => {
  it.each([
    ['35', 'Jawa Timur', 'Asia/Jakarta'],
    ['19', 'Kepulauan Bangka Belitung', 'Asia/Jakarta'],
    ['61', 'Kalimantan Barat', 'Asia/Jakarta'],
    ['62', 'Kalimantan Tengah', 'Asia/Jakarta'],
    ['51', 'Bali', 'Asia/Makassar'],
    ['64', 'Kalimantan Timur', 'Asia/Makassar'],
    ['73', 'Sulawesi Selatan', 'Asia/Makassar'],
    ['81', 'Maluku', 'Asia/Jayapura'],
    ['96', 'Papua Barat Daya', 'Asia/Jayapura'],
  ])('%s %s is %s', (code, _name, zone) => {
    expect(timeZoneOfProvince(code)).toBe(zone);
  });
});

describe('region names from the catalogue', () => {
  it('are shown in title case', () => {
    expect(titleCase('KOTA MALANG')).toBe('Kota Malang');
    expect(titleCase('KABUPATEN BANGKA')).toBe('Kabupaten Bangka');
    expect(titleCase('KABUPATEN TOLI-TOLI')).toBe('Kabupaten Toli-Toli');
  });
});
