import { type Config, loadConfig } from '../config';
import { type Database, openDatabase } from '../db/database';
import { prepareDatabase } from '../db/prepare';
import type { Area } from '../platform/area';
import { type Clock, clockFromSetting } from '../platform/clock';
import { findRegion } from '../platform/regions';
import { terminalProgress } from './progress';

/** What a command has once the database is open: the settings, the one clock and the migrated database. */
export interface Opened {
  config: Config;
  clock: Clock;
  db: Database;
}

/** What every area's commands are given (src/platform/area.ts, `commands`). */
export interface Cli {
  /** The areas of this build: `serve` assembles the server and its background work from them. */
  readonly areas: readonly Area[];
  /** Reads the settings, opens the database and migrates it (with a progress bar on a terminal). */
  open(): Promise<Opened>;
  /** `open`, the work, and the database closed whatever happens. */
  withDatabase<T>(work: (o: Opened) => Promise<T>): Promise<T>;
}

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
