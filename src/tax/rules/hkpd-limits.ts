/**
 * The national rate limits for kabupaten/kota taxes in UU 1/2022 (HKPD). Each region's Perda sets its own rates
 * within them (HKPD Pasal 94), so these are the only tax rates written in code: a check on region config, never
 * the rate a bill is computed with.
 */

export type HkpdTaxKey =
  | 'pbjt_umum'
  | 'pbjt_hiburan_khusus'
  | 'pbjt_listrik_industri_migas_tambang'
  | 'pbjt_listrik_pembangkit_sendiri'
  | 'pbb_p2'
  | 'bphtb'
  | 'reklame'
  | 'pat'
  | 'mblb'
  | 'walet'
  | 'opsen_mblb';

/**
 * `confirmed: false` marks a limit taken from secondary sources because the statute text was not retrieved
 * (domain file §1.3 and §7): the UI should say the limit is unverified rather than refuse on its authority.
 */
export type HkpdLimit = { minPpm?: number; maxPpm: number; article: string; confirmed: boolean };

export const HKPD_LIMITS: Readonly<Record<HkpdTaxKey, Readonly<HkpdLimit>>> = Object.freeze({
  // Makanan/minuman, perhotelan, parkir, general kesenian & hiburan and general tenaga listrik.
  pbjt_umum: { maxPpm: 100_000, article: 'UU 1/2022 Pasal 58(1)', confirmed: true },
  // Diskotek, karaoke, kelab malam, bar and mandi uap/spa (Pasal 55 huruf l): a floor as well as a ceiling.
  pbjt_hiburan_khusus: {
    minPpm: 400_000,
    maxPpm: 750_000,
    article: 'UU 1/2022 Pasal 58(2)',
    confirmed: true,
  },
  pbjt_listrik_industri_migas_tambang: { maxPpm: 30_000, article: 'UU 1/2022 Pasal 58(3)', confirmed: true },
  pbjt_listrik_pembangkit_sendiri: { maxPpm: 15_000, article: 'UU 1/2022 Pasal 58(3)', confirmed: true },
  // Pasal 41 also requires a lower rate for lahan produksi pangan dan ternak than for other land; checking that
  // needs both of a region's rates, so it is not a single-rate limit.
  pbb_p2: { maxPpm: 5_000, article: 'UU 1/2022 Pasal 41', confirmed: true },
  bphtb: { maxPpm: 50_000, article: 'UU 1/2022 Pasal 47', confirmed: true },
  // 25% is the PDRD maximum (UU 28/2009 Pasal 50); HKPD's tariff article was not retrieved.
  reklame: { maxPpm: 250_000, article: 'UU 1/2022 Paragraf 11 (Pajak Reklame)', confirmed: false },
  pat: { maxPpm: 200_000, article: 'UU 1/2022 Pasal 69', confirmed: true },
  // 20% from a secondary summary; PDRD allowed 25%. Base is Pasal 73; the tariff article was not retrieved.
  mblb: { maxPpm: 200_000, article: 'UU 1/2022 Paragraf 13 (Pajak MBLB)', confirmed: false },
  walet: { maxPpm: 100_000, article: 'UU 1/2022 Pasal 79', confirmed: true },
  // The province's opsen on a kab/kota's MBLB tax.
  opsen_mblb: { maxPpm: 250_000, article: 'UU 1/2022 Pasal 83(1)', confirmed: true },
});

export type RateProblem = {
  code: 'RATE_ABOVE_LEGAL_MAXIMUM' | 'RATE_BELOW_LEGAL_MINIMUM';
  minPpm?: number;
  maxPpm: number;
  article: string;
  confirmed: boolean;
};

/**
 * Checks a region's rate against the national limit, so that saving a Perda's rate table can say, e.g., "a 12%
 * PBJT rate is refused: UU 1/2022 Pasal 58(1) caps it at 10%". Returns null when the rate is within the limit.
 */
export function checkRate(taxKey: HkpdTaxKey, ratePpm: number): RateProblem | null {
  if (!Number.isSafeInteger(ratePpm) || ratePpm < 0) {
    throw new RangeError(`a rate must be a non-negative whole number of ppm, got ${ratePpm}`);
  }
  const limit = HKPD_LIMITS[taxKey];
  if (!limit) throw new RangeError(`no HKPD limit for "${taxKey}"`);
  const code =
    ratePpm > limit.maxPpm
      ? 'RATE_ABOVE_LEGAL_MAXIMUM'
      : limit.minPpm !== undefined && ratePpm < limit.minPpm
        ? 'RATE_BELOW_LEGAL_MINIMUM'
        : null;
  return code === null ? null : { code, ...limit };
}
