import { describe, expect, it } from 'vitest';
import { RuleViolation } from '../rules/rule-violation';
import { checkPredikatScale, NATIONAL_PREDIKAT_SCALE, type PredikatScale, predikat } from './predikat';

function refusal(run: () => unknown): { code: string; params: object; fields: string[] } {
  try {
    run();
  } catch (e) {
    if (e instanceof RuleViolation)
      return { code: e.code, params: e.params, fields: (e.errors ?? []).map((f) => f.field) };
    throw e;
  }
  throw new Error('not refused');
}

describe('predikat on the national scale: lower bound exclusive, upper inclusive (domain reference §1.4)', () => {
  it.each([
    [100, 'AA'],
    [90.01, 'AA'],
    [90, 'A'],
    [80.01, 'A'],
    [80, 'BB'], // 80.00 is BB, 80.01 is A
    [70.01, 'BB'],
    [70, 'B'],
    [68.09, 'B'], // Kab. Bojonegoro's SAKIP 2020 (bojonegorokini.com, 2021)
    [60, 'CC'],
    [58.3, 'CC'], // Kab. Bojonegoro's RB index, the same year
    [50, 'C'],
    [30.01, 'C'],
    [30, 'D'],
    [0.01, 'D'],
    [0, 'D'], // the lowest grade takes the scale's minimum
  ])('%d → %s', (score, grade) => {
    expect(predikat(score, NATIONAL_PREDIKAT_SCALE).predikat).toBe(grade);
  });

  it('names each grade in Indonesian and English', () => {
    expect(predikat(75, NATIONAL_PREDIKAT_SCALE).label).toEqual({ id: 'Sangat Baik', en: 'Very good' });
  });

  it('refuses a score outside the scale', () => {
    for (const score of [-0.01, 100.01, Number.NaN]) {
      expect(refusal(() => predikat(score, NATIONAL_PREDIKAT_SCALE))).toEqual({
        code: 'SAKIP_SCORE_OUT_OF_RANGE',
        params: { min: 0, max: 100 },
        fields: ['score'],
      });
    }
  });
});

describe("predikat on a region's own scale (its letters and bounds are settings)", () => {
  it('grades by the bounds it is given, in any order: a 0–120 scale for an RB index with RB Tematik', () => {
    const scale: PredikatScale = {
      min: 0,
      max: 120,
      bands: [
        { predikat: 'B', above: 60, label: { id: 'Baik', en: 'Good' } },
        { predikat: 'AA', above: 100, label: { id: 'Sangat Memuaskan', en: 'Highly satisfactory' } },
        { predikat: 'D', above: 0, label: { id: 'Sangat Kurang', en: 'Very poor' } },
      ],
    };
    expect(predikat(110, scale).predikat).toBe('AA');
    expect(predikat(100, scale).predikat).toBe('B');
    expect(predikat(60, scale).predikat).toBe('D');
  });

  const band = (predikat: string, above: number) => ({
    predikat,
    above,
    label: { id: predikat, en: predikat },
  });
  it.each<[string, PredikatScale, string[]]>([
    ['no grades', { min: 0, max: 100, bands: [] }, ['bands']],
    ['a maximum not above the minimum', { min: 100, max: 100, bands: [band('A', 100)] }, ['max']],
    [
      'two grades from one bound',
      { min: 0, max: 100, bands: [band('A', 50), band('B', 50), band('C', 0)] },
      ['bands.1.above'],
    ],
    [
      'a bound outside the scale',
      { min: 0, max: 100, bands: [band('A', 100), band('D', 0)] },
      ['bands.0.above'],
    ],
    ['scores below the lowest grade', { min: 0, max: 100, bands: [band('A', 50), band('B', 10)] }, ['bands']],
  ])('refuses a scale with %s', (_why, scale, fields) => {
    expect(refusal(() => checkPredikatScale(scale))).toMatchObject({
      code: 'PREDIKAT_SCALE_INVALID',
      fields,
    });
  });
});
