import { describe, expect, it } from 'vitest';
import { nextDayClose } from './audit-checkpoint-schedule';

describe('the day close an audit checkpoint is taken at', () => {
  it('is the next local midnight of the region’s zone: WIB, WITA and WIT close an hour apart', () => {
    const now = new Date('2025-03-11T10:00:00+07:00');
    expect(nextDayClose(now, 'Asia/Jakarta').toISOString()).toBe('2025-03-11T17:00:00.000Z');
    expect(nextDayClose(now, 'Asia/Makassar').toISOString()).toBe('2025-03-11T16:00:00.000Z');
    expect(nextDayClose(now, 'Asia/Jayapura').toISOString()).toBe('2025-03-11T15:00:00.000Z');
  });

  it('at midnight itself, the day that just began closes next', () => {
    const midnight = new Date('2025-03-12T00:00:00+07:00');
    expect(nextDayClose(midnight, 'Asia/Jakarta').toISOString()).toBe('2025-03-12T17:00:00.000Z');
  });
});
