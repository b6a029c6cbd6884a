import type { Database } from '../db/database';
import { DEMO_REGIONS } from '../platform/demo';
import { refreshRealisation } from './realisation/rollup';

/**
 * The revenue area's part of the demo, after every other area's history: the realisation rolled up from the payments
 * the histories made.
 */
export async function seedRevenueDemo(db: Database, at: Date): Promise<void> {
  for (const regionId of DEMO_REGIONS) await refreshRealisation(db, regionId, at, { full: true });
}
