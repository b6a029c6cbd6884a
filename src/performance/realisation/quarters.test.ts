import { describe, expect, it } from 'vitest';
import {
  defaultDueDate,
  punctuality,
  quarterEnd,
  quarterHasBegun,
  quarterIsRunning,
  quarterStart,
} from './quarters';

describe('the quarters of a year', () => {
  it('begin on 1 January, 1 April, 1 July and 1 October and end the day before the next', () => {
    expect([1, 2, 3, 4].map((q) => [quarterStart(2025, q), quarterEnd(2025, q)])).toEqual([
      ['2025-01-01', '2025-03-31'],
      ['2025-04-01', '2025-06-30'],
      ['2025-07-01', '2025-09-30'],
      ['2025-10-01', '2025-12-31'],
    ]);
  });

  it('may be reported once begun: on 11 March 2025 Tw1 may, Tw2 may not', () => {
    expect(quarterHasBegun(2025, 1, '2025-03-11')).toBe(true);
    expect(quarterHasBegun(2025, 2, '2025-03-11')).toBe(false);
    expect(quarterHasBegun(2025, 2, '2025-04-01')).toBe(true);
    expect(quarterIsRunning(2025, 1, '2025-03-11')).toBe(true);
    expect(quarterIsRunning(2024, 4, '2025-03-11')).toBe(false);
  });
});

describe('the default deadline', () => {
  it('is ten days after the quarter ends: Tw1 10 April, Tw4 10 January of the next year', () => {
    expect(defaultDueDate(2025, 1)).toBe('2025-04-10');
    expect(defaultDueDate(2024, 2)).toBe('2024-07-10');
    expect(defaultDueDate(2024, 4)).toBe('2025-01-10');
  });
});

describe('punctuality', () => {
  it('is on time up to and on the due day, late after it, missing when never sent and overdue', () => {
    expect(punctuality('2025-04-10', '2025-04-10', '2025-05-01')).toBe('on_time');
    expect(punctuality('2025-04-10', '2025-04-11', '2025-05-01')).toBe('late');
    expect(punctuality('2025-04-10', null, '2025-04-11')).toBe('missing');
    expect(punctuality('2025-04-10', null, '2025-04-10')).toBe('not_due');
  });
});
