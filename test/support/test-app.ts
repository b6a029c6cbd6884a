import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { AREAS } from '../../src/app';
import { type Config, loadConfig } from '../../src/config';
import { type Database, openPglite, openPostgres } from '../../src/db/database';
import { buildServer } from '../../src/http/server';
import { PinnedClock } from '../../src/platform/clock';
import { type InstallationSecrets, installationSecrets } from '../../src/platform/installation-secrets';
import { DEMO_PASSWORD, TEST_CLOCK } from './constants';
import { serverDatabases } from './server-databases';

export interface TestDatabase {
  db: Database;
  /** The connection string of this file's own database on a server; undefined on PGlite. */
  url?: string;
  drop(): Promise<void>;
}

/** A fresh copy of the seeded template, private to the calling test file. */
export async function freshDatabase(): Promise<TestDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const name = `balai_test_${process.ppid}_${randomBytes(4).toString('hex')}`;
    const server = await serverDatabases(serverUrl);
    await server.create(name, inject('postgresTemplate'));
    const url = server.urlOf(name);
    const db = openPostgres(url, 5);
    return {
      db,
      url,
      async drop() {
        await db.close();
        await server.drop(name);
        await server.close();
      },
    };
  }
  const dump = new Blob([fs.readFileSync(inject('pgliteTemplate'))]);
  const db = await openPglite(undefined, { loadDataDir: dump });
  return { db, drop: () => db.close() };
}

export interface TestApp {
  app: FastifyInstance;
  db: Database;
  clock: PinnedClock;
  config: Config;
  /** The keys the server uses: a test makes a document's verification code with `secrets.document`. */
  secrets: InstallationSecrets;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}): Promise<TestApp> {
  const { db, drop } = await freshDatabase();
  const clock = new PinnedClock(new Date(TEST_CLOCK));
  // BALAI_TEST_LOG=error shows what the server logs (a 500's cause) while tests run.
  const logLevel = process.env.BALAI_TEST_LOG ?? 'silent';
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: logLevel, BALAI_CLOCK: TEST_CLOCK, ...env });
  const app = await buildServer({ db, config, clock }, AREAS);
  await app.ready();
  const secrets = await installationSecrets(db, clock.now(), {
    session: config.sessionSecret,
    document: config.documentSecret,
  });
  return {
    app,
    db,
    clock,
    config,
    secrets,
    async close() {
      await app.close();
      await drop();
    },
  };
}

export interface RequestOptions {
  body?: unknown;
  headers?: Record<string, string>;
  /** Leave out the CSRF header, to test that it is required. */
  noCsrf?: boolean;
}

/** A signed-in browser: keeps the session cookie and sends the CSRF token on state-changing requests. */
export class Agent {
  cookie = '';
  csrfToken = '';
  constructor(private readonly app: FastifyInstance) {}

  async login(email: string, password = DEMO_PASSWORD): Promise<LightMyRequestResponse> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { email, password },
    });
    const setCookie = res.headers['set-cookie'];
    const first = Array.isArray(setCookie) ? setCookie[0] : setCookie;
    if (first) this.cookie = first.split(';')[0] as string;
    if (res.statusCode === 200) this.csrfToken = res.json().csrfToken;
    return res;
  }

  request(method: string, url: string, opts: RequestOptions = {}): Promise<LightMyRequestResponse> {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    if (this.cookie) headers.cookie = this.cookie;
    if (!opts.noCsrf && this.csrfToken && method !== 'GET') headers['x-csrf-token'] = this.csrfToken;
    return this.app.inject({
      method: method as 'GET',
      url,
      headers,
      ...(opts.body === undefined ? {} : { payload: opts.body as object }),
    });
  }

  get(url: string, opts?: RequestOptions) {
    return this.request('GET', url, opts);
  }
  post(url: string, body: unknown = {}, opts?: RequestOptions) {
    return this.request('POST', url, { ...opts, body });
  }
  patch(url: string, body: unknown, opts?: RequestOptions) {
    return this.request('PATCH', url, { ...opts, body });
  }
  put(url: string, body: unknown, opts?: RequestOptions) {
    return this.request('PUT', url, { ...opts, body });
  }
}

export async function signedIn(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD,
): Promise<Agent> {
  const agent = new Agent(app);
  const res = await agent.login(email, password);
  if (res.statusCode !== 200) throw new Error(`login as ${email} failed: ${res.statusCode} ${res.body}`);
  return agent;
}
