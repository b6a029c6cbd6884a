import { describe, expect, it } from 'vitest';
import { waletTax } from './walet';

describe('Pajak Sarang Burung Walet', () => {
  it('worked example (our own arithmetic, invented price): 12 kg at Rp9,500,000/kg at 10% is Rp11,400,000', () => {
    expect(
      waletTax({ volume: 12, marketPrice: 9_500_000, ratePpm: 100_000, rounding: { mode: 'down', unit: 1 } }),
    ).toEqual({
      base: 114_000_000,
      tax: 11_400_000,
    });
  });

  it('rounds the tax once by the region rule', () => {
    // 3 × Rp1,234,567 = 3,703,701; 5% = 185,185.05 → Rp185,200 rounded up to hundreds.
    expect(
      waletTax({ volume: 3, marketPrice: 1_234_567, ratePpm: 50_000, rounding: { mode: 'up', unit: 100 } }),
    ).toEqual({
      base: 3_703_701,
      tax: 185_200,
    });
  });

  it('refuses a fractional volume', () => {
    expect(() =>
      waletTax({ volume: 0.5, marketPrice: 1, ratePpm: 1, rounding: { mode: 'down', unit: 1 } }),
    ).toThrow(RangeError);
  });
});
