import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Rounding } from '../../platform/rounding';
import { checkRate } from './hkpd-limits';
import { type PbjtObject, pbjtLimitKey, pbjtTax, pbjtTaxIncluded } from './pbjt';

const exact: Rounding = { mode: 'down', unit: 1 };

describe('PBJT on the amount paid by the consumer (UU 1/2022 Pasal 57)', () => {
  it('a Rp250,000 restaurant bill at 10% carries Rp25,000 PBJT', () => {
    expect(pbjtTax(250_000, 100_000, exact)).toBe(25_000);
  });

  it('karaoke at the 40% floor on a Rp1,500,000 bill is Rp600,000', () => {
    expect(pbjtTax(1_500_000, 400_000, exact)).toBe(600_000);
  });

  it('listrik for industry at 3% on Rp12,345,678, rounded down to hundreds, is Rp370,300', () => {
    expect(pbjtTax(12_345_678, 30_000, { mode: 'down', unit: 100 })).toBe(370_300);
  });

  it('self-generated electricity at 1.5% of a computed value of Rp8,000,000 is Rp120,000', () => {
    expect(pbjtTax(8_000_000, 15_000, exact)).toBe(120_000);
  });
});

describe('a tax-inclusive amount splits into base and tax', () => {
  it('Rp110,000 including 10% PBJT is Rp100,000 + Rp10,000', () => {
    expect(pbjtTaxIncluded(110_000, 100_000, exact)).toEqual({ base: 100_000, tax: 10_000 });
  });

  it('base plus tax is always the amount paid, and the tax is the rate on the base within one rounding unit', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_000 }),
        fc.integer({ min: 0, max: 750_000 }),
        (paid, ppm) => {
          const { base, tax } = pbjtTaxIncluded(paid, ppm, exact);
          expect(base + tax).toBe(paid);
          expect(Math.abs(tax - pbjtTax(base, ppm, exact))).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('the tax never exceeds what was paid, even when rounding up to thousands', () => {
    expect(pbjtTaxIncluded(5, 100_000, { mode: 'up', unit: 1000 })).toEqual({ base: 0, tax: 5 });
  });
});

describe('each PBJT object is checked against its own national limit', () => {
  it.each<[PbjtObject, string]>([
    [{ subType: 'makanan_minuman' }, 'pbjt_umum'],
    [{ subType: 'perhotelan' }, 'pbjt_umum'],
    [{ subType: 'parkir' }, 'pbjt_umum'],
    [{ subType: 'tenaga_listrik', category: 'umum' }, 'pbjt_umum'],
    [
      { subType: 'tenaga_listrik', category: 'industri_migas_tambang' },
      'pbjt_listrik_industri_migas_tambang',
    ],
    [{ subType: 'tenaga_listrik', category: 'pembangkit_sendiri' }, 'pbjt_listrik_pembangkit_sendiri'],
    [{ subType: 'kesenian_hiburan', category: 'umum' }, 'pbjt_umum'],
    [{ subType: 'kesenian_hiburan', category: 'khusus' }, 'pbjt_hiburan_khusus'],
  ])('%o → %s', (object, key) => {
    expect(pbjtLimitKey(object)).toBe(key);
  });

  it('parking at the old PDRD 30% is refused under HKPD, which caps it at 10%', () => {
    expect(checkRate(pbjtLimitKey({ subType: 'parkir' }), 300_000)?.code).toBe('RATE_ABOVE_LEGAL_MAXIMUM');
  });

  it('a 10% rate for a diskotek is refused: below the 40% floor', () => {
    const key = pbjtLimitKey({ subType: 'kesenian_hiburan', category: 'khusus' });
    expect(checkRate(key, 100_000)?.code).toBe('RATE_BELOW_LEGAL_MINIMUM');
  });
});
