/**
 * Pajak Sarang Burung Walet: base = market price × volume harvested; tax = base × the region's rate (at most 10%,
 * UU 1/2022 Pasal 79).
 */
import { applyRate, nonNegativeInteger, type Rounding } from '../../platform/rounding';

/** `volume` is a whole number of the unit `marketPrice` is quoted in (e.g. kg). */
export function waletTax(input: {
  volume: number;
  marketPrice: number;
  ratePpm: number;
  rounding: Rounding;
}): {
  base: number;
  tax: number;
} {
  const product =
    nonNegativeInteger(input.volume, 'volume') * nonNegativeInteger(input.marketPrice, 'market price');
  if (product > BigInt(Number.MAX_SAFE_INTEGER))
    throw new RangeError(`a walet base of Rp${product} is too large`);
  const base = Number(product);
  return { base, tax: applyRate(base, input.ratePpm, input.rounding) };
}
