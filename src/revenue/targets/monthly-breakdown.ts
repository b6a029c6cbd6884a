import { Problem } from '../../platform/problem';
import { allocateRupiah } from '../../platform/rounding';

/**
 * A revenue target's monthly breakdown: twelve whole-rupiah amounts, January first, which add up to the year's target
 * (the APBD's annual figure is what the decree fixes; the months are Bapenda's plan for reaching it, the "target
 * bulanan" a dashboard compares each month's realisation with).
 */
export type Monthly = readonly number[];

export const MONTHS = 12;

/**
 * Refuses a breakdown that is not twelve non-negative whole amounts adding up to the year's: the error names the
 * months' sum and the year's figure, so the one entering it sees by how much it is off.
 */
export function assertBreakdown(amount: number, monthly: Monthly): void {
  if (amount < 0) throw new Problem(422, 'TARGET_AMOUNT_NEGATIVE', { amount });
  if (monthly.length !== MONTHS) throw new RangeError(`a breakdown has 12 months, not ${monthly.length}`);
  const negative = monthly.find((m) => m < 0);
  if (negative !== undefined) throw new Problem(422, 'TARGET_AMOUNT_NEGATIVE', { amount: negative });
  const monthsSum = monthly.reduce((sum, m) => sum + m, 0);
  if (monthsSum !== amount) throw new Problem(422, 'TARGET_MONTHS_DO_NOT_ADD_UP', { monthsSum, amount });
}

/**
 * Spreads a year's target over the months in proportion to a pattern (last year's realisation month by month), by the
 * largest remainder method (platform/rounding.ts, `allocateRupiah`), so that the months add up to the year exactly:
 * each month gets the whole rupiah of its share, and the rupiah left over go one each to the months with the largest
 * fractions (the earlier month first on a tie). A pattern with nothing in it (no realisation last year) spreads in
 * equal twelfths. A month whose pattern is negative (more reversed than paid) counts as nothing.
 */
export function spreadByPattern(amount: number, pattern: Monthly): number[] {
  if (pattern.length !== MONTHS) throw new RangeError(`a pattern has 12 months, not ${pattern.length}`);
  const weights = pattern.map((p) => Math.max(0, Math.round(p)));
  if (weights.every((w) => w === 0)) return equalTwelfths(amount);
  return allocateRupiah(amount, weights);
}

/** The year in twelve equal parts, the rupiah that do not divide going one each to the first months. */
export function equalTwelfths(amount: number): number[] {
  return allocateRupiah(amount, Array(MONTHS).fill(1));
}
