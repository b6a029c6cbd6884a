import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/platform/csv';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

/**
 * Issue 14, "Exports" and "Lists that work": an officer filters the arrears, downloads them as XLSX and CSV, and the
 * file holds what the screen shows under the list's name, the region's and the day's; a column sorts the list (its
 * header on a desktop, the order's choice on a phone, where the headers are hidden); a long list pages. The demo's
 * Kota Malang on 11 March 2025 has eight overdue bills, four of them for food and beverages, and 69 SPTPD.
 */
const app = serverAndBrowser();

async function officerOn(viewport: typeof DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, 'petugas@malang.demo');
  return page;
}

/** Rupiah as the screen writes it (`Rp 4.662.160`) as a whole number. */
const rupiah = (text: string) => Number(text.replace(/[^\d]/g, ''));

/** The arrears rows on screen: kode bayar, taxpayer, total today. */
async function shownArrears(page: Page) {
  const rows = page.getByTestId('arrears-row');
  const codes = await rows.getByTestId('arrears-code').allTextContents();
  const names = await rows.locator('td:first-child a, td:first-child .strong').allTextContents();
  const totals = (await rows.getByTestId('arrears-total').allTextContents()).map(rupiah);
  return codes.map((code, i) => ({ code, name: names[i], total: totals[i] as number }));
}

async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file;
}

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`an officer on a ${width}`, () => {
    it('filters the arrears, downloads them as XLSX and CSV, and the files hold what the screen shows', async () => {
      const page = await officerOn(viewport);
      await go(page, 'Tunggakan');
      await page.getByTestId('arrears-table').waitFor();
      // This year's arrears and the old debts of closed businesses (1–2 years, over 2, over 5 years).
      expect(await page.getByTestId('arrears-count').textContent()).toBe('1–14 dari 14');
      await page
        .getByTestId('arrears-filters')
        .getByLabel('Jenis pajak')
        .selectOption({ label: 'PBJT Makanan dan/atau Minuman' });
      await page.getByText('1–6 dari 6').waitFor();
      const shown = await shownArrears(page);
      expect(shown).toHaveLength(6);

      const xlsx = await download(page, 'arrears-download-xlsx');
      expect(xlsx.suggestedFilename()).toBe('tunggakan-kota-malang-2025-03-11.xlsx');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(await xlsx.path());
      const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(headers.slice(0, 2)).toEqual(['Kode bayar', 'Wajib pajak']);
      const cell = (row: number, header: string) =>
        sheet.getRow(row).getCell(headers.indexOf(header) + 1).value;
      expect(sheet.rowCount).toBe(shown.length + 1);
      shown.forEach((s, i) => {
        expect(cell(i + 2, 'Kode bayar')).toBe(s.code);
        expect(cell(i + 2, 'Wajib pajak')).toBe(s.name);
        // The amount is a number a spreadsheet adds up, the same as on screen.
        expect(cell(i + 2, 'Jumlah hari ini')).toBe(s.total);
        expect(cell(i + 2, 'Jenis pajak')).toBe('PBJT Makanan dan/atau Minuman');
      });

      const csv = await download(page, 'arrears-download-csv');
      expect(csv.suggestedFilename()).toBe('tunggakan-kota-malang-2025-03-11.csv');
      const [header, ...rows] = parseCsv(fs.readFileSync(await csv.path(), 'utf8')).map((r) => r.fields);
      const at = (h: string) => (header as string[]).indexOf(h);
      expect(
        rows.map((r) => [r[at('Kode bayar')], r[at('Wajib pajak')], Number(r[at('Jumlah hari ini')])]),
      ).toEqual(shown.map((s) => [s.code, s.name, s.total]));
    });

    it('sorts the arrears by a column, either way, and the download follows the order', async () => {
      const page = await officerOn(viewport);
      await go(page, 'Tunggakan');
      await page.getByTestId('arrears-table').waitFor();
      const before = await shownArrears(page);
      // The largest total first by default.
      expect(before.map((r) => r.total)).toEqual([...before.map((r) => r.total)].sort((a, b) => b - a));
      if (width === 'desktop') {
        const header = page.getByRole('columnheader', { name: /Jatuh tempo/ });
        await header.getByRole('button').click();
        await page.waitForFunction(() =>
          document.querySelector('th[aria-sort="ascending"]')?.textContent?.includes('Jatuh tempo'),
        );
        expect(await header.getAttribute('aria-sort')).toBe('ascending');
      } else {
        await page.locator('select[name=sort]').selectOption({ label: 'Jatuh tempo: naik ↑' });
      }
      const firstChanges = (from: string | undefined) =>
        page.waitForFunction((first) => {
          const code = document.querySelector('[data-testid=arrears-code]')?.textContent;
          return code !== undefined && code !== first;
        }, from);
      await firstChanges(before[0]?.code);
      const after = await shownArrears(page);
      expect(after.map((r) => r.code)).not.toEqual(before.map((r) => r.code));
      expect(after.map((r) => r.code).sort()).toEqual(before.map((r) => r.code).sort());
      // The oldest due date first: the closed Rumah Makan Sari Rasa's masa of May 2019, due 30 June 2019.
      expect(after[0]?.name).toBe('Hartono Wijaya');
      const csv = await download(page, 'arrears-download-csv');
      const [, ...rows] = parseCsv(fs.readFileSync(await csv.path(), 'utf8')).map((r) => r.fields);
      expect(rows.map((r) => r[0])).toEqual(after.map((r) => r.code));

      // And the other way: the oldest due date last.
      if (width === 'desktop') {
        await page
          .getByRole('columnheader', { name: /Jatuh tempo/ })
          .getByRole('button')
          .click();
      } else {
        await page.locator('select[name=sort]').selectOption({ label: 'Jatuh tempo: turun ↓' });
      }
      await firstChanges(after[0]?.code);
      const descending = await shownArrears(page);
      expect(descending.at(-1)?.name).toBe('Hartono Wijaya');
      if (width === 'desktop') {
        expect(await page.getByRole('columnheader', { name: /Jatuh tempo/ }).getAttribute('aria-sort')).toBe(
          'descending',
        );
      }
    });

    it('pages the region’s SPTPD: 25 at a time, the next page different, the download every page', async () => {
      const page = await officerOn(viewport);
      await go(page, 'SPTPD');
      const count = page.getByTestId('returns-count');
      await page.getByTestId('returns-list').waitFor();
      const total = Number(((await count.textContent()) ?? '').split(' dari ')[1]);
      expect(total).toBeGreaterThan(25);
      expect(await count.textContent()).toBe(`1–25 dari ${total}`);
      expect(await page.getByTestId('returns-row').count()).toBe(25);
      const firstPage = await page.getByTestId('returns-row').allTextContents();
      await page.getByRole('button', { name: 'Berikutnya' }).click();
      await page.getByText(`26–50 dari ${total}`).waitFor();
      expect(await page.getByText(`Halaman 2 dari ${Math.ceil(total / 25)}`).isVisible()).toBe(true);
      const secondPage = await page.getByTestId('returns-row').allTextContents();
      expect(secondPage).toHaveLength(25);
      expect(secondPage.filter((r) => firstPage.includes(r))).toEqual([]);
      const csv = await download(page, 'returns-download-csv');
      expect(csv.suggestedFilename()).toBe('sptpd-kota-malang-2025-03-11.csv');
      expect(parseCsv(fs.readFileSync(await csv.path(), 'utf8'))).toHaveLength(total + 1);
      await page.getByRole('button', { name: 'Sebelumnya' }).click();
      await page.getByText(`1–25 dari ${total}`).waitFor();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  });
}
