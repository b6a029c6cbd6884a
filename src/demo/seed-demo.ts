import type { Database } from '../db/database';
import type { Area } from '../platform/area';
import type { Clock } from '../platform/clock';
import { DEMO_REGIONS } from '../platform/demo';
import { findRegion } from '../platform/regions';

/**
 * Seeds the demo once, each area contributing its part (src/platform/area.ts, `demo`): first every area's
 * configuration, then every area's history, in the list's order. A second call finds the demo regions present and
 * does nothing. Returns whether it seeded. `history: false` leaves out the months of activity (the API tests'
 * template starts with the configuration alone).
 */
export async function seedDemo(
  db: Database,
  clock: Clock,
  areas: readonly Area[],
  options: { history?: boolean } = {},
): Promise<boolean> {
  if (await findRegion(db, DEMO_REGIONS[0])) return false;
  const at = clock.now();
  for (const area of areas) await area.demo?.configure?.(db, at);
  if (options.history !== false) for (const area of areas) await area.demo?.history?.(db, at);
  return true;
}
