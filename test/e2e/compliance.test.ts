import fs from 'node:fs';
import ExcelJS from 'exceljs';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/platform/csv';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 15, "Compliance": on the demo's 11 March 2025 an officer of Kota Malang opens Kepatuhan and reads, for the six
 * masa before March, who did not file (Lalapan Cak Fauzi stopped in December, Depot Rawon Kalpataru forgot January),
 * who filed late (Hotel Tugu Kencana's December masa, 16 days after its due date) and whose declared base fell against
 * its own history (Parkir Alun-alun Merdeka, beside its earlier masa), each list downloadable as CSV and XLSX; the page
 * says these are lists to check, not findings. Kabupaten Bangka's head of Bapenda reads Bangka's. A taxpayer has no
 * such menu entry. Screenshots in /tmp/compliance-*.png.
 */
const app = serverAndBrowser();

async function as(email: string, viewport: typeof DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, email);
  return page;
}

async function download(page: Page, testId: string): Promise<Download> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return file;
}

async function openTab(page: Page, name: RegExp, table: string) {
  await page.getByRole('button', { name }).click();
  await page.getByTestId(table).waitFor();
}

/** What the page's main content says, which shows no ISO date, masa or code. */
async function mainText(page: Page): Promise<string> {
  return ((await page.locator('main').textContent()) ?? '').replace(/\s+/g, ' ');
}

