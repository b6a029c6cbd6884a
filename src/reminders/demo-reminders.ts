import { loadConfig } from '../config';
import type { Database } from '../db/database';
import { addDays } from '../platform/calendar';
import { localDate, localInstant } from '../platform/clock';
import { DEMO_REGIONS } from '../platform/demo';
import { findRegion } from '../platform/regions';
import { sandboxGateway } from './message-gateway';
import { runReminders } from './run-reminders';

/** How many days of reminder runs the demo's history holds. */
export const DEMO_REMINDER_DAYS = 14;

/**
 * The reminders' part of the demo, after every other area's history: the daily runs of the last two weeks, at 08:00
 * of each region's clock, as a serving process would have made them: by email into the region's outbox (the demo has
 * no SMTP) and by WhatsApp through the sandbox gateway, whose log staff read.
 */
export async function seedRemindersDemo(db: Database, at: Date): Promise<void> {
  const deps = { db, config: loadConfig({ NODE_ENV: 'development' }), gateway: sandboxGateway };
  for (const regionId of DEMO_REGIONS) {
    const region = await findRegion(db, regionId);
    if (!region) continue;
    const today = localDate(at, region.timeZone);
    for (let back = DEMO_REMINDER_DAYS; back >= 1; back--) {
      const day = addDays(today, -back);
      await runReminders(deps, regionId, day, localInstant(day, '08:00', region.timeZone));
    }
  }
}
