import { describe, expect, it } from 'vitest';
import type { Problem } from '../../platform/problem';
import {
  type CollectionSettings,
  checkNewSetting,
  NATIONAL_DEFAULTS,
  settingsInForce,
  standingOf,
} from './collection-settings';

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

describe('the history of the settings', () => {
  const rows = [row('2024-01-01', 7), row('2025-01-01', 14), row('2025-04-01', 21)];

  it('marks the row in force, the rows it superseded and a row waiting for its date', () => {
    expect(rows.map((r) => standingOf(rows, r, '2025-03-11'))).toEqual([
      'superseded',
      'in_force',
      'scheduled',
    ]);
    expect(rows.map((r) => standingOf(rows, r, '2025-04-01'))).toEqual([
      'superseded',
      'superseded',
      'in_force',
    ]);
  });

  it('takes a new row from today on, on a day without one: never a change to a row, never the past', () => {
    const codeOf = (effectiveFrom: string) => {
      try {
        checkNewSetting(effectiveFrom, '2025-03-11', ['2024-01-01', '2025-04-01']);
        return null;
      } catch (e) {
        return (e as Problem).code;
      }
    };
    expect(codeOf('2025-03-11')).toBeNull();
    expect(codeOf('2025-05-01')).toBeNull();
    expect(codeOf('2025-03-10')).toBe('COLLECTION_SETTING_IN_THE_PAST');
    expect(codeOf('2025-04-01')).toBe('COLLECTION_SETTING_DATE_TAKEN');
  });
});