describe('Kepatuhan in the browser', () => {
  it('an officer on a desktop reads the three lists, each row linked, the history beside each fall, and downloads them', async () => {
    const page = await as('petugas@malang.demo', DESKTOP);
    await go(page, 'Kepatuhan');
    await page.getByRole('heading', { name: 'Kepatuhan' }).waitFor();
    expect(await page.getByTestId('compliance-range').textContent()).toBe(
      'Masa September 2024 sampai Februari 2025 di Kota Malang.',
    );
    expect(await page.getByTestId('compliance-note').textContent()).toMatch(
      /^Daftar untuk dicek, bukan temuan/,
    );

    // Not filed: one row per object, which masa and how many.
    await page.getByTestId('compliance-missing').waitFor();
    const stopped = page.getByTestId('compliance-missing-row').filter({ hasText: 'Lalapan Cak Fauzi' });
    expect(await stopped.textContent()).toContain('Desember 2024');
    expect(await stopped.textContent()).toContain('Januari 2025');
    expect(await stopped.textContent()).toContain('2 masa');
    expect(await stopped.getByRole('link', { name: 'Ahmad Fauzi' }).getAttribute('href')).toMatch(
      /^#\/taxpayers\/\d+$/,
    );
    const forgot = page.getByTestId('compliance-missing-row').filter({ hasText: 'Depot Rawon Kalpataru' });
    expect(await forgot.textContent()).toContain('1 masa');
    await page.screenshot({ path: '/tmp/compliance-missing-1280.png', fullPage: true });
    const missingCsv = await download(page, 'compliance-missing-download-csv');
    expect(missingCsv.suggestedFilename()).toBe('tidak-lapor-per-objek-kota-malang-2025-03-11.csv');
    const [header, ...rows] = parseCsv(fs.readFileSync(await missingCsv.path(), 'utf8')).map((r) => r.fields);
    expect(header).toContain('Masa tidak dilapor');
    expect(rows).toHaveLength(await page.getByTestId('compliance-missing-row').count());

    // Filed late: the return's masa opens its page; the dates as dates, the delay in days.
    await openTab(page, /^Terlambat lapor \(\d+\)$/, 'compliance-late');
    const late = page.getByTestId('compliance-late-row').filter({ hasText: 'Hotel Tugu Kencana' });
    const december = late.filter({
      has: page.getByTestId('compliance-return-link').getByText('Desember 2024', { exact: true }),
    });
    expect(await december.textContent()).toContain('16 Februari 2025');
    expect(await december.textContent()).toContain('31 Januari 2025');
    expect(await december.textContent()).toContain('16 hari');
    const lateXlsx = await download(page, 'compliance-late-download-xlsx');
    expect(lateXlsx.suggestedFilename()).toBe('terlambat-lapor-kota-malang-2025-03-11.xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await lateXlsx.path());
    const sheet = workbook.worksheets[0] as ExcelJS.Worksheet;
    expect(sheet.rowCount).toBe((await page.getByTestId('compliance-late-row').count()) + 1);
    await page.screenshot({ path: '/tmp/compliance-late-1280.png', fullPage: true });

    // Base drops: the masa that fell beside the object's earlier ones, as bars and as a table.
    await openTab(page, /^Dasar pengenaan turun \(\d+\)$/, 'compliance-drops');
    const parking = page.getByTestId('compliance-drop-row').filter({ hasText: 'Parkir Alun-alun Merdeka' });
    const february = parking.filter({
      has: page.getByTestId('compliance-return-link').getByText('Februari 2025', { exact: true }),
    });
    const history = february.getByTestId('earlier-months');
    for (const month of ['Agu 2024', 'Sep 2024', 'Okt 2024', 'Nov 2024', 'Des 2024', 'Jan 2025'])
      expect(await history.textContent()).toContain(month);
    expect(await history.locator('tbody tr').count()).toBe(6);
    expect(await february.getByTestId('drop-sparkline').locator('rect').count()).toBe(7);
    expect(await february.textContent()).toMatch(/biasanya Rp [\d.]+/);
    expect(await february.textContent()).toMatch(/\d+%/);
    const dropsCsv = await download(page, 'compliance-drops-download-csv');
    expect(dropsCsv.suggestedFilename()).toBe('penurunan-dasar-pengenaan-kota-malang-2025-03-11.csv');
    expect(parseCsv(fs.readFileSync(await dropsCsv.path(), 'utf8'))).toHaveLength(
      (await page.getByTestId('compliance-drop-row').count()) + 1,
    );
    await page.screenshot({ path: '/tmp/compliance-drops-1280.png', fullPage: true });

    // No ISO date or masa, no tax code on the page.
    expect(await mainText(page)).not.toMatch(/\d{4}-\d{2}|pbjt_|makanan_minuman/);

    // The masa opens the return's own page.
    await february.getByTestId('compliance-return-link').click();
    await page.getByTestId('return-page').waitFor();
    expect(await page.getByTestId('return-page').textContent()).toContain('Parkir Alun-alun Merdeka');
  });

  it('the range narrows every list: October to December 2024 has only those masa', async () => {
    const page = await as('petugas@malang.demo', DESKTOP);
    await go(page, 'Kepatuhan');
    const filters = page.getByTestId('compliance-filters');
    await filters.getByLabel('Dari masa').selectOption({ label: 'Oktober 2024' });
    await filters.getByLabel('Sampai masa').selectOption({ label: 'Desember 2024' });
    await page.getByTestId('compliance-range').getByText('Masa Oktober 2024 sampai Desember 2024').waitFor();
    await openTab(page, /^Terlambat lapor/, 'compliance-late');
    await page.waitForFunction(() =>
      [
        ...document.querySelectorAll('[data-testid=compliance-late] [data-testid=compliance-return-link]'),
      ].every((link) => /^(Oktober|November|Desember) 2024$/.test(link.textContent ?? '')),
    );
    const masa = await page
      .getByTestId('compliance-late')
      .getByTestId('compliance-return-link')
      .allTextContents();
    expect(masa.length).toBeGreaterThan(0);
    for (const m of masa) expect(['Oktober 2024', 'November 2024', 'Desember 2024']).toContain(m);
    // The download takes the same range.
    const csv = await download(page, 'compliance-late-download-csv');
    const [, ...rows] = parseCsv(fs.readFileSync(await csv.path(), 'utf8')).map((r) => r.fields);
    expect(rows.map((r) => r[0]).sort()).toEqual([...masa].sort());
  });

  it('an officer on a phone reads each list as cards, the page no wider than the screen', async () => {
    const page = await as('petugas@malang.demo', PHONE);
    await go(page, 'Kepatuhan');
    await page.getByTestId('compliance-missing-row').first().waitFor();
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/compliance-missing-390.png', fullPage: true });
    await openTab(page, /^Terlambat lapor/, 'compliance-late');
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/compliance-late-390.png', fullPage: true });
    await openTab(page, /^Dasar pengenaan turun/, 'compliance-drops');
    const history = page.getByTestId('compliance-drop-row').first().getByTestId('drop-history');
    await history.waitFor();
    const box = await history.boundingBox();
    expect(box && box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/compliance-drops-390.png', fullPage: true });
  });

  it("Kabupaten Bangka's head of Bapenda reads Bangka's lists, with rows in each", async () => {
    const page = await as('kepala@bangka.demo', DESKTOP);
    await go(page, 'Kepatuhan');
    await page.getByTestId('compliance-missing-row').filter({ hasText: 'Kedai Kopi Kuto Panji' }).waitFor();
    await openTab(page, /^Terlambat lapor/, 'compliance-late');
    await page.getByTestId('compliance-late-row').filter({ hasText: 'Galian Pasir Kudai' }).first().waitFor();
    await openTab(page, /^Dasar pengenaan turun/, 'compliance-drops');
    await page.getByTestId('compliance-drop-row').filter({ hasText: 'Matras Bay Cottage' }).first().waitFor();

    // In English the same lists, their masa and dates in English.
    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await page.getByRole('heading', { name: 'Compliance' }).waitFor();
    expect(await page.getByTestId('compliance-range').textContent()).toBe(
      'Masa September 2024 to February 2025 in Kabupaten Bangka.',
    );
    await openTab(page, /^Filed late \(\d+\)$/, 'compliance-late');
    const quarry = page.getByTestId('compliance-late-row').filter({ hasText: 'Galian Pasir Kudai' });
    expect(await quarry.first().textContent()).toMatch(/\d+ days/);
    expect(await quarry.first().textContent()).not.toContain('Pajak Mineral');
    await page.screenshot({ path: '/tmp/compliance-late-en-1280.png', fullPage: true });
    expect(await mainText(page)).not.toMatch(/\d{4}-\d{2}|mblb|pbjt_/);
  });

  it('a taxpayer has no Kepatuhan in the menu', async () => {
    const page = await as('wp@malang.demo', DESKTOP);
    await page.getByTestId('user-menu').waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Pajak Saya' }).waitFor();
    expect(await page.getByRole('navigation').getByRole('link', { name: 'Kepatuhan' }).count()).toBe(0);
  });
});
