import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

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
 * catalogue and seeds the demo, hence the long wait.
 */
export async function startServer({ keepData = false } = {}): Promise<RunningServer> {
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

/**
 * A test file's server (on a copy of the seeded demo) and browser: started before its first test, stopped after its
 * last. Read `url` and `browser` inside tests, once started.
 */
export function serverAndBrowser(): { readonly url: string; readonly browser: Browser } {
  let server: RunningServer | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined)
      throw new Error('the server and browser start in beforeAll; read them inside a test');
    return value;
  };
  return {
    get url() {
      return started(server).url;
    },
    get browser() {
      return started(browser);
    },
  };
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

/** Opens a page of the signed-in app through its navigation (the menu button first on a phone). */
export async function go(page: Page, link: string): Promise<void> {
  await page.getByTestId('user-menu').waitFor();
  const menu = page.getByTestId('menu-button');
  if (await menu.isVisible()) await menu.click();
  await page.getByRole('navigation').getByRole('link', { name: link, exact: true }).click();
}

/**
 * Confirms the open confirmation of an irreversible action (shell/action-dialog.tsx, issue 14 defect 8) and waits
 * for it to close.
 */
export async function confirmDialog(page: Page): Promise<void> {
  const dialog = page.locator('dialog[open]');
  await dialog.getByTestId('confirm-submit').click();
  await dialog.waitFor({ state: 'detached' });
}
