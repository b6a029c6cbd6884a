import type { FastifyBaseLogger } from 'fastify';
import type { ServerDeps } from '../http/context';
import { refreshAllRegions } from './realisation/rollup';

/** How often a serving process brings the realisation up to date: the dashboards say as of when. */
export const REFRESH_SECONDS = 30;

/**
 * What a serving process does for the revenue command center: refresh every hosted region's realisation rollup at
 * start and every 30 s (a run still going when the next is due is not doubled; a failed run is logged and retried at
 * the next). Returns how to stop it.
 */
export function runRevenueInBackground({ db, clock }: ServerDeps, log: FastifyBaseLogger): () => void {
  let running = false;
  const refresh = async () => {
    if (running) return;
    running = true;
    try {
      await refreshAllRegions(db, clock.now());
    } catch (err) {
      log.error({ err }, 'revenue realisation refresh failed');
    } finally {
      running = false;
    }
  };
  const first = setTimeout(refresh, 0);
  const timer = setInterval(refresh, REFRESH_SECONDS * 1000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
