import { describe, expect, it } from 'vitest';
import {
  atRisk,
  type IndicatorQuarter,
  indicatorWeights,
  paceCapaian,
  previousQuarter,
  quarterCapaian,
  rankOrder,
  trend,
  weightedScore,
} from './ranking-rules';
import { DEFAULT_RANKING_SETTINGS, rankingSettingsErrors, rankingSettingsInForce } from './ranking-settings';

const indicator = (over: Partial<IndicatorQuarter>): IndicatorQuarter => ({
  indicatorId: 1,
  polarity: 'higher',
  cumulative: false,
  target: 100,
  targetUpper: null,
  quarterTargets: null,
  realisation: null,
  ...over,
});

describe("an indicator's capaian for the quarter: against its Tw target, by 8/2021's formulas, bounded 0…cap", () => {
  it('a cumulative indicator against its Tw target: 30 of a Tw2 target of 40 → 75%', () => {
    const pad = indicator({
      cumulative: true,
      target: 100,
      quarterTargets: [20, 40, 70, 100],
      realisation: 30,
    });
    expect(quarterCapaian(pad, 2, 120)).toBe(75);
  });

  it('without Tw targets a cumulative indicator is measured against q/4 of the year: 30 of 100 in Tw1 → 120%', () => {
    const visits = indicator({ cumulative: true, target: 100, realisation: 30 });
    expect(quarterCapaian(visits, 1, 150)).toBe(120);
  });

  it('without Tw targets a level is measured against the yearly target: lower is better, 6.5 of 7 → 107.14%', () => {
    const months = indicator({ polarity: 'lower', target: 7, realisation: 6.5 });
    expect(quarterCapaian(months, 3, 120)).toBe(107.14);
  });

  it("a range indicator is measured against the year's range: inside → 100%, above 90 → 90 / realisation formula", () => {
    const complaints = indicator({
      polarity: 'range',
      target: 80,
      targetUpper: 90,
      quarterTargets: [80, 82, 85, 88],
    });
    expect(quarterCapaian({ ...complaints, realisation: 85 }, 1, 120)).toBe(100);
    expect(quarterCapaian({ ...complaints, realisation: 70 }, 1, 120)).toBe(87.5);
  });

  it('nothing accepted counts 0%', () => {
    expect(quarterCapaian(indicator({ quarterTargets: [10, 20, 30, 40] }), 1, 120)).toBe(0);
  });

  it('capped at the region’s cap, and a lower-is-better capaian below zero counts as zero', () => {
    expect(quarterCapaian(indicator({ target: 10, realisation: 30 }), 1, 120)).toBe(120);
    expect(quarterCapaian(indicator({ polarity: 'lower', target: 5, realisation: 12 }), 1, 120)).toBe(0);
  });

  it('a zero target is met by a zero realisation (nothing to divide by)', () => {
    expect(quarterCapaian(indicator({ polarity: 'lower', target: 0, realisation: 0 }), 1, 120)).toBe(100);
    expect(quarterCapaian(indicator({ polarity: 'lower', target: 0, realisation: 2 }), 1, 120)).toBe(0);
  });
});

describe('pace: the realisation against the pro-rata yearly target (the early warning)', () => {
  it('a cumulative indicator planned to catch up in Tw4 meets its Tw2 target but is behind pace', () => {
    const backLoaded = indicator({
      cumulative: true,
      target: 100,
      quarterTargets: [10, 20, 40, 100],
      realisation: 20,
    });
    expect(quarterCapaian(backLoaded, 2, 120)).toBe(100);
    expect(paceCapaian(backLoaded, 2, 120)).toBe(40); // 20 of 50
  });

  it('a level is paced against the yearly target itself', () => {
    expect(
      paceCapaian(indicator({ target: 80, quarterTargets: [60, 70, 75, 80], realisation: 72 }), 2, 120),
    ).toBe(90);
  });

  it('at risk below the threshold, not at it; no pace is no risk', () => {
    expect(atRisk(89.99, 90)).toBe(true);
    expect(atRisk(90, 90)).toBe(false);
    expect(atRisk(null, 90)).toBe(false);
  });
});

