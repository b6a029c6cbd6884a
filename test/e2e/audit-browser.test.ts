import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/platform/csv';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

const app = serverAndBrowser();

/** An action code as the server writes it (`sptpd.reject`, `tax.rate.record`): never what an auditor should read. */
const RAW_CODE = /^[a-z_]+(\.[a-z_]+)+$/;

async function openAudit(viewport = DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, 'auditor@malang.demo');
  await go(page, 'Audit');
  await page.getByTestId('audit-table').waitFor();
  return page;
}

const actions = (page: Page) => page.getByTestId('audit-action').allTextContents();

/** Waits until every row shows the action chosen (the list reloads when a filter changes). */
async function waitForOnly(page: Page, label: string) {
  await page.waitForFunction((l) => {
    const cells = [...document.querySelectorAll('[data-testid=audit-action]')];
    return cells.length > 0 && cells.every((c) => c.textContent === l);
  }, label);
}

describe('the audit browser for an auditor', () => {
  it('names every action in words, never a code', async () => {
    const page = await openAudit();
    const shown = await actions(page);
    expect(shown.length).toBeGreaterThan(10);
    expect(shown.filter((a) => RAW_CODE.test(a))).toEqual([]);
    // The action list offers words too, sorted for a reader.
    const options = await page.locator('select[name=action] option').allTextContents();
    expect(options).toContain('SPTPD ditolak');
    expect(options.filter((o) => RAW_CODE.test(o))).toEqual([]);
  });

  it("filters by an action chosen from the list, names the return, and follows it to the return's page", async () => {
    const page = await openAudit();
    await page.locator('select[name=action]').selectOption({ label: 'SPTPD disampaikan' });
    await waitForOnly(page, 'SPTPD disampaikan');
    const firstRow = page.getByTestId('audit-entry').first();
    const link = firstRow.getByTestId('audit-subject-link');
    const name = (await link.textContent()) ?? '';
    // "SPTPD <tax type> · <object> · <masa>", not "tax_return 43".
    expect(name).toMatch(/^SPTPD .+ · .+ · \w+ \d{4}$/);
    expect(await firstRow.textContent()).not.toMatch(/tax_return/);
    expect(await link.getAttribute('href')).toMatch(/^#\/taxpayers\/\d+\/returns\/\d+$/);
    await link.click();
    await page.waitForURL(/#\/taxpayers\/\d+\/returns\/\d+$/);
    await page.getByTestId('return-page').getByRole('heading', { level: 1 }).waitFor();
  });

  it('shows a review field by field: status before and after in words, amounts in rupiah, the masa by name', async () => {
    const page = await openAudit();
    await page.locator('select[name=action]').selectOption({ label: 'SPTPD diterima setelah diteliti' });
    await waitForOnly(page, 'SPTPD diterima setelah diteliti');
    await page.getByTestId('audit-entry').first().getByRole('button', { name: 'Rincian' }).click();
    const changes = page.getByTestId('audit-changes');
    await changes.waitFor();
    expect(await changes.locator('thead th').allTextContents()).toEqual(['Isian', 'Sebelum', 'Sesudah']);
    const status = changes.locator('tr', {
      has: page.getByRole('rowheader', { name: 'Status', exact: true }),
    });
    expect(await status.locator('td').allTextContents()).toEqual(['Disampaikan', 'Disetujui']);
    expect(await status.getAttribute('class')).toBe('audit-changed');
    const tax = changes.locator('tr', { has: page.getByRole('rowheader', { name: 'Pajak terutang' }) });
    expect((await tax.locator('td').allTextContents())[0]).toMatch(/^Rp \d{1,3}(\.\d{3})*$/);
    const period = changes.locator('tr', { has: page.getByRole('rowheader', { name: 'Masa pajak' }) });
    expect((await period.locator('td').allTextContents())[0]).toMatch(/^[A-Z][a-z]+ \d{4}$/);
    // No raw JSON anywhere in the detail.
    expect(await page.locator('.detail-row').textContent()).not.toContain('{"');
    expect(await page.locator('.detail-row pre').count()).toBe(0);
  });

  it('filters by dates from a calendar and by a person from the list, and downloads what is shown as CSV', async () => {
    const page = await openAudit();
    await page.locator('select[name=person]').selectOption({ label: 'Sistem' });
    await page.locator('input[name=from]').fill('2025-03-11');
    await page.locator('input[name=to]').fill('2025-03-11');
    await page.waitForFunction(() => {
      const times = [...document.querySelectorAll('[data-testid=audit-entry] td:first-child')];
      return times.length > 0 && times.every((c) => c.textContent?.startsWith('11 Maret 2025 pukul'));
    });
    const shown = await actions(page);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('audit-download-csv').click(),
    ]);
    expect(download.suggestedFilename()).toBe('audit-35.73.csv');
    const file = await download.path();
    const [header, ...rows] = parseCsv(fs.readFileSync(file, 'utf8')).map((r) => r.fields);
    expect(header?.slice(0, 4)).toEqual(['No.', 'Waktu (WIB)', 'Pelaku', 'Tindakan']);
    expect(rows.length).toBeGreaterThanOrEqual(shown.length);
    expect(rows.slice(0, shown.length).map((r) => r[3])).toEqual(shown);
    expect(rows.every((r) => r[1]?.startsWith('2025-03-11') && r[2] === 'system')).toBe(true);
  });

  it('on a phone the list stacks: actions in words, subjects readable, nothing wider than the screen', async () => {
    const page = await openAudit(PHONE);
    await page.locator('select[name=action]').selectOption({ label: 'SPTPD disampaikan' });
    await waitForOnly(page, 'SPTPD disampaikan');
    const row = page.getByTestId('audit-entry').first();
    expect(await row.getByTestId('audit-action').isVisible()).toBe(true);
    expect(await row.getByTestId('audit-subject-link').isVisible()).toBe(true);
    const box = await row.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await row.getByRole('button', { name: 'Rincian' }).click();
    const changes = page.getByTestId('audit-changes');
    await changes.waitFor();
    const cbox = await changes.boundingBox();
    expect((cbox?.x ?? 0) + (cbox?.width ?? 0)).toBeLessThanOrEqual(PHONE.width);
  });
});
