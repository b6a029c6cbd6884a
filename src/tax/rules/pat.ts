/**
 * Pajak Air Tanah (PAT): tax = Nilai Perolehan Air Tanah (NPA) × rate (at most 20%, UU 1/2022 Pasal 69). The NPA
 * is the metered volume priced by the Perkada's base water price, which rises with volume in tiers set per usage
 * category; the tier table is region data.
 */
import { applyRate, nonNegativeInteger, type Rounding } from '../../platform/rounding';

/**
 * One tier of a progressive price table: the price applies to each m³ above the previous tier's bound up to
 * `upToM3`; the last tier has `upToM3: null` (no upper bound). E.g. 0–50 m³, 51–500 m³, above 500 m³.
 */
export type PatTier = { upToM3: number | null; pricePerM3: number };

/** The part of the volume priced in one tier, for the SKPD's breakdown. */
export type PatLine = { volumeM3: number; pricePerM3: number; amount: number };

/**
 * Why a price table cannot price a volume, in both languages, or null: tiers in increasing whole-m³ bounds, the
 * last one without a bound, prices whole rupiah. Checked when a policy is recorded and again before pricing.
 */
export function patTiersProblem(tiers: readonly PatTier[]): { id: string; en: string } | null {
  if (tiers.length === 0 || tiers[tiers.length - 1]?.upToM3 !== null) {
    return {
      id: 'Tabel harga air tanah harus diakhiri tingkat tanpa batas atas (upToM3: null)',
      en: 'a PAT price table needs tiers ending with one without an upper bound (upToM3: null)',
    };
  }
  let previous = 0;
  for (const [i, tier] of tiers.entries()) {
    if (!Number.isSafeInteger(tier.pricePerM3) || tier.pricePerM3 < 0) {
      return {
        id: `Harga per m³ harus rupiah utuh tidak negatif, tertulis ${tier.pricePerM3}`,
        en: `a price per m³ is whole rupiah, not negative, got ${tier.pricePerM3}`,
      };
    }
    if (i === tiers.length - 1) break;
    if (tier.upToM3 === null || !Number.isSafeInteger(tier.upToM3) || tier.upToM3 <= previous) {
      return {
        id: `Batas tingkat harus m³ utuh yang naik, tertulis ${tier.upToM3} sesudah ${previous}`,
        en: `PAT tier bounds must be whole m³ in increasing order, got ${tier.upToM3} after ${previous}`,
      };
    }
    previous = tier.upToM3;
  }
  return null;
}

/** NPA for a month's metered volume: each m³ priced at its own tier's price (progressive, not whole-volume). */
export function nilaiPerolehanAirTanah(
  volumeM3: number,
  tiers: readonly PatTier[],
): { npa: number; lines: PatLine[] } {
  nonNegativeInteger(volumeM3, 'volume (m³)');
  const problem = patTiersProblem(tiers);
  if (problem) throw new RangeError(problem.en);
  const lines: PatLine[] = [];
  let lower = 0;
  for (const tier of tiers) {
    const upper = tier.upToM3 === null ? volumeM3 : Math.min(tier.upToM3, volumeM3);
    if (upper <= lower) break;
    const volume = upper - lower;
    lines.push({ volumeM3: volume, pricePerM3: tier.pricePerM3, amount: volume * tier.pricePerM3 });
    lower = upper;
  }
  const npa = lines.reduce((sum, l) => sum + BigInt(l.volumeM3) * BigInt(l.pricePerM3), 0n);
  if (npa > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError(`an NPA of Rp${npa} is too large`);
  return { npa: Number(npa), lines };
}

/** PAT = NPA × the region's rate (at most 20%, UU 1/2022 Pasal 69), rounded once. */
export function patTax(npa: number, ratePpm: number, rounding: Rounding): number {
  return applyRate(npa, ratePpm, rounding);
}
