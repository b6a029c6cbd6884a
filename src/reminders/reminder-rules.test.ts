import { describe, expect, it } from 'vitest';
import {
  courtesyDue,
  daysBetween,
  masaToRemind,
  mayOptOut,
  overdueNoticeDue,
  subjectKey,
} from './reminder-rules';

// Kota Malang's SPTPD is due on the 15th of the next month (a day-of-next-month rule).
const fifteenth = (period: string) => {
  const [y, m] = period.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01-15` : `${y}-${String(m + 1).padStart(2, '0')}-15`;
};

describe('which reminders are due on a day', () => {
  it('counts days across a month end and a leap day', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2025-03-11', '2025-03-08')).toBe(-3);
  });

  it('a courtesy reminder is due from N days before the deadline up to the deadline, not after', () => {
    expect(courtesyDue('2025-03-11', '2025-03-15', 3)).toBe(false); // 4 days left
    expect(courtesyDue('2025-03-12', '2025-03-15', 3)).toBe(true); // 3 days left
    expect(courtesyDue('2025-03-15', '2025-03-15', 3)).toBe(true); // the day itself (a missed run caught up)
    expect(courtesyDue('2025-03-16', '2025-03-15', 3)).toBe(false); // past: that is the overdue notice's
  });

  it('the overdue notice is due N days after the due date and stays due while unpaid', () => {
    expect(overdueNoticeDue('2025-01-06', '2024-12-31', 7)).toBe(false);
    expect(overdueNoticeDue('2025-01-07', '2024-12-31', 7)).toBe(true);
    expect(overdueNoticeDue('2025-03-11', '2024-12-31', 7)).toBe(true);
  });

  it('on 12 March the February masa (due 15 March) is in a 3-day window; on 11 March it is not yet', () => {
    expect(masaToRemind('2025-03-12', 3, fifteenth)).toEqual([{ period: '2025-02', dueDate: '2025-03-15' }]);
    expect(masaToRemind('2025-03-11', 3, fifteenth)).toEqual([]);
    expect(masaToRemind('2025-03-16', 3, fifteenth)).toEqual([]);
  });

  it('in January the December masa of the year before is the one reminded of', () => {
    expect(masaToRemind('2025-01-14', 5, fifteenth)).toEqual([{ period: '2024-12', dueDate: '2025-01-15' }]);
  });

  it('courtesy reminders may be switched off; the overdue notice may not', () => {
    expect(mayOptOut('filing_due')).toBe(true);
    expect(mayOptOut('bill_due')).toBe(true);
    expect(mayOptOut('bill_overdue')).toBe(false);
  });

  it('a masa is reminded of once per object and month, a bill once per bill', () => {
    expect(subjectKey({ kind: 'masa', objectId: 7, period: '2025-02' })).toBe('masa:7:2025-02');
    expect(subjectKey({ kind: 'bill', billId: 42 })).toBe('bill:42');
  });
});
