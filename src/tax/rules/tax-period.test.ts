import { describe, expect, it } from 'vitest';
import { assessmentDueDate, canFile, type DueDateRule, dueDateFor } from './tax-period';

const sleman: DueDateRule = { kind: 'day-of-next-month', day: 10 };
const malang: DueDateRule = { kind: 'end-of-next-month' };

describe('due date of a masa pajak (region config)', () => {
  it('Sleman (Perda 27/2023): tax for March 2025 is due on 10 April 2025', () => {
    expect(dueDateFor('2025-03', sleman)).toBe('2025-04-10');
  });

  it('Sleman: tax for December is due on 10 January of the next year', () => {
    expect(dueDateFor('2024-12', sleman)).toBe('2025-01-10');
  });

  it('Kota Malang APIN: due at the end of the month after the masa pajak, leap years included', () => {
    expect(dueDateFor('2025-03', malang)).toBe('2025-04-30');
    expect(dueDateFor('2024-01', malang)).toBe('2024-02-29');
    expect(dueDateFor('2025-01', malang)).toBe('2025-02-28');
  });

  it('a day the next month lacks means its last day: "the 30th" after January 2025 is 28 February', () => {
    expect(dueDateFor('2025-01', { kind: 'day-of-next-month', day: 30 })).toBe('2025-02-28');
  });

  it('refuses a day of the month outside 1–31', () => {
    expect(() => dueDateFor('2025-01', { kind: 'day-of-next-month', day: 0 })).toThrow(RangeError);
    expect(() => dueDateFor('2025-01', { kind: 'day-of-next-month', day: 32 })).toThrow(RangeError);
  });
});

describe('an SPTPD reports a masa pajak that has ended', () => {
  it('March 2025 cannot be filed on 31 March 2025', () => {
    expect(canFile('2025-03', '2025-03-31')).toBe(false);
  });

  it('March 2025 can be filed from 1 April 2025', () => {
    expect(canFile('2025-03', '2025-04-01')).toBe(true);
  });

  it('a future month cannot be filed', () => {
    expect(canFile('2025-06', '2025-04-15')).toBe(false);
  });
});

describe('assessment (SKPD/STPD) due date', () => {
  it('by default due within 1 month of issue (PDRD-era Perdas; HKPD unconfirmed): 15 Jan → 15 Feb', () => {
    expect(assessmentDueDate('2025-01-15')).toBe('2025-02-15');
  });

  it('an assessment issued on 31 January is due on the last day of February', () => {
    expect(assessmentDueDate('2025-01-31')).toBe('2025-02-28');
  });

  it('a region may configure another period', () => {
    expect(assessmentDueDate('2025-01-15', { kind: 'months-after-issue', months: 2 })).toBe('2025-03-15');
  });

  it('refuses a period of less than one month', () => {
    expect(() => assessmentDueDate('2025-01-15', { kind: 'months-after-issue', months: 0 })).toThrow(
      RangeError,
    );
  });
});
