import fs from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { AREAS } from '../src/app';
import { cliFor } from '../src/cli/cli';
import type { Database } from '../src/db/database';
import { seedDemo } from '../src/demo/seed-demo';
import { documentBase } from '../src/documents/document-base';
import type { DocumentKind } from '../src/documents/document-kind';
import { documentsArea } from '../src/documents/documents-area';
import { type DocumentBase, renderPdf } from '../src/documents/layout';
import { verificationCode } from '../src/documents/verification';
import { buildServer } from '../src/http/server';
import { accessFor, REGION_PREFIX } from '../src/http/tenancy';
import type { Area } from '../src/platform/area';
import { platformArea } from '../src/platform/platform-area';
import { Problem } from '../src/platform/problem';
import { messagesOf, type ProblemCode, problemCodes, STATUS_WORDS } from '../src/platform/problem-messages';
import type { Role } from '../src/platform/roles';
import { Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The area list (src/app.ts) is what the server, the command line and the demo are built from (issue 12): every area
 * is checked here, and an area that is nothing but a folder and a line in a list is served, guarded, worded, seeded
 * and commanded like the others.
 */

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** A server of these areas alone, on the test app's database. */
async function serverOf(areas: readonly Area[]): Promise<FastifyInstance> {
  const app = await buildServer({ db: t.db, config: t.config, clock: t.clock }, areas);
  await app.ready();
  return app;
}

/** The routes an area adds to a server, beside the ones every server has (health, OpenAPI, docs). */
async function routesOf(area: Area): Promise<{ method: string; url: string }[]> {
  const base = await serverOf([]);
  const withArea = await serverOf([area]);
  const known = new Set(base.routeTable.map((r) => `${r.method} ${r.url}`));
  await base.close();
  await withArea.close();
  return withArea.routeTable.filter((r) => !known.has(`${r.method} ${r.url}`));
}

/** Every .ts file under a folder of src/, tests beside the code left out (they set up what they test). */
function codeOf(folder: string): { file: string; text: string }[] {
  const dir = path.join(import.meta.dirname, '../src', folder);
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => ({ file: path.join(folder, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

describe('the tables of the schema', () => {
  it("each belong to exactly one area (the migrations' own bookkeeping apart)", async () => {
    const rows = await t.db.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables
       WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
         AND table_name NOT IN ('schema_migration', 'table_distribution')`,
    );
    const owned = AREAS.flatMap((a) => a.tables ?? []);
    expect(new Set(owned).size).toBe(owned.length);
    expect([...owned].sort()).toEqual(rows.map((r) => r.name).sort());
  });

  it.each(AREAS.map((a) => [a.name, a] as const))(
    '%s writes (INSERT, UPDATE, DELETE) only tables it owns',
    (_name, area) => {
      const tables = new Set(AREAS.flatMap((a) => a.tables ?? []));
      const own = new Set(area.tables ?? []);
      const foreign = codeOf(area.name).flatMap(({ file, text }) =>
        [...text.matchAll(/\b(?:INSERT INTO|UPDATE|DELETE FROM)\s+([a-z_]+)\b/g)]
          .map((m) => m[1] as string)
          .filter((table) => tables.has(table) && !own.has(table))
          .map((table) => `${file}: ${table}`),
      );
      expect(foreign).toEqual([]);
    },
  );
});

describe('every area of the list', () => {
  it('has a name of its own, which is its folder', () => {
    const names = AREAS.map((a) => a.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual([
      'platform',
      'documents',
      'receivables',
      'tax',
      'payments',
      'revenue',
      'collection',
      'reminders',
      'performance',
    ]);
  });

  it.each(AREAS.map((a) => [a.name, a] as const))(
    '%s: its region routes are all behind the tenancy guard, its other routes all outside /api/v1/regions',
    async (_name, area) => {
      const outside = await routesOf({ name: area.name, routes: area.routes });
      expect(outside.filter((r) => r.url.startsWith('/api/v1/regions/'))).toEqual([]);
      const inside = await routesOf({ name: area.name, regionRoutes: area.regionRoutes });
      expect(inside.every((r) => r.url.startsWith(REGION_PREFIX))).toBe(true);
    },
  );

  it('every problem code is worded in Indonesian and English, and defined by one area only', () => {
    const seen = new Map<string, string>();
    for (const area of AREAS) {
      for (const [code, texts] of Object.entries(area.messages ?? {})) {
        expect({ code, alsoIn: seen.get(code) }).toEqual({ code, alsoIn: undefined });
        seen.set(code, area.name);
        for (const lang of ['id', 'en'] as const) {
          expect(texts[lang].title, `${code}.${lang}`).toBeTruthy();
          expect(texts[lang].detail, `${code}.${lang}`).toBeTruthy();
        }
      }
    }
    // The server registers them all: the OpenAPI document's Problem codes are every area's.
    expect(new Set(problemCodes())).toEqual(new Set(seen.keys()));
  });

  it('no Indonesian detail shows a raw English status code', () => {
    const withStatus = problemCodes().filter((code) => messagesOf(code)?.id.detail.includes('{status}'));
    expect(withStatus.length).toBeGreaterThan(5);
    for (const code of withStatus) {
      for (const status of Object.keys(STATUS_WORDS)) {
        const detail = messagesOf(code)?.id.detail.replace('{status}', STATUS_WORDS[status]?.id ?? status);
        expect(detail, `${code} ${status}`).not.toMatch(new RegExp(`\\b${status}\\b`));
      }
    }
  });

  it('every area adds its commands to the one command line, none twice', () => {
    const program = new Command('balai');
    const cli = cliFor(AREAS);
    for (const area of AREAS) area.commands?.(program, cli);
    const names = program.commands.map((c) => c.name());
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining([
        'serve',
        'migrate',
        'seed',
        'users',
        'audit',
        'import',
        'ledger',
        'payments',
        'va',
      ]),
    );
  });
});

describe('a new area is a folder and one line in the list', () => {
  /** A kind of document of the new area: its notice 7, in any hosted region. */
  const fixtureNotice: DocumentKind<
    DocumentBase & { holder: string },
    { fixture_notice: { holder: string } }
  > = {
    name: 'fixture_notice',
    letter: 'F',
    async load(db, regionId, id, today, baseUrl, secret) {
      if (id !== 7) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
      return {
        ...(await documentBase(db, regionId, fixtureNotice, id, today, baseUrl, secret)),
        holder: 'Ani',
      };
    },
    render: (notice) =>
      renderPdf(
        { title: 'Surat contoh', subject: '', keywords: '', printedOn: notice.printedOn },
        notice,
        (sheet) => sheet.title('SURAT CONTOH', []),
      ),
    fileName: () => 'surat-contoh-7.pdf',
    verification: {
      current: 'a fixture notice always',
      details: z.object({ holder: z.string() }),
      answer: async (notice) => ({
        current: true,
        title: 'SURAT CONTOH',
        reference: 'Nomor 7',
        status: 'issued',
        statusText: { id: 'Berlaku', en: 'In force' },
        fixture_notice: { holder: notice.holder },
      }),
      rows: (v) => [{ label: { id: 'Pemegang', en: 'Holder' }, value: v.fixture_notice.holder }],
    },
  };

  /** A new area: a public route, region routes with their roles, a message, a command and a kind of document. */
  const fixtureArea: Area = {
    name: 'fixture',
    documents: [fixtureNotice],
    roles: { fixture_clerk: { id: 'Juru contoh', en: 'Fixture clerk' } },
    messages: {
      FIXTURE_REFUSED: {
        id: { title: 'Ditolak', detail: 'Contoh {n} ditolak.' },
        en: { title: 'Refused', detail: 'Example {n} refused.' },
      },
    },
    routes(app) {
      app.get(
        '/api/v1/public/fixture',
        { schema: { summary: 'A public page of the fixture area' } },
        async () => ({
          ok: true,
        }),
      );
    },
    regionRoutes(scope) {
      scope.get('/fixture', { schema: { summary: "The fixture's region page" } }, async (request) => {
        const { regionId } = accessFor(request, ['admin', 'fixture_clerk' as Role]);
        return { regionId };
      });
      scope.get('/fixture/refusal', { schema: { summary: "The fixture's refusal" } }, async (request) => {
        accessFor(request, ['admin']);
        throw new Problem(422, 'FIXTURE_REFUSED' as ProblemCode, { n: 7 });
      });
    },
    commands(program) {
      program.command('fixture').description('the fixture area’s command');
    },
  };
  let app: FastifyInstance;
  beforeAll(async () => {
    app = await serverOf([platformArea, documentsArea, fixtureArea]);
  });
  afterAll(() => app.close());

  it('its public route is served and its region route is guarded by the tenancy rule', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/v1/public/fixture' })).json()).toEqual({ ok: true });
    const anonymous = await new Agent(app).get('/api/v1/regions/35.73/fixture');
    expect(anonymous.statusCode).toBe(401);
    const admin = await signedIn(app, 'admin@malang.demo');
    expect((await admin.get('/api/v1/regions/35.73/fixture')).json()).toEqual({ regionId: '35.73' });
    const elsewhere = await admin.get('/api/v1/regions/19.01/fixture');
    expect([elsewhere.statusCode, elsewhere.json().code]).toEqual([404, 'REGION_NOT_FOUND']);
    const auditor = await signedIn(app, 'auditor@malang.demo');
    expect((await auditor.get('/api/v1/regions/35.73/fixture')).statusCode).toBe(403);
  });

  it('its problems are answered in both languages, and listed in the OpenAPI document', async () => {
    const admin = await signedIn(app, 'admin@malang.demo');
    const id = await admin.get('/api/v1/regions/35.73/fixture/refusal');
    expect([id.statusCode, id.json().detail]).toEqual([422, 'Contoh 7 ditolak.']);
    const en = await admin.get('/api/v1/regions/35.73/fixture/refusal', {
      headers: { 'accept-language': 'en' },
    });
    expect(en.json().detail).toBe('Example 7 refused.');
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/public/fixture', '/api/v1/regions/{regionId}/fixture']),
    );
    expect(doc.components.schemas.Problem.properties.code.enum).toContain('FIXTURE_REFUSED');
  });

  it('its demo is seeded after the configuration of the areas before it, its history after every configuration', async () => {
    const calls: string[] = [];
    const part = (name: string): Area => ({
      name,
      demo: {
        configure: async () => void calls.push(`${name}:configure`),
        history: async () => void calls.push(`${name}:history`),
      },
    });
    // A database with no demo region yet: seedDemo asks only whether the first one is hosted.
    const empty = { query: async () => [] } as unknown as Database;
    expect(await seedDemo(empty, t.clock, [part('first'), part('second')])).toBe(true);
    expect(calls).toEqual(['first:configure', 'second:configure', 'first:history', 'second:history']);
    calls.length = 0;
    await seedDemo(empty, t.clock, [part('first')], { history: false });
    expect(calls).toEqual(['first:configure']);
    // Where the demo is present (the test template), nothing is seeded twice.
    expect(await seedDemo(t.db, t.clock, [part('again')])).toBe(false);
    expect(calls).toEqual(['first:configure']);
  });

  it('its role is granted like any other, and opens what the area gives it', async () => {
    const admin = await signedIn(app, 'admin@malang.demo');
    const created = await admin.post('/api/v1/regions/35.73/users', {
      email: 'juru@malang.example',
      name: 'Juru Contoh',
      password: 'a-long-enough-password',
      roles: ['fixture_clerk'],
    });
    expect([created.statusCode, created.json().roles]).toEqual([201, ['fixture_clerk']]);
    const clerk = await signedIn(app, 'juru@malang.example', 'a-long-enough-password');
    expect((await clerk.get('/api/v1/regions/35.73/fixture')).json()).toEqual({ regionId: '35.73' });
    // A server built without the area does not know its role.
    const without = await signedIn(t.app, 'admin@malang.demo');
    const refused = await without.post('/api/v1/regions/35.73/users', {
      email: 'juru2@malang.example',
      name: 'Juru Dua',
      password: 'a-long-enough-password',
      roles: ['fixture_clerk'],
    });
    expect([refused.statusCode, refused.json().code]).toEqual([400, 'VALIDATION_FAILED']);
  });

  it('its kind of document is verified by /verify/:code like any other, and described in the OpenAPI document', async () => {
    const code = verificationCode(t.secrets.document, fixtureNotice, '35.73', 7);
    expect(code).toMatch(/^F3573-7-/);
    const page = await app.inject({ method: 'GET', url: `/verify/${code}` });
    expect([page.statusCode, page.headers['content-type']]).toEqual([200, 'text/html; charset=utf-8']);
    for (const text of ['Dokumen ASLI', 'SURAT CONTOH', 'Nomor 7', 'Berlaku', 'Pemegang', 'Ani']) {
      expect(page.body).toContain(text);
    }
    const json = await app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}` });
    expect(json.json()).toMatchObject({
      genuine: true,
      current: true,
      kind: 'fixture_notice',
      reference: 'Nomor 7',
      region: { id: '35.73' },
      fixture_notice: { holder: 'Ani' },
    });
    // Another row, and a kind this server does not register (a bill's B), are unknown documents.
    const other = verificationCode(t.secrets.document, fixtureNotice, '35.73', 8);
    expect((await app.inject({ method: 'GET', url: `/verify/${other}` })).statusCode).toBe(404);
    const bill = verificationCode(t.secrets.document, { name: 'bill', letter: 'B' }, '35.73', 7);
    expect((await app.inject({ method: 'GET', url: `/verify/${bill}` })).statusCode).toBe(404);
    const doc = (await app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const answer =
      doc.paths['/api/v1/public/verify/{code}'].get.responses['200'].content['application/json'].schema;
    expect(JSON.stringify(answer)).toContain('fixture_notice');
    expect(JSON.stringify(answer)).not.toContain('"bill"');
  });

  it('its kind of document may not take a letter that another kind’s codes begin with', async () => {
    const clash: Area = { name: 'clash', documents: [{ ...fixtureNotice, letter: 'B' }] };
    await expect(serverOf([...AREAS, clash])).rejects.toThrow(
      'document kinds bill and fixture_notice both begin their codes with B',
    );
  });

  it('its command joins the command line', () => {
    const program = new Command('balai');
    const cli = cliFor([platformArea, fixtureArea]);
    for (const area of [platformArea, fixtureArea]) area.commands?.(program, cli);
    expect(program.commands.map((c) => c.name())).toContain('fixture');
  });
});
