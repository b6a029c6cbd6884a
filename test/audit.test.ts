import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlState } from '../src/db/database';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('audit trail', () => {
  it('the database refuses UPDATE, DELETE and TRUNCATE on audit entries', async () => {
    for (const sql of [
      "UPDATE audit_entry SET actor = 'someone-else' WHERE region_id = '35.73' AND seq = 1",
      "DELETE FROM audit_entry WHERE region_id = '35.73'",
      'TRUNCATE audit_entry',
    ]) {
      const err = await t.db.query(sql).catch((e: unknown) => e);
      expect(sqlState(err), sql).toBe('42501');
    }
  });

  it('the seeded chain of each demo region verifies', async () => {
    const auditor = await signedIn(t.app, 'auditor@balai.demo');
    for (const regionId of ['35.73', '19.01']) {
      const verdict = (await auditor.get(`/api/v1/regions/${regionId}/audit/verify`)).json();
      expect(verdict.ok).toBe(true);
      expect(verdict.entries).toBeGreaterThan(1);
    }
  });

  it('entries are filtered by action, actor and the region-local calendar day', async () => {
    const auditor = await signedIn(t.app, 'auditor@malang.demo');
    const all = (await auditor.get('/api/v1/regions/35.73/audit?limit=500')).json().entries;
    const created = (await auditor.get('/api/v1/regions/35.73/audit?action=user.create&limit=500')).json()
      .entries;
    expect(created.length).toBeGreaterThanOrEqual(8);
    expect(created.every((e: { action: string }) => e.action === 'user.create')).toBe(true);
    const byActor = (await auditor.get('/api/v1/regions/35.73/audit?actor=system&limit=500')).json().entries;
    expect(byActor.length).toBe(all.length);
    // Seeded at 2025-03-11 10:00 WIB: that local day has them all, the day before none.
    expect(
      (await auditor.get('/api/v1/regions/35.73/audit?from=2025-03-11&to=2025-03-11&limit=500')).json()
        .entries,
    ).toHaveLength(all.length);
    expect((await auditor.get('/api/v1/regions/35.73/audit?to=2025-03-10')).json().entries).toHaveLength(0);
  });

  it('pages through the trail newest first with nextBeforeSeq', async () => {
    const auditor = await signedIn(t.app, 'auditor@malang.demo');
    const first = (await auditor.get('/api/v1/regions/35.73/audit?limit=3')).json();
    expect(first.entries.map((e: { seq: number }) => e.seq)).toEqual(
      [...first.entries.map((e: { seq: number }) => e.seq)].sort((a: number, b: number) => b - a),
    );
    const second = (
      await auditor.get(`/api/v1/regions/35.73/audit?limit=3&beforeSeq=${first.nextBeforeSeq}`)
    ).json();
    expect(second.entries[0].seq).toBe(first.entries[2].seq - 1);
  });

  it('an officer may not read the audit trail', async () => {
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    expect((await officer.get('/api/v1/regions/35.73/audit')).statusCode).toBe(403);
  });

  it('a row tampered with directly in SQL breaks the chain, and verify names that entry', async () => {
    // Someone with database superuser rights switches the guard off and edits history.
    await t.db.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update');
    await t.db.query(
      `UPDATE audit_entry SET after = jsonb_set(after, '{name}', '"Mallory"') WHERE region_id = '35.73' AND seq = 3`,
    );
    await t.db.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update');
    const auditor = await signedIn(t.app, 'auditor@balai.demo');
    const verdict = (await auditor.get('/api/v1/regions/35.73/audit/verify')).json();
    expect(verdict).toMatchObject({
      ok: false,
      brokenAt: 3,
      entries: 2,
      fault: 'altered',
      reason: 'isinya tidak cocok dengan hash-nya',
    });
    const inEnglish = await auditor.get('/api/v1/regions/35.73/audit/verify', {
      headers: { 'accept-language': 'en' },
    });
    expect(inEnglish.json().reason).toBe('its content does not match its hash');
    expect((await auditor.get('/api/v1/regions/19.01/audit/verify')).json().ok).toBe(true);
  });
});

describe('balai audit verify (command line)', () => {
  // Spawns the CLI several times (each start compiles TypeScript): give it room on a busy 2-core machine.
  it('exits 0 on an intact chain and 1 naming the first broken entry after tampering', {
    timeout: 120_000,
  }, async () => {
    const env: Record<string, string> = { ...(process.env as Record<string, string>), LOG_LEVEL: 'silent' };
    let dir: string | undefined;
    if (process.env.DATABASE_URL) {
      const { freshDatabase } = await import('./support/test-app');
      const own = await freshDatabase();
      env.DATABASE_URL = own.url as string;
      const run = () =>
        spawnSync('node', ['bin/balai.js', 'audit', 'verify', '--region', '35.73'], {
          env,
          encoding: 'utf8',
        });
      try {
        expect(run().status).toBe(0);
        await tamper(own.db);
        const broken = run();
        expect(broken.status).toBe(1);
        expect(broken.stderr).toMatch(/BROKEN at entry 2/);
        // A server backup is pg_dump SQL that carries the audit trail and its guard.
        const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'balai-dump-')), 'balai.sql');
        const backup = spawnSync('node', ['bin/balai.js', 'backup', file], { env, encoding: 'utf8' });
        expect(backup.status, backup.stderr).toBe(0);
        const sql = fs.readFileSync(file, 'utf8');
        expect(sql).toMatch(/CREATE TABLE public\.audit_entry/);
        expect(sql).toMatch(/CREATE TRIGGER audit_entry_no_update/);
        fs.rmSync(path.dirname(file), { recursive: true, force: true });
      } finally {
        await own.drop();
      }
      return;
    }
    // PGlite: restore the seeded template into a data directory with `balai restore`, as an operator would.
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-cli-'));
    delete env.DATABASE_URL;
    env.BALAI_DATA_DIR = dir;
    const { inject } = await import('vitest');
    const cli = (...args: string[]) =>
      spawnSync('node', ['bin/balai.js', ...args], { env, encoding: 'utf8' });
    try {
      expect(cli('restore', inject('pgliteTemplate')).status).toBe(0);
      const ok = cli('audit', 'verify', '--region', '35.73');
      expect(ok.stdout).toMatch(/intact/);
      expect(ok.status).toBe(0);
      const { openPglite } = await import('../src/db/database');
      const db = await openPglite(dir);
      await tamper(db);
      await db.close();
      const broken = cli('audit', 'verify', '--region', '35.73');
      expect(broken.status).toBe(1);
      expect(broken.stderr).toMatch(/BROKEN at entry 2/);
      // The evidence survives a backup: the restored copy fails verification the same way.
      const backup = path.join(dir, 'backup.tar.gz');
      expect(cli('backup', backup).status).toBe(0);
      expect(cli('restore', backup, '--force').status).toBe(0);
      expect(cli('audit', 'verify', '--region', '35.73').stderr).toMatch(/BROKEN at entry 2/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

async function tamper(db: { query(sql: string): Promise<unknown> }) {
  await db.query('ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_no_update');
  await db.query(`UPDATE audit_entry SET actor = 'mallory' WHERE region_id = '35.73' AND seq = 2`);
  await db.query('ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_no_update');
}
