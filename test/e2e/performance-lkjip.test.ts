import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 16, the LKjIP draft: on the demo's 11 March 2025 the planner of Kota Malang generates 2024's draft and opens
 * its PDF (marked DRAF, every chapter); on a phone the page reads without overflow, the leadership sees the drafts
 * and the bands but cannot generate. Screenshots in /tmp/performance-lkjip-*.png.
 */
const app = serverAndBrowser();

async function as(email: string, viewport: typeof DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, email);
  await page.getByTestId('user-menu').waitFor();
  return page;
}

describe('the LKjIP page', () => {
  it("the planner generates 2024's draft and opens its PDF", async () => {
    const page = await as('perencana@malang.demo', DESKTOP);
    await go(page, 'LKjIP');
    await page.getByTestId('lkjip-bands').getByTestId('lkjip-band').first().waitFor();
    expect(await page.getByTestId('lkjip-year').inputValue()).toBe('2024');
    await page.getByTestId('lkjip-generate').click();
    const banner = page.getByTestId('lkjip-outcome');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/Draf LKJIP\/35\.73\/2024\/\d+ telah disusun/);
    await page.getByTestId('lkjip-row').first().waitFor();
    const href = await page.getByTestId('lkjip-row').first().getByRole('link').getAttribute('href');
    const res = await page.request.get(new URL(href ?? '', app.url).toString());
    expect(res.headers()['content-type']).toBe('application/pdf');
    const text = pdfText(new Uint8Array(await res.body())).replace(/\s+/g, ' ');
    expect(text).toContain('LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)');
    expect(text).toContain('BAB III AKUNTABILITAS KINERJA');
    expect(text).toContain('Indeks Pembangunan Manusia');
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: '/tmp/performance-lkjip-1280.png', fullPage: true });
  });

  it('on a phone the leadership reads the drafts and the bands, without the generate form', async () => {
    const page = await as('pimpinan@malang.demo', PHONE);
    await go(page, 'LKjIP');
    await page.getByTestId('lkjip-bands').locator('table').waitFor();
    expect(await page.getByTestId('lkjip-generate').count()).toBe(0);
    expect(await page.getByTestId('lkjip-bands').textContent()).toContain('Sangat Baik');
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/performance-lkjip-${PHONE.width}.png`, fullPage: true });
  });

  it('on a phone the planner edits the bands and saves them from today', async () => {
    const page = await as('perencana@malang.demo', PHONE);
    await go(page, 'LKjIP');
    const first = page.getByTestId('lkjip-band').first();
    await first.waitFor();
    await first.getByLabel('Mulai (%)').fill('90');
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/performance-lkjip-bands-${PHONE.width}.png`, fullPage: true });
    await page.getByTestId('lkjip-save-bands').click();
    await page.getByText('Tabel interpretasi disimpan.').waitFor();
    await expect
      .poll(() => page.getByTestId('lkjip-bands').textContent())
      .toContain('Berlaku sejak 11 Maret 2025.');
    expect(await page.getByTestId('lkjip-band').first().getByLabel('Mulai (%)').inputValue()).toBe('90');
  });
});
