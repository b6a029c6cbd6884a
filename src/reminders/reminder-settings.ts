import type { Sql } from '../db/database';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from './reminder-rules';

/** The region's reminder timing as recorded from a day on, and who recorded it. */
export interface ReminderSettingVersion extends ReminderSettings {
  effectiveFrom: string | null;
  recordedAt: Date | null;
}

const COLUMNS = `effective_from AS "effectiveFrom", days_before_filing AS "daysBeforeFiling",
  days_before_due AS "daysBeforeDue", days_after_due AS "daysAfterDue", recorded_at AS "recordedAt"`;

/** The timing in force on a day: the latest row effective on or before it, or the defaults when none is. */
export async function reminderSettingsOn(
  db: Sql,
  regionId: string,
  day: string,
): Promise<ReminderSettingVersion> {
  const [row] = await db.query<ReminderSettingVersion>(
    `SELECT ${COLUMNS} FROM reminder_setting WHERE region_id = $1 AND effective_from <= $2
     ORDER BY effective_from DESC LIMIT 1`,
    [regionId, day],
  );
  return row ?? { ...DEFAULT_REMINDER_SETTINGS, effectiveFrom: null, recordedAt: null };
}

/** Every version, newest first. */
export async function reminderSettingHistory(db: Sql, regionId: string): Promise<ReminderSettingVersion[]> {
  return db.query<ReminderSettingVersion>(
    `SELECT ${COLUMNS} FROM reminder_setting WHERE region_id = $1 ORDER BY effective_from DESC`,
    [regionId],
  );
}

/**
 * Records the timing from a day on. A day already given a version gets the new figures (a correction before or on
 * the day); earlier versions stay as they were, so what was sent under them is still explained.
 */
export async function recordReminderSettings(
  tx: Sql,
  regionId: string,
  effectiveFrom: string,
  s: ReminderSettings,
  at: Date,
  actorId: number | null,
): Promise<ReminderSettingVersion | undefined> {
  const [before] = await tx.query<ReminderSettingVersion>(
    `SELECT ${COLUMNS} FROM reminder_setting WHERE region_id = $1 AND effective_from = $2`,
    [regionId, effectiveFrom],
  );
  await tx.query(
    `INSERT INTO reminder_setting (region_id, effective_from, days_before_filing, days_before_due, days_after_due,
       recorded_at, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (region_id, effective_from) DO UPDATE SET days_before_filing = EXCLUDED.days_before_filing,
       days_before_due = EXCLUDED.days_before_due, days_after_due = EXCLUDED.days_after_due,
       recorded_at = EXCLUDED.recorded_at, recorded_by = EXCLUDED.recorded_by`,
    [regionId, effectiveFrom, s.daysBeforeFiling, s.daysBeforeDue, s.daysAfterDue, at, actorId],
  );
  return before;
}
