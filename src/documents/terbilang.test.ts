import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { terbilang, terbilangRupiah } from './terbilang';

describe('terbilang: amounts in Indonesian words', () => {
  it.each([
    [0, 'nol'],
    [1, 'satu'],
    [9, 'sembilan'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [21, 'dua puluh satu'],
    [99, 'sembilan puluh sembilan'],
    [100, 'seratus'],
    [101, 'seratus satu'],
    [110, 'seratus sepuluh'],
    [111, 'seratus sebelas'],
    [200, 'dua ratus'],
    [999, 'sembilan ratus sembilan puluh sembilan'],
    [1000, 'seribu'],
    [1001, 'seribu satu'],
    [1100, 'seribu seratus'],
    [2000, 'dua ribu'],
    [11_000, 'sebelas ribu'],
    [100_000, 'seratus ribu'],
    [101_000, 'seratus satu ribu'],
    [1_000_000, 'satu juta'],
    [1_001_000, 'satu juta seribu'],
    [1_000_001, 'satu juta satu'],
    [1_234_567, 'satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh'],
    [21_000_000, 'dua puluh satu juta'],
    [1_000_000_000, 'satu miliar'],
    [2_500_000_000, 'dua miliar lima ratus juta'],
    [1_000_000_000_000, 'satu triliun'],
    [1_000_000_000_000_000, 'satu kuadriliun'],
  ])('%i → %s', (n, words) => {
    expect(terbilang(n)).toBe(words);
  });

  it('names the currency', () => {
    expect(terbilangRupiah(1_234_567)).toBe(
      'satu juta dua ratus tiga puluh empat ribu lima ratus enam puluh tujuh rupiah',
    );
    expect(terbilangRupiah(1000)).toBe('seribu rupiah');
  });

  it('refuses fractions, negatives and numbers beyond 2^53', () => {
    for (const bad of [-1, 1.5, Number.NaN, 2 ** 53]) expect(() => terbilang(bad)).toThrow(RangeError);
  });

  it('says "se-" before ratus, puluh, belas and a lone ribu, and never repeats a space', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }), (n) => {
        const words = terbilang(n);
        // "dua puluh satu ribu" and "seratus satu ribu" are right; a "satu ribu" of its own is not.
        expect(words).not.toMatch(/satu (ratus|puluh|belas)|(?<!(puluh|ratus) )satu ribu| {2}|^ | $|nol/);
      }),
    );
  });
});
