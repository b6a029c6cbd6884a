import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t.app, 'admin@malang.demo');
});
afterAll(() => t.close());

const newUser = {
  email: 'Dewi@Malang.demo',
  name: 'Dewi Petugas',
  password: 'dewi-password-1',
  roles: ['officer'],
};

describe('user administration', () => {
  it('an administrator creates a user with roles; the email is stored in lower case and the change is audited', async () => {
    const res = await admin.post('/api/v1/regions/35.73/users', newUser);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email: 'dewi@malang.demo', roles: ['officer'], active: true });
    const audit = (await admin.get('/api/v1/regions/35.73/audit?action=user.create&limit=1')).json();
    expect(audit.entries[0]).toMatchObject({
      actor: 'admin@malang.demo',
      entity: 'user',
      entityId: String(res.json().id),
      after: { email: 'dewi@malang.demo', roles: ['officer'] },
    });
    expect(JSON.stringify(audit.entries[0])).not.toContain('password');
    expect((await new Agent(t.app).login('dewi@malang.demo', 'dewi-password-1')).statusCode).toBe(200);
  });

  it('a second account with the same email is a 409 EMAIL_TAKEN', async () => {
    const res = await admin.post('/api/v1/regions/35.73/users', { ...newUser, email: 'dewi@malang.demo' });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('EMAIL_TAKEN');
  });

  it('an officer may not create users (403 FORBIDDEN_ROLE); an auditor may read them but not change them', async () => {
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    const res = await officer.post('/api/v1/regions/35.73/users', { ...newUser, email: 'x@malang.demo' });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN_ROLE');
    const auditor = await signedIn(t.app, 'auditor@malang.demo');
    expect((await auditor.get('/api/v1/regions/35.73/users')).statusCode).toBe(200);
    expect((await auditor.patch('/api/v1/regions/35.73/users/2', { active: false })).statusCode).toBe(403);
  });

  it('changing roles is audited with before and after', async () => {
    const users = (await admin.get('/api/v1/regions/35.73/users')).json() as { id: number; email: string }[];
    const dewi = users.find((u) => u.email === 'dewi@malang.demo');
    const res = await admin.patch(`/api/v1/regions/35.73/users/${dewi?.id}`, {
      roles: ['officer', 'supervisor'],
    });
    expect(res.json().roles).toEqual(['officer', 'supervisor']);
    const entry = (await admin.get('/api/v1/regions/35.73/audit?action=user.update&limit=1')).json()
      .entries[0];
    expect(entry.before.roles).toEqual(['officer']);
    expect(entry.after.roles).toEqual(['officer', 'supervisor']);
  });

  it('a deactivated user is signed out and cannot sign in', async () => {
    const dewiAgent = await signedIn(t.app, 'dewi@malang.demo', 'dewi-password-1');
    const users = (await admin.get('/api/v1/regions/35.73/users')).json() as { id: number; email: string }[];
    const dewi = users.find((u) => u.email === 'dewi@malang.demo');
    await admin.patch(`/api/v1/regions/35.73/users/${dewi?.id}`, { active: false });
    expect((await dewiAgent.get('/api/v1/auth/me')).statusCode).toBe(401);
    const again = await new Agent(t.app).login('dewi@malang.demo', 'dewi-password-1');
    expect(again.statusCode).toBe(403);
    expect(again.json().code).toBe('ACCOUNT_DISABLED');
  });

  it('the last administrator of a region cannot be removed (409 LAST_ADMIN)', async () => {
    const me = (await admin.get('/api/v1/auth/me')).json();
    const res = await admin.patch(`/api/v1/regions/35.73/users/${me.user.id}`, { roles: ['officer'] });
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('LAST_ADMIN');
    const still = (await admin.get(`/api/v1/regions/35.73/users/${me.user.id}`)).json();
    expect(still.roles).toEqual(['admin']);
  });

  it("an administrator cannot reset the password of an account that also works in a region they don't administer", async () => {
    const users = (await admin.get('/api/v1/regions/35.73/users')).json() as { id: number; email: string }[];
    const shared = users.find((u) => u.email === 'auditor@balai.demo');
    const res = await admin.post(`/api/v1/regions/35.73/users/${shared?.id}/password`, {
      newPassword: 'taken-over-123',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('USER_OUTSIDE_AUTHORITY');
    expect((await new Agent(t.app).login('auditor@balai.demo')).statusCode).toBe(200);
  });

  it("a password reset by the administrator ends the user's sessions and lifts a lockout", async () => {
    const users = (await admin.get('/api/v1/regions/35.73/users')).json() as { id: number; email: string }[];
    const treasurer = users.find((u) => u.email === 'bendahara@malang.demo');
    const session = await signedIn(t.app, 'bendahara@malang.demo');
    const res = await admin.post(`/api/v1/regions/35.73/users/${treasurer?.id}/password`, {
      newPassword: 'reset-by-admin-1',
    });
    expect(res.statusCode).toBe(204);
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(401);
    expect((await new Agent(t.app).login('bendahara@malang.demo', 'reset-by-admin-1')).statusCode).toBe(200);
  });

  it('a user of another region is not found through this region (404 USER_NOT_FOUND)', async () => {
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    const bangkaUsers = (await bangka.get('/api/v1/regions/19.01/users')).json() as {
      id: number;
      email: string;
    }[];
    const yanto = bangkaUsers.find((u) => u.email === 'petugas@bangka.demo');
    const res = await admin.patch(`/api/v1/regions/35.73/users/${yanto?.id}`, { active: false });
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('USER_NOT_FOUND');
  });
});
