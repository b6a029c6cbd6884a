import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { STATUS_WORDS } from '../../src/platform/problem-messages';
import { DEMO_TAX_CONFIG } from '../../src/tax/demo-config';
import { TAX_CATEGORIES } from '../../src/tax/rules/tax-categories';
import { DESKTOP, openApp, PHONE, serverAndBrowser, signIn } from './harness';

/**
 * Issue 14, defect 10: no raw value reaches a person. The main pages of a taxpayer and of an officer, in Indonesian
 * and in English (chosen with the language switch), at a phone's and a desktop's width, show no ISO date
 * (`2026-12-03`), no raw masa (`2026-11`), no "1 months", no code of the server's enums as a word in a table or a
 * card (`billboard`, `niaga`, `pbjt_parkir`, `written_off`), and a kode bayar grouped the same in the arrears as on
 * a bill. The taxpayer is not told that a rate is the demo's example ("Nilai contoh … perlu dikonfirmasi").
 * The server's clock is pinned to 11 March 2025 (harness.ts).
 */

const app = serverAndBrowser();

const ISO_DATE = /\b\d{4}-\d{2}-\d{2}\b/;
const RAW_PERIOD = /\b\d{4}-\d{2}\b/;
/** A count of one with an English plural: "1 months", "1 bills". */
const ONE_PLURAL =
  /\b1 (months|days|years|bills|payments|entries|rows|lines|taxpayers|objects|returns|items)\b/;
/** A kode bayar as people read it (src/receivables/rules/billing-code.ts): `3573 01 25 0000001 1`. */
const GROUPED_CODE = /^\d{4} \d{2} \d{2} \d{7} \d$/;

/** The codes of the server's enums that a person must never read as such (their labels are words). */
const demoPolicies = Object.values(DEMO_TAX_CONFIG).map((c) => c.policy);
const RAW_CODES = new Set([
  ...Object.keys(TAX_CATEGORIES),
  ...Object.values(TAX_CATEGORIES).flat(),
  ...Object.keys(STATUS_WORDS),
  ...demoPolicies.flatMap((p) => p.reklameTariffs.map((x) => x.reklameType)),
  ...demoPolicies.flatMap((p) => p.patPrices.map((x) => x.usage)),
  'sptpd',
  'skpd',
  'stpd',
]);
/** Period units are codes in Indonesian; the English labels are the same words. */
const RAW_CODES_ID = new Set<string>(demoPolicies.flatMap((p) => p.reklameTariffs.map((x) => x.periodUnit)));

type Lang = 'id' | 'en';

/** What the page shows: each visible text outside inputs, and the text of each cell of a table or a card's facts. */
async function shown(page: Page): Promise<{ texts: string[]; cells: string[] }> {
  return page.evaluate(() => {
    const visible = (el: Element | null) =>
      !!el &&
      (el as HTMLElement).checkVisibility?.({ checkOpacity: true, checkVisibilityCSS: true }) !== false;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || parent.closest('input, textarea, script, style') || !visible(parent)) continue;
      texts.push(text);
    }
    const cells = [...document.querySelectorAll('td, th, dd, .badge, td > *, dd > *')]
      .filter((el) => visible(el))
      .map((el) => (el.textContent ?? '').trim())
      .filter(Boolean);
    return { texts, cells };
  });
}

/** Waits until a page has loaded what it shows: no "Memuat…"/"Loading…" and the network quiet. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle');
  await page
    .getByRole('status')
    .filter({ hasText: /^(Memuat|Loading)/ })
    .first()
    .waitFor({ state: 'detached' });
  await page.waitForLoadState('networkidle');
}

/** The raw values a page shows, as `page: text` lines (an empty list when it shows none). */
async function rawValuesOn(page: Page, where: string, lang: Lang): Promise<string[]> {
  await settle(page);
  const { texts, cells } = await shown(page);
  const found: string[] = [];
  for (const text of texts) {
    if (ISO_DATE.test(text)) found.push(`${where}: ISO date in "${text}"`);
    else if (RAW_PERIOD.test(text)) found.push(`${where}: raw masa in "${text}"`);
    if (ONE_PLURAL.test(text)) found.push(`${where}: English plural after one in "${text}"`);
    if (/\b[a-z]+_[a-z_]+\b/.test(text) && [...RAW_CODES].some((c) => c.includes('_') && text.includes(c)))
      found.push(`${where}: code in "${text}"`);
  }
  for (const cell of cells) {
    if (RAW_CODES.has(cell) || (lang === 'id' && RAW_CODES_ID.has(cell)))
      found.push(`${where}: code "${cell}"`);
  }
  return [...new Set(found)];
}

