/**
 * The one clock. All code asks it for "now"; nothing calls `new Date()` or SQL `now()` for a business time.
 * `BALAI_CLOCK` pins it (tests, demos that want a fixed date), like a payment processor's test clock.
 */
export interface Clock {
  now(): Date;
}

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still at a chosen instant until moved. */
export class PinnedClock implements Clock {
  #at: number;
  constructor(at: Date) {
    this.#at = at.getTime();
  }
  now(): Date {
    return new Date(this.#at);
  }
  set(at: Date): void {
    this.#at = at.getTime();
  }
  advance(ms: number): void {
    this.#at += ms;
  }
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** `BALAI_CLOCK` must name an instant with its offset, e.g. `2025-03-11T10:00:00+07:00`. */
export function clockFromSetting(setting: string | undefined): Clock {
  if (!setting) return new SystemClock();
  const at = new Date(setting);
  if (!INSTANT.test(setting) || Number.isNaN(at.getTime())) {
    throw new Error(
      `BALAI_CLOCK must be an ISO 8601 instant with offset, e.g. 2025-03-11T10:00:00+07:00; got "${setting}"`,
    );
  }
  return new PinnedClock(at);
}

export const TIME_ZONES = ['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const;
export type TimeZone = (typeof TIME_ZONES)[number];
export const TIME_ZONE_LABEL: Record<TimeZone, string> = {
  'Asia/Jakarta': 'WIB',
  'Asia/Makassar': 'WITA',
  'Asia/Jayapura': 'WIT',
};

/** Indonesia keeps no daylight saving time: each zone is one fixed offset from UTC (Keppres 41/1987). */
const UTC_OFFSET: Record<TimeZone, string> = {
  'Asia/Jakarta': '+07:00',
  'Asia/Makassar': '+08:00',
  'Asia/Jayapura': '+09:00',
};

/** The last instant of a calendar day (`YYYY-MM-DD`) in a region's time zone. */
export function endOfLocalDay(day: string, timeZone: TimeZone): Date {
  return new Date(`${day}T23:59:59.999${UTC_OFFSET[timeZone]}`);
}

/** The instant a region's clock shows `time` (`HH:MM`) on `day` (`YYYY-MM-DD`). */
export function localInstant(day: string, time: string, timeZone: TimeZone): Date {
  return new Date(`${day}T${time}:00${UTC_OFFSET[timeZone]}`);
}

/** The calendar day (`YYYY-MM-DD`) that an instant falls on in a region's time zone. */
export function localDate(at: Date, timeZone: TimeZone): string {
  // By the zone's fixed offset: every bank request asks, and Intl's formatter costs a hundred times more.
  return new Date(at.getTime() + UTC_OFFSET_HOURS[timeZone] * 3600_000).toISOString().slice(0, 10);
}

/** Indonesia keeps no daylight saving time: each zone's offset from UTC is fixed. */
const UTC_OFFSET_HOURS: Record<TimeZone, number> = {
  'Asia/Jakarta': 7,
  'Asia/Makassar': 8,
  'Asia/Jayapura': 9,
};

/** An instant as the region's wall clock with its offset, `2025-03-11T10:00:00+07:00` (SNAP BI's X-TIMESTAMP form). */
export function localTimestamp(at: Date, timeZone: TimeZone): string {
  const hours = UTC_OFFSET_HOURS[timeZone];
  const wall = new Date(at.getTime() + hours * 3600_000).toISOString().slice(0, 19);
  return `${wall}+${String(hours).padStart(2, '0')}:00`;
}
