import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

/*
 * A Balai server of its own and a Chromium to drive it, for the browser tests (test/e2e/harness.ts) and for the
 * benchmarks that time a page in the browser (bench/performance.ts): nothing here depends on the test runner.
 */

const ROOT = path.resolve(import.meta.dirname, '../..');

export const DEMO_PASSWORD = 'balai-demo-2026';

export interface RunningServer {
  url: string;
  /** The server's data directory, removed when it stops unless it was started with `keepData`. */
  dataDir: string;
  stop(): Promise<void>;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Where `npm run test:e2e` keeps a data directory already migrated and seeded (test/e2e/seeded-data.ts): each
 * server starts on a copy of it instead of loading the national area catalogue and the demo again.
 */
export const SEEDED_DATA_ENV = 'BALAI_E2E_SEEDED_DATA';

/**
 * A Balai server of its own on embedded PGlite in a fresh directory, with the demo seeded and the clock pinned.
 * Started on a copy of the seeded data when there is one; otherwise the first start loads the national area
 * catalogue and seeds the demo, hence the long wait. With `databaseUrl` it serves that PostgreSQL database as it is
 * (a benchmark's, the demo already seeded) in demo mode, on the real clock.
 */
export async function startServer({
  keepData = false,
  databaseUrl,
}: {
  keepData?: boolean;
  databaseUrl?: string;
} = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'balai-e2e-'));
  const seeded = process.env[SEEDED_DATA_ENV];
  if (seeded) fs.cpSync(seeded, dataDir, { recursive: true });
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    HOST: '127.0.0.1',
    BALAI_DATA_DIR: dataDir,
    BALAI_CLOCK: '2025-03-11T10:00:00+07:00',
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;
  delete env.NODE_ENV;
  delete env.BALAI_DEMO;
  if (databaseUrl) {
    env.DATABASE_URL = databaseUrl;
    env.BALAI_DEMO = 'true'; // the demo's accounts sign in; the database holds the demo already, so nothing is seeded
    delete env.BALAI_CLOCK;
  }
  const child: ChildProcess = spawn(process.execPath, ['bin/balai.js', 'serve'], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    if (!keepData) fs.rmSync(dataDir, { recursive: true, force: true });
  };

  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) break;
    try {
      if ((await fetch(`${url}/health`)).status === 200) return { url, dataDir, stop };
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  await stop();
  throw new Error(`the Balai server did not become healthy within 90 s:\n${output}`);
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

/** A fresh browser profile (no cookies, no remembered language or region) at the app's address. */
export async function openApp(browser: Browser, url: string, viewport = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  await page.goto(url);
  return page;
}

/** Signs in through the (Indonesian) login form. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk', exact: true }).click();
}
