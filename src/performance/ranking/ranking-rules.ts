/**
 * The quarterly ranking of a region's OPD (lelang kinerja's three-monthly review, governance.md §3.1): each OPD's
 * score is the weighted mean of its indicators' capaian for the quarter (PermenPANRB 8/2021's formulas, capaian.ts),
 * its pace is the same mean against the pro-rata yearly target, and the OPD are ranked by score.
 *
 * Decisions (no regulation fixes them; the figures that vary are the region's settings, ranking-settings.ts):
 * - The quarter's target is the indicator's Tw target. A range indicator is measured against the year's range in
 *   every quarter (its quarters are levels). Without Tw targets a cumulative indicator is measured against the
 *   pro-rata yearly target (q/4 of it), any other against the yearly target.
 * - An indicator with a target and no accepted realisation for the quarter counts 0%: what was not reported (or not
 *   yet accepted) was not achieved. Its count is shown beside the score.
 * - Each capaian counts between 0 and the region's cap: one indicator far over target does not hide another far under.
 * - Weights: a signed contract's item weights (bobot) when the OPD has one for the year, only its items counting;
 *   otherwise every indicator the OPD owns weighs the same. A crosscutting indicator counts for each owner OPD at its
 *   one realisation; without a contract its weight in an owner OPD is that OPD's share (a 30% owner carries it at 0.3
 *   of an indicator of its own), so a shared indicator weighs in the region as one; under a contract the contract's
 *   weight already prices it, and is used as it is.
 */

import { capaian, type Polarity } from '../rules/capaian';
import {
  add,
  compare,
  divide,
  type Fraction,
  fraction,
  fromHundredths,
  hundredths,
  isZero,
  multiply,
  ZERO,
} from '../rules/fraction';

export type Quarter = 1 | 2 | 3 | 4;

/** An indicator as a score reads it: its target for the year and, when accepted, its realisation for the quarter. */
export interface IndicatorQuarter {
  indicatorId: number;
  polarity: Polarity;
  cumulative: boolean;
  /** The year's target (for a range: its lower bound). */
  target: number;
  /** A range's upper bound. */
  targetUpper: number | null;
  /** Tw1–Tw4, or null when none were set. */
  quarterTargets: readonly [number, number, number, number] | null;
  /** The quarter's accepted realisation (for a cumulative indicator: the running total since January). */
  realisation: number | null;
}

/** The indicator's capaian for the quarter, between 0 and `cap`; 0 when nothing was accepted. */
export function quarterCapaian(ind: IndicatorQuarter, quarter: Quarter, cap: number): number {
  if (ind.realisation === null) return 0;
  if (ind.polarity === 'range') return bounded(capaianAgainstRange(ind, ind.realisation), cap);
  const target = ind.quarterTargets
    ? (ind.quarterTargets[quarter - 1] as number)
    : ind.cumulative
      ? proRata(ind.target, quarter)
      : ind.target;
  return bounded(pointCapaian(ind.polarity, target, ind.realisation), cap);
}

/**
 * The indicator's pace: its realisation against where an even year would have it — a cumulative indicator against
 * q/4 of the yearly target whatever its Tw targets (a plan that saves everything for Tw4 is a risk the early warning
 * is for), any other against the yearly target itself. Between 0 and `cap`; 0 when nothing was accepted.
 */
export function paceCapaian(ind: IndicatorQuarter, quarter: Quarter, cap: number): number {
  if (ind.realisation === null) return 0;
  if (ind.polarity === 'range') return bounded(capaianAgainstRange(ind, ind.realisation), cap);
  const target = ind.cumulative ? proRata(ind.target, quarter) : ind.target;
  return bounded(pointCapaian(ind.polarity, target, ind.realisation), cap);
}

function capaianAgainstRange(ind: IndicatorQuarter, realisation: number): number {
  return capaian({
    polarity: 'range',
    target: ind.target,
    targetUpper: ind.targetUpper ?? ind.target,
    realisation,
  });
}

/** A zero target cannot divide (capaian.ts refuses it): met when the realisation is zero too, else not. */
function pointCapaian(polarity: 'higher' | 'lower', target: number, realisation: number): number {
  if (target === 0) return realisation === 0 || polarity === 'higher' ? 100 : 0;
  return capaian({ polarity, target, realisation });
}

