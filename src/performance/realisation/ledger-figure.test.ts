import { describe, expect, it } from 'vitest';
import { rupiahInUnit } from './ledger-figure';

describe("the ledger's rupiah in an indicator's unit", () => {
  it('scales to two decimals, rounding half away from zero', () => {
    expect(rupiahInUnit(1_234_567_890, 'Rp miliar')).toBe(1.23);
    expect(rupiahInUnit(1_235_000_000, 'Rp miliar')).toBe(1.24);
    expect(rupiahInUnit(1_234_567_890, 'Rp juta')).toBe(1234.57);
    expect(rupiahInUnit(245_678_912_345, 'rp miliar')).toBe(245.68);
    expect(rupiahInUnit(1500, 'Rp')).toBe(1500);
  });
});
