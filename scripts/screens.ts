/**
 * Remakes docs/screens/: full-page screenshots of the screens issue 14 names (the taxpayer home, the officer home,
 * the audit browser, the review queue) at a phone's and a desktop's width, as each screen's user sees it in the demo.
 * Run `npm run build:web` first, then `npm run screens`. The server is the browser tests' own (test/e2e/harness.ts):
 * a fresh demo on embedded PGlite with the clock pinned to 11 March 2025, so the pictures change only when the app
 * does. Pages longer than MAX_HEIGHT are cut there.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { DESKTOP, launchBrowser, PHONE, signIn, startServer } from '../test/e2e/harness';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const OUT = path.join(ROOT, 'docs/screens');

interface Screen {
  /** The file's name before its width: `taxpayer-home` → `taxpayer-home-390.png`. */
  name: string;
  /** The demo user whose screen it is. */
  user: string;
  /** The app's path (hash route). */
  path: string;
  /** What shows once the screen has its data. */
  ready(page: Page): Promise<unknown>;
}

const SCREENS: Screen[] = [
  {
    name: 'taxpayer-home',
    user: 'wp@malang.demo',
    path: '/',
    ready: (page) => page.getByTestId('bapenda-contact').waitFor(),
  },
  {
    name: 'officer-home',
    user: 'petugas@malang.demo',
    path: '/',
    ready: (page) => page.getByTestId('overview-arrears').waitFor(),
  },
  {
    // The auditor reads the trail (AUDIT_READERS: administrators, auditors, supervisors).
    name: 'audit',
    user: 'auditor@malang.demo',
    path: '/audit',
    ready: (page) => page.getByTestId('audit-entry').first().waitFor(),
  },
  {
    name: 'review-queue',
    user: 'petugas@malang.demo',
    path: '/review',
    ready: (page) => page.getByTestId('review-row').first().waitFor(),
  },
];

/**
 * A page longer than this is cut here (the audit trail's 50 entries, the review queue's 17 returns): its top says
 * what the screen is, and the PNGs stay a few hundred KB.
 */
const MAX_HEIGHT = 3000;

async function shoot(
  browser: Browser,
  url: string,
  screen: Screen,
  viewport: typeof DESKTOP,
): Promise<string> {
  // An Indonesian user's browser: its language and Malang's time zone.
  const context = await browser.newContext({ viewport, locale: 'id-ID', timezoneId: 'Asia/Jakarta' });
  const page = await context.newPage();
  try {
    await page.goto(url);
    await signIn(page, screen.user);
    await page.getByTestId('user-menu').waitFor();
    await page.goto(`${url}/#${screen.path}`);
    await screen.ready(page);
    await page.waitForLoadState('networkidle');
    const file = path.join(OUT, `${screen.name}-${viewport.width}.png`);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.screenshot({
      path: file,
      fullPage: true,
      clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, MAX_HEIGHT) },
      animations: 'disabled',
    });
    return file;
  } finally {
    await context.close();
  }
}

if (!fs.existsSync(path.join(ROOT, 'dist/web/index.html'))) {
  console.error('dist/web is missing: run `npm run build:web` first.');
  process.exit(1);
}
fs.mkdirSync(OUT, { recursive: true });
const server = await startServer();
const browser = await launchBrowser();
try {
  for (const screen of SCREENS) {
    for (const viewport of [PHONE, DESKTOP]) {
      const file = await shoot(browser, server.url, screen, viewport);
      console.log(`${path.relative(ROOT, file)} (${Math.round(fs.statSync(file).size / 1024)} KB)`);
    }
  }
} finally {
  await browser.close();
  await server.stop();
}
