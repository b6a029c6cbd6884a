import { describe, expect, it } from 'vitest';
import { dayInYear, targetInForce } from './target-in-force';

const approved = new Date('2025-01-05T03:00:00Z');
const murni = { id: 1, effectiveFrom: '2025-01-01', approvedAt: approved };
const perubahan = { id: 7, effectiveFrom: '2025-10-01', approvedAt: approved };

describe('the target in force on a day', () => {
  it('the APBD murni target holds until the perubahan takes effect, which holds from its own date', () => {
    expect(targetInForce([murni, perubahan], '2025-09-30')).toBe(murni);
    expect(targetInForce([murni, perubahan], '2025-10-01')).toBe(perubahan);
  });

  it('a revision not yet approved by the head of Bapenda does not count', () => {
    expect(targetInForce([murni, { ...perubahan, approvedAt: null }], '2025-12-31')).toBe(murni);
  });

  it('of two taking effect the same day, the one entered later (a corrected figure) is in force', () => {
    const corrected = { id: 9, effectiveFrom: '2025-10-01', approvedAt: approved };
    expect(targetInForce([murni, corrected, perubahan], '2025-11-15')).toBe(corrected);
  });

  it('before any target takes effect there is none', () => {
    expect(targetInForce([perubahan], '2025-03-11')).toBeNull();
  });
});

describe('the day a budget year is read on', () => {
  it('today inside the year, its last day for a past year, its first for a year to come', () => {
    expect(dayInYear(2025, '2025-03-11')).toBe('2025-03-11');
    expect(dayInYear(2024, '2025-03-11')).toBe('2024-12-31');
    expect(dayInYear(2026, '2025-03-11')).toBe('2026-01-01');
  });
});
