import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { type Database, openPglite, openPostgres } from '../../src/db/database';

const MIGRATIONS = path.join(import.meta.dirname, '../../src/db/migrations');
const FILES = fs
  .readdirSync(MIGRATIONS)
  .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
  .sort();

/** A private database (PGlite, or one on DATABASE_URL's server) with only the migrations before `version` applied. */
export interface MigrationDatabase {
  db: Database;
  /** Applies the migration whose file name starts with `prefix` (`'0023'`), in one transaction as `balai migrate` does. */
  apply(prefix: string): Promise<void>;
  drop(): Promise<void>;
}

export async function databaseBefore(version: string): Promise<MigrationDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  let db: Database;
  let drop: () => Promise<void>;
  if (serverUrl) {
    const name = `balai_migration_${process.pid}_${randomBytes(4).toString('hex')}`;
    const admin = openPostgres(serverUrl, 1);
    await admin.query(`CREATE DATABASE ${name}`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const server = openPostgres(url.toString(), 2);
    db = server;
    drop = async () => {
      await server.close();
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.close();
    };
  } else {
    const embedded = await openPglite(undefined);
    db = embedded;
    drop = () => embedded.close();
  }
  const run = (file: string) =>
    db.transaction((tx) => tx.exec(fs.readFileSync(path.join(MIGRATIONS, file), 'utf8')));
  for (const file of FILES.filter((f) => f < version)) await run(file);
  return {
    db,
    apply: async (prefix) => {
      const file = FILES.find((f) => f.startsWith(prefix));
      if (!file) throw new Error(`no migration ${prefix}`);
      await run(file);
    },
    drop,
  };
}
