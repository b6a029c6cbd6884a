import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REGION_PREFIX } from '../src/http/tenancy';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** Every region-scoped route the server has, with sample values for its other path parameters. */
function regionRoutes(regionId: string) {
  return t.app.routeTable
    .filter((r) => r.url.startsWith(REGION_PREFIX) && r.method !== 'HEAD')
    .map((r) => ({
      method: r.method,
      url: r.url
        .replace(':regionId', regionId)
        .replace(':userId', '1')
        .replace(':code', `${regionId}.01`)
        .replace(/:(\w+)/g, '1'),
    }));
}

describe('tenancy: nobody sees another region', () => {
  it('the server has region-scoped routes to check', () => {
    expect(regionRoutes('35.73').length).toBeGreaterThanOrEqual(8);
  });

  it('an administrator of 19.01 gets 404 REGION_NOT_FOUND from every endpoint of 35.73', async () => {
    const bangkaAdmin = await signedIn(t.app, 'admin@bangka.demo');
    for (const route of regionRoutes('35.73')) {
      const res = await bangkaAdmin.request(
        route.method,
        route.url,
        route.method === 'GET' ? {} : { body: {} },
      );
      expect({ route, status: res.statusCode, code: res.json().code }).toEqual({
        route,
        status: 404,
        code: 'REGION_NOT_FOUND',
      });
    }
  });

  it('a region that is not hosted answers the same 404 as one the caller may not see', async () => {
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const notHosted = await admin.get('/api/v1/regions/35.07/users');
    const notMine = await admin.get('/api/v1/regions/19.01/users');
    expect(notHosted.statusCode).toBe(404);
    expect(notMine.statusCode).toBe(404);
    expect(notHosted.json().code).toBe(notMine.json().code);
  });

  it('without a session every region-scoped endpoint answers 401, before revealing anything', async () => {
    const { Agent } = await import('./support/test-app');
    const anonymous = new Agent(t.app);
    for (const route of regionRoutes('35.73')) {
      const res = await anonymous.request(
        route.method,
        route.url,
        route.method === 'GET' ? {} : { body: {} },
      );
      expect({ route, status: res.statusCode }).toEqual({ route, status: 401 });
    }
  });

  it('a user holding roles in both regions reads each one', async () => {
    const auditor = await signedIn(t.app, 'auditor@balai.demo');
    for (const regionId of ['35.73', '19.01']) {
      const res = await auditor.get(`/api/v1/regions/${regionId}/audit`);
      expect(res.statusCode).toBe(200);
    }
  });

  it('lists of users show only the region asked for', async () => {
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const users = (await admin.get('/api/v1/regions/35.73/users')).json() as { email: string }[];
    expect(users.map((u) => u.email)).toContain('petugas@malang.demo');
    expect(users.map((u) => u.email)).not.toContain('petugas@bangka.demo');
  });

  it('a malformed region code is a 400 BAD_REGION_CODE', async () => {
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const res = await admin.get('/api/v1/regions/3573/users');
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('BAD_REGION_CODE');
  });
});
