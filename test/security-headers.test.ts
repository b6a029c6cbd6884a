import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { LightMyRequestResponse } from 'fastify';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../src/documents/verification';
import { openBill } from './support/bank';
import { DOCUMENTS } from './support/documents';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let production: TestApp;
beforeAll(async () => {
  t = await startTestApp();
  production = await startTestApp({ NODE_ENV: 'production', BALAI_SESSION_SECRET: 'p'.repeat(40) });
});
afterAll(async () => {
  await t.close();
  await production.close();
});

/** A Content-Security-Policy header as directive → sources. */
function policy(res: LightMyRequestResponse): Record<string, string[]> {
  const header = res.headers['content-security-policy'];
  expect(typeof header).toBe('string');
  return Object.fromEntries(
    String(header)
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name as string, sources]),
  );
}

/** What every answer carries, page or API: a script policy without 'unsafe-inline', no framing, no sniffing. */
function expectSecurityHeaders(res: LightMyRequestResponse) {
  const csp = policy(res);
  expect(csp['script-src']).toEqual(["'self'"]);
  expect(csp['frame-ancestors']).toEqual(["'none'"]);
  expect(csp['object-src']).toEqual(["'none'"]);
  expect(csp['base-uri']).toEqual(["'self'"]);
  expect(csp['upgrade-insecure-requests']).toBeUndefined();
  expect(res.headers['x-content-type-options']).toBe('nosniff');
  expect(res.headers['referrer-policy']).toBe('no-referrer');
  expect(res.headers['x-frame-options']).toBe('DENY');
  expect(res.headers['strict-transport-security']).toBeUndefined();
  return csp;
}

describe('security headers', () => {
  it('the web app at / and its client-side routes', async () => {
    for (const url of ['/', '/bills']) {
      const res = await t.app.inject({ method: 'GET', url });
      const csp = expectSecurityHeaders(res);
      expect(csp['img-src']).toEqual(["'self'", 'data:']); // QR codes are data: URLs
      expect(csp['style-src']).not.toContain("'unsafe-inline'");
    }
  });

  it('an API answer, a refusal and a PDF', async () => {
    expectSecurityHeaders(await t.app.inject({ method: 'GET', url: '/api/v1/tax/types' }));
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/regions/35.73/bills' });
    expect(refused.statusCode).toBe(401);
    expectSecurityHeaders(refused);
    const bill = await openBill(t.db);
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    const pdf = await officer.get(`/api/v1/regions/35.73/bills/${bill.id}/pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expectSecurityHeaders(pdf);
  });

  it('the public verify page: a stricter policy of its own; its one inline style is allowed by its hash, its one image (the region’s logo) from this server', async () => {
    const bill = await openBill(t.db);
    const code = verificationCode(t.secrets.document, DOCUMENTS.kind('bill'), '35.73', bill.id);
    for (const [url, logo] of [
      [`/verify/${code}`, true],
      ['/verify/A1901-1-0123456789ABCDEF', false],
    ] as const) {
      const res = await t.app.inject({ method: 'GET', url, headers: { accept: 'text/html' } });
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      const styles = [...res.body.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] as string);
      expect(styles).toHaveLength(1);
      const hash = `'sha256-${createHash('sha256')
        .update(styles[0] as string)
        .digest('base64')}'`;
      expect(policy(res)).toEqual({
        'default-src': ["'none'"],
        'style-src': [hash],
        'base-uri': ["'none'"],
        'form-action': ["'none'"],
        'frame-ancestors': ["'none'"],
        ...(logo ? { 'img-src': ["'self'"] } : {}),
      });
      expect(res.body).not.toMatch(/<script|\sstyle=|\son[a-z]+=/i);
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
      expect(res.headers['x-frame-options']).toBe('DENY');
    }
  });

  it('the API docs at /docs: Swagger UI’s own policy, no inline script, no framing', async () => {
    for (const url of ['/docs/', '/docs/static/swagger-initializer.js']) {
      const res = await t.app.inject({ method: 'GET', url });
      expect(res.statusCode).toBe(200);
      const csp = policy(res);
      expect(csp['script-src']).toEqual(["'self'"]);
      expect(csp['script-src-attr']).toEqual(["'none'"]);
      expect(csp['frame-ancestors']).toEqual(["'none'"]);
      expect(csp['object-src']).toEqual(["'none'"]);
      expect(csp['upgrade-insecure-requests']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['referrer-policy']).toBe('no-referrer');
    }
    const page = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(page.body).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/i);
  });

  it('HSTS and upgrade-insecure-requests in production only', async () => {
    for (const url of ['/health', '/docs/']) {
      const res = await production.app.inject({ method: 'GET', url });
      expect(res.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains');
      expect(policy(res)['upgrade-insecure-requests']).toEqual([]);
      expect(policy(res)['frame-ancestors']).toEqual(["'none'"]);
    }
    const dev = await t.app.inject({ method: 'GET', url: '/health' });
    expect(dev.headers['strict-transport-security']).toBeUndefined();
  });

  it('the web app as Vite builds it has no inline script or style for the policy to refuse', async () => {
    const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-web-'));
    try {
      await build({ configFile: path.resolve('vite.config.ts'), logLevel: 'silent', build: { outDir } });
      const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
      expect(html).toMatch(/<script type="module" crossorigin src="\/assets\/[^"]+\.js"><\/script>/);
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i);
    } finally {
      fs.rmSync(outDir, { recursive: true, force: true });
    }
  });
});
