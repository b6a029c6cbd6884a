import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf';
import { confirmDialog, DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

/*
 * Issue 15, "Arrears and collection": on the demo's 11 March 2025 an officer of Kota Malang issues a Surat Teguran from
 * the collection worklist (desktop) and a Surat Paksa for a teguran whose deadline passed (phone), and opens each PDF;
 * the head of Bapenda reads the arrears by age, whose figures are the API's. Screenshots in /tmp/collection-*.png.
 */
const app = serverAndBrowser();

async function as(email: string, viewport: typeof DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, email);
  return page;
}

/** The PDF a link opens, as its text. */
async function pdfBehind(page: Page, href: string | null): Promise<string> {
  const res = await page.request.get(new URL(href ?? '', app.url).toString());
  expect(res.headers()['content-type']).toBe('application/pdf');
  return pdfText(new Uint8Array(await res.body()));
}

describe('collection in the browser', () => {
  it('an officer on a desktop issues a Surat Teguran from the worklist, confirms it, and opens its PDF', async () => {
    const page = await as('petugas@malang.demo', DESKTOP);
    await go(page, 'Penagihan');
    const row = page.getByTestId('worklist-row').first();
    await row.waitFor();
    const name = (await row.locator('strong').first().textContent()) ?? '';
    await page.screenshot({ path: '/tmp/collection-worklist-1280.png', fullPage: true });
    await row.getByTestId('issue-teguran').click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByText(`Terbitkan Surat Teguran untuk ${name}?`).waitFor();
    expect(await dialog.getByTestId('confirm-amount').textContent()).toMatch(/Rp \d/);
    await page.screenshot({ path: '/tmp/collection-confirm-1280.png' });
    await confirmDialog(page);
    const banner = page.getByTestId('letter-issued');
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/ST\/2025\/\d{6} diterbitkan/);
    const text = await pdfBehind(page, await banner.getByRole('link').getAttribute('href'));
    expect(text).toContain('SURAT TEGURAN');
    expect(text).toContain(name);
    expect(text).toContain('Undang-Undang Nomor 19 Tahun 1997');
    await page.getByRole('button', { name: /^Teguran berjalan/ }).click();
    await page.getByTestId('worklist-row').filter({ hasText: name }).first().waitFor();
  });

  it('an officer on a phone issues a Surat Paksa once the teguran’s deadline passed, and opens it', async () => {
    const page = await as('petugas@malang.demo', PHONE);
    await go(page, 'Penagihan');
    await page.getByRole('button', { name: /^Perlu Surat Paksa/ }).click();
    const row = page.getByTestId('worklist-row').first();
    await row.getByTestId('issue-paksa').waitFor();
    await page.screenshot({ path: '/tmp/collection-worklist-390.png', fullPage: true });
    await row.getByTestId('issue-paksa').click();
    await confirmDialog(page);
    const banner = page.getByTestId('letter-issued');
    await banner.waitFor();
    const text = await pdfBehind(page, await banner.getByRole('link').getAttribute('href'));
    expect(text).toContain('SURAT PAKSA');
    expect(text).toContain('2 x 24 jam');
  });

  for (const [width, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`the head of Bapenda reads the arrears by age on a ${width}, the API's figures`, async () => {
      const page = await as('kepala@malang.demo', viewport);
      await go(page, 'Umur Piutang');
      await page.getByTestId('aging-buckets').waitFor();
      const api = await (
        await page.request.get(`${app.url}/api/v1/regions/35.73/collection/arrears-aging`)
      ).json();
      const rupiah = (n: number) => `Rp ${n.toLocaleString('id-ID')}`;
      for (const b of api.buckets as { age: string; total: number; bills: number }[]) {
        const shown = (await page.getByTestId(`aging-${b.age}`).textContent()) ?? '';
        expect(shown).toContain(rupiah(b.total));
      }
      expect(await page.getByTestId('aging-arrears').textContent()).toContain(rupiah(api.arrears.total));
      expect(await page.getByTestId('aging-debtor').count()).toBe(api.topDebtors.length);
      await page.screenshot({ path: `/tmp/collection-aging-${viewport.width}.png`, fullPage: true });
    });
  }
});
