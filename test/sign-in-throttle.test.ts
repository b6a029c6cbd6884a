import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDateTime } from '../src/platform/human-format';
import { DEMO_PASSWORD } from './support/constants';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Sign-in that holds under concurrency (issue "Trust"): no more than the limit of 5 passwords is ever checked per
 * lock, however many arrive at once; an unknown email behaves exactly like a known one; and nobody can lock an
 * administrator out of a device they have signed in from before.
 */

let t: TestApp;
beforeAll(async () => {
  // The per-address rate limit has its own test; here many attempts come from one test address.
  t = await startTestApp({ BALAI_LOGIN_RATE_PER_MINUTE: '100000' });
});
afterAll(() => t.close());

function attempt(email: string, password: string, cookie?: string): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { email, password },
    headers: cookie ? { cookie } : {},
  });
}

/** The device cookie a successful sign-in gives the browser. */
function deviceCookieOf(res: LightMyRequestResponse): string {
  const cookies = [res.headers['set-cookie'] ?? []].flat();
  const device = cookies.find((c) => c.startsWith('balai_device='));
  if (!device) throw new Error(`no device cookie in ${cookies.join(' | ')}`);
  return device.split(';')[0] as string;
}

const statuses = (answers: LightMyRequestResponse[]) => answers.map((a) => a.statusCode);
const count = (answers: LightMyRequestResponse[], status: number) =>
  answers.filter((a) => a.statusCode === status).length;

describe('sign-in under concurrency', () => {
  it('19 wrong passwords sent at the same moment: 5 are checked, the other 14 are refused as locked', async () => {
    const answers = await Promise.all(
      Array.from({ length: 19 }, (_, i) => attempt('petugas@malang.demo', `wrong-${i}`)),
    );
    expect(count(answers, 401)).toBe(5);
    expect(count(answers, 423)).toBe(14);
    for (const locked of answers.filter((a) => a.statusCode === 423))
      expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    // And the right password is not checked either until the lock runs out.
    expect((await attempt('petugas@malang.demo', DEMO_PASSWORD)).statusCode).toBe(423);
  });

  it('18 wrong and then the right one sent together: the right one comes too late and is refused', async () => {
    const answers = await Promise.all([
      ...Array.from({ length: 18 }, (_, i) => attempt('supervisor@malang.demo', `wrong-${i}`)),
      attempt('supervisor@malang.demo', DEMO_PASSWORD),
    ]);
    expect(count(answers, 401)).toBe(5);
    expect(answers.at(-1)?.statusCode).toBe(423);
    expect(count(answers, 200)).toBe(0);
  });

  it('the lock is audited once, with the attempts that reached it', async () => {
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const audit = (await admin.get('/api/v1/regions/35.73/audit?action=user.lock&actor=system')).json();
    const locks = audit.entries as { entity: string; after: { failures: number } }[];
    expect(locks.map((e) => [e.entity, e.after.failures])).toEqual([
      ['user', 5], // supervisor, above
      ['user', 5], // petugas, above: once each, however many attempts came after
    ]);
  });
});

describe('an unknown email answers exactly like a known one', () => {
  it('the same answers in the same order, the lock included', async () => {
    const sequence = async (email: string) => {
      const answers: LightMyRequestResponse[] = [];
      for (let i = 0; i < 7; i++) answers.push(await attempt(email, `guess-${i}`));
      return answers;
    };
    const known = await sequence('bendahara@malang.demo');
    const unknown = await sequence('tidak-ada@malang.demo');
    expect(statuses(unknown)).toEqual(statuses(known));
    expect(statuses(known)).toEqual([401, 401, 401, 401, 401, 423, 423]);
    const shape = (a: LightMyRequestResponse) => {
      const { code, title, detail } = a.json();
      return { code, title, detail };
    };
    expect(unknown.map(shape)).toEqual(known.map(shape));
  });
});

