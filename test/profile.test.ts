import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('one’s own name and language', () => {
  it('a person changes their name and language; the change is audited in each of their regions', async () => {
    const auditor = await signedIn(t.app, 'auditor@balai.demo');
    const before = (await auditor.get('/api/v1/auth/me')).json().user;
    const changed = await auditor.patch('/api/v1/auth/me', { name: '  Rina Auditor  ', locale: 'en' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().user).toMatchObject({ name: 'Rina Auditor', locale: 'en' });
    expect((await auditor.get('/api/v1/auth/me')).json().user).toMatchObject({
      name: 'Rina Auditor',
      locale: 'en',
    });
    for (const region of ['19.01', '35.73']) {
      const entries = (await auditor.get(`/api/v1/regions/${region}/audit?action=user.profile_change`)).json()
        .entries;
      expect(entries[0]).toMatchObject({
        before: { name: before.name, locale: before.locale },
        after: { name: 'Rina Auditor', locale: 'en' },
      });
    }
  });

  it('refuses an empty change, an empty name, an unknown language and fields that are not one’s own to change', async () => {
    const officer = await signedIn(t.app, 'petugas@bangka.demo');
    const refused = async (body: object) => {
      const res = await officer.patch('/api/v1/auth/me', body, { headers: { 'accept-language': 'id' } });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      return res.json();
    };
    expect((await refused({})).errors[0].message).toBe('Isi nama atau bahasa');
    expect((await refused({ name: '   ' })).errors[0].field).toBe('name');
    expect((await refused({ locale: 'jv' })).errors[0].field).toBe('locale');
    expect((await refused({ roles: ['admin'] })).code).toBe('VALIDATION_FAILED');
    expect((await officer.patch('/api/v1/auth/me', { name: 'X' }, { noCsrf: true })).statusCode).toBe(403);
  });
});
