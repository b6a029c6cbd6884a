import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonthsClamped,
  compareDates,
  dayOfMonthClamped,
  lastDayOfMonth,
  monthEnded,
  monthOf,
  monthsBetween,
  nextMonth,
} from './calendar';

describe('addMonthsClamped: same day n months on, clamped to a shorter month', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-31', 2, '2025-03-31'],
    ['2025-01-31', 3, '2025-04-30'],
    ['2025-04-10', 1, '2025-05-10'],
    ['2025-11-15', 2, '2026-01-15'],
    ['2024-03-15', 26, '2026-05-15'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', -1, '2024-12-15'],
    ['2025-06-30', 0, '2025-06-30'],
  ])('%s + %i months = %s', (date, n, expected) => {
    expect(addMonthsClamped(date, n)).toBe(expected);
  });

  it('agrees with a UTC reference calendar for any date and month count', () => {
    const day = 86_400_000;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: -600, max: 600 }), (offset, n) => {
        const start = new Date(Date.UTC(1970, 0, 1) + offset * day);
        const date = start.toISOString().slice(0, 10);
        const firstOfTarget = new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + n, 1));
        const lastOfTarget = new Date(
          Date.UTC(firstOfTarget.getUTCFullYear(), firstOfTarget.getUTCMonth() + 1, 0),
        ).getUTCDate();
        const expected = new Date(
          Date.UTC(
            firstOfTarget.getUTCFullYear(),
            firstOfTarget.getUTCMonth(),
            Math.min(start.getUTCDate(), lastOfTarget),
          ),
        );
        expect(addMonthsClamped(date, n)).toBe(expected.toISOString().slice(0, 10));
      }),
    );
  });
});

describe('dates and months', () => {
  it('compareDates orders calendar days', () => {
    expect(compareDates('2025-04-10', '2025-04-11')).toBeLessThan(0);
    expect(compareDates('2025-04-10', '2025-04-10')).toBe(0);
    expect(compareDates('2026-01-01', '2025-12-31')).toBeGreaterThan(0);
  });

  it('the last day of February follows the Gregorian leap-year rule', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2025-02')).toBe('2025-02-28');
    expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
    expect(lastDayOfMonth('2000-02')).toBe('2000-02-29');
    expect(lastDayOfMonth('2025-04')).toBe('2025-04-30');
  });

  it('monthOf, nextMonth and monthsBetween cross the year end', () => {
    expect(monthOf('2025-12-31')).toBe('2025-12');
    expect(nextMonth('2025-12')).toBe('2026-01');
    expect(monthsBetween('2024-11', '2025-02')).toBe(3);
    expect(monthsBetween('2025-02', '2024-11')).toBe(-3);
  });

  it('dayOfMonthClamped gives the last day when the month is shorter than the day asked for', () => {
    expect(dayOfMonthClamped('2025-02', 30)).toBe('2025-02-28');
    expect(dayOfMonthClamped('2025-03', 10)).toBe('2025-03-10');
    expect(() => dayOfMonthClamped('2025-03', 0)).toThrow(RangeError);
  });

  it('a month has ended only from the day after its last day', () => {
    expect(monthEnded('2025-03', '2025-03-31')).toBe(false);
    expect(monthEnded('2025-03', '2025-04-01')).toBe(true);
    expect(monthEnded('2025-03', '2025-03-15')).toBe(false);
  });

  it.each(['2025-02-29', '2025-13-01', '2025-4-1', '2025-04-00', '25-04-01', '2025-04-10T00:00'])(
    'refuses "%s", which is not a calendar date',
    (bad) => {
      expect(() => monthOf(bad)).toThrow(RangeError);
    },
  );

  it('refuses a month that is not YYYY-MM', () => {
    expect(() => nextMonth('2025-13')).toThrow(RangeError);
    expect(() => lastDayOfMonth('2025-1')).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses month, leap day and year ends', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-03-11', 0)).toBe('2025-03-11');
  });
  it('refuses a day that does not exist', () => {
    expect(() => addDays('2025-02-29', 1)).toThrow(RangeError);
  });
});
