import { describe, expect, it } from 'vitest';
import { nineBox, type QuarterRecord, rotationRecommendation } from './consequences';
import { DEFAULT_RANKING_SETTINGS } from './ranking-settings';

const record = (year: number, quarter: 1 | 2 | 3 | 4, score: number | null, head = 7): QuarterRecord => ({
  year,
  quarter,
  score,
  headEmployeeId: head,
});

describe('rotation/evaluation candidates: a target missed 4 quarters in a row → 6 months to improve → competency assessment', () => {
  const rule = DEFAULT_RANKING_SETTINGS;

  it('three quarters missed: no recommendation yet', () => {
    expect(
      rotationRecommendation([record(2024, 2, 85), record(2024, 3, 90), record(2024, 4, 70)], rule),
    ).toBeNull();
  });

  it('the fourth missed quarter opens the improvement period, six months from its end', () => {
    const r = rotationRecommendation(
      [
        record(2024, 1, 101),
        record(2024, 2, 85),
        record(2024, 3, 90),
        record(2024, 4, 70),
        record(2025, 1, 88.5),
      ],
      rule,
    );
    expect(r?.stage).toBe('improvement_period');
    expect(r?.improveUntil).toBe('2025-09-30');
    expect(r?.missed.map((m) => `${m.year}/${m.quarter}`)).toEqual(['2024/2', '2024/3', '2024/4', '2025/1']);
    expect(r?.reasons[0]?.id).toContain('4 triwulan berturut-turut sejak Tw2 2024');
    expect(r?.reasons[0]?.en).toContain('Tw1 2025 88.5%');
    expect(r?.reasons[0]?.id).toContain('Tw1 2025 88,5%');
  });

  it('still missing when the six months are over: a competency assessment is recommended', () => {
    const history = [85, 90, 70, 88.5, 95, 99].map((s, i) =>
      record(2024 + Math.floor((i + 1) / 4), (((i + 1) % 4) + 1) as 1 | 2 | 3 | 4, s),
    );
    const r = rotationRecommendation(history, rule);
    expect(history.at(-1)).toMatchObject({ year: 2025, quarter: 3 });
    expect(r?.stage).toBe('competency_assessment');
    expect(r?.reasons[1]?.en).toContain('competency assessment');
  });

  it('a quarter met ends the streak', () => {
    expect(
      rotationRecommendation(
        [record(2024, 1, 85), record(2024, 2, 90), record(2024, 3, 100), record(2024, 4, 70)],
        rule,
      ),
    ).toBeNull();
  });

  it('the record follows the person: quarters missed under the previous head do not count against the new one', () => {
    const history = [
      record(2024, 1, 80, 1),
      record(2024, 2, 80, 1),
      record(2024, 3, 80, 1),
      record(2024, 4, 80, 2),
    ];
    expect(rotationRecommendation(history, rule)).toBeNull();
    expect(rotationRecommendation(history.slice(0, 3), { ...rule, missedQuartersInRow: 3 })?.stage).toBe(
      'improvement_period',
    );
  });

  it('a quarter not measured ends the streak, and an OPD without a head has no candidate', () => {
    expect(
      rotationRecommendation(
        [record(2024, 1, 80), record(2024, 2, null), record(2024, 3, 80), record(2024, 4, 80)],
        {
          ...rule,
          missedQuartersInRow: 3,
        },
      ),
    ).toBeNull();
    expect(
      rotationRecommendation([{ year: 2024, quarter: 1, score: 10, headEmployeeId: null }], rule),
    ).toBeNull();
  });
});

describe('9-box: performance (vertical) × potential (horizontal), boxes numbered left→right, bottom→top', () => {
  it.each([
    [70, 50, 'low', 'low', 1],
    [70, 85, 'low', 'high', 3],
    [80, 60, 'medium', 'medium', 5],
    [99.99, 79.99, 'medium', 'medium', 5],
    [105, 40, 'high', 'low', 7],
    [100, 80, 'high', 'high', 9],
  ])('score %d, potential %d → %s performance, %s potential, box %d', (score, potential, p, q, box) => {
    expect(nineBox(score, potential, DEFAULT_RANKING_SETTINGS)).toEqual({
      performance: p,
      potential: q,
      box,
    });
  });
});
