import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type RunningServer, startServer } from '../support/balai-browser';

export {
  DEMO_PASSWORD,
  DESKTOP,
  launchBrowser,
  openApp,
  PHONE,
  type RunningServer,
  SEEDED_DATA_ENV,
  signIn,
  startServer,
} from '../support/balai-browser';

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
