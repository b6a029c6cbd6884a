import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, SYSTEM_ACTOR } from '../src/platform/users';
import { Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('sign-in', () => {
  it('a demo user signs in and gets an HttpOnly SameSite session cookie, their regions and a CSRF token', async () => {
    const agent = new Agent(t.app);
    const res = await agent.login('petugas@malang.demo');
    expect(res.statusCode).toBe(200);
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/balai_session=/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect(cookie).toMatch(/Max-Age=43200/);
    const body = res.json();
    expect(body.csrfToken).toMatch(/^[\w-]{40,}$/);
    expect(body.regions).toEqual([
      {
        regionId: '35.73',
        name: 'Kota Malang',
        shortName: 'Malang',
        timeZone: 'Asia/Jakarta',
        roles: ['officer'],
      },
    ]);
  });

  it('the session cookie is Secure in production (behind TLS)', async () => {
    const prod = await startTestApp({ NODE_ENV: 'production' });
    try {
      // Demo accounts do not sign in outside demo mode: a real officer does.
      await createUser(prod.db, prod.clock.now(), SYSTEM_ACTOR, '35.73', {
        email: 'rina@bapenda.malangkota.go.id',
        name: 'Rina',
        password: 'a-real-password-2026',
        roles: ['officer'],
      });
      const res = await new Agent(prod.app).login('rina@bapenda.malangkota.go.id', 'a-real-password-2026');
      expect(res.statusCode).toBe(200);
      expect(String(res.headers['set-cookie'])).toMatch(/balai_session=[^;]+;.*Secure/);
    } finally {
      await prod.close();
    }
  });

  it('a wrong password is 401 INVALID_CREDENTIALS in Indonesian, or English when asked', async () => {
    const id = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email: 'petugas@malang.demo', password: 'salah' },
    });
    expect(id.statusCode).toBe(401);
    expect(id.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(id.json()).toMatchObject({
      code: 'INVALID_CREDENTIALS',
      title: 'Gagal masuk',
      detail: 'Email atau kata sandi salah.',
    });
    const en = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'accept-language': 'en-US,en;q=0.9' },
      payload: { email: 'petugas@malang.demo', password: 'wrong' },
    });
    expect(en.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', detail: 'Wrong email or password.' });
  });

  it('an unknown email gets the same answer as a wrong password', async () => {
    const res = await new Agent(t.app).login('nobody@malang.demo', 'whatever-123');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('INVALID_CREDENTIALS');
  });

  it('a login form posted cross-site (not JSON) is refused with 415', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'email=admin%40malang.demo&password=balai-demo-2026',
    });
    expect(res.statusCode).toBe(415);
    expect(res.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('five wrong passwords lock the account for 15 minutes, even against the right password; the lock is audited', async () => {
    const agent = new Agent(t.app);
    for (let i = 0; i < 5; i++)
      expect((await agent.login('ppat@malang.demo', 'wrong-password')).statusCode).toBe(401);
    const locked = await agent.login('ppat@malang.demo');
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const audit = (await admin.get('/api/v1/regions/35.73/audit?action=user.lock')).json();
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0].after.failures).toBe(5);
    const listed = async () =>
      (
        (await admin.get('/api/v1/regions/35.73/users')).json() as {
          email: string;
          lockedUntil: string | null;
        }[]
      ).find((u) => u.email === 'ppat@malang.demo');
    expect((await listed())?.lockedUntil).toBe(audit.entries[0].after.lockedUntil);
    t.clock.advance(15 * 60_000 + 1);
    // Once the lock has run out the administrator no longer sees it, whatever the clock of their browser says.
    expect((await listed())?.lockedUntil).toBeNull();
    expect((await agent.login('ppat@malang.demo')).statusCode).toBe(200);
  });
});

describe('sessions and CSRF', () => {
  it('GET /auth/me answers who is signed in; without a session it is 401 AUTH_REQUIRED', async () => {
    const agent = await signedIn(t.app, 'auditor@balai.demo');
    const me = (await agent.get('/api/v1/auth/me')).json();
    expect(me.user.email).toBe('auditor@balai.demo');
    expect(me.regions.map((r: { regionId: string }) => r.regionId)).toEqual(['19.01', '35.73']);
    const anonymous = await new Agent(t.app).get('/api/v1/auth/me');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('AUTH_REQUIRED');
  });

  it('a session expires after 12 hours: 401 SESSION_EXPIRED', async () => {
    const agent = await signedIn(t.app, 'bendahara@malang.demo');
    t.clock.advance(12 * 3_600_000);
    const res = await agent.get('/api/v1/auth/me');
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('SESSION_EXPIRED');
  });

  it('a state-changing request without the X-CSRF-Token header is refused with 403 and changes nothing', async () => {
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const res = await admin.post(
      '/api/v1/regions/35.73/users',
      { email: 'csrf@malang.demo', name: 'CSRF', password: 'long-enough-pass', roles: ['officer'] },
      { noCsrf: true },
    );
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('CSRF_TOKEN_INVALID');
    const users = (await admin.get('/api/v1/regions/35.73/users')).json() as { email: string }[];
    expect(users.map((u) => u.email)).not.toContain('csrf@malang.demo');
  });

  it('sign-out ends the session', async () => {
    const agent = await signedIn(t.app, 'wp@malang.demo');
    expect((await agent.post('/api/v1/auth/logout')).statusCode).toBe(204);
    expect((await agent.get('/api/v1/auth/me')).statusCode).toBe(401);
  });
});

describe('password change', () => {
  it('needs the current password, at least 10 characters, and signs out the other sessions', async () => {
    const here = await signedIn(t.app, 'petugas@bangka.demo');
    const elsewhere = await signedIn(t.app, 'petugas@bangka.demo');
    const wrong = await here.post('/api/v1/auth/password', {
      currentPassword: 'nope',
      newPassword: 'a-new-password',
    });
    expect(wrong.json().code).toBe('WRONG_CURRENT_PASSWORD');
    const weak = await here.post('/api/v1/auth/password', {
      currentPassword: 'balai-demo-2026',
      newPassword: 'short',
    });
    expect(weak.statusCode).toBe(422);
    expect(weak.json().code).toBe('WEAK_PASSWORD');
    expect(weak.json().errors).toEqual([{ field: 'newPassword', message: 'Minimal 10 karakter' }]);
    const ok = await here.post('/api/v1/auth/password', {
      currentPassword: 'balai-demo-2026',
      newPassword: 'a-new-password',
    });
    expect(ok.statusCode).toBe(204);
    expect((await here.get('/api/v1/auth/me')).statusCode).toBe(200);
    expect((await elsewhere.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await new Agent(t.app).login('petugas@bangka.demo', 'a-new-password')).statusCode).toBe(200);
  });
});
