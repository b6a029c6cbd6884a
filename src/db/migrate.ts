import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Database } from './database';
import { sqlStatements } from './sql-statements';

const MIGRATIONS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/** A lock number no other Balai code takes: only one process migrates at a time on a shared server. */
const MIGRATION_LOCK = 7_302_001;

/**
 * Applies, in name order, every `migrations/NNNN_name.sql` not yet recorded in `schema_migration`.
 * Each file runs in its own transaction together with its record, so a failed migration leaves nothing behind.
 */
export async function migrate(db: Database): Promise<string[]> {
  const files = fs
    .readdirSync(MIGRATIONS_DIR)
    .filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f))
    .sort();
  await db.query(`CREATE TABLE IF NOT EXISTS schema_migration (
    version text PRIMARY KEY,
    applied_at timestamptz NOT NULL DEFAULT now()
  )`);
  // On a Citus coordinator a migration's DDL on distributed tables and its functions run over one connection per
  // node, in order: Citus refuses a function or a second ALTER after a parallel multi-shard command in a transaction.
  const [citus] = await db.query("SELECT 1 FROM pg_extension WHERE extname = 'citus'");
  const applied: string[] = [];
  for (const file of files) {
    const version = file.replace(/\.sql$/, '');
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await tx.query('SELECT 1 FROM schema_migration WHERE version = $1', [version]);
      if (seen.length > 0) return false;
      if (citus) await tx.query("SET LOCAL citus.multi_shard_modify_mode TO 'sequential'");
      // One statement at a time, each its own command: see sqlStatements (Citus sends a command's text to the workers).
      for (const statement of sqlStatements(fs.readFileSync(path.join(MIGRATIONS_DIR, file), 'utf8')))
        await tx.exec(statement);
      await tx.query('INSERT INTO schema_migration (version) VALUES ($1)', [version]);
      return true;
    });
    if (done) applied.push(version);
  }
  return applied;
}
