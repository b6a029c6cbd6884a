import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESKTOP, launchBrowser, openApp, PHONE, type RunningServer, signIn, startServer } from './harness';
import { overflowsOn } from './overflow';

/**
 * Issue 14, defect 3: large amounts overflow ("Rp 208.015.80…" cut off on a phone card, "Rp 258.312.316" running
 * past its card), while a city's figures run to Rp 12.345.678.901. Warung Bu Tini (wp@malang.demo) files a masa with
 * a gross of Rp 12.345.678.901.230: a tax of Rp 1.234.567.890.123, thirteen digits, and more with interest by the
 * server's pinned 11 March 2025 (harness.ts). Every page where the taxpayer or the officer meets that amount must
 * show it whole, inside its card or cell, at a phone's and a desktop's width.
 */

let server: RunningServer;
let browser: Browser;
let taxpayerId: number;

const GROSS = 12_345_678_901_230;
/** A thirteen-digit rupiah amount as the pages format it (the exact figure grows with interest). */
const THIRTEEN_DIGITS = /Rp\s?\d{1,3}(\.\d{3}){4}/;

/** Files the gross for the latest masa not yet filed, going back from February 2025 (recent months are filed). */
async function fileLargeReturn(page: Page): Promise<{ taxpayerId: number; period: string }> {
  const api = `${server.url}/api/v1`;
  const { csrfToken } = await (await page.request.get(`${api}/auth/me`)).json();
  const mine = await (await page.request.get(`${api}/regions/35.73/taxpayers?limit=10`)).json();
  const taxpayer = mine.items[0];
  const object = taxpayer.objects[0];
  for (let month = new Date(Date.UTC(2025, 1, 1)); month.getUTCFullYear() >= 2020; ) {
    const period = month.toISOString().slice(0, 7);
    const res = await page.request.post(
      `${api}/regions/35.73/taxpayers/${taxpayer.id}/objects/${object.id}/returns`,
      {
        headers: { 'x-csrf-token': csrfToken },
        data: { period, gross: GROSS, lines: [], submit: true },
      },
    );
    if (res.status() === 201) return { taxpayerId: taxpayer.id, period };
    expect(res.status(), await res.text()).toBe(409);
    expect((await res.json()).code).toBe('RETURN_EXISTS');
    month.setUTCMonth(month.getUTCMonth() - 1);
  }
  throw new Error('no masa left unfiled since 2020');
}

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const wp = await openApp(browser, server.url, DESKTOP);
  await signIn(wp, 'wp@malang.demo');
  await wp.getByTestId('user-menu').waitFor();
  ({ taxpayerId } = await fileLargeReturn(wp));
  await wp.context().close();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The pages each role opens; `amounts: false` for a page that shows none (the check still holds). */
const pages = () =>
  ({
    'wp@malang.demo': [
      { name: 'the taxpayer home', path: '/', amounts: true },
      { name: 'Pajak Saya', path: '/my-taxes', amounts: false },
      { name: 'Tagihan Saya', path: '/my-bills', amounts: true },
      { name: 'SPTPD Saya', path: '/my-returns', amounts: true },
    ],
    'petugas@malang.demo': [
      { name: 'the officer home', path: '/', amounts: true },
      { name: 'Tunggakan', path: '/arrears', amounts: true },
      { name: 'Penelitian SPTPD', path: '/review', amounts: true },
      { name: 'the taxpayer’s page', path: `/taxpayers/${taxpayerId}`, amounts: true },
    ],
  }) as const;

for (const [label, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  describe(`a thirteen-digit amount on a ${label} (${viewport.width} px)`, () => {
    for (const who of ['wp@malang.demo', 'petugas@malang.demo'] as const) {
      it(`is shown whole, inside its card or cell, on every page ${who} opens, and no page scrolls sideways`, async () => {
        const page = await openApp(browser, server.url, viewport);
        await signIn(page, who);
        await page.getByTestId('user-menu').waitFor();
        const problems: string[] = [];
        for (const { name, path, amounts } of pages()[who]) {
          await page.goto(`${server.url}/#${path}`);
          if (amounts) await page.getByText(THIRTEEN_DIGITS).first().waitFor();
          else await page.locator('.page-head').waitFor();
          for (const o of await overflowsOn(page)) {
            problems.push(
              `${name} (${path}): ${o.problem}: "${o.text}" at ${o.selector}${o.box ? ` in ${o.box}` : ''}`,
            );
          }
        }
        expect(problems, problems.join('\n')).toEqual([]);
      });
    }
  });
}
