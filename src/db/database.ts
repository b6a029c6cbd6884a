import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import pg from 'pg';

/** What every module needs of the database: parameterised SQL, and transactions. */
export interface Sql {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
  /** Runs a script of several statements without parameters (migrations). */
  exec(script: string): Promise<void>;
}

export interface Database extends Sql {
  readonly kind: 'pglite' | 'postgres';
  /** Runs `work` in one transaction: all of it commits, or none of it. */
  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** SQLSTATE of a database error, whichever driver raised it. */
export function sqlState(err: unknown): string | undefined {
  const e = err as { code?: unknown; cause?: { code?: unknown } };
  if (typeof e?.code === 'string') return e.code;
  if (typeof e?.cause?.code === 'string') return e.cause.code;
  return undefined;
}

/**
 * Both drivers must hand back the same JavaScript values. `int8` (ids, rupiah) becomes a number and refuses
 * to lose precision; `date` stays the `YYYY-MM-DD` text it is (a Date would shift it by the process time zone).
 */
const INT8 = 20;
const DATE = 1082;
const NUMERIC = 1700;

function parseInt8(text: string): number {
  const n = Number(text);
  if (!Number.isSafeInteger(n)) throw new RangeError(`int8 value ${text} is beyond 2^53; read it as text`);
  return n;
}
const keepText = (text: string) => text;

export class DataDirBusyError extends Error {}

/**
 * PGlite allows one process per data directory: a second opener would silently lose writes.
 * The lock is a file holding the owner's pid, created atomically; a lock left by a dead process is taken over.
 */
function takeDataDirLock(dataDir: string): () => void {
  const lockPath = path.join(dataDir, 'balai.lock');
  fs.mkdirSync(dataDir, { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: 'wx' });
      return () => {
        try {
          if (fs.readFileSync(lockPath, 'utf8') === String(process.pid)) fs.unlinkSync(lockPath);
        } catch {
          // already gone
        }
      };
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const holder = Number(fs.readFileSync(lockPath, 'utf8'));
      if (holder && holder !== process.pid && processAlive(holder)) {
        throw new DataDirBusyError(
          `The data directory ${dataDir} is in use by process ${holder} (a running \`balai serve\`?). ` +
            'PGlite allows one process at a time. Stop that process first, or use its HTTP API, ' +
            'or run Balai on a PostgreSQL server (DATABASE_URL) to share the database.',
        );
      }
      fs.unlinkSync(lockPath); // left by a process that died
    }
  }
  throw new DataDirBusyError(`Could not lock ${dataDir}`);
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const pgliteParsers = { [INT8]: parseInt8, [DATE]: keepText, [NUMERIC]: keepText };

class PgliteDatabase implements Database {
  readonly kind = 'pglite' as const;
  constructor(
    readonly db: PGlite,
    private readonly release: () => void,
  ) {}

  async query<T>(text: string, params?: unknown[]): Promise<T[]> {
    return (await this.db.query<T>(text, params)).rows;
  }

  async exec(script: string): Promise<void> {
    await this.db.exec(script);
  }

  transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    return this.db.transaction((tx) =>
      work({
        query: async <R>(text: string, params?: unknown[]) => (await tx.query<R>(text, params)).rows,
        exec: async (script: string) => {
          await tx.exec(script);
        },
      }),
    );
  }

  async close(): Promise<void> {
    await this.db.close();
    this.release();
  }
}

export async function openPglite(
  dataDir: string | undefined,
  options: { loadDataDir?: Blob } = {},
): Promise<PgliteDatabase> {
  const release = dataDir ? takeDataDirLock(dataDir) : () => {};
  try {
    const db = await PGlite.create(dataDir ? path.join(dataDir, 'pgdata') : 'memory://', {
      extensions: { pg_trgm },
      parsers: pgliteParsers,
      loadDataDir: options.loadDataDir,
    });
    return new PgliteDatabase(db, release);
  } catch (err) {
    release();
    throw err;
  }
}

/** Names for parameterised statements, by their text; bounded so that a statement built from data cannot grow it. */
const statementNames = new Map<string, string>();
const MAX_NAMED_STATEMENTS = 2000;

/**
 * A parameterised statement goes to the server as a named prepared statement: each connection parses and plans it
 * once, not on every call. A bank payment is a dozen short statements, so parsing was a large part of its cost.
 */
function prepared(text: string, values?: unknown[]): pg.QueryConfig {
  if (!values || values.length === 0) return { text };
  let name = statementNames.get(text);
  if (!name && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `balai_${statementNames.size + 1}`;
    statementNames.set(text, name);
  }
  return name ? { name, text, values } : { text, values };
}

class PostgresDatabase implements Database {
  readonly kind = 'postgres' as const;
  constructor(readonly pool: pg.Pool) {}

  async query<T>(text: string, params?: unknown[]): Promise<T[]> {
    return (await this.pool.query(prepared(text, params))).rows as T[];
  }

  async transaction<T>(work: (tx: Sql) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work({
        query: async <R>(text: string, params?: unknown[]) =>
          (await client.query(prepared(text, params))).rows as R[],
        exec: async (script: string) => {
          await client.query(script);
        },
      });
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => {});
      throw err;
    } finally {
      client.release();
    }
  }

  async exec(script: string): Promise<void> {
    await this.pool.query(script);
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === INT8) return parseInt8;
    if (oid === DATE || oid === NUMERIC) return keepText;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

export function openPostgres(url: string, poolSize = 10): PostgresDatabase {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: pgTypes as pg.CustomTypesConfig });
  pool.on('error', () => {}); // an idle client's lost connection is reported on its next use
  return new PostgresDatabase(pool);
}

export async function openDatabase(cfg: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  if (cfg.databaseUrl) return openPostgres(cfg.databaseUrl);
  return openPglite(cfg.dataDir);
}
