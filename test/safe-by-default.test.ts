import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../src/documents/verification';
import { installationSecrets } from '../src/platform/installation-secrets';
import { Bank, openBill } from './support/bank';
import { DOCUMENTS } from './support/documents';
import { Agent, freshDatabase, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Safe by default (issue "Trust"): demo data, its public passwords and secrets, the sandbox and simulated payments
 * exist only in demo mode, which a real database never gets by accident; and the keys that make sessions and
 * documents are the installation's own, never a public constant.
 */

const MALANG = '/api/v1/regions/35.73';
/** The key every installation used before: public in the repository's history. */
const OLD_PUBLIC_KEY = 'balai-development-secret-not-for-production-use';

describe('outside demo mode the demo does not exist', () => {
  let t: TestApp;
  beforeAll(async () => {
    // The database holds the demo's users and banks (as one seeded once for a demo would) but the server is not a demo.
    t = await startTestApp({ BALAI_DEMO: 'false' });
  });
  afterAll(() => t.close());

  it('a demo account does not sign in with the public password', async () => {
    const res = await new Agent(t.app).login('admin@malang.demo');
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('DEMO_ACCOUNT_OUTSIDE_DEMO');
    expect(res.headers['set-cookie']).toBeUndefined();
  });

  it('the sandbox bank and the demo banks, whose secrets are public, cannot pay a bill', async () => {
    const bill = await openBill(t.db);
    for (const [partner, secret] of [
      ['BANK-SANDBOX', 'sandbox-secret'],
      ['BANKJATIM', 'bankjatim-demo-secret'],
    ] as const) {
      const bank = new Bank(t.app, t.clock, partner, secret);
      const res = await bank.post('payment', {
        billingCode: bill.billingCode,
        amount: 1_250_000,
        bankReference: `REF-${partner}`,
        paidAt: t.clock.now().toISOString(),
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().responseCode).toBe('40');
    }
    const [row] = await t.db.query<{ status: string }>('SELECT status FROM bill WHERE id = $1', [bill.id]);
    expect(row?.status).toBe('open');
  });

  it('the sandbox listing and the simulated QRIS payment are not served', async () => {
    const bank = new Bank(t.app, t.clock, 'BANK-SANDBOX', 'sandbox-secret');
    expect((await bank.call('GET', 'sandbox/bills')).statusCode).toBe(404);
    const bill = await openBill(t.db);
    const res = await t.app.inject({
      method: 'POST',
      url: `${MALANG}/bills/${bill.id}/qris/simulate-payment`,
    });
    expect(res.statusCode).toBe(404);
    const health = await t.app.inject({ method: 'GET', url: '/health' });
    expect(health.json().demo).toBe(false);
  });

  it('`balai seed --demo` on a PostgreSQL server without BALAI_DEMO=true is refused before connecting', () => {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      DATABASE_URL: 'postgres://nobody@127.0.0.1:1/nowhere',
      LOG_LEVEL: 'silent',
    };
    delete env.BALAI_DEMO;
    delete env.NODE_ENV;
    const run = spawnSync('node', ['bin/balai.js', 'seed', '--demo'], { env, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/BALAI_DEMO=true/);
  });
});

describe('in demo mode only who would pay a bill may simulate paying it', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('an auditor, an officer, a treasurer or an administrator is refused; the bill stays open', async () => {
    const bill = await openBill(t.db, { ownerEmail: 'wp@malang.demo' });
    for (const email of [
      'auditor@malang.demo',
      'petugas@malang.demo',
      'bendahara@malang.demo',
      'admin@malang.demo',
    ]) {
      const staff = await signedIn(t.app, email);
      const res = await staff.post(`${MALANG}/bills/${bill.id}/qris/simulate-payment`, {});
      expect(res.statusCode, email).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN_ROLE');
    }
    const [row] = await t.db.query<{ status: string }>('SELECT status FROM bill WHERE id = $1', [bill.id]);
    expect(row?.status).toBe('open');
  });

  it("the bill's own taxpayer pays it through the sandbox acquirer", async () => {
    const bill = await openBill(t.db, { ownerEmail: 'wp@malang.demo' });
    const wp = await signedIn(t.app, 'wp@malang.demo');
    const res = await wp.post(`${MALANG}/bills/${bill.id}/qris/simulate-payment`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json().responseCode).toBe('00');
  });
});

describe("the installation's own keys", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('each installation generates its own keys at first start and keeps them', async () => {
    const other = await freshDatabase();
    try {
      const at = t.clock.now();
      const theirs = await installationSecrets(other.db, at, {});
      expect(theirs.session).not.toBe(t.secrets.session);
      expect(theirs.document).not.toBe(t.secrets.document);
      expect(theirs.session).not.toBe(theirs.document);
      expect(theirs.document).not.toBe(OLD_PUBLIC_KEY);
      // A restart reads the same keys: sessions and printed documents survive it.
      expect(await installationSecrets(other.db, at, {})).toEqual(theirs);
    } finally {
      await other.drop();
    }
  });

  it('a verification code made with the old public key or a guessed key does not verify; the real one does', async () => {
    const bill = await openBill(t.db);
    const verify = (code: string) => t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}` });
    const genuine = await verify(
      verificationCode(t.secrets.document, DOCUMENTS.kind('bill'), '35.73', bill.id),
    );
    expect(genuine.statusCode).toBe(200);
    expect(genuine.json().genuine).toBe(true);
    for (const key of [OLD_PUBLIC_KEY, 'balai', t.secrets.session]) {
      const forged = await verify(verificationCode(key, DOCUMENTS.kind('bill'), '35.73', bill.id));
      expect(forged.statusCode, key).toBe(404);
      expect(forged.json().code).toBe('DOCUMENT_NOT_FOUND');
    }
  });

  it('keys given in the environment are used as given', async () => {
    const given = await startTestApp({
      BALAI_DOCUMENT_SECRET: 'd'.repeat(40),
      BALAI_SESSION_SECRET: 's'.repeat(40),
    });
    try {
      expect(given.secrets).toEqual({ session: 's'.repeat(40), document: 'd'.repeat(40) });
      const bill = await openBill(given.db);
      const res = await given.app.inject({
        method: 'GET',
        url: `/api/v1/public/verify/${verificationCode('d'.repeat(40), DOCUMENTS.kind('bill'), '35.73', bill.id)}`,
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().genuine).toBe(true);
    } finally {
      await given.close();
    }
  });
});
