import { describe, expect, it } from 'vitest';
import type { Rounding } from '../../platform/rounding';
import { mblbTax, opsenMblb } from './mblb';

const exact: Rounding = { mode: 'down', unit: 1 };

describe('Pajak MBLB with the province opsen', () => {
  it('worked example (our own arithmetic, invented prices): sirtu and batu kali in one masa', () => {
    // 1,200 m³ sirtu × Rp75,000 + 300 m³ batu kali × Rp120,000 = 90,000,000 + 36,000,000 = Rp126,000,000.
    // Tax at 20% = Rp25,200,000; opsen at 25% of the tax (UU 1/2022 Pasal 83) = Rp6,300,000; total Rp31,500,000.
    expect(
      mblbTax({
        extractions: [
          { mineral: 'sirtu', volume: 1_200, hargaPatokan: 75_000 },
          { mineral: 'batu kali', volume: 300, hargaPatokan: 120_000 },
        ],
        ratePpm: 200_000,
        rounding: exact,
      }),
    ).toEqual({ base: 126_000_000, tax: 25_200_000, opsen: 6_300_000, total: 31_500_000 });
  });

  it('the opsen is a share of the tax as rounded, each rounded once', () => {
    // 7 m³ × Rp12,345 = 86,415; 20% = 17,283; 25% of 17,283 = 4,320.75 → 4,320 (down).
    expect(
      mblbTax({
        extractions: [{ mineral: 'tanah urug', volume: 7, hargaPatokan: 12_345 }],
        ratePpm: 200_000,
        rounding: exact,
      }),
    ).toEqual({ base: 86_415, tax: 17_283, opsen: 4_320, total: 21_603 });
  });

  it('the opsen rate is a parameter: a different statute value can be passed', () => {
    const r = mblbTax({
      extractions: [{ mineral: 'pasir', volume: 100, hargaPatokan: 10_000 }],
      ratePpm: 100_000,
      rounding: exact,
      opsenPpm: 0,
    });
    expect(r).toEqual({ base: 1_000_000, tax: 100_000, opsen: 0, total: 100_000 });
  });

  it('no extraction, no tax', () => {
    expect(mblbTax({ extractions: [], ratePpm: 200_000, rounding: exact })).toEqual({
      base: 0,
      tax: 0,
      opsen: 0,
      total: 0,
    });
  });

  it('refuses a fractional volume and names the mineral', () => {
    expect(() =>
      mblbTax({
        extractions: [{ mineral: 'sirtu', volume: 1.5, hargaPatokan: 1 }],
        ratePpm: 1,
        rounding: exact,
      }),
    ).toThrow(/sirtu/);
  });
});

describe('opsenMblb: the opsen on a tax an SPTPD declared', () => {
  it('25% of a Rp25,200,000 MBLB tax is Rp6,300,000 (UU 1/2022 Pasal 83(1))', () => {
    expect(opsenMblb(25_200_000, exact)).toBe(6_300_000);
  });

  it("rounded by the region's rule: 25% of Rp17,283 down to the hundred is Rp4,300", () => {
    expect(opsenMblb(17_283, { mode: 'down', unit: 100 })).toBe(4_300);
  });
});
