import { loadConfig } from '../config';
import { type Database, openDatabase } from '../db/database';
import { prepareDatabase } from '../db/prepare';
import type { Area, Cli, Opened } from '../platform/area';
import { clockFromSetting } from '../platform/clock';
import { findRegion } from '../platform/regions';
import { terminalProgress } from './progress';

// What a command has once the database is open, and what every area's commands are given: declared with the area
// description (src/platform/area.ts), which names them, so that the two files do not import each other.
export type { Cli, Opened } from '../platform/area';

export function cliFor(areas: readonly Area[]): Cli {
  const open = async (): Promise<Opened> => {
    const config = loadConfig();
    const clock = clockFromSetting(config.clock);
    const db = await openDatabase(config);
    const progress = terminalProgress();
    await prepareDatabase(db, progress);
    progress.stop();
    return { config, clock, db };
  };
  return {
    areas,
    open,
    async withDatabase(work) {
      const o = await open();
      try {
        return await work(o);
      } finally {
        await o.db.close();
      }
    },
  };
}

/** Refuses a region this deployment does not host, before a command acts on it. */
export async function requireHostedRegion(db: Database, regionId: string): Promise<void> {
  if (!(await findRegion(db, regionId))) throw new Error(`region ${regionId} is not hosted here`);
}