/** q/4 of a yearly target, exactly, to as many decimals as it takes. */
function proRata(target: number, quarter: Quarter): number {
  const f = divide(multiply(fraction(target), fraction(quarter)), fraction(4));
  return Number(f.n) / Number(f.d);
}

function bounded(percent: number, cap: number): number {
  return Math.min(Math.max(percent, 0), cap);
}

/** The weighted mean of capaian, two decimals rounded once from the exact value; null when nothing weighs. */
export function weightedScore(items: readonly { weight: number; capaian: number }[]): number | null {
  let sum: Fraction = ZERO;
  let weights: Fraction = ZERO;
  for (const item of items) {
    if (item.weight <= 0) continue;
    const w = fraction(item.weight);
    sum = add(sum, multiply(w, fraction(item.capaian)));
    weights = add(weights, w);
  }
  if (isZero(weights)) return null;
  const h = hundredths(divide(sum, weights));
  return h === null ? null : fromHundredths(h);
}

/** An indicator an OPD owns: alone (100) or as one owner of a crosscutting indicator, with its share in percent. */
export interface OwnedIndicator {
  indicatorId: number;
  sharePercent: number;
}

/**
 * The weight of each indicator in an OPD's score: the signed contract's item weights when it has a contract for the
 * year (only its items count), else its share of each indicator it owns (1 for one of its own: equal weights).
 */
export function indicatorWeights(
  owned: readonly OwnedIndicator[],
  contractItems: readonly { indicatorId: number; weight: number }[] | null,
): Map<number, number> {
  if (contractItems && contractItems.length > 0) {
    return new Map(contractItems.map((item) => [item.indicatorId, item.weight]));
  }
  return new Map(owned.map((o) => [o.indicatorId, o.sharePercent / 100]));
}

/**
 * Ranks by score, highest first; equal scores share a rank and the next rank skips as many ("1, 2, 2, 4"); an OPD
 * with no score (nothing to measure) has no rank and comes last. Within a rank (and among the unranked) by name.
 */
export function rankOrder<T extends { score: number | null; name: string }>(
  entries: readonly T[],
): (T & { rank: number | null })[] {
  const sorted = [...entries].sort((a, b) => {
    if (a.score === null || b.score === null) {
      if (a.score !== b.score) return a.score === null ? 1 : -1;
    } else if (a.score !== b.score) {
      return b.score - a.score;
    }
    return a.name.localeCompare(b.name);
  });
  let rank = 0;
  let previous: number | null = null;
  return sorted.map((entry, i) => {
    if (entry.score === null) return { ...entry, rank: null };
    if (entry.score !== previous) rank = i + 1;
    previous = entry.score;
    return { ...entry, rank };
  });
}

export type TrendDirection = 'up' | 'down' | 'same' | 'new';

/** The change from the previous quarter's score (Tw4 of the year before for Tw1): 'new' when either is missing. */
export function trend(
  score: number | null,
  previous: number | null,
): { delta: number | null; direction: TrendDirection } {
  if (score === null || previous === null) return { delta: null, direction: 'new' };
  const h = hundredths(add(fraction(score), multiply(fraction(previous), fraction(-1))));
  const delta = h === null ? 0 : fromHundredths(h);
  return { delta, direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same' };
}

/** The quarter before: Tw4 of the previous year before Tw1. */
export function previousQuarter(year: number, quarter: Quarter): { year: number; quarter: Quarter } {
  return quarter === 1 ? { year: year - 1, quarter: 4 } : { year, quarter: (quarter - 1) as Quarter };
}

/** The last day of a quarter. */
export function quarterEnd(year: number, quarter: Quarter): string {
  return `${year}-${['03-31', '06-30', '09-30', '12-31'][quarter - 1]}`;
}

/** Whether a pace puts an OPD at risk: below the region's threshold, or nothing to pace at all is not a risk. */
export function atRisk(pace: number | null, atRiskBelowPercent: number): boolean {
  return pace !== null && compare(fraction(pace), fraction(atRiskBelowPercent)) < 0;
}
