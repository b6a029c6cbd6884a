import { loadRegionCatalogue } from '../platform/region-catalogue';
import type { Database } from './database';
import { migrate } from './migrate';

export interface Progress {
  step(label: string): void;
  progress(done: number, total: number): void;
}

/** Brings a database up to date: schema migrations, then the region catalogue if it is still empty. */
export async function prepareDatabase(db: Database, report?: Progress): Promise<void> {
  report?.step('migrating schema');
  await migrate(db);
  const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM province');
  if (row?.n === 0) {
    report?.step('loading the Kemendagri region catalogue (idn-area-data)');
    await loadRegionCatalogue(db, report?.progress);
  }
}
