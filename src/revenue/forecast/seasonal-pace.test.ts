import { describe, expect, it } from 'vitest';
import { backtest, dayOfYear, forecastYearEnd, sameDayIn } from './seasonal-pace';

describe('year-end forecast by seasonal pace', () => {
  it('Rp180m by 11 March, when 2024 had collected 20% of its year by then: Rp900m', () => {
    const f = forecastYearEnd({
      realisedToDate: 180_000_000,
      day: '2025-03-11',
      earlier: [{ year: 2024, byDay: 200_000_000, total: 1_000_000_000 }],
    });
    expect(f).toMatchObject({ yearEnd: 900_000_000, method: 'seasonal', share: 0.2, years: [2024] });
    expect(f.description.en).toBe(
      "Seasonal pace: realisation to 11 March divided by the share of the year's total that 2024 had collected by the same date (20.0%).",
    );
    expect(f.description.id).toContain('11 Maret');
    expect(f.description.id).toContain('(20,0%)');
  });

  it('two earlier years count equally: shares of 15% and 25% give 20%, however large either year was', () => {
    const f = forecastYearEnd({
      realisedToDate: 100,
      day: '2025-03-11',
      earlier: [
        { year: 2023, byDay: 150, total: 1_000 },
        { year: 2024, byDay: 25_000, total: 100_000 },
      ],
    });
    expect(f.share).toBeCloseTo(0.2, 12);
    expect(f.yearEnd).toBe(500);
    expect(f.description.en).toContain('the years 2023 and 2024 had collected by the same date on average');
  });

  it('with no earlier year recorded, the linear pace: Rp70m in the first 70 days of 365 → Rp365m', () => {
    const f = forecastYearEnd({ realisedToDate: 70_000_000, day: '2025-03-11', earlier: [] });
    expect(dayOfYear('2025-03-11')).toBe(70);
    expect(f).toMatchObject({ yearEnd: 365_000_000, method: 'linear', years: [] });
    expect(f.description.en).toContain('(70 of 365)');
  });

  it('an earlier year that had collected nothing by that day falls back to the linear pace rather than divide by 0', () => {
    const f = forecastYearEnd({
      realisedToDate: 10_000,
      day: '2025-01-05',
      earlier: [{ year: 2024, byDay: 0, total: 5_000_000 }],
    });
    expect(f.method).toBe('linear');
    expect(f.yearEnd).toBe(730_000);
  });

  it('on 31 December the forecast is what came in, whatever the pattern', () => {
    const f = forecastYearEnd({
      realisedToDate: 987_654,
      day: '2024-12-31',
      earlier: [{ year: 2023, byDay: 4_000, total: 4_000 }],
    });
    expect(f.yearEnd).toBe(987_654);
  });
});

describe('back-test: the method applied to last year on the same date', () => {
  it('last year had Rp200m by 11 March and ended at Rp1,000m; the year before had 25% by then: forecast Rp800m, −20%', () => {
    const b = backtest({
      lastYear: { year: 2024, byDay: 200_000_000, total: 1_000_000_000 },
      day: '2024-03-11',
      yearsBefore: [{ year: 2023, byDay: 250, total: 1_000 }],
    });
    expect(b).toEqual({
      forecast: 800_000_000,
      actual: 1_000_000_000,
      errorPercent: -20,
      method: 'seasonal',
    });
  });

  it('with no year before it, last year is forecast linearly: Rp71m in 71 days of 366 (2024) against Rp300m', () => {
    const b = backtest({
      lastYear: { year: 2024, byDay: 71_000_000, total: 300_000_000 },
      day: '2024-03-11',
      yearsBefore: [],
    });
    // 71 days of a leap year: 71,000,000 × 366 / 71 = 366,000,000, 22% above the 300,000,000 collected.
    expect(b).toEqual({ forecast: 366_000_000, actual: 300_000_000, errorPercent: 22, method: 'linear' });
  });

  it('a last year that collected nothing has no error to show', () => {
    expect(
      backtest({ lastYear: { year: 2024, byDay: 0, total: 0 }, day: '2024-03-11', yearsBefore: [] })
        .errorPercent,
    ).toBeNull();
  });
});

describe('the same day in another year', () => {
  it('29 February becomes the 28th in a year without it', () => {
    expect(sameDayIn(2023, '2024-02-29')).toBe('2023-02-28');
    expect(sameDayIn(2024, '2025-03-11')).toBe('2024-03-11');
  });
});
