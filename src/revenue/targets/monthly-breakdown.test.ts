import { describe, expect, it } from 'vitest';
import { Problem } from '../../platform/problem';
import { assertBreakdown, equalTwelfths, spreadByPattern } from './monthly-breakdown';

const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

describe('a monthly breakdown adds up to the year', () => {
  it('twelve months of Rp10,000,000 and a year of Rp120,000,000 pass', () => {
    expect(() => assertBreakdown(120_000_000, Array(12).fill(10_000_000))).not.toThrow();
  });

  it('months adding up to Rp119,999,000 against a year of Rp120,000,000 are refused, naming both sums', () => {
    const months = [...Array(11).fill(10_000_000), 9_999_000];
    try {
      assertBreakdown(120_000_000, months);
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(Problem);
      expect((err as Problem).code).toBe('TARGET_MONTHS_DO_NOT_ADD_UP');
      expect((err as Problem).params).toEqual({ monthsSum: 119_999_000, amount: 120_000_000 });
    }
  });

  it('a negative year or a negative month is refused as negative, not as a sum that is off', () => {
    expect(() => assertBreakdown(-1, Array(12).fill(0))).toThrow(/TARGET_AMOUNT_NEGATIVE/);
    const months = [-5_000_000, 15_000_000, ...Array(10).fill(0)];
    expect(() => assertBreakdown(10_000_000, months)).toThrow(/TARGET_AMOUNT_NEGATIVE/);
  });
});

describe('spread by last year’s monthly pattern, by largest remainder', () => {
  it('Rp100 in equal twelfths: Rp8 each and the Rp4 left over to January–April', () => {
    expect(equalTwelfths(100)).toEqual([9, 9, 9, 9, 8, 8, 8, 8, 8, 8, 8, 8]);
  });

  it('Rp1,000,000,000 spread like a year that collected double in June and December lands exactly on the year', () => {
    // Last year: Rp10m each month, except Rp20m in June and December (school holidays, year end).
    const lastYear = [10, 10, 10, 10, 10, 20, 10, 10, 10, 10, 10, 20].map((m) => m * 1_000_000);
    const months = spreadByPattern(1_000_000_000, lastYear);
    // 1,000,000,000 × 10/140 = 71,428,571.43 (ten months), × 20/140 = 142,857,142.86 (two months): the whole
    // rupiah add up to 999,999,994, so 6 are left over; the two largest fractions (.86: June and December) take one
    // each, then four of the .43s, from January.
    expect(months).toEqual([
      71_428_572, 71_428_572, 71_428_572, 71_428_572, 71_428_571, 142_857_143, 71_428_571, 71_428_571,
      71_428_571, 71_428_571, 71_428_571, 142_857_143,
    ]);
    expect(sum(months)).toBe(1_000_000_000);
  });

  it('a year in which nothing was collected spreads in equal twelfths', () => {
    expect(spreadByPattern(1_200, Array(12).fill(0))).toEqual(Array(12).fill(100));
  });

  it('a month that was more reversed than paid counts as nothing, the rest share the year', () => {
    const months = spreadByPattern(300, [-50, 100, 200, ...Array(9).fill(0)]);
    expect(months).toEqual([0, 100, 200, ...Array(9).fill(0)]);
  });

  it('a trillion-rupiah target over uneven months still adds up to the rupiah', () => {
    const pattern = [3, 7, 11, 13, 17, 19, 23, 29, 31, 37, 41, 43].map((p) => p * 987_654_321);
    expect(sum(spreadByPattern(1_234_567_890_123, pattern))).toBe(1_234_567_890_123);
  });
});
