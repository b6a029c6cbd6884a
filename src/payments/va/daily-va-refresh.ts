import type { Sql } from '../../db/database';
import type { Clock } from '../../platform/clock';
import { listRegions } from '../../platform/regions';
import type { Partner } from '../partner';
import { refreshVirtualAccounts } from './refresh-virtual-accounts';
import type { VirtualAccountRegistry } from './virtual-account-registry';

const DAY_MS = 24 * 3600_000;
const WIB_MS = 7 * 3600_000;
/** 00:05 WIB: every Indonesian zone (WIB, WITA, WIT) has begun its new day, when a new month of interest starts. */
const RUN_AT_MS = 5 * 60_000;

/**
 * The server's daily VA refresh: for every hosted region, each day just after midnight, and once at start. A failing
 * region is logged and the others still run; the next day tries again. Returns a function that stops it.
 */
export function refreshVirtualAccountsDaily(
  db: Sql,
  clock: Clock,
  registryOf: (bank: Partner) => VirtualAccountRegistry,
  log: { info(message: string): void; error(message: string): void },
): () => void {
  let timer: NodeJS.Timeout | undefined;
  const refresh = async (regionId: string) => {
    try {
      for (const s of await refreshVirtualAccounts(db, clock.now(), regionId, registryOf))
        log.info(
          s.busy
            ? `VA ${regionId} ${s.partnerId}: another refresh is running, skipped`
            : `VA ${regionId} ${s.partnerId}: ${s.created} created, ${s.updated} updated, ${s.deleted} deleted`,
        );
    } catch (err) {
      log.error(`VA refresh of ${regionId} failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const run = async () => {
    try {
      for (const { regionId } of await listRegions(db)) await refresh(regionId);
    } catch (err) {
      log.error(`VA refresh failed: ${err instanceof Error ? err.message : String(err)}`);
    }
  };
  const schedule = () => {
    const now = clock.now().getTime();
    const next = Math.floor((now + WIB_MS - RUN_AT_MS) / DAY_MS) * DAY_MS + DAY_MS - WIB_MS + RUN_AT_MS;
    timer = setTimeout(() => void run().then(schedule), next - now);
    timer.unref();
  };
  void run().then(schedule);
  return () => clearTimeout(timer);
}
