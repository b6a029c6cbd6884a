import type { Bilingual } from '../../platform/problem';

/**
 * Checks on the national numbers a taxpayer is registered under. NPWPD, the region's own number, is issued by
 * Balai (issue-npwpd.ts); NIK and NPWP come from Dukcapil and DJP and are only checked for their shape.
 */

/** Digits only: people write NPWP as `01.234.567.8-901.000` and NIK with spaces. */
export function digitsOf(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/**
 * A NIK is 16 digits laid out by Dukcapil as PP KK CC DDMMYY SSSS: province, kabupaten/kota and kecamatan of
 * first registration, date of birth (40 is added to the day for women) and a serial number. Returns why a
 * value is not a NIK, or null. It checks the layout, not that the person exists.
 */
export function nikProblem(nik: string): Bilingual | null {
  if (!/^\d{16}$/.test(nik)) return { id: 'NIK terdiri atas 16 angka', en: 'a NIK has 16 digits' };
  const province = Number(nik.slice(0, 2));
  if (province < 11) {
    return {
      id: 'NIK diawali kode provinsi (11 sampai 99)',
      en: 'a NIK starts with a province code (11 to 99)',
    };
  }
  const day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const dayOfMonth = day > 40 ? day - 40 : day;
  if (month < 1 || month > 12 || dayOfMonth < 1 || dayOfMonth > 31) {
    return {
      id: 'angka ke-7 sampai ke-12 NIK adalah tanggal lahir DDMMYY (tanggal + 40 untuk perempuan)',
      en: 'digits 7 to 12 of a NIK are the date of birth DDMMYY (day + 40 for women)',
    };
  }
  if (nik.slice(12) === '0000') {
    return {
      id: '4 angka terakhir NIK adalah nomor urut mulai 0001',
      en: 'the last 4 digits of a NIK are a serial number from 0001',
    };
  }
  return null;
}

/** The old NPWP has 15 digits; since 2024 entities use a 16-digit NPWP (and people their NIK). */
export function npwpProblem(npwp: string): Bilingual | null {
  if (!/^\d{15,16}$/.test(npwp))
    return { id: 'NPWP terdiri atas 15 atau 16 angka', en: 'an NPWP has 15 or 16 digits' };
  if (/^0+$/.test(npwp)) return { id: 'NPWP tidak boleh nol semua', en: 'an NPWP cannot be all zeros' };
  return null;
}
