import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t.app, 'admin@malang.demo');
});
afterAll(() => t.close());

/** A public request from one client address (requests are counted per address). */
function post(url: string, payload: object, ip = '10.0.0.1'): Promise<LightMyRequestResponse> {
  return t.app.inject({ method: 'POST', url, payload, remoteAddress: ip });
}

interface Mail {
  kind: string;
  recipient: string;
  subject: string;
  body: string | null;
  status: string;
}

async function outbox(agent = admin, regionId = '35.73'): Promise<Mail[]> {
  const res = await agent.get(`/api/v1/regions/${regionId}/mail/outbox`);
  expect(res.statusCode).toBe(200);
  return res.json().messages;
}

/** The token of the newest mail of that kind to that address. */
async function tokenFor(recipient: string, kind: string, regionId = '35.73'): Promise<string> {
  const mail = (await outbox(admin, regionId)).find((m) => m.recipient === recipient && m.kind === kind);
  const token = mail?.body?.match(/token=([\w-]+)/)?.[1];
  if (!token) throw new Error(`no ${kind} mail to ${recipient}`);
  return token;
}

const signUp = (email: string, ip = '10.0.1.1') =>
  post(
    '/api/v1/auth/sign-up',
    { name: 'Kedai Baru', email, password: 'kedai-baru-2025', regionId: '35.73', locale: 'id' },
    ip,
  );

describe('sign-up', () => {
  it('creates an account that cannot sign in until the emailed link is opened, then signs in as a taxpayer', async () => {
    expect((await signUp('Kedai@Example.id')).statusCode).toBe(202);
    const before = await new Agent(t.app).login('kedai@example.id', 'kedai-baru-2025');
    expect(before.statusCode).toBe(403);
    expect(before.json().code).toBe('EMAIL_NOT_VERIFIED');

    const token = await tokenFor('kedai@example.id', 'verify_email');
    const verified = await post('/api/v1/auth/verify-email', { token });
    expect(verified.statusCode).toBe(200);
    const agent = await signedIn(t.app, 'kedai@example.id', 'kedai-baru-2025');
    const me = (await agent.get('/api/v1/auth/me')).json();
    expect(me.regions).toEqual([expect.objectContaining({ regionId: '35.73', roles: ['taxpayer'] })]);
    // The taxpayer registration (Pajak Saya) accepts the new account.
    expect((await agent.get('/api/v1/regions/35.73/taxpayers?limit=100')).statusCode).toBe(200);

    const again = await post('/api/v1/auth/verify-email', { token });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('TOKEN_USED');
    const audit = (await admin.get('/api/v1/regions/35.73/audit?action=user.sign_up&limit=1')).json();
    expect(audit.entries[0]).toMatchObject({ actor: 'kedai@example.id', after: { roles: ['taxpayer'] } });
  });

  it('an email already registered gets the same answer, no second account, and a mail saying someone tried', async () => {
    const res = await signUp('wp@malang.demo', '10.0.1.2');
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ status: 'mail_sent' });
    const mail = (await outbox()).find((m) => m.recipient === 'wp@malang.demo');
    expect(mail).toMatchObject({ kind: 'sign_up_existing', status: 'outbox' });
    expect(mail?.body).toContain('#/forgot-password');
    expect((await new Agent(t.app).login('wp@malang.demo', 'kedai-baru-2025')).statusCode).toBe(401);
  });

  it('uses the same password rule as everywhere (422 WEAK_PASSWORD)', async () => {
    const res = await post('/api/v1/auth/sign-up', {
      name: 'X',
      email: 'short@example.id',
      password: 'short',
      regionId: '35.73',
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('WEAK_PASSWORD');
  });

  it('is rate limited per email: the fourth sign-up within the hour is 429', async () => {
    for (const ip of ['10.0.2.1', '10.0.2.2', '10.0.2.3']) {
      expect((await signUp('ulang@example.id', ip)).statusCode).toBe(202);
    }
    const res = await signUp('ulang@example.id', '10.0.2.4');
    expect(res.statusCode).toBe(429);
    expect(res.json().code).toBe('RATE_LIMITED');
  });

  it('a verification link expires after 48 hours (410 TOKEN_EXPIRED); an unknown one is 400 TOKEN_INVALID', async () => {
    await signUp('lambat@example.id', '10.0.3.1');
    const token = await tokenFor('lambat@example.id', 'verify_email');
    t.clock.advance(49 * 3_600_000);
    try {
      const res = await post('/api/v1/auth/verify-email', { token });
      expect(res.statusCode).toBe(410);
      expect(res.json().code).toBe('TOKEN_EXPIRED');
    } finally {
      t.clock.advance(-49 * 3_600_000);
    }
    const unknown = await post('/api/v1/auth/verify-email', { token: 'not-a-token' });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe('TOKEN_INVALID');
  });
});

