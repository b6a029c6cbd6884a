import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressWebBuild } from '../src/http/precompress';
import { serveWebApp } from '../src/http/web-app';

/**
 * The web app reaches a phone compressed and, on a return visit, from its cache: Vite's hashed assets are cached for
 * a year, index.html is revalidated every time. A build made here, laid out as Vite lays dist/web.
 */

const SCRIPT = 'index-DhbIaR-d.js';
const STYLE = 'index-WExaiI2v.css';
const script = `${'export const pajak = "Rp 12.345.678.901";\n'.repeat(2000)}console.log(pajak);\n`;
const style = `${'.card { overflow-wrap: anywhere; }\n'.repeat(500)}`;
const page = `<!doctype html><html lang="id"><head><script type="module" src="/assets/${SCRIPT}"></script></head><body><div id="root"></div></body></html>`;

let dir: string;
let app: FastifyInstance;
let compressed: string[];

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-web-'));
  fs.mkdirSync(path.join(dir, 'assets'));
  fs.writeFileSync(path.join(dir, 'index.html'), page);
  fs.writeFileSync(path.join(dir, 'assets', SCRIPT), script);
  fs.writeFileSync(path.join(dir, 'assets', STYLE), style);
  compressed = precompressWebBuild(dir);
  app = Fastify();
  await serveWebApp(app, dir);
  await app.ready();
});

afterAll(async () => {
  await app.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const get = (url: string, encoding?: string) =>
  app.inject({ method: 'GET', url, headers: encoding ? { 'accept-encoding': encoding } : {} });

describe('the web bundle is sent compressed', () => {
  it('the build writes brotli and gzip copies of its script, style and page', () => {
    expect(compressed.sort()).toEqual([
      path.join('assets', SCRIPT),
      path.join('assets', STYLE),
      'index.html',
    ]);
    for (const file of [SCRIPT, STYLE]) {
      expect(fs.existsSync(path.join(dir, 'assets', `${file}.br`))).toBe(true);
      expect(fs.existsSync(path.join(dir, 'assets', `${file}.gz`))).toBe(true);
    }
  });

  it('a browser that accepts brotli gets the script in brotli, a fraction of its size, as JavaScript', async () => {
    const res = await get(`/assets/${SCRIPT}`, 'gzip, deflate, br');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/javascript/);
    expect(res.headers.vary).toMatch(/accept-encoding/i);
    expect(res.rawPayload.byteLength).toBeLessThan(script.length / 10);
    expect(zlib.brotliDecompressSync(res.rawPayload).toString()).toBe(script);
  });

  it('one that accepts only gzip gets gzip; one that accepts nothing gets the file as built', async () => {
    const gzip = await get(`/assets/${STYLE}`, 'gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gzip.headers['content-type']).toMatch(/text\/css/);
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(style);
    const plain = await get(`/assets/${STYLE}`);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(style);
  });
});

describe('hashed assets are cached for a year, the page is revalidated', () => {
  it('a hashed script or style: public, a year, immutable, compressed or not', async () => {
    for (const [file, encoding] of [
      [SCRIPT, 'br'],
      [SCRIPT, undefined],
      [STYLE, 'gzip'],
    ] as const) {
      const res = await get(`/assets/${file}`, encoding);
      expect(res.headers['cache-control'], `${file} ${encoding}`).toBe('public, max-age=31536000, immutable');
    }
  });

  it('index.html, which names the current assets, is no-cache at / and by name', async () => {
    for (const [url, encoding] of [
      ['/', 'br, gzip'],
      ['/', 'gzip'],
      ['/', 'deflate'],
      ['/', undefined],
      ['/index.html', 'br'],
    ] as const) {
      const res = await get(url, encoding);
      expect(res.statusCode, `${url} ${encoding}`).toBe(200);
      const body =
        res.headers['content-encoding'] === 'br'
          ? zlib.brotliDecompressSync(res.rawPayload)
          : res.headers['content-encoding'] === 'gzip'
            ? zlib.gunzipSync(res.rawPayload)
            : res.rawPayload;
      expect(body.toString()).toBe(page);
      expect(res.headers['cache-control']).toBe('no-cache');
    }
  });
});
