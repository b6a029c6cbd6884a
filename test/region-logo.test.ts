import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentBase } from '../src/documents/document-base';
import { renderPdf } from '../src/documents/layout';
import { DOCUMENTS } from './support/documents';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The region's identity: its logo, uploaded by its administrator, read by anyone at a public cacheable address,
 * printed in the letterhead of its documents. The demo's regions start with the emblems drawn for the demo.
 */

const MALANG_LOGO = fs.readFileSync(new URL('../src/platform/demo-logos/kota-malang.png', import.meta.url));
const JPEG = fs.readFileSync(new URL('./fixtures/logo-40x32.jpg', import.meta.url));
const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="64" height="64"><circle r="30"/></svg>',
);

let t: TestApp;
let admin: Agent;
beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t.app, 'admin@malang.demo');
});
afterAll(() => t.close());

const upload = (agent: Agent, regionId: string, data: Buffer) =>
  agent.put(`/api/v1/regions/${regionId}/logo`, { image: data.toString('base64') });
const publicLogo = (regionId: string, query = '', headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url: `/api/v1/public/regions/${regionId}/logo${query}`, headers });

describe('the region’s logo is public and cacheable', () => {
  it('the list of regions names each demo region’s logo at a versioned address, read without signing in', async () => {
    const regions = (await t.app.inject({ method: 'GET', url: '/api/v1/regions' })).json();
    for (const region of regions)
      expect(region.logoUrl).toMatch(/^\/api\/v1\/public\/regions\/\d\d\.\d\d\/logo\?v=/);
    const malang = regions.find((r: { regionId: string }) => r.regionId === '35.73');
    const res = await t.app.inject({ method: 'GET', url: malang.logoUrl });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('image/png');
    expect(res.rawPayload.equals(MALANG_LOGO)).toBe(true);
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('unversioned, it is cached for minutes and revalidated by its ETag (304)', async () => {
    const res = await publicLogo('35.73');
    expect(res.headers['cache-control']).toBe('public, max-age=300');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[0-9a-f]{64}"$/);
    const again = await publicLogo('35.73', '', { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.rawPayload.byteLength).toBe(0);
  });

  it('a region that is not hosted has no logo: 404 LOGO_NOT_FOUND', async () => {
    const res = await publicLogo('11.01');
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('LOGO_NOT_FOUND');
  });
});

describe('only the region’s administrator sets its logo', () => {
  it('without a session: 401; another region’s administrator: 404 REGION_NOT_FOUND; an officer: 403', async () => {
    const anonymous = await t.app.inject({
      method: 'PUT',
      url: '/api/v1/regions/35.73/logo',
      payload: { image: JPEG.toString('base64') },
    });
    expect(anonymous.statusCode).toBe(401);
    const bangkaAdmin = await signedIn(t.app, 'admin@bangka.demo');
    const other = await upload(bangkaAdmin, '35.73', JPEG);
    expect(other.statusCode).toBe(404);
    expect(other.json().code).toBe('REGION_NOT_FOUND');
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    expect((await upload(officer, '35.73', JPEG)).statusCode).toBe(403);
    expect((await officer.request('DELETE', '/api/v1/regions/35.73/logo')).statusCode).toBe(403);
    // Nothing changed: Malang's logo is still the demo's.
    expect((await publicLogo('35.73')).rawPayload.equals(MALANG_LOGO)).toBe(true);
  });

  it('a JPEG is taken with its sides, served as uploaded under a new version, and audited', async () => {
    const res = await upload(admin, '35.73', JPEG);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ mediaType: 'image/jpeg', width: 40, height: 32 });
    const served = await t.app.inject({ method: 'GET', url: res.json().url });
    expect(served.headers['content-type']).toBe('image/jpeg');
    expect(served.rawPayload.equals(JPEG)).toBe(true);
    const audit = (await admin.get('/api/v1/regions/35.73/audit?action=region.logo')).json().entries;
    expect(audit.map((e: { actor: string }) => e.actor)).toEqual(['admin@malang.demo', 'system']);
    expect(audit[0]).toMatchObject({
      entityId: '35.73',
      after: { mediaType: 'image/jpeg', width: 40, height: 32 },
    });
  });

  it('refuses what is not a whole PNG or JPEG: an SVG as sent (the browser draws it first), text, a cut-off PNG', async () => {
    for (const data of [SVG, Buffer.from('not an image at all'), MALANG_LOGO.subarray(0, 200)]) {
      const res = await upload(admin, '35.73', data);
      expect(res.statusCode).toBe(422);
      expect(res.json().code).toBe('LOGO_INVALID');
    }
  });

  it('refuses an image over 256 KB with 413 LOGO_TOO_LARGE, in the user’s language', async () => {
    const big = Buffer.concat([MALANG_LOGO, Buffer.alloc(260 * 1024)]);
    const res = await admin.put(
      '/api/v1/regions/35.73/logo',
      { image: big.toString('base64') },
      { headers: { 'accept-language': 'id' } },
    );
    expect(res.statusCode).toBe(413);
    expect(res.json()).toMatchObject({ code: 'LOGO_TOO_LARGE' });
    expect(res.json().detail).toContain('256 KB');
  });

  it('removing it leaves the region without one', async () => {
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    expect((await bangka.request('DELETE', '/api/v1/regions/19.01/logo')).statusCode).toBe(204);
    expect((await publicLogo('19.01')).statusCode).toBe(404);
    const regions = (await t.app.inject({ method: 'GET', url: '/api/v1/regions' })).json();
    expect(regions.find((r: { regionId: string }) => r.regionId === '19.01').logoUrl).toBeNull();
  });
});

describe('the letterhead of every document carries the region’s logo', () => {
  const print = async (regionId: string) => {
    const base = await documentBase(
      t.db,
      regionId,
      DOCUMENTS.kind('bill'),
      1,
      '2025-03-11',
      'https://x',
      's',
    );
    const pdf = await renderPdf(
      { title: 'T', subject: 'S', keywords: 'K', printedOn: '2025-03-11' },
      base,
      () => {},
    );
    return Buffer.from(pdf).toString('latin1');
  };

  it('a region with a logo prints it as an image; one without prints its name alone', async () => {
    expect(await print('35.73')).toMatch(/\/Subtype \/Image/);
    expect(await print('19.01')).not.toMatch(/\/Subtype \/Image/);
  });
});

describe('/verify without a code', () => {
  it('shows a public form to type a code, which leads to /verify/:code', async () => {
    const form = await t.app.inject({ method: 'GET', url: '/verify', headers: { accept: 'text/html' } });
    expect(form.statusCode).toBe(200);
    expect(form.headers['content-type']).toMatch(/text\/html/);
    expect(form.body).toContain('<form method="get" action="/verify">');
    expect(form.body).toContain('name="code"');
    expect(form.headers['content-security-policy']).toContain("form-action 'self'");
    const sent = await t.app.inject({ method: 'GET', url: '/verify?code=%20B3573-17-ABCD%20EFGH%20' });
    expect(sent.statusCode).toBe(303);
    expect(sent.headers.location).toBe('/verify/B3573-17-ABCDEFGH');
  });
});
