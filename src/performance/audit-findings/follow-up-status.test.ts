import { describe, expect, it } from 'vitest';
import { isClosed, isOverdue } from './follow-up-status';

describe('a recommendation’s follow-up', () => {
  it('is closed when found sesuai or tidak dapat ditindaklanjuti, open otherwise', () => {
    expect(isClosed('sesuai')).toBe(true);
    expect(isClosed('tidak_dapat_ditindaklanjuti')).toBe(true);
    expect(isClosed('belum_sesuai')).toBe(false);
    expect(isClosed('belum_ditindaklanjuti')).toBe(false);
  });

  it('is overdue from the day after its deadline while open', () => {
    const rec = { deadline: '2025-03-10', status: 'belum_ditindaklanjuti' as const };
    expect(isOverdue(rec, '2025-03-10')).toBe(false); // the deadline is its last day
    expect(isOverdue(rec, '2025-03-11')).toBe(true);
    expect(isOverdue({ ...rec, status: 'belum_sesuai' }, '2025-03-11')).toBe(true); // answered, not yet right
  });

  it('is never overdue once closed, however late', () => {
    expect(isOverdue({ deadline: '2020-01-01', status: 'sesuai' }, '2025-03-11')).toBe(false);
    expect(isOverdue({ deadline: '2020-01-01', status: 'tidak_dapat_ditindaklanjuti' }, '2025-03-11')).toBe(
      false,
    );
  });
});
