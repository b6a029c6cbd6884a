import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  allocateRupiah,
  applyRate,
  exactProduct,
  nonNegativeInteger,
  type Rounding,
  roundRupiah,
} from './rounding';

const exact: Rounding = { mode: 'down', unit: 1 };

describe('applyRate: base × ppm / 1,000,000, rounded once', () => {
  it('10% of Rp150,000 is Rp15,000 exactly', () => {
    expect(applyRate(150_000, 100_000, exact)).toBe(15_000);
  });

  it('"dibulatkan ke bawah ke ratusan": 10% of Rp123,456 = 12,345.6 → Rp12,300', () => {
    expect(applyRate(123_456, 100_000, { mode: 'down', unit: 100 })).toBe(12_300);
  });

  it('half-up to the nearest Rp100: 12,350 → 12,400 and 12,349.9 → 12,300', () => {
    const halfUp: Rounding = { mode: 'half-up', unit: 100 };
    expect(applyRate(123_500, 100_000, halfUp)).toBe(12_400);
    expect(applyRate(123_499, 100_000, halfUp)).toBe(12_300);
  });

  it('up to the nearest Rp1,000: any fraction of a thousand becomes a full thousand', () => {
    expect(applyRate(10_010, 100_000, { mode: 'up', unit: 1000 })).toBe(2_000);
    expect(applyRate(10_000, 100_000, { mode: 'up', unit: 1000 })).toBe(1_000);
  });

  it('0.055% (550 ppm) of Rp1,000,000,000 is Rp550,000', () => {
    expect(applyRate(1_000_000_000, 550, exact)).toBe(550_000);
  });

  it('is exact where base × ppm passes 2^53 (a Rp9 quadrillion base at 75%)', () => {
    expect(applyRate(9_000_000_000_000_001, 750_000, exact)).toBe(6_750_000_000_000_000);
    expect(applyRate(9_000_000_000_000_001, 750_000, { mode: 'up', unit: 1 })).toBe(6_750_000_000_000_001);
  });

  it('refuses a negative or fractional base with a RangeError', () => {
    expect(() => applyRate(-1, 100_000, exact)).toThrow(RangeError);
    expect(() => applyRate(10.5, 100_000, exact)).toThrow(RangeError);
    expect(() => applyRate(Number.NaN, 100_000, exact)).toThrow(RangeError);
  });

  it('refuses a fractional rate: rates are whole parts per million', () => {
    expect(() => applyRate(1000, 0.5, exact)).toThrow(RangeError);
  });

  it('rounding never moves the amount by a full unit or more, in the direction its mode says', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.constantFrom(1, 10, 100, 1000),
        (base, ppm, unit) => {
          const real = (BigInt(base) * BigInt(ppm) * 1000n) / 1_000_000n; // in thousandths of a rupiah
          const down = BigInt(applyRate(base, ppm, { mode: 'down', unit: unit as Rounding['unit'] })) * 1000n;
          const up = BigInt(applyRate(base, ppm, { mode: 'up', unit: unit as Rounding['unit'] })) * 1000n;
          const u = BigInt(unit) * 1000n;
          expect(down <= real && real - down < u).toBe(true);
          expect(up >= real && up - real <= u).toBe(true);
        },
      ),
    );
  });
});