describe('nobody can lock an administrator out at will', () => {
  it("a stranger's guesses lock unrecognised devices only: the administrator signs in from their own", async () => {
    const own = await attempt('admin@bangka.demo', DEMO_PASSWORD);
    expect(own.statusCode).toBe(200);
    const device = deviceCookieOf(own);
    for (let i = 0; i < 10; i++) await attempt('admin@bangka.demo', `guess-${i}`);
    expect((await attempt('admin@bangka.demo', DEMO_PASSWORD)).statusCode).toBe(423);
    const fromOwnDevice = await attempt('admin@bangka.demo', DEMO_PASSWORD, device);
    expect(fromOwnDevice.statusCode).toBe(200);
    // The administrator's success does not unlock the account for the stranger.
    expect((await attempt('admin@bangka.demo', DEMO_PASSWORD)).statusCode).toBe(423);
  });

  it('a device cookie is good only for its own account, and its own bucket locks after 5 wrong guesses', async () => {
    const own = await attempt('petugas@bangka.demo', DEMO_PASSWORD);
    const device = deviceCookieOf(own);
    // Presented with another account it is ignored: that account's attempts count in its ordinary bucket.
    const elsewhere = await Promise.all(
      Array.from({ length: 6 }, (_, i) => attempt('wp@bangka.demo', `guess-${i}`, device)),
    );
    expect(count(elsewhere, 401)).toBe(5);
    expect((await attempt('wp@bangka.demo', DEMO_PASSWORD)).statusCode).toBe(423);
    // From the known device, guessing is limited just the same.
    const guesses = await Promise.all(
      Array.from({ length: 8 }, (_, i) => attempt('petugas@bangka.demo', `guess-${i}`, device)),
    );
    expect(count(guesses, 401)).toBe(5);
    expect(count(guesses, 423)).toBe(3);
    // A forged cookie is no device: it falls into the ordinary bucket, which these guesses did not touch.
    const forged = `balai_device=${'A'.repeat(22)}.${'B'.repeat(43)}`;
    expect((await attempt('petugas@bangka.demo', DEMO_PASSWORD, forged)).statusCode).toBe(200);
  });
});

describe('locks back off and a success or a new password clears them', () => {
  it('each lock lasts twice the one before until the right password', async () => {
    const email = 'ppat@malang.demo';
    const lockOnce = async () => {
      for (let i = 0; i < 5; i++) expect((await attempt(email, `wrong-${i}`)).statusCode).toBe(401);
      const locked = await attempt(email, DEMO_PASSWORD);
      expect(locked.statusCode).toBe(423);
      return locked.json().detail as string;
    };
    // The detail says until when, as a person reads it on the clock (issue 14): "… setelah 11 Maret 2025 pukul
    // 10.15 WIB."
    const lockedFor = (minutes: number) =>
      `Coba lagi setelah ${formatDateTime(new Date(t.clock.now().getTime() + minutes * 60_000), 'Asia/Jakarta', 'id')}.`;
    expect(await lockOnce()).toContain(lockedFor(15));
    t.clock.advance(15 * 60_000 + 1);
    expect(await lockOnce()).toContain(lockedFor(30));
    t.clock.advance(30 * 60_000 + 1);
    expect(await lockOnce()).toContain(lockedFor(60));
    t.clock.advance(60 * 60_000 + 1);
    expect((await attempt(email, DEMO_PASSWORD)).statusCode).toBe(200);
    // After a success the next lock is back to 15 minutes.
    expect(await lockOnce()).toContain(lockedFor(15));
  });

  it("an administrator's password reset lifts the lock", async () => {
    const email = 'wp@malang.demo';
    for (let i = 0; i < 5; i++) await attempt(email, `wrong-${i}`);
    expect((await attempt(email, DEMO_PASSWORD)).statusCode).toBe(423);
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const users = (await admin.get('/api/v1/regions/35.73/users')).json() as {
      id: number;
      email: string;
      lockedUntil: string | null;
    }[];
    const wp = users.find((u) => u.email === email);
    expect(wp?.lockedUntil).not.toBeNull();
    const reset = await admin.post(`/api/v1/regions/35.73/users/${wp?.id}/password`, {
      newPassword: 'a-new-password-2026',
    });
    expect(reset.statusCode).toBe(204);
    expect((await attempt(email, 'a-new-password-2026')).statusCode).toBe(200);
  });
});
