import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { type Database, openPglite } from '../src/db/database';
import { fileReturn } from '../src/tax/returns/file-return';
import { restaurantFixture } from './support/tax-fixtures';
import { freshDatabase } from './support/test-app';

/** A database that both this test and a `balai` process can open, in turn. */
async function sharedDatabase() {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), LOG_LEVEL: 'silent' };
  if (process.env.DATABASE_URL) {
    const own = await freshDatabase();
    env.DATABASE_URL = own.url as string;
    return { env, use: async (work: (db: Database) => Promise<void>) => work(own.db), drop: own.drop };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-ledger-'));
  delete env.DATABASE_URL;
  env.BALAI_DATA_DIR = dir;
  const restored = spawnSync('node', ['bin/balai.js', 'restore', inject('pgliteTemplate')], {
    env,
    encoding: 'utf8',
  });
  if (restored.status !== 0) throw new Error(restored.stderr);
  return {
    env,
    // PGlite is one process at a time: the test opens it, works, and closes it before the CLI runs.
    use: async (work: (db: Database) => Promise<void>) => {
      const db = await openPglite(dir);
      try {
        await work(db);
      } finally {
        await db.close();
      }
    },
    drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

describe('balai ledger verify (command line)', () => {
  it('passes on a sound ledger and exits 1 naming a bill whose status disagrees with its balance', {
    timeout: 120_000,
  }, async () => {
    const shared = await sharedDatabase();
    const verify = () =>
      spawnSync('node', ['bin/balai.js', 'ledger', 'verify', '--region', '35.73'], {
        env: shared.env,
        encoding: 'utf8',
      });
    try {
      await shared.use(async (db) => {
        const { taxpayerId, objectId } = await restaurantFixture(db);
        await fileReturn(
          db,
          new Date('2025-03-05T03:00:00Z'),
          '2025-03-05',
          { userId: null, label: 'test' },
          { kind: 'staff' },
          {
            regionId: '35.73',
            taxpayerId,
            objectId,
            period: '2025-02',
            gross: 10_000_000,
            lines: [],
            submit: true,
          },
        );
      });
      const ok = verify();
      expect(ok.status, ok.stderr).toBe(0);
      expect(ok.stdout).toMatch(/ledger of 35\.73 verifies: 1 journals, 1 bills/);
      // A bill marked paid without a payment on the ledger: the projection lies, and verify says so.
      await shared.use(async (db) => {
        await db.query(`UPDATE bill SET status = 'paid' WHERE region_id = '35.73'`);
      });
      const broken = verify();
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/BILL_STATUS_MISMATCH bill \d+: status paid but receivable 1000000/);
    } finally {
      await shared.drop();
    }
  });
});
