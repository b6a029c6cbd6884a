/**
 * Pajak MBLB (mineral bukan logam dan batuan). Base = Σ volume × harga patokan, the benchmark price per mineral
 * set by the governor or regent (UU 1/2022 Pasal 73). On top of the kab/kota tax the province takes its opsen
 * (Pasal 83), which the kab/kota bill must carry.
 */

import { applyRate, nonNegativeInteger, type Rounding } from '../../platform/rounding';
import { HKPD_LIMITS } from './hkpd-limits';

/** Volume in the unit the harga patokan is set in (m³ or tonnes), as a whole number of that unit. */
export type MblbExtraction = { mineral: string; volume: number; hargaPatokan: number };

export type MblbTax = { base: number; tax: number; opsen: number; total: number };

/**
 * tax = base × rate (at most 20%, UNCONFIRMED: see hkpd-limits); opsen = tax × opsen rate, by default the 25% of
 * UU 1/2022 Pasal 83(1). The opsen is charged on the tax as rounded, since it is a share of the tax owed.
 */
export function mblbTax(input: {
  extractions: readonly MblbExtraction[];
  ratePpm: number;
  rounding: Rounding;
  opsenPpm?: number;
}): MblbTax {
  const { extractions, ratePpm, rounding, opsenPpm = HKPD_LIMITS.opsen_mblb.maxPpm } = input;
  const sum = extractions.reduce(
    (s, e) =>
      s +
      nonNegativeInteger(e.volume, `volume of ${e.mineral}`) *
        nonNegativeInteger(e.hargaPatokan, `harga patokan of ${e.mineral}`),
    0n,
  );
  if (sum > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`an MBLB base of Rp${sum} is too large`);
  const base = Number(sum);
  const tax = applyRate(base, ratePpm, rounding);
  const opsen = opsenMblb(tax, rounding, opsenPpm);
  return { base, tax, opsen, total: tax + opsen };
}

/**
 * The province's opsen on an MBLB tax already computed (an SPTPD declares the nilai jual, so its tax comes first):
 * the opsen rate, by default the 25% of UU 1/2022 Pasal 83(1), of the tax as rounded.
 */
export function opsenMblb(
  tax: number,
  rounding: Rounding,
  opsenPpm: number = HKPD_LIMITS.opsen_mblb.maxPpm,
): number {
  return applyRate(tax, opsenPpm, rounding);
}
