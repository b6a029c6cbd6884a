import type { Sql } from '../db/database';
import { REMINDER_CHANNELS, type ReminderChannel } from './reminder-rules';

/** Whether an account receives courtesy reminders on each channel (true unless switched off). */
export type ReminderPreferences = Record<ReminderChannel, boolean>;

/** The channels on which an account switched courtesy reminders off in a region. */
export async function optedOutChannels(
  db: Sql,
  regionId: string,
  userId: number,
): Promise<ReminderChannel[]> {
  const rows = await db.query<{ channel: ReminderChannel }>(
    'SELECT channel FROM reminder_opt_out WHERE region_id = $1 AND user_id = $2 ORDER BY channel',
    [regionId, userId],
  );
  return rows.map((r) => r.channel);
}

export async function preferencesOf(db: Sql, regionId: string, userId: number): Promise<ReminderPreferences> {
  const off = new Set(await optedOutChannels(db, regionId, userId));
  return { email: !off.has('email'), whatsapp: !off.has('whatsapp') };
}

/** Sets an account's preferences in a region: a channel switched off is a row, switched on again its removal. */
export async function setPreferences(
  tx: Sql,
  regionId: string,
  userId: number,
  wanted: ReminderPreferences,
  at: Date,
): Promise<void> {
  for (const channel of REMINDER_CHANNELS) {
    if (wanted[channel]) {
      await tx.query('DELETE FROM reminder_opt_out WHERE region_id = $1 AND user_id = $2 AND channel = $3', [
        regionId,
        userId,
        channel,
      ]);
    } else {
      await tx.query(
        `INSERT INTO reminder_opt_out (region_id, user_id, channel, opted_out_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (region_id, user_id, channel) DO NOTHING`,
        [regionId, userId, channel, at],
      );
    }
  }
}
