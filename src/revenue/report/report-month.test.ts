import { describe, expect, it } from 'vitest';
import { monthBefore, monthComplete, reportDay, reportNumber } from './report-month';

describe('the month a revenue report covers', () => {
  it('a month that is over is counted through its last day (leap years too)', () => {
    expect(reportDay({ year: 2025, month: 2 }, '2025-03-11')).toBe('2025-02-28');
    expect(reportDay({ year: 2024, month: 2 }, '2025-03-11')).toBe('2024-02-29');
    expect(reportDay({ year: 2024, month: 12 }, '2025-01-01')).toBe('2024-12-31');
    expect(monthComplete({ year: 2025, month: 2 }, '2025-03-01')).toBe(true);
  });

  it('the month under way is counted through today and is not complete', () => {
    expect(reportDay({ year: 2025, month: 3 }, '2025-03-11')).toBe('2025-03-11');
    expect(monthComplete({ year: 2025, month: 3 }, '2025-03-31')).toBe(false);
  });

  it('a month not yet begun has no report', () => {
    expect(reportDay({ year: 2025, month: 4 }, '2025-03-31')).toBeNull();
    expect(reportDay({ year: 2026, month: 1 }, '2025-12-31')).toBeNull();
  });

  it('the 1st of a month reports on the month before, January on last December', () => {
    expect(monthBefore('2025-03-01')).toEqual({ year: 2025, month: 2 });
    expect(monthBefore('2025-01-01')).toEqual({ year: 2024, month: 12 });
  });

  it('a report is numbered by region, month and its order within the month', () => {
    expect(reportNumber('35.73', { year: 2025, month: 2 }, 1)).toBe('LRPD/35.73/2025-02/1');
  });
});