describe("an OPD's score: the weighted mean of its indicators' capaian", () => {
  it('equal weights: (100 + 75 + 50) / 3 = 75%', () => {
    expect(
      weightedScore([
        { weight: 1, capaian: 100 },
        { weight: 1, capaian: 75 },
        { weight: 1, capaian: 50 },
      ]),
    ).toBe(75);
  });

  it('contract weights 60/40: 0.6 × 110 + 0.4 × 80 = 98%', () => {
    expect(
      weightedScore([
        { weight: 60, capaian: 110 },
        { weight: 40, capaian: 80 },
      ]),
    ).toBe(98);
  });

  it('rounds once from the exact mean: (100 + 100 + 0.01) / 3 = 66.67%', () => {
    const items = [100, 100, 0.01].map((capaian) => ({ weight: 1, capaian }));
    expect(weightedScore(items)).toBe(66.67);
  });

  it('nothing with a weight: no score', () => {
    expect(weightedScore([])).toBeNull();
    expect(weightedScore([{ weight: 0, capaian: 90 }])).toBeNull();
  });

  it("without a contract a crosscutting indicator weighs the OPD's share: own 1, 30% share 0.3", () => {
    const weights = indicatorWeights(
      [
        { indicatorId: 1, sharePercent: 100 },
        { indicatorId: 2, sharePercent: 30 },
      ],
      null,
    );
    expect([...weights]).toEqual([
      [1, 1],
      [2, 0.3],
    ]);
    // own indicator at 100%, the shared one at 50%: (1 × 100 + 0.3 × 50) / 1.3 = 88.46%
    expect(
      weightedScore([
        { weight: 1, capaian: 100 },
        { weight: 0.3, capaian: 50 },
      ]),
    ).toBe(88.46);
  });

  it("a signed contract's weights replace them, and only its items count", () => {
    const weights = indicatorWeights(
      [
        { indicatorId: 1, sharePercent: 100 },
        { indicatorId: 2, sharePercent: 30 },
        { indicatorId: 3, sharePercent: 100 },
      ],
      [
        { indicatorId: 1, weight: 70 },
        { indicatorId: 2, weight: 30 },
      ],
    );
    expect([...weights]).toEqual([
      [1, 70],
      [2, 30],
    ]);
  });
});

describe('ranking order: highest score first, ties share a rank ("1, 2, 2, 4"), no score last', () => {
  it('ranks', () => {
    const ranked = rankOrder([
      { name: 'Dinas Sosial', score: 80 },
      { name: 'Bapenda', score: 101.5 },
      { name: 'Dinas Kesehatan', score: 92 },
      { name: 'Dinas Pendidikan', score: 92 },
      { name: 'Kecamatan Klojen', score: null },
    ]);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ['Bapenda', 1],
      ['Dinas Kesehatan', 2],
      ['Dinas Pendidikan', 2],
      ['Dinas Sosial', 4],
      ['Kecamatan Klojen', null],
    ]);
  });
});

describe('trend against the previous quarter', () => {
  it('up, down, same, new', () => {
    expect(trend(92.5, 90)).toEqual({ delta: 2.5, direction: 'up' });
    expect(trend(80.1, 80.3)).toEqual({ delta: -0.2, direction: 'down' });
    expect(trend(80, 80)).toEqual({ delta: 0, direction: 'same' });
    expect(trend(80, null)).toEqual({ delta: null, direction: 'new' });
  });

  it('the quarter before Tw1 is Tw4 of the year before', () => {
    expect(previousQuarter(2025, 1)).toEqual({ year: 2024, quarter: 4 });
    expect(previousQuarter(2025, 3)).toEqual({ year: 2025, quarter: 2 });
  });
});

describe("a region's ranking settings, effective-dated", () => {
  const row = (effectiveFrom: string, missedQuartersInRow: number) => ({
    ...DEFAULT_RANKING_SETTINGS,
    effectiveFrom,
    missedQuartersInRow,
  });

  it('the row in force is the latest started; before any, the defaults', () => {
    const rows = [row('2024-01-01', 4), row('2025-07-01', 2)];
    expect(rankingSettingsInForce(rows, '2023-12-31')).toBe(DEFAULT_RANKING_SETTINGS);
    expect(rankingSettingsInForce(rows, '2025-06-30').missedQuartersInRow).toBe(4);
    expect(rankingSettingsInForce(rows, '2025-07-01').missedQuartersInRow).toBe(2);
  });

  it('refuses bands out of order', () => {
    expect(
      rankingSettingsErrors({ ...DEFAULT_RANKING_SETTINGS, potentialHighFrom: 60 }).map((e) => e.field),
    ).toEqual(['potentialHighFrom']);
    expect(rankingSettingsErrors(DEFAULT_RANKING_SETTINGS)).toEqual([]);
  });
});
