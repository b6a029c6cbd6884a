import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CapaianInput, capaian, interpretationBand } from './capaian';
import { RuleViolation } from './rule-violation';

/** The code a call is refused with, and the field its error names. */
function refusal(run: () => unknown): { code: string; fields: string[] } {
  try {
    run();
  } catch (e) {
    if (e instanceof RuleViolation) return { code: e.code, fields: (e.errors ?? []).map((f) => f.field) };
    throw e;
  }
  throw new Error('not refused');
}

describe('capaian, higher is better: realisasi / target × 100% (PermenPANRB 8/2021, formula (f), kondisi normal)', () => {
  it.each([
    [100, 100, 100],
    [80, 92, 115],
    [80, 70, 87.5],
    [3, 1, 33.33], // 33.333… rounds down
    [3, 2, 66.67], // 66.666… rounds up
    [100, 1.005, 1.01], // exactly half a hundredth goes up; 1.005 as a double would give 1.00
    [8, 0, 0],
  ])('target %d, realisation %d → %d%%', (target, realisation, percent) => {
    expect(capaian({ polarity: 'higher', target, realisation })).toBe(percent);
  });
});

describe('capaian, lower is better: (1 + (1 − realisasi / target)) × 100% (8/2021, formula (g), kondisi khusus)', () => {
  // 8/2021's own examples (lampiran p. 110): 6.5 months against 7 is 107% as printed (107.14 to two decimals),
  // 9 months against 8 is 87.5%.
  it.each([
    [7, 6.5, 107.14],
    [8, 9, 87.5],
    [8, 8, 100],
    [10, 0, 200], // nothing left of what was to be brought down
    [5, 12, -40], // more than twice the target: below zero, as the formula is written
  ])('target %d, realisation %d → %d%%', (target, realisation, percent) => {
    expect(capaian({ polarity: 'lower', target, realisation })).toBe(percent);
  });

  it('equals the LKjIP form (rencana − (realisasi − rencana)) / rencana × 100% (LKjIP Kab. Maluku Tengah 2021)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 0, max: 2_000_000 }), (t, r) => {
        const target = t / 100;
        const realisation = r / 100;
        // In hundredths of the unit the LKjIP form is a ratio of integers, N / t with N = (2t − r) × 10,000
        // hundredths of a percent, rounded half away from zero in integer arithmetic.
        const n = (2 * t - r) * 10_000;
        const byHand = Math.sign(n) * Math.floor((2 * Math.abs(n) + t) / (2 * t));
        expect(capaian({ polarity: 'lower', target, realisation })).toBe(byHand / 100 || 0);
      }),
    );
  });
});

describe('capaian, a target that is a range: within it the target is met (8/2021, note to formulas (f) and (g))', () => {
  const complaints = { polarity: 'range', target: 80, targetUpper: 90 } as const;
  it.each([
    [85, 100],
    [80, 100], // both bounds belong to the range
    [90, 100],
    // Above the range, against its upper bound: 92/90. 8/2021's example prints 113%, which 92/90 is not.
    [92, 102.22],
    [70, 87.5], // below it, against its lower bound: 70/80, 8/2021's example b
  ])('target 80–90%%, realisation %d%% → %d%%', (realisation, percent) => {
    expect(capaian({ ...complaints, realisation })).toBe(percent);
  });

  it('scores a range of a lower-is-better indicator by kondisi khusus outside it: 7–8 months (8/2021, p. 110)', () => {
    const months = { polarity: 'range', target: 7, targetUpper: 8, beyondRange: 'lower' } as const;
    expect(capaian({ ...months, realisation: 6.5 })).toBe(107.14);
    expect(capaian({ ...months, realisation: 9 })).toBe(87.5);
    expect(capaian({ ...months, realisation: 7.5 })).toBe(100);
  });

  it('a range of one value is met by that value only', () => {
    expect(capaian({ polarity: 'range', target: 5, targetUpper: 5, realisation: 5 })).toBe(100);
    expect(capaian({ polarity: 'range', target: 5, targetUpper: 5, realisation: 4 })).toBe(80);
  });

  it('a range from zero is fine until a realisation falls outside against a zero bound', () => {
    expect(capaian({ polarity: 'range', target: 0, targetUpper: 2, realisation: 0 })).toBe(100);
    expect(capaian({ polarity: 'range', target: 0, targetUpper: 2, realisation: 3 })).toBe(150);
    expect(refusal(() => capaian({ polarity: 'range', target: 0, targetUpper: 0, realisation: 1 }))).toEqual({
      code: 'CAPAIAN_TARGET_ZERO',
      fields: ['targetUpper'],
    });
  });
});

