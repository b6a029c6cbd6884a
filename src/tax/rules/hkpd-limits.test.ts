import { describe, expect, it } from 'vitest';
import { checkRate, HKPD_LIMITS, type HkpdTaxKey } from './hkpd-limits';

describe('checkRate against the HKPD national limits', () => {
  it('refuses a 12% PBJT rate: Pasal 58(1) caps it at 10%', () => {
    expect(checkRate('pbjt_umum', 120_000)).toEqual({
      code: 'RATE_ABOVE_LEGAL_MAXIMUM',
      maxPpm: 100_000,
      article: 'UU 1/2022 Pasal 58(1)',
      confirmed: true,
    });
  });

  it('accepts a PBJT rate of exactly 10%', () => {
    expect(checkRate('pbjt_umum', 100_000)).toBeNull();
  });

  it('hiburan khusus (diskotek, karaoke, kelab malam, bar, spa) has a 40% floor and a 75% ceiling (Pasal 58(2))', () => {
    expect(checkRate('pbjt_hiburan_khusus', 350_000)).toMatchObject({
      code: 'RATE_BELOW_LEGAL_MINIMUM',
      minPpm: 400_000,
      maxPpm: 750_000,
      article: 'UU 1/2022 Pasal 58(2)',
    });
    expect(checkRate('pbjt_hiburan_khusus', 400_000)).toBeNull();
    expect(checkRate('pbjt_hiburan_khusus', 750_000)).toBeNull();
    expect(checkRate('pbjt_hiburan_khusus', 750_001)?.code).toBe('RATE_ABOVE_LEGAL_MAXIMUM');
  });

  it('listrik for industry, oil & gas and mining is capped at 3%; self-generated at 1.5% (Pasal 58(3))', () => {
    expect(checkRate('pbjt_listrik_industri_migas_tambang', 30_000)).toBeNull();
    expect(checkRate('pbjt_listrik_industri_migas_tambang', 30_001)?.code).toBe('RATE_ABOVE_LEGAL_MAXIMUM');
    expect(checkRate('pbjt_listrik_pembangkit_sendiri', 15_000)).toBeNull();
    expect(checkRate('pbjt_listrik_pembangkit_sendiri', 24_000)?.maxPpm).toBe(15_000);
  });

  it.each([
    ['pbb_p2', 5_000, 'UU 1/2022 Pasal 41'],
    ['bphtb', 50_000, 'UU 1/2022 Pasal 47'],
    ['pat', 200_000, 'UU 1/2022 Pasal 69'],
    ['walet', 100_000, 'UU 1/2022 Pasal 79'],
    ['opsen_mblb', 250_000, 'UU 1/2022 Pasal 83(1)'],
  ] as const)('%s: at most %i ppm (%s)', (key, max, article) => {
    expect(checkRate(key, max)).toBeNull();
    expect(checkRate(key, max + 1)).toEqual({
      code: 'RATE_ABOVE_LEGAL_MAXIMUM',
      maxPpm: max,
      article,
      confirmed: true,
    });
  });

  it('the Reklame 25% and MBLB 20% caps are flagged unconfirmed so the UI can say so', () => {
    expect(checkRate('reklame', 300_000)).toMatchObject({ maxPpm: 250_000, confirmed: false });
    expect(checkRate('mblb', 250_000)).toMatchObject({ maxPpm: 200_000, confirmed: false });
    expect(checkRate('mblb', 200_000)).toBeNull();
  });

  it('every row names its source and every band is ordered', () => {
    for (const [key, limit] of Object.entries(HKPD_LIMITS)) {
      expect(limit.article, key).toMatch(/^UU 1\/2022 (Pasal|Paragraf) \d+/);
      expect(limit.maxPpm, key).toBeGreaterThan(limit.minPpm ?? 0);
    }
  });

  it('refuses a fractional or negative rate and an unknown tax', () => {
    expect(() => checkRate('pbjt_umum', 0.1)).toThrow(RangeError);
    expect(() => checkRate('pbjt_umum', -1)).toThrow(RangeError);
    expect(() => checkRate('pajak_hotel' as HkpdTaxKey, 1)).toThrow(RangeError);
  });
});
