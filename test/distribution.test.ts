import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Sql } from '../src/db/database';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The rules a distributed PostgreSQL (Citus) needs of the schema, checked on the databases CI has (issue 13): every
 * table declares its distribution in its migration (`distribute_table`, migration 0023); a tenant table's keys all
 * include region_id, so a region's rows and their keys live on one node; a shared (reference) table, copied to every
 * node, refers to no tenant table. A new table that breaks them fails here, without Citus.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

type Distribution = 'region' | 'reference' | 'local';

async function declared(db: Sql = t.db): Promise<Map<string, Distribution>> {
  const rows = await db.query<{ name: string; distribution: Distribution }>(
    'SELECT table_name AS name, distribution FROM table_distribution',
  );
  return new Map(rows.map((r) => [r.name, r.distribution]));
}

/** Every primary key, unique constraint and unique index, with its columns in order. */
async function uniqueKeys(db: Sql = t.db): Promise<{ table: string; key: string; columns: string[] }[]> {
  return db.query(
    `SELECT t.relname AS "table", i.relname AS key,
       array(SELECT a.attname::text FROM unnest(x.indkey) WITH ORDINALITY k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum ORDER BY k.n) AS columns
     FROM pg_index x
     JOIN pg_class t ON t.oid = x.indrelid
     JOIN pg_class i ON i.oid = x.indexrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND x.indisunique`,
  );
}

/** Every foreign key: the table, the table it refers to, and the columns on each side in order. */
async function foreignKeys(): Promise<
  { table: string; key: string; references: string; columns: string[]; referenced: string[] }[]
> {
  return t.db.query(
    `SELECT t.relname AS "table", c.conname AS key, r.relname AS "references",
       array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.n) AS columns,
       array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY k(attnum, n)
             JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.n) AS referenced
     FROM pg_constraint c
     JOIN pg_class t ON t.oid = c.conrelid
     JOIN pg_class r ON r.oid = c.confrelid
     JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND c.contype = 'f'`,
  );
}

/** The unique keys of tenant tables without region_id, as `table.key (columns)`. */
async function keysWithoutRegion(db: Sql = t.db): Promise<string[]> {
  const distribution = await declared(db);
  return (await uniqueKeys(db))
    .filter((k) => distribution.get(k.table) === 'region' && !k.columns.includes('region_id'))
    .map((k) => `${k.table}.${k.key} (${k.columns.join(', ')})`);
}

/** Carries what a check found out of a transaction that is then rolled back. */
class RolledBack extends Error {
  constructor(readonly found: string[]) {
    super('rolled back');
  }
}

describe('the schema distributes by region', () => {
  it('every table declares its distribution; a shared or local table says why', async () => {
    const tables = await t.db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migration'`,
    );
    const distribution = await declared();
    expect(tables.map((r) => r.name).filter((name) => !distribution.has(name))).toEqual([]);
    const unexplained = await t.db.query(
      `SELECT table_name FROM table_distribution WHERE distribution <> 'region' AND coalesce(reason, '') = ''`,
    );
    expect(unexplained).toEqual([]);
  });

  it('a tenant table has region_id, never null', async () => {
    const distribution = await declared();
    const tenant = [...distribution].filter(([, d]) => d === 'region').map(([name]) => name);
    const rows = await t.db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.columns
       WHERE table_schema = 'public' AND column_name = 'region_id' AND is_nullable = 'NO'`,
    );
    const withRegion = new Set(rows.map((r) => r.name));
    expect(tenant.filter((name) => !withRegion.has(name))).toEqual([]);
  });

  it('every primary key, unique constraint and unique index of a tenant table includes region_id', async () => {
    expect(await keysWithoutRegion()).toEqual([]);
  });

  it('a new tenant table whose key leaves region_id out is caught (on Citus, refused outright)', async () => {
    const [citus] = await t.db.query("SELECT 1 FROM pg_extension WHERE extname = 'citus'");
    const caught = await t.db
      .transaction(async (tx) => {
        await tx.exec(`CREATE TABLE fixture_tenant (region_id text NOT NULL, id bigint PRIMARY KEY);
                       SELECT distribute_table('fixture_tenant', 'region');`);
        throw new RolledBack(await keysWithoutRegion(tx));
      })
      .catch((err: unknown) => (err instanceof RolledBack ? err.found : String(err)));
    expect(caught).toEqual(
      citus
        ? expect.stringMatching(/cannot create constraint on "fixture_tenant"/)
        : ['fixture_tenant.fixture_tenant_pkey (id)'],
    );
  });

  it('a foreign key between tenant tables joins them on region_id', async () => {
    const distribution = await declared();
    const breaking = (await foreignKeys())
      .filter((k) => distribution.get(k.table) === 'region' && distribution.get(k.references) === 'region')
      .filter(
        (k) =>
          k.columns.indexOf('region_id') < 0 ||
          k.columns.indexOf('region_id') !== k.referenced.indexOf('region_id'),
      )
      .map((k) => `${k.table}.${k.key} → ${k.references}`);
    expect(breaking).toEqual([]);
  });

  it('a shared table refers to no tenant table and no local one; a tenant table to no local one', async () => {
    const distribution = await declared();
    const breaking = (await foreignKeys())
      .filter((k) => {
        const from = distribution.get(k.table);
        const to = distribution.get(k.references);
        return (from === 'reference' && to !== 'reference') || (from === 'region' && to === 'local');
      })
      .map((k) => `${k.table}.${k.key} → ${k.references}`);
    expect(breaking).toEqual([]);
  });
});