describe('capaian refuses what its formulas cannot compare', () => {
  it.each<[CapaianInput, string, string[]]>([
    [{ polarity: 'higher', target: 0, realisation: 5 }, 'CAPAIAN_TARGET_ZERO', ['target']],
    [{ polarity: 'lower', target: 0, realisation: 0 }, 'CAPAIAN_TARGET_ZERO', ['target']],
    [{ polarity: 'higher', target: -5, realisation: 5 }, 'CAPAIAN_NEGATIVE_VALUE', ['target']],
    [{ polarity: 'lower', target: 5, realisation: -0.5 }, 'CAPAIAN_NEGATIVE_VALUE', ['realisation']],
    [
      { polarity: 'range', target: 1, targetUpper: -2, realisation: 1 },
      'CAPAIAN_NEGATIVE_VALUE',
      ['targetUpper'],
    ],
    [
      { polarity: 'range', target: 90, targetUpper: 80, realisation: 85 },
      'CAPAIAN_RANGE_INVERTED',
      ['targetUpper'],
    ],
    [{ polarity: 'higher', target: 1e-300, realisation: 1e300 }, 'CAPAIAN_TOO_LARGE', []],
  ])('%o → %s', (input, code, fields) => {
    expect(refusal(() => capaian(input))).toEqual({ code, fields });
  });
});

describe("interpretationBand: a capaian read in the region's own table", () => {
  // Kab. Sampang's LKjIP table (domain reference §1.7): 91–100 Sangat Baik, 76–90 Baik, 66–75 Cukup, 51–65 Kurang,
  // ≤ 50 Sangat Kurang. Example data for the test, not a default: each region sets its own.
  const sampang = [
    { from: 91, label: 'Sangat Baik' },
    { from: 76, label: 'Baik' },
    { from: 66, label: 'Cukup' },
    { from: 51, label: 'Kurang' },
    { from: 0, label: 'Sangat Kurang' },
  ];
  it.each([
    [107.14, 'Sangat Baik'], // above 100: still the top band
    [91, 'Sangat Baik'],
    [90.99, 'Baik'],
    [76, 'Baik'],
    [65.5, 'Kurang'],
    [50, 'Sangat Kurang'],
    [-40, 'Sangat Kurang'], // below the lowest bound: the lowest band
  ])('%d%% reads %s', (percent, label) => {
    expect(interpretationBand(percent, sampang).label).toBe(label);
  });

  it('takes the bands in any order, and an exclusive bound "> 85" as 85.01 (capaian has two decimals)', () => {
    const malukuTengah = [
      { from: 30.01, label: 'Agak Kurang' },
      { from: 85.01, label: 'Memuaskan' },
      { from: 0, label: 'Kurang' },
    ];
    expect(interpretationBand(85, malukuTengah).label).toBe('Agak Kurang');
    expect(interpretationBand(85.01, malukuTengah).label).toBe('Memuaskan');
  });

  it('refuses a table with no band, or two bands from one bound', () => {
    expect(refusal(() => interpretationBand(80, []))).toEqual({
      code: 'CAPAIAN_BANDS_INVALID',
      fields: ['bands'],
    });
    expect(
      refusal(() =>
        interpretationBand(80, [
          { from: 50, label: 'a' },
          { from: 50, label: 'b' },
        ]),
      ),
    ).toEqual({ code: 'CAPAIAN_BANDS_INVALID', fields: ['bands.1.from'] });
    expect(refusal(() => interpretationBand(80, [{ from: Number.NaN }]))).toEqual({
      code: 'CAPAIAN_BANDS_INVALID',
      fields: ['bands.0.from'],
    });
  });
});
