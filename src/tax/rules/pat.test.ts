import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rounding } from '../../platform/rounding';
import { nilaiPerolehanAirTanah, type PatTier, patTax } from './pat';

const exact: Rounding = { mode: 'down', unit: 1 };

// An invented price table for one usage category (e.g. niaga): the prices are ours, not a Perkada's.
const niaga: PatTier[] = [
  { upToM3: 50, pricePerM3: 2_000 },
  { upToM3: 500, pricePerM3: 3_000 },
  { upToM3: null, pricePerM3: 4_000 },
];

describe('Nilai Perolehan Air Tanah by progressive volume tiers', () => {
  it('worked example (our own arithmetic): 620 m³ in a month', () => {
    // 50 × 2,000 + 450 × 3,000 + 120 × 4,000 = 100,000 + 1,350,000 + 480,000 = Rp1,930,000.
    // PAT at 20% (UU 1/2022 Pasal 69 maximum) = Rp386,000.
    const { npa, lines } = nilaiPerolehanAirTanah(620, niaga);
    expect(lines).toEqual([
      { volumeM3: 50, pricePerM3: 2_000, amount: 100_000 },
      { volumeM3: 450, pricePerM3: 3_000, amount: 1_350_000 },
      { volumeM3: 120, pricePerM3: 4_000, amount: 480_000 },
    ]);
    expect(npa).toBe(1_930_000);
    expect(patTax(npa, 200_000, exact)).toBe(386_000);
  });

  it('a volume inside the first tier is priced at the first tier only', () => {
    expect(nilaiPerolehanAirTanah(30, niaga)).toEqual({
      npa: 60_000,
      lines: [{ volumeM3: 30, pricePerM3: 2_000, amount: 60_000 }],
    });
  });

  it('a volume exactly on a tier bound does not reach the next tier', () => {
    expect(nilaiPerolehanAirTanah(500, niaga).npa).toBe(100_000 + 450 * 3_000);
  });

  it('no water drawn, no NPA', () => {
    expect(nilaiPerolehanAirTanah(0, niaga)).toEqual({ npa: 0, lines: [] });
  });

  it('the lines add up to the volume and to the NPA', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000 }), (volume) => {
        const { npa, lines } = nilaiPerolehanAirTanah(volume, niaga);
        expect(lines.reduce((s, l) => s + l.volumeM3, 0)).toBe(volume);
        expect(lines.reduce((s, l) => s + l.amount, 0)).toBe(npa);
      }),
    );
  });

  it('refuses a table without an open last tier, with unordered bounds, or a fractional volume', () => {
    expect(() => nilaiPerolehanAirTanah(10, [{ upToM3: 50, pricePerM3: 1 }])).toThrow(RangeError);
    expect(() =>
      nilaiPerolehanAirTanah(10, [
        { upToM3: 500, pricePerM3: 1 },
        { upToM3: 50, pricePerM3: 2 },
        { upToM3: null, pricePerM3: 3 },
      ]),
    ).toThrow(RangeError);
    expect(() => nilaiPerolehanAirTanah(10.5, niaga)).toThrow(RangeError);
    expect(() => nilaiPerolehanAirTanah(10, [])).toThrow(RangeError);
  });
});
