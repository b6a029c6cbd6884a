import type { FastifyBaseLogger } from 'fastify';
import type { ServerDeps } from '../http/context';
import { refreshAllRegions } from './realisation/rollup';
import { runScheduledReports } from './report/report-schedule';

/** How often a serving process brings the realisation up to date: the dashboards say as of when. */
export const REFRESH_SECONDS = 30;

/** How often a serving process looks whether a region's 1st has come, to make the month before's report. */
export const REPORT_CHECK_MINUTES = 10;

/**
 * What a serving process does for the revenue command center: refresh every hosted region's realisation rollup at
 * start and every 30 s, and on the 1st of each month (each region's clock) make the month before's report, checking
 * shortly after start and every 10 minutes (report-schedule.ts: once per region and month, whichever process gets
 * there first). A run still going when the next is due is not doubled; a failed run is logged and retried at the
 * next. Returns how to stop it.
 */
export function runRevenueInBackground({ db, clock }: ServerDeps, log: FastifyBaseLogger): () => void {
  const refresh = once(
    async () => {
      await refreshAllRegions(db, clock.now());
    },
    log,
    'revenue realisation refresh failed',
  );
  const report = once(
    async () => {
      for (const made of await runScheduledReports(db, clock.now()))
        log.info({ reportId: made.id, number: made.number }, 'monthly revenue report made');
    },
    log,
    'monthly revenue reports failed',
  );
  const timers = [
    setTimeout(refresh, 0),
    setInterval(refresh, REFRESH_SECONDS * 1000),
    setTimeout(report, 5_000),
    setInterval(report, REPORT_CHECK_MINUTES * 60_000),
  ];
  for (const timer of timers) timer.unref();
  return () => {
    for (const timer of timers) clearTimeout(timer);
  };
}

/** A job that is skipped while its previous run is still going, its failure logged. */
function once(work: () => Promise<void>, log: FastifyBaseLogger, failure: string): () => Promise<void> {
  let running = false;
  return async () => {
    if (running) return;
    running = true;
    try {
      await work();
    } catch (err) {
      log.error({ err }, failure);
    } finally {
      running = false;
    }
  };
}
