import { describe, expect, it } from 'vitest';
import { checkCrosscuttingShares, checkNoCycle, checkTarget, type IndicatorShape } from './tree-rules';

const codeOf = (f: () => void): string | undefined => {
  try {
    f();
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
};

describe('the tree has no cycle (TREE_CYCLE)', () => {
  // tujuan 1 ← sasaran 2 ← program 3 ← kegiatan 4; sasaran 5 under tujuan 1
  const parentOf = new Map<number, number | null>([
    [1, null],
    [2, 1],
    [3, 2],
    [4, 3],
    [5, 1],
  ]);
  it('lets a program move to another sasaran', () =>
    expect(codeOf(() => checkNoCycle(parentOf, 3, 5))).toBeUndefined());
  it('refuses a node as its own parent', () =>
    expect(codeOf(() => checkNoCycle(parentOf, 3, 3))).toBe('TREE_CYCLE'));
  it('refuses putting a sasaran under its own kegiatan', () =>
    expect(codeOf(() => checkNoCycle(parentOf, 2, 4))).toBe('TREE_CYCLE'));
  it('lets a node become a root', () =>
    expect(codeOf(() => checkNoCycle(parentOf, 2, null))).toBeUndefined());
});

describe('crosscutting shares add up to 100 (CROSSCUTTING_SHARES_NOT_100)', () => {
  it('accepts Dinas Kesehatan 60 % and Dinas Sosial 40 %', () =>
    expect(
      codeOf(() =>
        checkCrosscuttingShares([
          { opdId: 1, sharePercent: 60 },
          { opdId: 2, sharePercent: 40 },
        ]),
      ),
    ).toBeUndefined());
  it('accepts thirds written to two decimals: 33.33 + 33.33 + 33.34', () =>
    expect(
      codeOf(() =>
        checkCrosscuttingShares([
          { opdId: 1, sharePercent: 33.33 },
          { opdId: 2, sharePercent: 33.33 },
          { opdId: 3, sharePercent: 33.34 },
        ]),
      ),
    ).toBeUndefined());
  it.each([
    ['60 + 30 = 90', [60, 30]],
    ['60 + 50 = 110', [60, 50]],
    ['one owner with 100 (not crosscutting)', [100]],
    ['a zero share', [100, 0]],
    ['three decimals', [33.333, 66.667]],
  ])('refuses %s', (_, shares) =>
    expect(
      codeOf(() =>
        checkCrosscuttingShares(shares.map((sharePercent, i) => ({ opdId: i + 1, sharePercent }))),
      ),
    ).toBe('CROSSCUTTING_SHARES_NOT_100'),
  );
  it('refuses the same OPD twice', () =>
    expect(
      codeOf(() =>
        checkCrosscuttingShares([
          { opdId: 1, sharePercent: 50 },
          { opdId: 1, sharePercent: 50 },
        ]),
      ),
    ).toBe('CROSSCUTTING_SHARES_NOT_100'));
});

describe('a target has a baseline, a sound range and sensible quarters', () => {
  const higher: IndicatorShape = { polarity: 'higher', cumulative: false, baseline: 80 };
  const lower: IndicatorShape = { polarity: 'lower', cumulative: false, baseline: 14.2 };
  const range: IndicatorShape = { polarity: 'range', cumulative: false, baseline: 6 };
  const pad: IndicatorShape = { polarity: 'higher', cumulative: true, baseline: 900 };

  it('refuses a target without a baseline (INDICATOR_BASELINE_REQUIRED)', () =>
    expect(
      codeOf(() =>
        checkTarget({ ...higher, baseline: null }, { target: 85, targetUpper: null, quarters: null }),
      ),
    ).toBe('INDICATOR_BASELINE_REQUIRED'));
  it('accepts a baseline of zero (starting from nothing is a titik nol)', () =>
    expect(
      codeOf(() => checkTarget({ ...higher, baseline: 0 }, { target: 5, targetUpper: null, quarters: null })),
    ).toBeUndefined());

  it('accepts a range 5–7 and refuses 7–5, a range without an upper bound, and an upper bound on a non-range', () => {
    expect(codeOf(() => checkTarget(range, { target: 5, targetUpper: 7, quarters: null }))).toBeUndefined();
    expect(codeOf(() => checkTarget(range, { target: 5, targetUpper: 5, quarters: null }))).toBeUndefined();
    expect(codeOf(() => checkTarget(range, { target: 7, targetUpper: 5, quarters: null }))).toBe(
      'INDICATOR_TARGET_RANGE_INVALID',
    );
    expect(codeOf(() => checkTarget(range, { target: 5, targetUpper: null, quarters: null }))).toBe(
      'INDICATOR_TARGET_RANGE_INVALID',
    );
    expect(codeOf(() => checkTarget(higher, { target: 5, targetUpper: 7, quarters: null }))).toBe(
      'INDICATOR_TARGET_RANGE_INVALID',
    );
  });

  it('cumulative: PAD 1,000 bn for the year, running totals 200/450/700/1,000 pass; a fall or a Tw4 short fails', () => {
    expect(
      codeOf(() => checkTarget(pad, { target: 1000, targetUpper: null, quarters: [200, 450, 700, 1000] })),
    ).toBeUndefined();
    expect(
      codeOf(() => checkTarget(pad, { target: 1000, targetUpper: null, quarters: [200, 450, 400, 1000] })),
    ).toBe('INDICATOR_QUARTERS_INVALID');
    expect(
      codeOf(() => checkTarget(pad, { target: 1000, targetUpper: null, quarters: [200, 450, 700, 950] })),
    ).toBe('INDICATOR_QUARTERS_INVALID');
  });

  it('a level, higher is better: 82/83/84/85 to 85 passes; a quarter above the year (86) fails', () => {
    expect(
      codeOf(() => checkTarget(higher, { target: 85, targetUpper: null, quarters: [82, 83, 84, 85] })),
    ).toBeUndefined();
    expect(
      codeOf(() => checkTarget(higher, { target: 85, targetUpper: null, quarters: [82, 86, 84, 85] })),
    ).toBe('INDICATOR_QUARTERS_INVALID');
  });

  it('a level, lower is better (stunting 14.2 % → 12 %): 13.8/13.2/12.6/12 passes; a quarter below 12 fails', () => {
    expect(
      codeOf(() => checkTarget(lower, { target: 12, targetUpper: null, quarters: [13.8, 13.2, 12.6, 12] })),
    ).toBeUndefined();
    expect(
      codeOf(() => checkTarget(lower, { target: 12, targetUpper: null, quarters: [13.8, 11.5, 12.6, 12] })),
    ).toBe('INDICATOR_QUARTERS_INVALID');
  });

  it('a range 5–7: Tw4 inside the range passes, outside fails', () => {
    expect(
      codeOf(() => checkTarget(range, { target: 5, targetUpper: 7, quarters: [8, 7.5, 7, 6] })),
    ).toBeUndefined();
    expect(codeOf(() => checkTarget(range, { target: 5, targetUpper: 7, quarters: [8, 7.5, 7, 7.2] }))).toBe(
      'INDICATOR_QUARTERS_INVALID',
    );
  });

  it('refuses a negative quarter', () =>
    expect(codeOf(() => checkTarget(pad, { target: 10, targetUpper: null, quarters: [-1, 2, 5, 10] }))).toBe(
      'INDICATOR_QUARTERS_INVALID',
    ));
});
