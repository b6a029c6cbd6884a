/**
 * PBJT (Pajak Barang dan Jasa Tertentu): the one tax that replaced PDRD's hotel, restaurant, entertainment,
 * parking and street-lighting taxes (UU 1/2022 Pasal 50). The consumer bears it; the seller collects and files.
 */

import {
  applyRate,
  nonNegativeInteger,
  type Rounding,
  roundRupiah,
  WHOLE_PPM,
} from '../../platform/rounding';
import type { HkpdTaxKey } from './hkpd-limits';

/** UU 1/2022 Pasal 50 huruf a–e: the goods and services PBJT is levied on (a tax code is `pbjt_<sub-type>`). */
export const PBJT_SUB_TYPES = [
  'makanan_minuman',
  'tenaga_listrik',
  'perhotelan',
  'parkir',
  'kesenian_hiburan',
] as const;
export type PbjtSubType = (typeof PBJT_SUB_TYPES)[number];

/** Pasal 58(3) gives electricity used by industry, oil & gas and mining, and self-generated power, lower caps. */
export type ListrikCategory = 'umum' | 'industri_migas_tambang' | 'pembangkit_sendiri';

/** `khusus` = diskotek, karaoke, kelab malam, bar, mandi uap/spa (Pasal 55 huruf l), taxed in a 40–75% band. */
export type HiburanCategory = 'umum' | 'khusus';

export type PbjtObject =
  | { subType: 'makanan_minuman' | 'perhotelan' | 'parkir' }
  | { subType: 'tenaga_listrik'; category: ListrikCategory }
  | { subType: 'kesenian_hiburan'; category: HiburanCategory };

/** Which national limit a region's rate for this object is checked against (`checkRate` in hkpd-limits). */
export function pbjtLimitKey(object: PbjtObject): HkpdTaxKey {
  switch (object.subType) {
    case 'tenaga_listrik':
      if (object.category === 'industri_migas_tambang') return 'pbjt_listrik_industri_migas_tambang';
      if (object.category === 'pembangkit_sendiri') return 'pbjt_listrik_pembangkit_sendiri';
      return 'pbjt_umum';
    case 'kesenian_hiburan':
      return object.category === 'khusus' ? 'pbjt_hiburan_khusus' : 'pbjt_umum';
    default:
      return 'pbjt_umum';
  }
}

/**
 * PBJT on the amount the consumer paid or owes (UU 1/2022 Pasal 57: dasar pengenaan = jumlah yang dibayarkan oleh
 * konsumen). For parking the caller may pass the price before discount, which Pasal 57 allows.
 */
export function pbjtTax(gross: number, ratePpm: number, rounding: Rounding): number {
  return applyRate(gross, ratePpm, rounding);
}

/**
 * Splits an amount that already includes PBJT into base and tax: tax = amount × rate / (1 + rate), rounded once,
 * and base = amount − tax. For bills that do not state the tax, which some regions treat as tax-inclusive (DKI
 * Pergub 35/2024 Pasal 9 per a secondary source, UNCONFIRMED): whether a bill is inclusive is region config.
 */
export function pbjtTaxIncluded(
  amountPaid: number,
  ratePpm: number,
  rounding: Rounding,
): { base: number; tax: number } {
  const rate = nonNegativeInteger(ratePpm, 'rate (ppm)');
  const tax = roundRupiah(
    nonNegativeInteger(amountPaid, 'amount paid') * rate,
    BigInt(WHOLE_PPM) + rate,
    rounding,
  );
  // Rounding up to a coarse unit could exceed a tiny amount; the tax is never more than what was paid.
  const capped = Math.min(tax, amountPaid);
  return { base: amountPaid - capped, tax: capped };
}
