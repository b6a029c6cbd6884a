import { describe, expect, it } from 'vitest';
import { type CollectionSettings, NATIONAL_DEFAULTS, settingsInForce } from './collection-settings';

const row = (effectiveFrom: string, paksaAfterDays: number): CollectionSettings => ({
  ...NATIONAL_DEFAULTS,
  effectiveFrom,
  paksaAfterDays,
});

describe('the collection settings in force on a day', () => {
  it('are the national defaults (7 days, 7 days, 5 years) where the region recorded none', () => {
    expect(settingsInForce([], '2025-03-11')).toEqual(NATIONAL_DEFAULTS);
    expect(NATIONAL_DEFAULTS).toMatchObject({ teguranAfterDays: 7, paksaAfterDays: 7, writeOffYears: 5 });
  });

  it('are the row with the latest effective date on or before the day, the day itself included', () => {
    const rows = [row('2024-01-01', 7), row('2025-03-11', 21), row('2025-01-01', 14)];
    expect(settingsInForce(rows, '2024-12-31').paksaAfterDays).toBe(7);
    expect(settingsInForce(rows, '2025-03-10').paksaAfterDays).toBe(14);
    expect(settingsInForce(rows, '2025-03-11').paksaAfterDays).toBe(21);
  });

  it('fall back to the defaults before the first row takes effect', () => {
    expect(settingsInForce([row('2025-01-01', 21)], '2024-06-30')).toBe(NATIONAL_DEFAULTS);
  });
});
