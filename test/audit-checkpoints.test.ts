import { spawnSync } from 'node:child_process';
import { createPrivateKey, createPublicKey, generateKeyPairSync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { type Database, type Sql, sqlState } from '../src/db/database';
import {
  AUDIT_COLUMNS,
  type AuditRow,
  appendAudit,
  entryHash,
  GENESIS_HASH,
  readAuditChain,
  verifyAuditChain,
} from '../src/platform/audit';
import {
  keyIdOf,
  parseCheckpoints,
  parsePublicKey,
  publicKeyBase64,
  type SignedCheckpoint,
  signCheckpoint,
  signingKeyFrom,
  verifyAgainstCheckpoints,
} from '../src/platform/audit-checkpoint';
import { scheduleAuditCheckpoints } from '../src/platform/audit-checkpoint-schedule';
import {
  listCheckpoints,
  takeAuditCheckpoint,
  verifyAgainstStoredCheckpoints,
} from '../src/platform/audit-checkpoint-store';
import { auditExportLine, readAuditExport } from '../src/platform/audit-export';
import { PinnedClock } from '../src/platform/clock';
import { TEST_CLOCK } from './support/constants';
import {
  Agent,
  freshDatabase,
  signedIn,
  startTestApp,
  type TestApp,
  type TestDatabase,
} from './support/test-app';

const newKey = () =>
  signingKeyFrom(
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  );
/** The Pemda's key, kept outside the database. */
const key = newKey();
const at = new Date(TEST_CLOCK);

async function appendEntries(db: Database, regionId: string, count: number): Promise<void> {
  for (let i = 0; i < count; i++) {
    await db.transaction((tx) =>
      appendAudit(tx, at, {
        regionId,
        actorId: null,
        actor: 'petugas@malang.demo',
        action: 'taxpayer.update',
        entity: 'taxpayer',
        entityId: String(i + 1),
        after: { name: `Rumah Makan ${i + 1}`, amount: 1_000_000 * (i + 1) },
      }),
    );
  }
}

async function takeOrFail(db: Database, regionId: string, signer = key): Promise<SignedCheckpoint> {
  const outcome = await takeAuditCheckpoint(db, at, signer, regionId);
  if (outcome.status !== 'taken') throw new Error(`no checkpoint taken: ${JSON.stringify(outcome)}`);
  return outcome.checkpoint;
}

describe('signed checkpoints, published', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('a checkpoint signs the region head once until the head moves, and anyone reads it without signing in', async () => {
    const first = await takeOrFail(t.db, '35.73');
    const [head] = await t.db.query<{ seq: number; hash: string }>(
      `SELECT seq, hash FROM audit_entry WHERE region_id = '35.73' ORDER BY seq DESC LIMIT 1`,
    );
    expect(first).toMatchObject({ regionId: '35.73', seq: head?.seq, hash: head?.hash, keyId: key.keyId });
    expect(first.signedAt).toBe(at.toISOString());
    expect((await takeAuditCheckpoint(t.db, at, key, '35.73')).status).toBe('unchanged');

    const anonymous = new Agent(t.app);
    const published = await anonymous.get('/api/v1/public/regions/35.73/audit/head');
    expect(published.statusCode).toBe(200);
    expect(published.json()).toEqual({ ...first, publicKey: publicKeyBase64(key.publicKey) });
    expect(keyIdOf(parsePublicKey(published.json().publicKey))).toBe(key.keyId);

    await appendEntries(t.db, '35.73', 1);
    const second = await takeOrFail(t.db, '35.73');
    expect(second.seq).toBe(first.seq + 1);
    const page = (await anonymous.get('/api/v1/public/regions/35.73/audit/checkpoints?limit=1')).json();
    expect(page).toEqual({
      regionId: '35.73',
      publicKeys: [{ keyId: key.keyId, publicKey: publicKeyBase64(key.publicKey) }],
      checkpoints: [second],
      nextBeforeSeq: second.seq,
    });
    const older = await anonymous.get(
      `/api/v1/public/regions/35.73/audit/checkpoints?beforeSeq=${page.nextBeforeSeq}`,
    );
    expect(older.json()).toMatchObject({ checkpoints: [first], nextBeforeSeq: null });
  });

  it('a region not hosted here answers 404 REGION_NOT_FOUND; a hosted one without a checkpoint says so', async () => {
    const anonymous = new Agent(t.app);
    for (const url of [
      '/api/v1/public/regions/35.07/audit/head',
      '/api/v1/public/regions/35.07/audit/checkpoints',
      '/api/v1/public/regions/bogus/audit/checkpoints',
    ]) {
      const res = await anonymous.get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json().code).toBe('REGION_NOT_FOUND');
    }
    const none = await anonymous.get('/api/v1/public/regions/19.01/audit/head', {
      headers: { 'accept-language': 'en' },
    });
    expect(none.statusCode).toBe(404);
    expect(none.json()).toMatchObject({
      code: 'AUDIT_CHECKPOINT_NOT_FOUND',
      detail: 'The audit chain of region 19.01 has no signed checkpoint yet.',
    });
  });

  it('the database refuses UPDATE, DELETE and TRUNCATE on checkpoints', async () => {
    for (const sql of [
      `UPDATE audit_checkpoint SET hash = repeat('0', 64) WHERE region_id = '35.73'`,
      `DELETE FROM audit_checkpoint WHERE region_id = '35.73'`,
      'TRUNCATE audit_checkpoint',
    ]) {
      expect(sqlState(await t.db.query(sql).catch((e: unknown) => e)), sql).toBe('42501');
    }
  });

  it('an export holds every hashed field, so the chain verifies against the published checkpoints without the database', async () => {
    const auditor = await signedIn(t.app, 'auditor@malang.demo');
    const res = await auditor.get('/api/v1/regions/35.73/audit/export');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/x-ndjson/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-export-'));
    try {
      const file = path.join(dir, 'audit-35.73.ndjson');
      fs.writeFileSync(file, res.body);
      const published = await new Agent(t.app).get('/api/v1/public/regions/35.73/audit/checkpoints');
      const checkpoints = parseCheckpoints(published.body);
      const [pemdaKey] = published.json().publicKeys;
      expect(checkpoints.length).toBeGreaterThan(0);
      expect(
        await verifyAgainstCheckpoints(readAuditExport(file), '35.73', checkpoints, [
          parsePublicKey(pemdaKey.publicKey),
        ]),
      ).toMatchObject({ ok: true, entries: (await verifyAuditChain(t.db, '35.73')).entries });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('only audit readers export the trail', async () => {
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    expect((await officer.get('/api/v1/regions/35.73/audit/export')).statusCode).toBe(403);
  });

  it('GET …/audit/verify also checks the checkpoints stored with the chain, and says whose key signed them', async () => {
    const auditor = await signedIn(t.app, 'auditor@malang.demo');
    const verdict = (await auditor.get('/api/v1/regions/35.73/audit/verify')).json();
    expect(verdict).toMatchObject({ ok: true, storedCheckpoints: { checked: 2, keyIds: [key.keyId] } });
  });
});

/** What a database superuser can do: switch triggers off (the append-only guard among them) for a transaction. */
async function asInsider(db: Database, work: (tx: Sql) => Promise<void>): Promise<void> {
  await db.transaction(async (tx) => {
    // On Citus the insider also sends the setting on to the workers, where the rows are (elsewhere a placeholder).
    await tx.query("SET LOCAL citus.propagate_set_commands = 'local'");
    await tx.query('SET LOCAL session_replication_role = replica');
    await work(tx);
  });
}

type Content = Omit<AuditRow, 'regionId' | 'seq' | 'prevHash' | 'hash'>;

/**
 * Rewrites the chain from `fromSeq` on with other contents and recomputes every hash and prev_hash after it, so that
 * the chain is consistent with itself again.
 */
async function rewriteAndRehash(
  tx: Sql,
  regionId: string,
  fromSeq: number,
  change: (contents: Content[]) => Content[],
): Promise<void> {
  const rows = await tx.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE region_id = $1 AND seq >= $2 ORDER BY seq`,
    [regionId, fromSeq],
  );
  let prevHash = rows[0]?.prevHash ?? GENESIS_HASH;
  const contents = change(
    rows.map(({ regionId: _, seq: __, prevHash: ___, hash: ____, ...content }) => content),
  );
  for (const [i, content] of contents.entries()) {
    const fields = { ...content, regionId, seq: fromSeq + i };
    const hash = entryHash(prevHash, fields);
    await tx.query(
      `UPDATE audit_entry SET at = $3, actor_id = $4, actor = $5, action = $6, entity = $7, entity_id = $8, ip = $9,
         before = $10, after = $11, prev_hash = $12, hash = $13 WHERE region_id = $1 AND seq = $2`,
      [
        regionId,
        fields.seq,
        fields.at,
        fields.actorId,
        fields.actor,
        fields.action,
        fields.entity,
        fields.entityId,
        fields.ip,
        fields.before === null ? null : JSON.stringify(fields.before),
        fields.after === null ? null : JSON.stringify(fields.after),
        prevHash,
        hash,
      ],
    );
    prevHash = hash;
  }
}

describe('holes in the chain that a checkpoint closes', () => {
  let own: TestDatabase;
  /** The checkpoint an auditor downloaded: it covers entry `covered`; two more entries came after it. */
  let kept: SignedCheckpoint;
  let covered: number;
  beforeEach(async () => {
    own = await freshDatabase();
    await appendEntries(own.db, '35.73', 5);
    kept = await takeOrFail(own.db, '35.73');
    covered = kept.seq;
    await appendEntries(own.db, '35.73', 2);
  });
  afterEach(() => own.drop());

  /** The chain's own hashes pass: that is the hole. Against the kept checkpoint it does not, nor may it be signed again. */
  async function expectOnlyCheckpointsSeeIt(expected: object) {
    expect((await verifyAuditChain(own.db, '35.73')).ok).toBe(true);
    expect(
      await verifyAgainstCheckpoints(readAuditChain(own.db, '35.73'), '35.73', [kept], [key.publicKey]),
    ).toMatchObject(expected);
    expect((await verifyAgainstStoredCheckpoints(own.db, '35.73')).verdict).toMatchObject(expected);
    expect(await takeAuditCheckpoint(own.db, at, key, '35.73')).toMatchObject({
      status: 'refused',
      verdict: { ok: false },
    });
  }

  it('deleting the tail with session_replication_role = replica is caught as truncated once a checkpoint covers it', async () => {
    await asInsider(own.db, async (tx) => {
      await tx.query(`DELETE FROM audit_entry WHERE region_id = '35.73' AND seq >= $1`, [covered - 2]);
    });
    await expectOnlyCheckpointsSeeIt({
      ok: false,
      fault: 'truncated',
      brokenAt: covered - 2,
      checkpoint: { seq: covered, hash: kept.hash },
    });
  });

  it('editing an entry and re-hashing every later one is caught as rewritten once a checkpoint covers it', async () => {
    await asInsider(own.db, (tx) =>
      rewriteAndRehash(tx, '35.73', covered - 3, ([edited, ...rest]) => [
        { ...(edited as Content), after: { name: 'Rumah Makan 2', amount: 1 } },
        ...rest,
      ]),
    );
    await expectOnlyCheckpointsSeeIt({ ok: false, fault: 'rewritten', brokenAt: covered });
  });

  it('swapping two entries and re-hashing is caught as rewritten once a checkpoint covers them', async () => {
    await asInsider(own.db, (tx) =>
      rewriteAndRehash(tx, '35.73', covered - 4, ([a, b, ...rest]) => [b as Content, a as Content, ...rest]),
    );
    await expectOnlyCheckpointsSeeIt({ ok: false, fault: 'rewritten', brokenAt: covered });
  });

  it('a checkpoint signed by another key is refused, whichever key id it claims', async () => {
    const mallory = newKey();
    const head = (await verifyAuditChain(own.db, '35.73')) as { lastHash: string; entries: number };
    const forged = signCheckpoint(mallory, {
      regionId: '35.73',
      seq: head.entries,
      hash: head.lastHash,
      signedAt: at.toISOString(),
    });
    const verify = (checkpoints: SignedCheckpoint[]) =>
      verifyAgainstCheckpoints(readAuditChain(own.db, '35.73'), '35.73', checkpoints, [key.publicKey]);
    expect(await verify([kept, forged])).toMatchObject({
      ok: false,
      fault: 'unknown_key',
      brokenAt: head.entries,
    });
    expect(await verify([kept, { ...forged, keyId: key.keyId }])).toMatchObject({
      ok: false,
      fault: 'bad_signature',
    });
  });
});

describe('the server takes checkpoints by itself', () => {
  it('signs every region head at start; BALAI_AUDIT_CHECKPOINT_MINUTES=0 turns it off and makes no key', async () => {
    const own = await freshDatabase();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-schedule-'));
    try {
      const clock = new PinnedClock(at);
      const errors: string[] = [];
      const log = { info: () => {}, error: (message: string) => errors.push(message) };
      const keyFile = path.join(dir, 'audit-signing-key.pem');
      const off = { auditCheckpointMinutes: 0, auditSigningKey: undefined, auditSigningKeyFile: keyFile };
      scheduleAuditCheckpoints(own.db, clock, off, log)();
      expect(fs.existsSync(keyFile)).toBe(false);

      const pem = key.privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;
      const stop = scheduleAuditCheckpoints(
        own.db,
        clock,
        { ...off, auditCheckpointMinutes: 60, auditSigningKey: pem },
        log,
      );
      try {
        await expect
          .poll(async () => (await listCheckpoints(own.db, '35.73', { limit: 1 })).length, {
            timeout: 20_000,
          })
          .toBe(1);
        await expect
          .poll(async () => (await listCheckpoints(own.db, '19.01', { limit: 1 })).length, {
            timeout: 20_000,
          })
          .toBe(1);
      } finally {
        stop();
      }
      expect(errors).toEqual([]);
    } finally {
      await own.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/** A database that both this test and a `balai` process can open, in turn (PGlite: one process at a time). */
async function sharedDatabase(dir: string) {
  const env: Record<string, string> = { ...(process.env as Record<string, string>), LOG_LEVEL: 'silent' };
  env.BALAI_AUDIT_SIGNING_KEY_FILE = path.join(dir, 'keys', 'audit-signing-key.pem');
  if (process.env.DATABASE_URL) {
    const own = await freshDatabase();
    env.DATABASE_URL = own.url as string;
    return { env, use: async (work: (db: Database) => Promise<void>) => work(own.db), drop: own.drop };
  }
  delete env.DATABASE_URL;
  env.BALAI_DATA_DIR = path.join(dir, 'data');
  const restored = spawnSync('node', ['bin/balai.js', 'restore', inject('pgliteTemplate')], {
    env,
    encoding: 'utf8',
  });
  if (restored.status !== 0) throw new Error(restored.stderr);
  const { openPglite } = await import('../src/db/database');
  return {
    env,
    use: async (work: (db: Database) => Promise<void>) => {
      const db = await openPglite(env.BALAI_DATA_DIR);
      try {
        await work(db);
      } finally {
        await db.close();
      }
    },
    drop: async () => {},
  };
}

describe('balai audit checkpoint and verify (command line)', () => {
  // Spawns the CLI several times (each start compiles TypeScript): give it room on a busy 2-core machine.
  it('signs each region head with a key it creates outside the database; verify catches the cut tail, from the database and from an export alone', {
    timeout: 180_000,
  }, async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-checkpoint-cli-'));
    const shared = await sharedDatabase(dir);
    const cli = (args: string[], env = shared.env) =>
      spawnSync('node', ['bin/balai.js', ...args], { env, encoding: 'utf8' });
    try {
      const signed = cli(['audit', 'checkpoint']);
      expect(signed.status, signed.stderr).toBe(0);
      const keyFile = shared.env.BALAI_AUDIT_SIGNING_KEY_FILE as string;
      expect(signed.stderr).toContain(`created the audit signing key ${keyFile}`);
      expect(signed.stderr).toMatch(/Back it up apart from the database/);
      expect(fs.statSync(keyFile).mode & 0o777).toBe(0o600);
      const checkpoints = parseCheckpoints(signed.stdout);
      expect(checkpoints.map((c) => c.regionId)).toEqual(['19.01', '35.73']);
      const checkpointFile = path.join(dir, 'checkpoints.ndjson');
      fs.writeFileSync(checkpointFile, signed.stdout);
      const publicKey = createPublicKey(createPrivateKey(fs.readFileSync(keyFile)));
      const publicKeyFile = path.join(dir, 'pemda-audit.pub.pem');
      fs.writeFileSync(publicKeyFile, publicKey.export({ type: 'spki', format: 'pem' }));
      const malang = checkpoints[1] as SignedCheckpoint;
      expect(signed.stderr).toContain(keyIdOf(publicKey));

      // The tail cut off by someone with the database, and the export an auditor would receive afterwards.
      const exportFile = path.join(dir, 'audit-35.73.ndjson');
      await shared.use(async (db) => {
        await asInsider(db, async (tx) => {
          await tx.query(`DELETE FROM audit_entry WHERE region_id = '35.73' AND seq >= $1`, [malang.seq - 1]);
        });
        const lines: string[] = [];
        for await (const row of readAuditChain(db, '35.73')) lines.push(auditExportLine(row));
        fs.writeFileSync(exportFile, lines.join(''));
      });

      const plain = cli(['audit', 'verify', '--region', '35.73']);
      expect(plain.status, 'the chain alone cannot see it').toBe(0);
      const fromDatabase = cli([
        'audit',
        'verify',
        '--region',
        '35.73',
        '--checkpoints',
        checkpointFile,
        '--public-key',
        publicKeyBase64(publicKey),
      ]);
      expect(fromDatabase.status).toBe(1);
      expect(fromDatabase.stderr).toContain(
        `BROKEN at entry ${malang.seq - 1}: this entry and those after it are gone, though a signed checkpoint covers them`,
      );

      // An auditor's machine: no database at all, only the export, the checkpoints and the key.
      const nowhere = path.join(dir, 'nothing-here');
      const noDatabase: Record<string, string> = { ...shared.env, BALAI_DATA_DIR: nowhere };
      delete noDatabase.DATABASE_URL;
      const fromExport = cli(
        [
          'audit',
          'verify',
          '--file',
          exportFile,
          '--checkpoints',
          checkpointFile,
          '--public-key',
          publicKeyFile,
        ],
        noDatabase,
      );
      expect(fromExport.status).toBe(1);
      expect(fromExport.stderr).toContain(`audit chain of 35.73 is BROKEN at entry ${malang.seq - 1}`);
      expect(fs.existsSync(nowhere), 'it opened no database').toBe(false);

      const again = cli(['audit', 'checkpoint', '--region', '35.73']);
      expect(again.status).toBe(1);
      expect(again.stderr).toMatch(/35\.73: checkpoint REFUSED/);
      expect(again.stdout).toBe('');
    } finally {
      await shared.drop();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
