import { TIME_ZONE_LABEL, type TimeZone } from '../../src/platform/clock';
import type { Lang } from './api';

/** WIB, WITA or WIT: the name Indonesians use for a region's time zone. */
export function zoneLabel(timeZone: string): string {
  return TIME_ZONE_LABEL[timeZone as TimeZone] ?? timeZone;
}

/** An instant as a date and time on the region's clock, e.g. `11 Mar 2025, 10.00.00 WIB`. */
export function formatDateTime(at: string, timeZone: string, lang: Lang): string {
  const text = new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone,
    dateStyle: 'medium',
    timeStyle: 'medium',
  }).format(new Date(at));
  return `${text} ${zoneLabel(timeZone)}`;
}
