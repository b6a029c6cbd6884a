import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../src/platform/human-format';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 15: the arrears by age as a chart (ECharts, under the app's Content-Security-Policy) with the same figures as a
 * table, on the arrears page and in short on the revenue dashboard, shown only to who may read the arrears; and the
 * region's collection settings, where the administrator records new settings that show in the history at once. The
 * clock stands at 11 March 2025; the demo holds debts of every age. Screenshots in /tmp/collection-*.png.
 */
const app = serverAndBrowser();
const API = `/api/v1/regions/35.73`;
const AGES = ['current', 'm1_12', 'y1_2', 'over_2y'] as const;

interface Bucket {
  age: (typeof AGES)[number];
  bills: number;
  total: number;
}

/** Signs in and records every Content-Security-Policy complaint the browser logs on the way. */
async function as(email: string, viewport: typeof DESKTOP): Promise<{ page: Page; violations: string[] }> {
  const page = await openApp(app.browser, app.url, viewport);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
  });
  await signIn(page, email);
  await page.getByTestId('user-menu').waitFor();
  return { page, violations };
}

async function buckets(page: Page): Promise<Bucket[]> {
  const res = await page.request.get(`${app.url}${API}/collection/arrears-aging`);
  expect(res.status()).toBe(200);
  return (await res.json()).buckets;
}

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`on a ${width} (${viewport.width} px)`, () => {
    it('the arrears page charts the four ages, each bar’s figures in the table beside it', async () => {
      const { page, violations } = await as('kepala@malang.demo', viewport);
      await go(page, 'Umur Piutang');
      const chart = page.getByTestId('aging-chart');
      await chart.locator('canvas').first().waitFor();
      expect(await chart.getAttribute('role')).toBe('img');
      expect(await chart.getAttribute('aria-label')).toContain('umur');
      const box = await chart.boundingBox();
      expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width);
      const api = await buckets(page);
      expect(api.map((b) => b.age)).toEqual([...AGES]);
      for (const b of api) {
        // The demo's old debts fill every age.
        expect(b.bills, b.age).toBeGreaterThan(0);
        const row = (await page.getByTestId(`aging-${b.age}`).textContent()) ?? '';
        expect(row).toContain(formatRupiah(b.total));
      }
      expect(await page.getByTestId('aging-writeoffs').locator('tbody tr').count()).toBeGreaterThan(0);
      await chart.hover();
      expect(await overflowsOn(page)).toEqual([]);
      expect(violations).toEqual([]);
      await page.screenshot({ path: `/tmp/collection-aging-chart-${viewport.width}.png`, fullPage: true });
    });

    it('the revenue dashboard shows the head of Bapenda the arrears by age in short, linking to the page', async () => {
      const { page, violations } = await as('kepala@malang.demo', viewport);
      await go(page, 'Kinerja pendapatan');
      const summary = page.getByTestId('arrears-age-summary');
      await summary.getByTestId('aging-chart').locator('canvas').first().waitFor();
      const api = await buckets(page);
      const rows = summary.getByTestId('aging-summary-table').locator('tbody tr');
      expect(await rows.count()).toBe(4);
      for (const b of api) {
        const row = (await summary.getByTestId(`aging-summary-${b.age}`).textContent()) ?? '';
        expect(row).toContain(formatRupiah(b.total));
        expect(row).toContain(`${b.bills} tagihan`);
      }
      expect(await overflowsOn(page)).toEqual([]);
      expect(violations).toEqual([]);
      await summary.screenshot({ path: `/tmp/collection-dashboard-aging-${viewport.width}.png` });
      await summary.getByTestId('aging-summary-more').click();
      await page.getByTestId('aging-buckets').waitFor();
    });

    it('the administrator records new collection settings, which show in the history', async () => {
      const { page, violations } = await as('admin@malang.demo', viewport);
      await go(page, 'Pengaturan Penagihan');
      const history = page.getByTestId('settings-history');
      await history.waitFor();
      // The demo's row, in force since 1 January 2024.
      expect(await page.getByTestId('settings-in-force').textContent()).toContain('sejak 1 Januari 2024');
      const before = await history.getByTestId('settings-row').count();
      const form = page.getByTestId('settings-form');
      // A day already passed is refused by the server, said beside the form.
      const effective = width === 'desktop' ? '2025-04-01' : '2025-05-01';
      await form.getByLabel('Berlaku mulai').fill('2025-03-01');
      await form.getByLabel(/Surat Paksa sesudah Surat Teguran/).fill('21');
      await form.evaluate((f: HTMLFormElement) => {
        f.noValidate = true;
      });
      await page.getByTestId('settings-save').click();
      await form.getByTestId('problem').getByText('Tanggal berlaku sudah lewat').waitFor();
      await form.getByLabel('Berlaku mulai').fill(effective);
      await page.getByTestId('settings-save').click();
      await page.getByTestId('settings-saved').waitFor();
      const row = history.locator(`[data-effective-from="${effective}"]`);
      await row.waitFor();
      expect(await history.getByTestId('settings-row').count()).toBe(before + 1);
      expect(await row.textContent()).toContain('21 hari');
      expect(await row.textContent()).toContain('Terjadwal');
      expect(await row.textContent()).toContain('oleh Admin Kota Malang');
      expect(await overflowsOn(page)).toEqual([]);
      expect(violations).toEqual([]);
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: `/tmp/collection-settings-${viewport.width}.png`, fullPage: true });
    });
  });
}

describe('who sees what', () => {
  it('an officer reads the settings without the form; the treasurer sees the arrears on the dashboard', async () => {
    const { page } = await as('petugas@malang.demo', DESKTOP);
    await go(page, 'Pengaturan Penagihan');
    await page.getByTestId('settings-in-force').waitFor();
    expect(await page.getByTestId('settings-form').count()).toBe(0);
    const treasurer = (await as('bendahara@malang.demo', DESKTOP)).page;
    await go(treasurer, 'Kinerja pendapatan');
    await treasurer.getByTestId('arrears-age-summary').getByTestId('aging-summary-table').waitFor();
  });
});
