import { describe, expect, it } from 'vitest';
import {
  clockFromSetting,
  endOfLocalDay,
  localDate,
  localInstant,
  localTimestamp,
  PinnedClock,
  SystemClock,
} from './clock';

describe('the one clock', () => {
  it('BALAI_CLOCK pins "now" to the instant it names, offset included', () => {
    const clock = clockFromSetting('2025-03-11T10:00:00+07:00');
    expect(clock).toBeInstanceOf(PinnedClock);
    expect(clock.now().toISOString()).toBe('2025-03-11T03:00:00.000Z');
  });

  it('without BALAI_CLOCK it is real time', () => {
    const before = Date.now();
    const clock = clockFromSetting(undefined);
    expect(clock).toBeInstanceOf(SystemClock);
    expect(clock.now().getTime()).toBeGreaterThanOrEqual(before);
  });

  it('refuses a setting without an offset, since a bare time would mean a different day in WIB and WIT', () => {
    expect(() => clockFromSetting('2025-03-11T10:00:00')).toThrow(/offset/);
    expect(() => clockFromSetting('tomorrow')).toThrow(/BALAI_CLOCK/);
  });

  it('a pinned clock moves only when told', () => {
    const clock = new PinnedClock(new Date('2025-03-31T16:59:00Z'));
    expect(clock.now()).toEqual(clock.now());
    clock.advance(60_000);
    expect(clock.now().toISOString()).toBe('2025-03-31T17:00:00.000Z');
  });
});

describe("a day is the region's calendar day", () => {
  // 2025-03-31 17:30 UTC is 00:30 on 1 April in WIB (UTC+7), 01:30 WITA (UTC+8) and 02:30 WIT (UTC+9).
  const instant = new Date('2025-03-31T17:30:00Z');
  it.each([
    ['Asia/Jakarta', '2025-04-01'],
    ['Asia/Makassar', '2025-04-01'],
    ['Asia/Jayapura', '2025-04-01'],
  ] as const)('%s → %s', (zone, day) => {
    expect(localDate(instant, zone)).toBe(day);
  });

  it('16:30 UTC on 31 March is still March in WIB but already April in WIT', () => {
    const at = new Date('2025-03-31T16:30:00Z');
    expect(localDate(at, 'Asia/Jakarta')).toBe('2025-03-31');
    expect(localDate(at, 'Asia/Jayapura')).toBe('2025-04-01');
  });

  it('writes an instant as the region’s wall clock with its fixed offset (WIB +07, WITA +08, WIT +09)', () => {
    const at = new Date('2025-03-31T17:30:00Z');
    expect(localTimestamp(at, 'Asia/Jakarta')).toBe('2025-04-01T00:30:00+07:00');
    expect(localTimestamp(at, 'Asia/Makassar')).toBe('2025-04-01T01:30:00+08:00');
    expect(localTimestamp(at, 'Asia/Jayapura')).toBe('2025-04-01T02:30:00+09:00');
    expect(new Date(localTimestamp(at, 'Asia/Jayapura')).getTime()).toBe(at.getTime());
  });
  it("09:00 on a region's day is 02:00 UTC in WIB, 01:00 in WITA and 00:00 in WIT", () => {
    expect(localInstant('2025-03-11', '09:00', 'Asia/Jakarta').toISOString()).toBe(
      '2025-03-11T02:00:00.000Z',
    );
    expect(localInstant('2025-03-11', '09:00', 'Asia/Makassar').toISOString()).toBe(
      '2025-03-11T01:00:00.000Z',
    );
    expect(localInstant('2025-03-11', '09:00', 'Asia/Jayapura').toISOString()).toBe(
      '2025-03-11T00:00:00.000Z',
    );
  });
});

describe('endOfLocalDay', () => {
  it('is the last millisecond of the day in each Indonesian zone, the next instant being the next local day', () => {
    for (const zone of ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const) {
      const end = endOfLocalDay('2025-03-31', zone);
      expect(localDate(end, zone)).toBe('2025-03-31');
      expect(localDate(new Date(end.getTime() + 1), zone)).toBe('2025-04-01');
    }
    expect(endOfLocalDay('2025-03-31', 'Asia/Jakarta').toISOString()).toBe('2025-03-31T16:59:59.999Z');
  });
});
