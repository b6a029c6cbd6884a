import { describe, expect, it } from 'vitest';
import { nextFilingDeadline, unfiledMasa } from './filing-agenda';

// Kota Malang's rule (APIN): the end of the next month; Sleman's (Perda 27/2023): the 10th of the next month.
const END_OF_NEXT = { kind: 'end-of-next-month' } as const;
const TENTH = { kind: 'day-of-next-month', day: 10 } as const;

describe('the masa a taxpayer still has to report', () => {
  it('lists every ended month since the object opened that has no SPTPD, oldest first, with its due date', () => {
    const owed = unfiledMasa(
      { openedOn: '2024-11-15', closedOn: null },
      new Set(['2024-12']),
      '2025-03-11',
      TENTH,
    );
    expect(owed).toEqual([
      { period: '2024-11', dueDate: '2024-12-10', overdue: true },
      { period: '2025-01', dueDate: '2025-02-10', overdue: true },
      { period: '2025-02', dueDate: '2025-03-10', overdue: true },
    ]);
  });

  it('does not ask for the month still running, nor for months after the object closed', () => {
    expect(
      unfiledMasa({ openedOn: '2025-03-01', closedOn: null }, new Set(), '2025-03-11', END_OF_NEXT),
    ).toEqual([]);
    const closed = unfiledMasa(
      { openedOn: '2024-12-01', closedOn: '2025-01-20' },
      new Set(),
      '2025-03-11',
      END_OF_NEXT,
    );
    expect(closed.map((m) => m.period)).toEqual(['2024-12', '2025-01']);
  });

  it('a month whose due date has not passed is owed but not overdue', () => {
    const owed = unfiledMasa(
      { openedOn: '2025-02-01', closedOn: null },
      new Set(),
      '2025-03-11',
      END_OF_NEXT,
    );
    expect(owed).toEqual([{ period: '2025-02', dueDate: '2025-03-31', overdue: false }]);
  });

  it('looks back twelve months at most', () => {
    const owed = unfiledMasa(
      { openedOn: '2020-01-01', closedOn: null },
      new Set(),
      '2025-03-11',
      END_OF_NEXT,
    );
    expect(owed).toHaveLength(12);
    expect(owed[0]?.period).toBe('2024-03');
    expect(owed.at(-1)?.period).toBe('2025-02');
  });
});

describe('the next filing deadline', () => {
  it('is last month’s due date while it is unfiled and not past', () => {
    expect(nextFilingDeadline(new Set(), '2025-03-11', END_OF_NEXT)).toEqual({
      period: '2025-02',
      dueDate: '2025-03-31',
    });
  });

  it('is this month’s once last month is filed or its date has passed', () => {
    expect(nextFilingDeadline(new Set(['2025-02']), '2025-03-11', END_OF_NEXT)).toEqual({
      period: '2025-03',
      dueDate: '2025-04-30',
    });
    expect(nextFilingDeadline(new Set(), '2025-03-11', TENTH)).toEqual({
      period: '2025-03',
      dueDate: '2025-04-10',
    });
  });
});
