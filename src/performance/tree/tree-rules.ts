/**
 * The rules a performance tree (pohon kinerja, PermenPANRB 89/2021; governance.md §1.6) and its indicators' targets
 * keep, as pure functions. Each throws a RuleViolation with its stable code; the use cases answer 422 with it.
 */
import { closesCycle } from '../organisation/unit-tree';
import type { Polarity } from '../rules/capaian';
import { RuleViolation } from '../rules/rule-violation';

/**
 * A node's new parent is neither the node itself nor a node under it (TREE_CYCLE): cascading runs one way, from the
 * RPJMD's goals down to the kegiatan. `parentOf` maps each node of the region's tree to its current parent.
 */
export function checkNoCycle(
  parentOf: ReadonlyMap<number, number | null>,
  nodeId: number,
  parentId: number | null,
): void {
  if (closesCycle(parentOf, nodeId, parentId))
    throw new RuleViolation('TREE_CYCLE', { nodeId, parentId: parentId ?? 0 });
}

/** One owner of a crosscutting indicator and its share of it in percent. */
export interface OwnerShare {
  opdId: number;
  sharePercent: number;
}

/**
 * A crosscutting indicator (one indicator, several OPD, one realisation: the "no sectoral ego" of issue 16) has at
 * least two owners, each OPD once, each share positive with at most two decimals, and the shares add up to exactly
 * 100 (CROSSCUTTING_SHARES_NOT_100). Summed in hundredths, so 33.33 + 33.33 + 33.34 is 100 and not 99.99999….
 */
export function checkCrosscuttingShares(owners: readonly OwnerShare[]): void {
  const opds = new Set(owners.map((o) => o.opdId));
  const hundredths = owners.map((o) => Math.round(o.sharePercent * 100));
  const wellFormed =
    owners.length >= 2 &&
    opds.size === owners.length &&
    owners.every(
      (o, i) => o.sharePercent > 0 && Math.abs(o.sharePercent * 100 - (hundredths[i] as number)) < 1e-6,
    );
  const total = hundredths.reduce((sum, h) => sum + h, 0);
  if (!wellFormed || total !== 10_000)
    throw new RuleViolation('CROSSCUTTING_SHARES_NOT_100', { total: total / 100, owners: owners.length });
}

/** What a target is checked against: its indicator's polarity, accumulation and baseline. */
export interface IndicatorShape {
  polarity: Polarity;
  /** Whether its quarters accumulate over the year (a running total, as PAD realisation) or each is a level. */
  cumulative: boolean;
  baseline: number | null;
}

/** A year's target: for a range its lower bound, with the upper bound in `targetUpper`; Tw1–Tw4 or none. */
export interface TargetInput {
  target: number;
  targetUpper: number | null;
  /** Tw1–Tw4: four figures (anything else is INDICATOR_QUARTERS_INVALID). */
  quarters: readonly number[] | null;
}

/**
 * A year's target is sound for its indicator:
 * - the indicator has a baseline (titik nol) first (INDICATOR_BASELINE_REQUIRED): lelang kinerja bids a target from
 *   where the OPD stands, never from nowhere (governance.md §3.1);
 * - a range target (PermenPANRB 8/2021's "5–7%") has its upper bound at or above its lower; only a range has one
 *   (INDICATOR_TARGET_RANGE_INVALID);
 * - the quarterly targets Tw1–Tw4 (the PK's lampiran, governance.md §1.2), when given, are what the year's target
 *   means by the quarter (INDICATOR_QUARTERS_INVALID). Balai's rule, a region's practice may be stricter:
 *   - Tw4 is the year's target (within the range for a range): the fourth quarter ends the year;
 *   - cumulative (each quarter a running total since January, as revenue collected): Tw1 ≤ Tw2 ≤ Tw3 ≤ Tw4, whatever
 *     the polarity, since a running total never falls;
 *   - not cumulative (each quarter a level, as a prevalence or an index): no quarter aims past the year's target, i.e.
 *     above it when higher is better, below it when lower is better (a range: each quarter is free, Tw4 in range).
 * Figures are never negative.
 */
export function checkTarget(indicator: IndicatorShape, input: TargetInput): void {
  if (indicator.baseline === null) throw new RuleViolation('INDICATOR_BASELINE_REQUIRED');
  const { target, targetUpper, quarters } = input;
  if (indicator.polarity === 'range' ? targetUpper === null || targetUpper < target : targetUpper !== null)
    throw new RuleViolation('INDICATOR_TARGET_RANGE_INVALID', {}, [
      {
        field: 'targetUpper',
        message:
          indicator.polarity === 'range'
            ? {
                id: 'Target rentang memerlukan batas atas (targetUpper) yang tidak lebih kecil daripada target',
                en: 'A range target needs an upper bound (targetUpper) not below its target',
              }
            : {
                id: 'Hanya indikator berpolaritas rentang yang memiliki batas atas',
                en: 'Only an indicator with a range polarity has an upper bound',
              },
      },
    ]);
  if (quarters === null) return;
  const tw4 = quarters[3];
  if (quarters.length !== 4 || tw4 === undefined)
    throw new RuleViolation('INDICATOR_QUARTERS_INVALID', { rule: 'four_quarters' });
  const upper = targetUpper ?? target;
  const fourthEndsYear = indicator.polarity === 'range' ? tw4 >= target && tw4 <= upper : tw4 === target;
  const ordered = indicator.cumulative
    ? quarters.every((q, i) => i === 0 || q >= (quarters[i - 1] as number))
    : indicator.polarity === 'higher'
      ? quarters.every((q) => q <= target)
      : indicator.polarity === 'lower'
        ? quarters.every((q) => q >= target)
        : true;
  if (quarters.some((q) => q < 0) || !fourthEndsYear || !ordered)
    throw new RuleViolation('INDICATOR_QUARTERS_INVALID', {
      rule: indicator.cumulative ? 'cumulative' : indicator.polarity,
    });
}