async function signedIn(email: string, viewport: typeof DESKTOP, lang: Lang): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, email);
  await page.getByTestId('user-menu').waitFor();
  // The language switch in the top bar (ID | EN), as a person changes it.
  await page.getByRole('button', { name: lang.toUpperCase(), exact: true }).click();
  await page.locator(`html[lang=${lang}]`).waitFor();
  return page;
}

async function open(page: Page, path: string) {
  await page.goto(`${app.url}/#${path}`);
  await page.getByTestId('user-menu').waitFor();
}

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  for (const lang of ['id', 'en'] as const) {
    describe(`${lang === 'id' ? 'in Indonesian' : 'in English'} on a ${width}`, () => {
      it('a taxpayer’s home, bills, taxes and returns show dates, masa, amounts and counts in words, and no demo caveat', async () => {
        const page = await signedIn('wp@malang.demo', viewport, lang);
        const found: string[] = [];
        for (const path of ['/', '/my-bills', '/my-taxes', '/my-returns', '/file-return']) {
          await open(page, path);
          found.push(...(await rawValuesOn(page, path, lang)));
        }

        // The filing form's estimate gives the rate and its legal basis, not the staff's caveat about the demo.
        await page.locator('input[name=gross]').first().fill('10000000');
        await page
          .getByTestId('tax-preview')
          .first()
          .getByText(/Rp 1\.000\.000/)
          .waitFor();
        const preview = (await page.getByTestId('tax-preview').first().textContent()) ?? '';
        expect(preview).not.toMatch(/Nilai contoh|Example value|contoh|dikonfirmasi/i);
        found.push(...(await rawValuesOn(page, '/file-return (estimate)', lang)));

        // A kode bayar is grouped on the taxpayer's bills.
        await open(page, '/my-bills');
        await page.locator('.billing-code').first().waitFor();
        for (const code of await page.locator('.billing-code').allInnerTexts())
          expect(code.trim()).toMatch(GROUPED_CODE);

        expect(found).toEqual([]);
        await page.context().close();
      });

      it('an officer’s home, arrears, taxpayers, a taxpayer, the review queue and the rates show no raw value', async () => {
        const page = await signedIn('petugas@malang.demo', viewport, lang);
        const found: string[] = [];
        for (const path of [
          '/',
          '/arrears',
          '/taxpayers',
          '/review',
          '/missing-returns',
          '/assessments',
          '/tax-config',
        ]) {
          await open(page, path);
          found.push(...(await rawValuesOn(page, path, lang)));
        }

        // The arrears' kode bayar is grouped as on a bill, never 16 digits in a row.
        await open(page, '/arrears');
        await settle(page);
        const arrears = page.getByTestId('arrears-table');
        await arrears.waitFor();
        const arrearsText = (await arrears.textContent()) ?? '';
        expect(arrearsText).not.toMatch(/\b\d{16}\b/);
        expect(arrearsText).toMatch(/(?<!\d)\d{4} \d{2} \d{2} \d{7} \d(?!\d)/);

        // A taxpayer's page (the first in arrears), with its bills grouped the same way.
        const taxpayer = await arrears.locator('a[href*="/taxpayers/"]').first().getAttribute('href');
        expect(taxpayer).toBeTruthy();
        await open(page, (taxpayer as string).replace(/^#/, ''));
        found.push(...(await rawValuesOn(page, '/taxpayers/:id', lang)));
        const billsText = (await page.getByTestId('bills-table').textContent()) ?? '';
        expect(billsText).not.toMatch(/\b\d{16}\b/);
        expect(billsText).toMatch(/(?<!\d)\d{4} \d{2} \d{2} \d{7} \d(?!\d)/);

        expect(found).toEqual([]);
        await page.context().close();
      });
    });
  }
}
