import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { AREAS } from '../../src/app';
import { openPglite, openPostgres } from '../../src/db/database';
import { prepareDatabase } from '../../src/db/prepare';
import { seedDemo } from '../../src/demo/seed-demo';
import { PinnedClock } from '../../src/platform/clock';
import { TEST_CLOCK } from './constants';
import { serverDatabases } from './server-databases';

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

/**
 * Builds one migrated, catalogued and demo-seeded database, once per run: a PGlite data-directory dump that each
 * test file loads, or a PostgreSQL template database that each test file copies (CREATE DATABASE … TEMPLATE).
 */
export default async function setup(project: TestProject) {
  const clock = new PinnedClock(new Date(TEST_CLOCK));
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    // On a Citus coordinator the template is made on every node and its tables distributed as it is migrated.
    const server = await serverDatabases(serverUrl);
    const template = `balai_template_${process.pid}`;
    await server.drop(template);
    await server.create(template);
    const db = openPostgres(server.urlOf(template), 2);
    await prepareDatabase(db);
    await seedDemo(db, clock, AREAS, { history: false });
    await db.close();
    project.provide('postgresTemplate', template);
    project.provide('pgliteTemplate', '');
    return async () => {
      const admin = openPostgres(serverUrl, 1);
      const leftovers = await admin.query<{ datname: string }>(
        `SELECT datname FROM pg_database WHERE datname LIKE 'balai_test_${process.pid}_%' OR datname = $1`,
        [template],
      );
      await admin.close();
      for (const { datname } of leftovers) await server.drop(datname);
      await server.close();
    };
  }
  const db = await openPglite(undefined);
  await prepareDatabase(db);
  await seedDemo(db, clock, AREAS, { history: false });
  const dump = await db.db.dumpDataDir('gzip');
  await db.close();
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'balai-test-')), 'template.tar.gz');
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide('pgliteTemplate', file);
  project.provide('postgresTemplate', '');
  return () => fs.rmSync(path.dirname(file), { recursive: true, force: true });
}
