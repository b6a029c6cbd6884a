import { describe, expect, it } from 'vitest';
import type { Rounding } from '../../platform/rounding';
import { findReklameTariff, nilaiSewaReklame, type ReklameTariff, reklameTax } from './reklame';

const exact: Rounding = { mode: 'down', unit: 1 };

// An invented tariff table: the amounts are ours, not any region's Perkada.
const table: ReklameTariff[] = [
  { reklameType: 'billboard', locationClass: 'A', periodUnit: 'month', tariffPerSquareMeterPerUnit: 25_000 },
  { reklameType: 'billboard', locationClass: 'A', periodUnit: 'year', tariffPerSquareMeterPerUnit: 250_000 },
  { reklameType: 'kain', locationClass: 'B', periodUnit: 'day', tariffPerSquareMeterPerUnit: 7_777 },
];

describe('Nilai Sewa Reklame from a region tariff table', () => {
  it('worked example (our own arithmetic): a lit 4 m × 3 m two-sided billboard for 6 months, class A', () => {
    // 12 m² × 2 faces × 1 board × 6 months × Rp25,000 × 1.25 (lit) = Rp4,500,000; at 25% the tax is Rp1,125,000.
    const tariff = findReklameTariff(table, {
      reklameType: 'billboard',
      locationClass: 'A',
      periodUnit: 'month',
    });
    expect(tariff).not.toBeNull();
    const nsr = nilaiSewaReklame({
      widthCm: 400,
      heightCm: 300,
      faces: 2,
      quantity: 1,
      units: 6,
      tariff: tariff as ReklameTariff,
      multipliers: [{ name: 'bersinar', ppm: 1_250_000 }],
      rounding: exact,
    });
    expect(nsr).toBe(4_500_000);
    expect(reklameTax(nsr, 250_000, exact)).toBe(1_125_000);
  });

  it('worked example (our own arithmetic): the area is exact from cm, 250 cm × 125 cm = 3.125 m²', () => {
    // 3.125 m² × 1 face × 10 banners × 3 days × Rp7,777 = Rp729,093.75: down → 729,093, half-up → 729,094.
    // Tax at 25% of 729,093 = 182,273.25 → Rp182,273 rounded down.
    const base = {
      widthCm: 250,
      heightCm: 125,
      faces: 1,
      quantity: 10,
      units: 3,
      tariff: table[2] as ReklameTariff,
    };
    const nsr = nilaiSewaReklame({ ...base, rounding: exact });
    expect(nsr).toBe(729_093);
    expect(nilaiSewaReklame({ ...base, rounding: { mode: 'half-up', unit: 1 } })).toBe(729_094);
    expect(reklameTax(nsr, 250_000, exact)).toBe(182_273);
  });

  it('several multipliers compound before the single rounding', () => {
    // 1 m² × Rp333 × 1.5 × 1.5 = 749.25 → Rp749; rounding down after each factor would give 499, then 748.
    const tariff = { ...(table[0] as ReklameTariff), tariffPerSquareMeterPerUnit: 333 };
    expect(
      nilaiSewaReklame({
        widthCm: 100,
        heightCm: 100,
        faces: 1,
        quantity: 1,
        units: 1,
        tariff,
        multipliers: [
          { name: 'bersinar', ppm: 1_500_000 },
          { name: 'ketinggian', ppm: 1_500_000 },
        ],
        rounding: exact,
      }),
    ).toBe(749);
  });

  it('refuses fractional sizes and counts', () => {
    const base = {
      widthCm: 100,
      heightCm: 100,
      faces: 1,
      quantity: 1,
      units: 1,
      tariff: table[0] as ReklameTariff,
    };
    expect(() => nilaiSewaReklame({ ...base, widthCm: 100.5, rounding: exact })).toThrow(RangeError);
    expect(() => nilaiSewaReklame({ ...base, faces: -1, rounding: exact })).toThrow(RangeError);
  });
});

describe('findReklameTariff', () => {
  it('picks the row for the type, location class and period unit', () => {
    expect(
      findReklameTariff(table, { reklameType: 'billboard', locationClass: 'A', periodUnit: 'year' })
        ?.tariffPerSquareMeterPerUnit,
    ).toBe(250_000);
  });

  it('returns null when the region has no tariff for the combination', () => {
    expect(
      findReklameTariff(table, { reklameType: 'billboard', locationClass: 'C', periodUnit: 'year' }),
    ).toBeNull();
  });

  it('refuses a table with two rows for the same combination', () => {
    const doubled = [...table, { ...(table[0] as ReklameTariff), tariffPerSquareMeterPerUnit: 1 }];
    expect(() =>
      findReklameTariff(doubled, { reklameType: 'billboard', locationClass: 'A', periodUnit: 'month' }),
    ).toThrow(RangeError);
  });
});
