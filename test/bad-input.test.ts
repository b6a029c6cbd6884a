import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await startTestApp({ BALAI_BODY_LIMIT_BYTES: '65536' });
  admin = await signedIn(t.app, 'admin@malang.demo');
});
afterAll(() => t.close());

interface ProblemBody {
  code: string;
  status: number;
  title: string;
  detail: string;
  errors: { field: string }[];
}

const usersUrl = '/api/v1/regions/35.73/users';
const raw = (payload: string, contentType = 'application/json') => ({
  headers: { 'content-type': contentType },
  payload,
});

describe('bad input gets a clear 4xx problem+json, writes nothing, and the server keeps serving', () => {
  const cases: {
    name: string;
    send: () => Promise<{ statusCode: number; headers: Record<string, unknown>; json(): ProblemBody }>;
    status: number;
    code: string;
    field?: string;
  }[] = [
    {
      name: 'malformed JSON',
      send: () => t.app.inject({ method: 'POST', url: usersUrl, ...withAuth(raw('{"email": "a@b.c",')) }),
      status: 400,
      code: 'MALFORMED_JSON',
    },
    {
      name: 'a wrong type',
      send: () =>
        admin.post(usersUrl, {
          email: 'typo@malang.demo',
          name: 42,
          password: 'long-enough-1',
          roles: ['officer'],
        }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'name',
    },
    {
      name: 'an unknown field',
      send: () =>
        admin.post(usersUrl, {
          email: 'extra@malang.demo',
          name: 'X',
          password: 'long-enough-1',
          roles: ['officer'],
          isSuperuser: true,
        }),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'an unknown role',
      send: () =>
        admin.post(usersUrl, {
          email: 'role@malang.demo',
          name: 'X',
          password: 'long-enough-1',
          roles: ['god'],
        }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'roles.0',
    },
    {
      name: 'a malformed email',
      send: () =>
        admin.post(usersUrl, {
          email: 'not-an-email',
          name: 'X',
          password: 'long-enough-1',
          roles: ['officer'],
        }),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'email',
    },
    {
      name: 'an oversized body',
      send: () =>
        admin.post(usersUrl, {
          email: 'big@malang.demo',
          name: 'x'.repeat(100_000),
          password: 'long-enough-1',
          roles: ['officer'],
        }),
      status: 413,
      code: 'BODY_TOO_LARGE',
    },
    {
      name: 'a body that is not JSON',
      send: () => t.app.inject({ method: 'POST', url: usersUrl, ...withAuth(raw('email=x', 'text/plain')) }),
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
    },
    {
      name: 'a bad region code',
      send: () => admin.post('/api/v1/regions/35-73/users', {}),
      status: 400,
      code: 'BAD_REGION_CODE',
    },
    {
      name: 'a bad query parameter',
      send: () => admin.get('/api/v1/regions/35.73/audit?limit=100000'),
      status: 400,
      code: 'VALIDATION_FAILED',
      field: 'querystring.limit',
    },
    {
      name: 'a non-numeric id in the path',
      send: () => admin.patch('/api/v1/regions/35.73/users/abc', { active: false }),
      status: 400,
      code: 'VALIDATION_FAILED',
    },
    {
      name: 'an unknown address',
      send: () => admin.get('/api/v1/nothing-here'),
      status: 404,
      code: 'NOT_FOUND',
    },
    {
      name: 'an expired or forged session cookie',
      send: () =>
        t.app.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { cookie: 'balai_session=forged' } }),
      status: 401,
      code: 'AUTH_REQUIRED',
    },
    {
      name: 'a missing CSRF token',
      send: () =>
        admin.post(
          usersUrl,
          { email: 'nocsrf@malang.demo', name: 'X', password: 'long-enough-1', roles: ['officer'] },
          { noCsrf: true },
        ),
      status: 403,
      code: 'CSRF_TOKEN_INVALID',
    },
  ];

  function withAuth(opts: { headers: Record<string, string>; payload: string }) {
    return { ...opts, headers: { ...opts.headers, cookie: admin.cookie, 'x-csrf-token': admin.csrfToken } };
  }

  it.each(cases)('$name → $status $code', async (c) => {
    const res = await c.send();
    expect(res.statusCode).toBe(c.status);
    expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
    const body = res.json();
    expect(body.code).toBe(c.code);
    expect(body.status).toBe(c.status);
    expect(body.title).toBeTruthy();
    expect(body.detail).toBeTruthy();
    if (c.field) expect(body.errors.map((e: { field: string }) => e.field)).toContain(c.field);
  });

  it('after the whole batch no user was half-written and the server still answers', async () => {
    const users = (await admin.get(usersUrl)).json() as { email: string }[];
    expect(users.filter((u) => /^(typo|extra|role|big|nocsrf|not-an-email)/.test(u.email))).toEqual([]);
    expect((await t.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
  });

  it('validation errors name the field, in English when asked', async () => {
    const res = await admin.post(
      usersUrl,
      { email: 'x@malang.demo', name: 'X', password: 'long-enough-1', roles: [] },
      { headers: { 'accept-language': 'en' } },
    );
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED', title: 'Invalid data' });
    expect(res.json().errors[0].field).toBe('roles');
  });

  it("a field's message is in the caller's language: Indonesian by default, English when asked", async () => {
    const user = { email: 'x@malang.demo', name: 42, roles: ['officer'] };
    const id = (await admin.post(usersUrl, user)).json() as { errors: { field: string; message: string }[] };
    const en = (
      await admin.post(usersUrl, user, { headers: { 'accept-language': 'en' } })
    ).json() as typeof id;
    const message = (body: typeof id, field: string) => body.errors.find((e) => e.field === field)?.message;
    expect(message(id, 'password')).toBe('Wajib diisi');
    expect(message(en, 'password')).toBe('Required');
    expect(message(id, 'name')).toMatch(/^Input tidak valid: diharapkan string, diterima number/);
    expect(message(en, 'name')).toMatch(/^Invalid input: expected string, received number/);
  });
});
