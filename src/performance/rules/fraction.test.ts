import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  compare,
  divide,
  fraction,
  fromHundredths,
  hundredths,
  multiply,
  subtract,
  whole,
} from './fraction';

describe('fraction: a decimal as it was written, exactly', () => {
  it.each([
    [6.5, 13n, 2n],
    [0.1, 1n, 10n],
    [1.005, 201n, 200n],
    [-4.5, -9n, 2n],
    [120, 120n, 1n],
    [1e-7, 1n, 10_000_000n],
    [1.5e21, 1_500_000_000_000_000_000_000n, 1n],
    [-0, 0n, 1n],
  ])('%d is %d/%d', (x, n, d) => {
    expect(fraction(x)).toEqual({ n, d });
  });

  it('refuses what is not a finite number', () => {
    expect(() => fraction(Number.NaN)).toThrow(RangeError);
    expect(() => fraction(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('adds, subtracts, multiplies and divides without the drift of doubles: 0.1 + 0.2 is 3/10', () => {
    expect(add(fraction(0.1), fraction(0.2))).toEqual(fraction(0.3));
    expect(subtract(whole(2), fraction(0.5))).toEqual(fraction(1.5));
    expect(multiply(fraction(0.3), whole(15))).toEqual(fraction(4.5));
    expect(divide(fraction(6.5), whole(-7))).toEqual({ n: -13n, d: 14n });
    expect(() => divide(whole(1), whole(0))).toThrow(RangeError);
    expect(compare(fraction(80.01), whole(80))).toBe(1);
    expect(compare(fraction(80), whole(80))).toBe(0);
  });
});

describe('hundredths: two decimals, half away from zero, rounded once from the exact value', () => {
  it.each([
    [{ n: 100n, d: 3n }, 3333],
    [{ n: 200n, d: 3n }, 6667],
    [fraction(1.005), 101], // the double nearest 1.005 is below it: Math.round(1.005 * 100) gives 100
    [fraction(-1.005), -101],
    [fraction(107.145), 10715],
    [fraction(-107.145), -10715],
    [fraction(0.004), 0],
    [fraction(-0.004), 0],
  ])('%o → %d hundredths', (f, h) => {
    expect(hundredths(f)).toBe(h);
  });

  it('says when the hundredths are beyond the integers a double holds exactly', () => {
    expect(hundredths(whole(10n ** 15n))).toBeNull();
    expect(hundredths(whole(10n ** 13n))).toBe(10 ** 15);
  });

  it('gives back the two-decimal number: 10714 hundredths print as 107.14', () => {
    expect(String(fromHundredths(10714))).toBe('107.14');
    expect(String(fromHundredths(-5))).toBe('-0.05');
  });

  it('agrees with rounding the decimal string by hand, for any number of thousandths', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000, max: 10_000_000 }), (thousandths) => {
        const x = thousandths / 1000; // a decimal with at most three places
        const magnitude = Math.abs(thousandths);
        const byHand = Math.floor(magnitude / 10) + (magnitude % 10 >= 5 ? 1 : 0);
        expect(hundredths(fraction(x))).toBe(thousandths < 0 ? -byHand || 0 : byHand);
      }),
    );
  });
});
