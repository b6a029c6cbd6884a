import { describe, expect, it } from 'vitest';
import {
  type ContractItemInput,
  checkAccept,
  checkOffer,
  checkWeights,
  statusAfterOffer,
  statusAfterSigning,
} from './contract-rules';

const codeOf = (f: () => void): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

/** Dinas Kesehatan's two items: immunisation coverage (a level, higher is better) and stunting (lower is better). */
const immunisation: ContractItemInput = {
  indicatorId: 1,
  baseline: 88,
  endPoint: 98,
  target: 92,
  targetUpper: null,
  quarters: [85, 88, 90, 92],
  timeline: 'Posyandu campaigns from February',
  budget: 1_250_000_000,
  weight: 60,
};
const stunting: ContractItemInput = {
  indicatorId: 2,
  baseline: 18.5,
  endPoint: 12,
  target: 16,
  targetUpper: null,
  quarters: [18, 17.5, 16.8, 16],
  timeline: null,
  budget: 800_000_000,
  weight: 40,
};
const shapes = new Map([
  [1, { polarity: 'higher' as const, cumulative: false }],
  [2, { polarity: 'lower' as const, cumulative: false }],
  [3, { polarity: 'higher' as const, cumulative: true }],
]);
const shapeOf = (id: number) => shapes.get(id) ?? { polarity: 'higher' as const, cumulative: false };

describe('a contract’s weights add up to 100 (CONTRACT_WEIGHTS_NOT_100)', () => {
  it('accepts 60 + 40', () =>
    expect(codeOf(() => checkWeights([{ weight: 60 }, { weight: 40 }]))).toBeUndefined());
  it('accepts 33.33 + 33.33 + 33.34 (summed in hundredths)', () =>
    expect(
      codeOf(() => checkWeights([{ weight: 33.33 }, { weight: 33.33 }, { weight: 33.34 }])),
    ).toBeUndefined());
  it('refuses 60 + 30', () =>
    expect(codeOf(() => checkWeights([{ weight: 60 }, { weight: 30 }]))).toBe('CONTRACT_WEIGHTS_NOT_100'));
  it('refuses a contract without items', () =>
    expect(codeOf(() => checkWeights([]))).toBe('CONTRACT_WEIGHTS_NOT_100'));
  it('refuses a zero weight even when the total is 100', () =>
    expect(codeOf(() => checkWeights([{ weight: 100 }, { weight: 0 }]))).toBe('CONTRACT_WEIGHTS_NOT_100'));
  it('refuses a weight with three decimals', () =>
    expect(codeOf(() => checkWeights([{ weight: 33.333 }, { weight: 66.667 }]))).toBe(
      'CONTRACT_WEIGHTS_NOT_100',
    ));
});

describe('an offer’s items', () => {
  it('accepts Dinas Kesehatan’s bid', () =>
    expect(codeOf(() => checkOffer([immunisation, stunting], shapeOf))).toBeUndefined());
  it('refuses an item without a baseline (INDICATOR_BASELINE_REQUIRED)', () =>
    expect(codeOf(() => checkOffer([{ ...immunisation, baseline: null }, stunting], shapeOf))).toBe(
      'INDICATOR_BASELINE_REQUIRED',
    ));
  it('refuses a Tw4 other than the year’s target, by the tree’s rule (INDICATOR_QUARTERS_INVALID)', () =>
    expect(
      codeOf(() => checkOffer([{ ...immunisation, quarters: [85, 88, 90, 91] }, stunting], shapeOf)),
    ).toBe('INDICATOR_QUARTERS_INVALID'));
  it('refuses a quarter of a lower-is-better level aiming below the year’s target', () =>
    expect(
      codeOf(() => checkOffer([immunisation, { ...stunting, quarters: [18, 15, 16.8, 16] }], shapeOf)),
    ).toBe('INDICATOR_QUARTERS_INVALID'));
  it('refuses a falling cumulative indicator', () =>
    expect(
      codeOf(() =>
        checkOffer(
          [{ ...immunisation, indicatorId: 3, target: 100, quarters: [30, 20, 70, 100], weight: 100 }],
          shapeOf,
        ),
      ),
    ).toBe('INDICATOR_QUARTERS_INVALID'));
  it('refuses an upper bound on a higher-is-better indicator (INDICATOR_TARGET_RANGE_INVALID)', () =>
    expect(codeOf(() => checkOffer([{ ...immunisation, targetUpper: 95 }, stunting], shapeOf))).toBe(
      'INDICATOR_TARGET_RANGE_INVALID',
    ));
  it('refuses the same indicator twice (CONTRACT_ITEM_DUPLICATE)', () =>
    expect(
      codeOf(() =>
        checkOffer(
          [
            { ...immunisation, weight: 50 },
            { ...immunisation, weight: 50 },
          ],
          shapeOf,
        ),
      ),
    ).toBe('CONTRACT_ITEM_DUPLICATE'));
  it('refuses a budget in fractions of a rupiah (CONTRACT_BUDGET_INVALID)', () =>
    expect(codeOf(() => checkOffer([{ ...immunisation, budget: 10.5 }, stunting], shapeOf))).toBe(
      'CONTRACT_BUDGET_INVALID',
    ));
  it('refuses weights of 60 + 30 (CONTRACT_WEIGHTS_NOT_100)', () =>
    expect(codeOf(() => checkOffer([immunisation, { ...stunting, weight: 30 }], shapeOf))).toBe(
      'CONTRACT_WEIGHTS_NOT_100',
    ));
});

describe('the negotiation', () => {
  it('a bid leaves the contract bidding, a counter-offer countered', () => {
    expect(statusAfterOffer('bidding', 'opd')).toBe('bidding');
    expect(statusAfterOffer('bidding', 'pimpinan')).toBe('countered');
    expect(statusAfterOffer('countered', 'opd')).toBe('bidding');
  });
  it('no offer after agreement (CONTRACT_ALREADY_AGREED)', () =>
    expect(codeOf(() => statusAfterOffer('agreed', 'pimpinan'))).toBe('CONTRACT_ALREADY_AGREED'));
  it('the leadership accepts the OPD’s bid, the OPD the counter-offer', () => {
    expect(codeOf(() => checkAccept('bidding', 'pimpinan'))).toBeUndefined();
    expect(codeOf(() => checkAccept('countered', 'opd'))).toBeUndefined();
  });
  it('no side accepts its own offer (CONTRACT_NOTHING_TO_ACCEPT)', () => {
    expect(codeOf(() => checkAccept('bidding', 'opd'))).toBe('CONTRACT_NOTHING_TO_ACCEPT');
    expect(codeOf(() => checkAccept('countered', 'pimpinan'))).toBe('CONTRACT_NOTHING_TO_ACCEPT');
  });
});

describe('signing', () => {
  it('the first signature leaves it agreed, the second signs it', () => {
    expect(statusAfterSigning('agreed', 'opd', { opd: false, pimpinan: false })).toBe('agreed');
    expect(statusAfterSigning('agreed', 'pimpinan', { opd: true, pimpinan: false })).toBe('signed');
  });
  it('not before agreement (CONTRACT_NOT_AGREED)', () =>
    expect(codeOf(() => statusAfterSigning('countered', 'opd', { opd: false, pimpinan: false }))).toBe(
      'CONTRACT_NOT_AGREED',
    ));
  it('each side once (CONTRACT_ALREADY_SIGNED)', () =>
    expect(codeOf(() => statusAfterSigning('agreed', 'opd', { opd: true, pimpinan: false }))).toBe(
      'CONTRACT_ALREADY_SIGNED',
    ));
});