describe('roundRupiah, the one rounding function', () => {
  it('rounds an exact fraction: 2/3 rupiah half-up is Rp1, down is Rp0', () => {
    expect(roundRupiah(2n, 3n, { mode: 'half-up', unit: 1 })).toBe(1);
    expect(roundRupiah(2n, 3n, { mode: 'down', unit: 1 })).toBe(0);
  });

  it('refuses a result beyond the largest safe integer instead of returning an inexact number', () => {
    expect(() => roundRupiah(2n ** 60n, 1n, exact)).toThrow(RangeError);
  });

  it('refuses a rounding unit the regions do not use', () => {
    expect(() => roundRupiah(1n, 1n, { mode: 'down', unit: 50 as Rounding['unit'] })).toThrow(RangeError);
  });

  it('refuses a zero denominator and a negative numerator', () => {
    expect(() => roundRupiah(1n, 0n, exact)).toThrow(RangeError);
    expect(() => roundRupiah(-1n, 1n, exact)).toThrow(RangeError);
  });

  it('divides safe whole numbers as numbers to the same rupiah as in bigint, by every rule, and refuses the same', () => {
    const rule = fc.record({
      mode: fc.constantFrom('down' as const, 'half-up' as const, 'up' as const),
      unit: fc.constantFrom(1 as const, 10 as const, 100 as const, 1000 as const),
    });
    const wholeRatio = fc.tuple(
      fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.maxSafeNat()),
      fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.constantFrom(1_000_000, 1_000_000_000_000)),
    );
    fc.assert(
      fc.property(wholeRatio, rule, ([n, d], rounding) => {
        let inBigint: number;
        try {
          inBigint = roundRupiah(BigInt(n), BigInt(d), rounding);
        } catch {
          // Rounded up past the largest exact amount: both ways refuse it.
          expect(() => roundRupiah(n, d, rounding)).toThrow(RangeError);
          return;
        }
        expect(roundRupiah(n, d, rounding)).toBe(inBigint);
      }),
      { numRuns: 2000 },
    );
    // Near a whole quotient, where a double division would land one off without the remainder's correction.
    const max = Number.MAX_SAFE_INTEGER;
    for (const n of [max, max - 1, max - 2, 2 ** 52 + 1, 3 * 1_000_000 - 1]) {
      for (const d of [3, 7, 1_000_000, 2 ** 26 + 1]) {
        expect(roundRupiah(n, d, { mode: 'up', unit: 1 })).toBe(
          roundRupiah(BigInt(n), BigInt(d), { mode: 'up', unit: 1 }),
        );
        expect(roundRupiah(n, d, exact)).toBe(roundRupiah(BigInt(n), BigInt(d), exact));
      }
    }
    // Rounded half-up to Rp1,000, Rp9,007,199,254,740,500 would become an amount no double holds exactly.
    expect(() => roundRupiah(9_007_199_254_740_500, 1, { mode: 'half-up', unit: 1000 })).toThrow(RangeError);
  });

  it('refuses a fraction or an unsafe number rather than round it silently', () => {
    expect(() => roundRupiah(1.5, 1, exact)).toThrow(RangeError);
    expect(() => roundRupiah(2 ** 53, 1, exact)).toThrow(RangeError);
  });
});

describe('exactProduct', () => {
  it('stays a number while exact and becomes a bigint beyond 2^53 - 1', () => {
    expect(exactProduct(1_234_567, 10_000, 24)).toBe(296_296_080_000);
    expect(exactProduct(2 ** 30, 2 ** 30)).toBe(2n ** 60n);
    expect(exactProduct(2n ** 60n, 3)).toBe(3n * 2n ** 60n);
  });
});

describe('nonNegativeInteger', () => {
  it('names the offending input', () => {
    expect(() => nonNegativeInteger(-5, 'volume')).toThrow(
      'volume must be a non-negative whole number, got -5',
    );
    expect(nonNegativeInteger(7, 'volume')).toBe(7n);
  });
});

describe('allocateRupiah: a sum split by weights, parts adding up exactly', () => {
  it('interest of Rp12,345 on a bill of Rp100,000 tax and Rp25,000 opsen: Rp9,876 and Rp2,469', () => {
    // 12,345 × 100/125 = 9,876 exactly; 12,345 × 25/125 = 2,469 exactly.
    expect(allocateRupiah(12_345, [100_000, 25_000])).toEqual([9_876, 2_469]);
  });

  it('Rp10 over three equal weights: 4, 3, 3 (the left-over rupiah to the first on a tie)', () => {
    expect(allocateRupiah(10, [1, 1, 1])).toEqual([4, 3, 3]);
  });

  it('the left-over rupiah goes to the largest remainder: Rp5 by 17,283 : 4,320 gives 4 and 1', () => {
    // 5 × 17,283 / 21,603 = 4.0001…; 5 × 4,320 / 21,603 = 0.9998…: the opsen part has the larger remainder.
    expect(allocateRupiah(5, [17_283, 4_320])).toEqual([4, 1]);
  });

  it('nothing to allocate over zero weights is nothing; something is refused', () => {
    expect(allocateRupiah(0, [0, 0])).toEqual([0, 0]);
    expect(() => allocateRupiah(1, [0, 0])).toThrow(RangeError);
  });

  it('parts always add up to the amount and never exceed their exact share by a rupiah or more', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e12 }),
        fc.array(fc.integer({ min: 0, max: 1e9 }), { minLength: 1, maxLength: 6 }),
        (amount, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = allocateRupiah(amount, weights);
          const total = weights.reduce((s, w) => s + w, 0);
          expect(parts.reduce((s, p) => s + p, 0)).toBe(amount);
          parts.forEach((p, i) => {
            expect(Math.abs(p - (amount * (weights[i] as number)) / total)).toBeLessThan(1 + 1e-6);
          });
        },
      ),
    );
  });
});
