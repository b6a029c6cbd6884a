/**
 * Penurunan dasar pengenaan: whether the base an SPTPD declares (omzet, in whole rupiah) has fallen sharply against
 * the same object's own earlier masa. Not a rule of law but an officer's check in the penelitian of an SPTPD, which
 * may lead to an examination and an SKPDKB: a thing to look at, since a business may truly have a bad month. The threshold is region data (`reviewBaseDrop` in the
 * tax policy), `DEFAULT_BASE_DROP` until a region sets its own.
 *
 * The typical base is the median of the earlier masa, so one festive month does not make an ordinary month look
 * like a fall, and one closed month does not hide one.
 */
export interface BaseDropSetting {
  /** Flag a base at least this many percent below the typical one. */
  percent: number;
  /** How many masa before the return's are compared. */
  months: number;
  /** The fewest earlier masa with a return that make a history worth comparing with. */
  minMonths: number;
}

export const DEFAULT_BASE_DROP: BaseDropSetting = { percent: 50, months: 6, minMonths: 3 };

export interface BaseDrop {
  /** True when the declared base is at least `percent` below the typical one. */
  flagged: boolean;
  /** The median of the earlier bases, in whole rupiah (rounded down); null with too short a history. */
  typicalGross: number | null;
  /** How far the declared base lies below the typical one, in whole percent (rounded down); 0 when not below. */
  dropPercent: number | null;
  /** How many earlier masa were compared. */
  compared: number;
}

/** The median, rounded down to a whole rupiah; of an even count, the mean of the two middle values. */
export function medianRupiah(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const upper = sorted[mid] ?? 0;
  return sorted.length % 2 === 1 ? upper : Math.floor(((sorted[mid - 1] ?? 0) + upper) / 2);
}

/** Compares a declared base with the bases of the object's earlier masa (each the return in force for its masa). */
export function declaredBaseDrop(
  declared: number,
  earlier: readonly number[],
  setting: BaseDropSetting = DEFAULT_BASE_DROP,
): BaseDrop {
  const compared = earlier.length;
  if (compared < setting.minMonths)
    return { flagged: false, typicalGross: null, dropPercent: null, compared };
  const typical = medianRupiah(earlier);
  if (typical <= 0 || declared >= typical) {
    return { flagged: false, typicalGross: typical, dropPercent: 0, compared };
  }
  const fall = typical - declared;
  return {
    flagged: fall * 100 >= setting.percent * typical,
    typicalGross: typical,
    dropPercent: Math.floor((fall * 100) / typical),
    compared,
  };
}