describe('password reset', () => {
  it('the same answer whether or not the email has an account; only a real account gets mail', async () => {
    const before = (await outbox()).length;
    const unknown = await post('/api/v1/auth/forgot-password', { email: 'nobody@example.id' }, '10.1.0.1');
    expect(unknown.statusCode).toBe(202);
    const known = await post('/api/v1/auth/forgot-password', { email: 'petugas@malang.demo' }, '10.1.0.1');
    expect(known.statusCode).toBe(202);
    expect(known.json()).toEqual(unknown.json());
    const after = await outbox();
    expect(after.length).toBe(before + 1);
    expect(after[0]).toMatchObject({ kind: 'reset_password', recipient: 'petugas@malang.demo' });
  });

  it('sets a new password once: old password and old sessions stop working, the link cannot be used again', async () => {
    const old = await signedIn(t.app, 'supervisor@malang.demo');
    await post('/api/v1/auth/forgot-password', { email: 'supervisor@malang.demo' }, '10.1.1.1');
    const token = await tokenFor('supervisor@malang.demo', 'reset_password');
    const res = await post('/api/v1/auth/reset-password', { token, newPassword: 'sandi-baru-2025' });
    expect(res.statusCode).toBe(204);

    expect((await old.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await new Agent(t.app).login('supervisor@malang.demo')).statusCode).toBe(401);
    expect((await new Agent(t.app).login('supervisor@malang.demo', 'sandi-baru-2025')).statusCode).toBe(200);

    const again = await post('/api/v1/auth/reset-password', { token, newPassword: 'sandi-lain-2025' });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe('TOKEN_USED');
    const audit = (
      await admin.get('/api/v1/regions/35.73/audit?action=user.password_reset_by_email&limit=1')
    ).json();
    expect(audit.entries[0]).toMatchObject({ actor: 'supervisor@malang.demo', entity: 'user' });
  });

  it('a reset link expires after 30 minutes (410 TOKEN_EXPIRED) and the password stays', async () => {
    await post('/api/v1/auth/forgot-password', { email: 'auditor@malang.demo' }, '10.1.2.1');
    const token = await tokenFor('auditor@malang.demo', 'reset_password');
    t.clock.advance(31 * 60_000);
    try {
      const res = await post('/api/v1/auth/reset-password', { token, newPassword: 'sandi-baru-2025' });
      expect(res.statusCode).toBe(410);
      expect(res.json().code).toBe('TOKEN_EXPIRED');
    } finally {
      t.clock.advance(-31 * 60_000);
    }
    expect((await new Agent(t.app).login('auditor@malang.demo')).statusCode).toBe(200);
  });

  it('is rate limited per email and per address, alike for unknown emails', async () => {
    for (const ip of ['10.1.3.1', '10.1.3.2', '10.1.3.3']) {
      expect((await post('/api/v1/auth/forgot-password', { email: 'ghost@example.id' }, ip)).statusCode).toBe(
        202,
      );
    }
    const perEmail = await post('/api/v1/auth/forgot-password', { email: 'ghost@example.id' }, '10.1.3.4');
    expect(perEmail.statusCode).toBe(429);
    for (let i = 0; i < 10; i++) {
      await post('/api/v1/auth/forgot-password', { email: `x${i}@example.id` }, '10.1.4.1');
    }
    const perAddress = await post('/api/v1/auth/forgot-password', { email: 'fresh@example.id' }, '10.1.4.1');
    expect(perAddress.statusCode).toBe(429);
    expect(perAddress.json().code).toBe('RATE_LIMITED');
  });
});

describe('the outbox', () => {
  it("is the region administrator's: not another region's administrator, not an officer", async () => {
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    const theirs = await outbox(bangka, '19.01');
    expect(theirs.map((m) => m.recipient)).not.toContain('kedai@example.id');
    expect((await bangka.get('/api/v1/regions/35.73/mail/outbox')).statusCode).toBe(404);
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    expect((await officer.get('/api/v1/regions/35.73/mail/outbox')).statusCode).toBe(403);
  });
});

describe('with SMTP configured', () => {
  it('a mail the server does not accept is recorded as failed with its reason, without its link', async () => {
    const smtp = await startTestApp({
      BALAI_SMTP_URL: 'smtp://127.0.0.1:1',
      BALAI_MAIL_FROM: 'balai@example.id',
    });
    try {
      const res = await smtp.app.inject({
        method: 'POST',
        url: '/api/v1/auth/forgot-password',
        payload: { email: 'petugas@malang.demo' },
      });
      expect(res.statusCode).toBe(202);
      const admin2 = await signedIn(smtp.app, 'admin@malang.demo');
      const out = (await admin2.get('/api/v1/regions/35.73/mail/outbox')).json();
      expect(out.smtp).toBe(true);
      expect(out.messages[0]).toMatchObject({ kind: 'reset_password', status: 'failed', body: null });
      expect(out.messages[0].error).toMatch(/ECONNREFUSED|connect/i);
    } finally {
      await smtp.close();
    }
  });
});
