import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DataDirBusyError, openPglite } from '../src/db/database';
import { TEST_CLOCK } from './support/constants';
import { signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('health and API documentation', () => {
  it('GET /health checks the database and answers 200', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    });
  });

  it('GET /openapi.json is an OpenAPI 3 document covering the API', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/auth/login',
        '/api/v1/regions/{regionId}/users',
        '/api/v1/regions/{regionId}/audit',
      ]),
    );
    expect(doc.paths['/api/v1/auth/login'].post.requestBody).toBeTruthy();
  });

  it('GET /docs serves the interactive documentation', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/docs/' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toMatch(/swagger/i);
  });
});

describe('regions', () => {
  it('the catalogue holds every province, kabupaten/kota, kecamatan and kelurahan/desa', async () => {
    const [counts] = await t.db.query<Record<string, number>>(
      `SELECT (SELECT count(*) FROM province)::int AS provinces, (SELECT count(*) FROM regency)::int AS regencies,
              (SELECT count(*) FROM district)::int AS districts, (SELECT count(*) FROM village)::int AS villages`,
    );
    expect(counts?.provinces).toBe(38);
    expect(counts?.regencies).toBeGreaterThan(500);
    expect(counts?.districts).toBeGreaterThan(7_000);
    expect(counts?.villages).toBeGreaterThan(80_000);
  });

  it('Kota Malang has 5 kecamatan and 57 kelurahan, its kecamatan with their NOP codes (Klojen = 030)', async () => {
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    const areas = (await officer.get('/api/v1/regions/35.73/areas')).json() as {
      code: string;
      name: string;
      nopCode: string;
      villages: { kind: string }[];
    }[];
    expect(areas).toHaveLength(5);
    expect(areas.flatMap((a) => a.villages)).toHaveLength(57);
    expect(areas.flatMap((a) => a.villages).every((v) => v.kind === 'kelurahan')).toBe(true);
    expect(areas.find((a) => a.name === 'Klojen')).toMatchObject({ code: '35.73.02', nopCode: '030' });
  });

  it('an administrator sets a kelurahan NOP code, audited; a code used twice in one kecamatan is 409', async () => {
    const admin = await signedIn(t.app, 'admin@bangka.demo');
    const areas = (await admin.get('/api/v1/regions/19.01/areas')).json() as {
      code: string;
      villages: { code: string }[];
    }[];
    const [a, b] = areas[0]?.villages ?? [];
    const set = (code: string) =>
      admin.put(`/api/v1/regions/19.01/areas/${code}/nop-code`, { nopCode: '001' });
    expect((await set(a?.code as string)).statusCode).toBe(200);
    const dup = await set(b?.code as string);
    expect(dup.statusCode).toBe(409);
    expect(dup.json().code).toBe('NOP_CODE_TAKEN');
    const audit = (await admin.get('/api/v1/regions/19.01/audit?action=region.area_nop_code')).json();
    expect(audit.entries).toHaveLength(1);
    expect(audit.entries[0]).toMatchObject({
      entityId: a?.code,
      before: { nopCode: null },
      after: { nopCode: '001' },
    });
  });

  it("the public list names the hosted regions, their time zones and today's date there on the business clock", async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/regions' });
    expect(res.json()).toEqual([
      {
        regionId: '19.01',
        name: 'Kabupaten Bangka',
        shortName: 'Bangka',
        timeZone: 'Asia/Jakarta',
        today: '2025-03-11',
        logoUrl: expect.stringMatching(/^\/api\/v1\/public\/regions\/19\.01\/logo\?v=[0-9a-f]{16}$/),
      },
      {
        regionId: '35.73',
        name: 'Kota Malang',
        shortName: 'Malang',
        timeZone: 'Asia/Jakarta',
        today: '2025-03-11',
        logoUrl: expect.stringMatching(/^\/api\/v1\/public\/regions\/35\.73\/logo\?v=[0-9a-f]{16}$/),
      },
    ]);
  });

  it("a region's today is its own calendar day: 17:30 UTC is already tomorrow in WIB", async () => {
    t.clock.set(new Date('2025-03-31T17:30:00Z'));
    try {
      const officer = await signedIn(t.app, 'petugas@malang.demo');
      expect((await officer.get('/api/v1/regions/35.73/')).json()).toMatchObject({
        regionId: '35.73',
        today: '2025-04-01',
      });
    } finally {
      t.clock.set(new Date(TEST_CLOCK));
    }
  });

  it('the tax types are reference data anyone may read, signed in or not', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/tax/types' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toContainEqual(
      expect.objectContaining({ code: 'mblb', billingCode: '08', assessment: 'self', categories: ['umum'] }),
    );
  });
});

describe('database', () => {
  it('both drivers return int8 as a number, date as YYYY-MM-DD text and numeric as exact text', async () => {
    const [row] = await t.db.query(
      "SELECT 9007199254740991::int8 AS big, '2025-03-31'::date AS day, 0.1::numeric AS rate, now() AS at",
    );
    expect(row).toMatchObject({ big: 9_007_199_254_740_991, day: '2025-03-31', rate: '0.1' });
    expect((row as { at: unknown }).at).toBeInstanceOf(Date);
  });

  it('an int8 beyond 2^53 is refused rather than silently rounded', async () => {
    await expect(t.db.query('SELECT 9007199254740993::int8 AS big')).rejects.toThrow(/beyond 2\^53/);
  });

  // PGlite's own data directory, whichever database the rest of the suite uses.
  it('a second process cannot open a PGlite data directory that is in use; a lock left by a dead one is taken over', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-lock-'));
    fs.writeFileSync(path.join(dir, 'balai.lock'), String(process.ppid)); // a live process holds it
    await expect(openPglite(dir)).rejects.toBeInstanceOf(DataDirBusyError);
    fs.writeFileSync(path.join(dir, 'balai.lock'), '999999999'); // left by a process that died
    const db = await openPglite(dir);
    await db.close();
    expect(fs.existsSync(path.join(dir, 'balai.lock'))).toBe(false);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
