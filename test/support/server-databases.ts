import { type Database, openPostgres } from '../../src/db/database';

/**
 * Creating and dropping the suite's databases on a PostgreSQL server, or on every node of a Citus cluster when
 * DATABASE_URL names a Citus coordinator with workers (scripts/citus-cluster.sh).
 *
 * Citus 13.0 does not create a database on the workers, and its metadata (nodes, shards) lives in each database. So the
 * template is created on every node, given the extension there, and told its nodes on the coordinator; migrating it
 * then distributes the tables (migration 0023). Each test file's copy is made on every node from the template there
 * (the copies carry shards and metadata alike); first each node's Citus maintenance daemon is ended, since PostgreSQL
 * copies no database another session is connected to.
 */
export interface ServerDatabases {
  /** The coordinator, then each worker: host and port (one node on plain PostgreSQL). */
  readonly nodes: readonly { host: string; port: number }[];
  readonly citus: boolean;
  urlOf(database: string): string;
  create(name: string, template?: string): Promise<void>;
  drop(name: string): Promise<void>;
  close(): Promise<void>;
}

function withDatabase(serverUrl: string, node: { host: string; port: number }, database: string): string {
  const url = new URL(serverUrl);
  url.hostname = node.host;
  url.port = String(node.port);
  url.pathname = `/${database}`;
  return url.toString();
}

export async function serverDatabases(serverUrl: string): Promise<ServerDatabases> {
  const url = new URL(serverUrl);
  const coordinator = { host: url.hostname, port: Number(url.port || 5432) };
  const admin = openPostgres(serverUrl, 1);
  const [extension] = await admin.query("SELECT 1 FROM pg_extension WHERE extname = 'citus'");
  const workers = extension
    ? await admin.query<{ host: string; port: number }>(
        `SELECT nodename AS host, nodeport AS port FROM pg_dist_node
         WHERE noderole = 'primary' AND groupid <> 0 ORDER BY nodeid`,
      )
    : [];
  const citus = workers.length > 0;
  const nodes = [coordinator, ...workers];
  const admins = new Map<string, Database>([[`${coordinator.host}:${coordinator.port}`, admin]]);
  const adminOf = (node: { host: string; port: number }) => {
    const key = `${node.host}:${node.port}`;
    let db = admins.get(key);
    if (!db) {
      db = openPostgres(withDatabase(serverUrl, node, url.pathname.slice(1) || 'postgres'), 1);
      admins.set(key, db);
    }
    return db;
  };
  const onEveryNode = async (work: (db: Database, node: { host: string; port: number }) => Promise<void>) => {
    for (const node of citus ? nodes : [coordinator]) await work(adminOf(node), node);
  };

  return {
    nodes: citus ? nodes : [coordinator],
    citus,
    urlOf: (database) => withDatabase(serverUrl, coordinator, database),
    async create(name, template) {
      await onEveryNode(async (db) => {
        const statement = `CREATE DATABASE ${name}${template ? ` TEMPLATE ${template}${citus ? ' STRATEGY file_copy' : ''}` : ''}`;
        if (!template || !citus) return void (await db.query(statement));
        // The template's sessions on a node (Citus's maintenance daemon, connections the coordinator kept) come back
        // on their own; end them and copy, again if one came back in between.
        for (let attempt = 1; ; attempt++) {
          await db.query(
            'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()',
            [template],
          );
          try {
            return void (await db.query(statement));
          } catch (err) {
            if (attempt === 5 || !/being accessed by other users/.test(String(err))) throw err;
          }
        }
      });
      if (!citus || template) return;
      // A new database on the cluster: the extension on every node, then the nodes known to the coordinator's copy.
      for (const node of nodes) {
        const db = openPostgres(withDatabase(serverUrl, node, name), 1);
        await db.query('CREATE EXTENSION citus');
        await db.close();
      }
      const db = openPostgres(withDatabase(serverUrl, coordinator, name), 1);
      await db.query('SELECT citus_set_coordinator_host($1, $2)', [coordinator.host, coordinator.port]);
      for (const worker of workers)
        await db.query('SELECT citus_add_node($1, $2)', [worker.host, worker.port]);
      await db.close();
    },
    async drop(name) {
      await onEveryNode(async (db) => {
        // FORCE ends the database's sessions and waits 5 s for them to go; on a Citus node one can come back
        // meanwhile (the maintenance daemon, a connection the coordinator reopens): try again.
        for (let attempt = 1; ; attempt++) {
          try {
            return void (await db.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
          } catch (err) {
            if (attempt === 5 || !/being accessed by other users/.test(String(err))) throw err;
          }
        }
      });
    },
    async close() {
      for (const db of admins.values()) await db.close();
    },
  };
}
