import type { Config } from '../config';
import type { Sql } from '../db/database';
import { CHAIN_FAULT_TEXT } from './audit';
import { takeAuditCheckpoint } from './audit-checkpoint-store';
import { loadAuditSigningKey } from './audit-signing-key';
import { type Clock, endOfLocalDay, localDate, TIME_ZONES, type TimeZone } from './clock';
import { listRegions } from './regions';

/** The instant a region in `zone` closes the day it is in at `now`: its next local midnight. */
export function nextDayClose(now: Date, zone: TimeZone): Date {
  return new Date(endOfLocalDay(localDate(now, zone), zone).getTime() + 1);
}

/**
 * The server signs each hosted region's audit head by itself: once at start, every `BALAI_AUDIT_CHECKPOINT_MINUTES`,
 * and at each region's day close (its local midnight), so that a closed day's last entry is always covered; 0 leaves
 * it to `balai audit checkpoint`. A region whose chain does not extend its last checkpoint is refused loudly and the
 * others still run; the next turn tries again. Runs never overlap. Returns a function that stops it.
 */
export function scheduleAuditCheckpoints(
  db: Sql,
  clock: Clock,
  config: Pick<Config, 'auditCheckpointMinutes' | 'auditSigningKey' | 'auditSigningKeyFile'>,
  log: { info(message: string): void; error(message: string): void },
): () => void {
  if (config.auditCheckpointMinutes === 0) return () => {};
  const key = loadAuditSigningKey(config, console.warn);
  const dayClose = new Map<TimeZone, NodeJS.Timeout>();
  let running: Promise<void> = Promise.resolve();

  const checkpoint = async (regionId: string) => {
    try {
      const outcome = await takeAuditCheckpoint(db, clock.now(), key, regionId);
      if (outcome.status === 'taken')
        log.info(`audit checkpoint of ${regionId} at entry ${outcome.checkpoint.seq}`);
      if (outcome.status === 'refused') {
        const v = outcome.verdict;
        log.error(
          `audit checkpoint of ${regionId} REFUSED: entry ${v.brokenAt}: ${CHAIN_FAULT_TEXT[v.fault].en}; run balai audit verify`,
        );
      }
    } catch (err) {
      log.error(
        `audit checkpoint of ${regionId} failed: ${err instanceof Error ? err.message : String(err)}`,
      );
    }
  };
  const run = (zone?: TimeZone) => {
    running = running.then(async () => {
      try {
        for (const region of await listRegions(db)) {
          if (!zone || region.timeZone === zone) await checkpoint(region.regionId);
        }
      } catch (err) {
        log.error(`audit checkpoints failed: ${err instanceof Error ? err.message : String(err)}`);
      }
    });
  };
  // Indonesia's three zones each close their day at their own midnight; a timer per zone serves its regions.
  const atDayClose = (zone: TimeZone) => {
    const now = clock.now();
    const timer = setTimeout(() => {
      run(zone);
      atDayClose(zone);
    }, nextDayClose(now, zone).getTime() - now.getTime());
    timer.unref();
    dayClose.set(zone, timer);
  };

  run();
  for (const zone of TIME_ZONES) atDayClose(zone);
  const every = setInterval(() => run(), config.auditCheckpointMinutes * 60_000);
  every.unref();
  return () => {
    clearInterval(every);
    for (const timer of dayClose.values()) clearTimeout(timer);
  };
}
