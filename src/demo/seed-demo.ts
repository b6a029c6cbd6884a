import type { Database } from '../db/database';
import type { Area, DemoTeller } from '../platform/area';
import type { Clock } from '../platform/clock';
import { DEMO_REGIONS } from '../platform/demo';
import { findRegion } from '../platform/regions';

/**
 * Seeds the demo once, each area contributing its part (src/platform/area.ts, `demo`): first every area's
 * configuration, then every area's history, in the list's order, each paying its bills at the teller one area gives.
 * A second call finds the demo regions present and does nothing. Returns whether it seeded. `history: false` leaves
 * out the months of activity (the API tests' template starts with the configuration alone).
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
  if (options.history !== false) {
    const teller = tellerOf(areas);
    for (const area of areas) await area.demo?.history?.(db, at, teller);
  }
  return true;
}

/** The teller one area gives (payments); in a build without it, a history that pays a bill fails, saying why. */
function tellerOf(areas: readonly Area[]): DemoTeller {
  const tellers = areas.flatMap((area) => (area.demo?.teller ? [area.demo.teller] : []));
  if (tellers.length > 1) throw new Error('more than one area gives the demo its teller');
  return (
    tellers[0] ??
    (async () => {
      throw new Error("no area of this build pays the demo's bills (payments gives the demo its teller)");
    })
  );
}
