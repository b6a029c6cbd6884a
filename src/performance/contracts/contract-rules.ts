/**
 * The rules of lelang kinerja (governance.md §3.1: each OPD head bids targets from a baseline towards an end point, the
 * mayor's team counter-offers, the agreed targets are signed), as pure functions. Each throws a RuleViolation with its
 * stable code; the use cases answer with it.
 */
import { RuleViolation } from '../rules/rule-violation';
import { checkTarget, type IndicatorShape } from '../tree/tree-rules';

/** One line of an offer: an indicator's baseline, end point, the year's target with Tw1–Tw4, timeline, budget, weight. */
export interface ContractItemInput {
  indicatorId: number;
  /** Where the OPD stands (titik nol); null only when none was given, which the rules refuse. */
  baseline: number | null;
  /** The 5-year end point (the Renstra's target for its last year). */
  endPoint: number;
  target: number;
  targetUpper: number | null;
  /** Tw1–Tw4. */
  quarters: number[];
  timeline: string | null;
  /** Whole rupiah. */
  budget: number;
  /** Bobot, in percent (at most two decimals). */
  weight: number;
}

/**
 * A contract's items weigh together exactly 100 percent (CONTRACT_WEIGHTS_NOT_100): the weights (bobot) say how much
 * each indicator counts in the OPD's weighted capaian, so a contract with none, a weight of zero or less, one with
 * more than two decimals, or a total other than 100 is refused. Summed in hundredths (33.33 + 33.33 + 33.34 is 100).
 */
export function checkWeights(items: readonly Pick<ContractItemInput, 'weight'>[]): void {
  const hundredths = items.map((i) => Math.round(i.weight * 100));
  const wellFormed =
    items.length > 0 &&
    items.every((i, n) => i.weight > 0 && Math.abs(i.weight * 100 - (hundredths[n] as number)) < 1e-6);
  const total = hundredths.reduce((sum, h) => sum + h, 0);
  if (!wellFormed || total !== 10_000)
    throw new RuleViolation('CONTRACT_WEIGHTS_NOT_100', { total: total / 100, items: items.length });
}

/**
 * Every item of an offer is sound: each indicator once (CONTRACT_ITEM_DUPLICATE), a baseline given
 * (INDICATOR_BASELINE_REQUIRED: a target is bid from where the OPD stands), the year's target and Tw1–Tw4 as the tree
 * requires of any target of the indicator (tree-rules.ts' checkTarget: range bounds, Tw4 is the year's target,
 * cumulative quarters never fall, …), the budget in whole rupiah, not negative (CONTRACT_BUDGET_INVALID), and the
 * weights adding up to 100 (checkWeights). `shapeOf` gives each indicator's polarity and accumulation.
 */
export function checkOffer(
  items: readonly ContractItemInput[],
  shapeOf: (indicatorId: number) => Omit<IndicatorShape, 'baseline'>,
): void {
  const seen = new Set<number>();
  for (const item of items) {
    if (seen.has(item.indicatorId))
      throw new RuleViolation('CONTRACT_ITEM_DUPLICATE', { indicatorId: item.indicatorId });
    seen.add(item.indicatorId);
    checkTarget(
      { ...shapeOf(item.indicatorId), baseline: item.baseline },
      { target: item.target, targetUpper: item.targetUpper, quarters: item.quarters },
    );
    if (!Number.isSafeInteger(item.budget) || item.budget < 0)
      throw new RuleViolation('CONTRACT_BUDGET_INVALID', { indicatorId: item.indicatorId });
  }
  checkWeights(items);
}

export const CONTRACT_STATUSES = ['bidding', 'countered', 'agreed', 'signed'] as const;
export type ContractStatus = (typeof CONTRACT_STATUSES)[number];
/** Who makes an offer or signs: the OPD (its head) or the leadership (the mayor's team). */
export const SIDES = ['opd', 'pimpinan'] as const;
export type Side = (typeof SIDES)[number];

/**
 * The status after `side` makes an offer: the OPD bids (or revises its bid) and the leadership counters (or revises its
 * counter-offer) while they negotiate; once agreed, the targets stand (CONTRACT_ALREADY_AGREED).
 */
export function statusAfterOffer(status: ContractStatus, side: Side): ContractStatus {
  if (status === 'agreed' || status === 'signed')
    throw new RuleViolation('CONTRACT_ALREADY_AGREED', { status });
  return side === 'opd' ? 'bidding' : 'countered';
}

/**
 * Agreement: one side accepts the other side's latest offer, never its own (CONTRACT_NOTHING_TO_ACCEPT): the OPD
 * accepts the leadership's counter-offer, the leadership accepts the OPD's bid.
 */
export function checkAccept(status: ContractStatus, side: Side): void {
  if (status === 'agreed' || status === 'signed')
    throw new RuleViolation('CONTRACT_ALREADY_AGREED', { status });
  const theirs = side === 'opd' ? 'countered' : 'bidding';
  if (status !== theirs) throw new RuleViolation('CONTRACT_NOTHING_TO_ACCEPT', { side });
}

/**
 * Signing follows agreement (CONTRACT_NOT_AGREED) and each side signs once (CONTRACT_ALREADY_SIGNED). Returns the
 * status after the signature: signed when the other side has signed already.
 */
export function statusAfterSigning(
  status: ContractStatus,
  side: Side,
  signed: { opd: boolean; pimpinan: boolean },
): ContractStatus {
  if (status !== 'agreed' && status !== 'signed') throw new RuleViolation('CONTRACT_NOT_AGREED', { status });
  if (signed[side]) throw new RuleViolation('CONTRACT_ALREADY_SIGNED', { side });
  return signed[side === 'opd' ? 'pimpinan' : 'opd'] ? 'signed' : 'agreed';
}
