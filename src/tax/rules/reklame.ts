/**
 * Pajak Reklame: an assessed tax (SKPD) on the Nilai Sewa Reklame (NSR). The NSR formula is the region's Perkada:
 * a tariff per m² per period unit by reklame type and location class, times the size, faces, count and duration,
 * times any factors the Perkada adds (lit, height, road class). The tariff table and factors are region data.
 */
import {
  applyRate,
  nonNegativeInteger,
  type Rounding,
  roundRupiah,
  WHOLE_PPM,
} from '../../platform/rounding';

/** Permanent reklame are taxed per year; occasional (insidentil) ones per month, day or event (Kota Malang APIN). */
export type ReklamePeriodUnit = 'year' | 'month' | 'day' | 'event';

export type ReklameTariff = {
  reklameType: string;
  locationClass: string;
  periodUnit: ReklamePeriodUnit;
  tariffPerSquareMeterPerUnit: number;
};

/** A Perkada factor on the NSR, e.g. `{ name: 'bersinar', ppm: 1_250_000 }` for ×1.25 on a lit board. */
export type ReklameMultiplier = { name: string; ppm: number };

/** The tariff row for a reklame; null when the region's table has none. Two matching rows are a config error. */
export function findReklameTariff(
  table: readonly ReklameTariff[],
  key: Pick<ReklameTariff, 'reklameType' | 'locationClass' | 'periodUnit'>,
): ReklameTariff | null {
  const rows = table.filter(
    (t) =>
      t.reklameType === key.reklameType &&
      t.locationClass === key.locationClass &&
      t.periodUnit === key.periodUnit,
  );
  if (rows.length > 1)
    throw new RangeError(`the reklame tariff table has ${rows.length} rows for ${JSON.stringify(key)}`);
  return rows[0] ?? null;
}

/**
 * NSR = (widthCm × heightCm / 10,000 m²) × faces × quantity × units × tariff × Π multipliers, computed exactly and
 * rounded once, so a 2.5 m × 1.25 m banner is 3.125 m², not 3 or 3.13.
 */
export function nilaiSewaReklame(input: {
  widthCm: number;
  heightCm: number;
  faces: number;
  quantity: number;
  /** Number of period units (years, months, days or events) the reklame is up for. */
  units: number;
  tariff: ReklameTariff;
  multipliers?: readonly ReklameMultiplier[];
  rounding: Rounding;
}): number {
  const { tariff, multipliers = [], rounding } = input;
  const counts = [
    nonNegativeInteger(input.widthCm, 'width (cm)'),
    nonNegativeInteger(input.heightCm, 'height (cm)'),
    nonNegativeInteger(input.faces, 'faces'),
    nonNegativeInteger(input.quantity, 'quantity'),
    nonNegativeInteger(input.units, 'period units'),
    nonNegativeInteger(tariff.tariffPerSquareMeterPerUnit, 'tariff per m² per unit'),
  ];
  let numerator = counts.reduce((a, b) => a * b, 1n);
  let denominator = 10_000n; // cm² per m²
  for (const m of multipliers) {
    numerator *= nonNegativeInteger(m.ppm, `multiplier "${m.name}" (ppm)`);
    denominator *= BigInt(WHOLE_PPM);
  }
  return roundRupiah(numerator, denominator, rounding);
}

/** Pajak Reklame = NSR × the region's rate (at most 25%, UNCONFIRMED for HKPD: see hkpd-limits). */
export function reklameTax(nsr: number, ratePpm: number, rounding: Rounding): number {
  return applyRate(nsr, ratePpm, rounding);
}
