import type { FastifyBaseLogger } from 'fastify';
import type { ServerDeps } from '../http/context';
import { localDate, type TimeZone } from '../platform/clock';
import { gatewayFor } from './message-gateway';
import { runReminders } from './run-reminders';

/** How often a serving process looks whether a region's reminder hour has come. */
export const CHECK_MINUTES = 10;

/** The hour (0–23) a region's clock shows at an instant; Indonesia keeps no daylight saving time. */
export function localHour(at: Date, timeZone: TimeZone): number {
  const offset = { 'Asia/Jakarta': 7, 'Asia/Makassar': 8, 'Asia/Jayapura': 9 }[timeZone];
  return (at.getUTCHours() + offset) % 24;
}

/**
 * Sends each hosted region's reminders once a day, at `BALAI_REMINDER_HOUR` of the region's own clock (WIB, WITA or
 * WIT): every 10 minutes it looks which regions have reached that hour and have not run today in this process. A
 * process started after the hour runs that day's at once. Two processes, or a restart, send nothing twice (the
 * reminders' unique key); a failed send is retried by the next day's run. Returns how to stop it.
 */
export function runRemindersInBackground(
  { db, clock, config }: ServerDeps,
  log: FastifyBaseLogger,
): () => void {
  const gateway = gatewayFor(config);
  const ranOn = new Map<string, string>();
  let running = false;
  const tick = async () => {
    if (running) return;
    running = true;
    try {
      const at = clock.now();
      const regions = await db.query<{ regionId: string; timeZone: TimeZone }>(
        'SELECT region_id AS "regionId", time_zone AS "timeZone" FROM region ORDER BY region_id',
      );
      for (const r of regions) {
        const today = localDate(at, r.timeZone);
        if (ranOn.get(r.regionId) === today || localHour(at, r.timeZone) < config.reminderHour) continue;
        const run = await runReminders({ db, config, gateway, log }, r.regionId, today, at);
        ranOn.set(r.regionId, today);
        if (run.sent + run.failed > 0) log.info(run, 'reminders sent');
      }
    } catch (err) {
      log.error({ err }, 'reminders run failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(tick, 5_000);
  const timer = setInterval(tick, CHECK_MINUTES * 60_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
