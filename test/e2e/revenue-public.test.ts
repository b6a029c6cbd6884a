import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/**
 * Issue 15, public and cross-region: the public revenue page opens from the sign-in page with no account; the head of
 * Bapenda of Kabupaten Bangka compares with Kota Malang, per inhabitant; Bangka's administrator enters its population.
 * A revision of Kota Malang's hotel target to Rp 1.234.567.890.123 (thirteen digits, entered by its head of Bapenda,
 * in force from 1 March 2025, the server's clock being pinned to 11 March 2025) must show whole inside its cells at a
 * phone's and a desktop's width.
 */
const app = serverAndBrowser();
const SHOTS = '/tmp/balai-revenue-public';
const THIRTEEN_DIGITS = 'Rp 1.234.567.890.123';

let revised = false;
/** Kota Malang's head of Bapenda revises the hotel target to thirteen digits (once per file). */
async function reviseHotelTarget(): Promise<void> {
  if (revised) return;
  const page = await openApp(app.browser, app.url, DESKTOP);
  await signIn(page, 'kepala@malang.demo');
  await page.getByTestId('user-menu').waitFor();
  const api = `${app.url}/api/v1`;
  const { csrfToken } = await (await page.request.get(`${api}/auth/me`)).json();
  const res = await page.request.post(`${api}/regions/35.73/revenue/targets`, {
    headers: { 'x-csrf-token': csrfToken },
    data: {
      year: 2025,
      taxCode: 'pbjt_perhotelan',
      stage: 'perubahan',
      amount: 1_234_567_890_123,
      spread: 'equal',
      decreeRef: 'Perda Kota Malang tentang Perubahan APBD 2025 (uji)',
      decreeDate: '2025-02-28',
      effectiveFrom: '2025-03-01',
    },
  });
  expect(res.status(), await res.text()).toBe(201);
  await page.context().close();
  revised = true;
}

function shot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  return page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

for (const [label, viewport] of [
  ['phone', PHONE],
  ['desktop', DESKTOP],
] as const) {
  describe(`revenue in public and across regions on a ${label} (${viewport.width} px)`, () => {
    it('anyone opens the public revenue page from the sign-in page: by tax type and month, amounts whole', async () => {
      await reviseHotelTarget();
      const page = await openApp(app.browser, app.url, viewport);
      await page.getByRole('link', { name: 'Realisasi pajak daerah' }).click();
      // Nothing says which region the visitor came for: the page asks.
      await page.locator('p', { hasText: 'Pilih daerah untuk melihat angkanya.' }).waitFor();
      await page.getByTestId('public-revenue-region').selectOption('35.73');
      const figures = page.getByTestId('public-revenue');
      await figures.waitFor();
      await expect.poll(() => figures.getAttribute('data-year')).toBe('2025');
      const byTax = page.getByTestId('public-revenue-by-tax');
      await expect.poll(() => byTax.textContent()).toContain('PBJT Jasa Perhotelan');
      expect(await byTax.textContent()).toContain(THIRTEEN_DIGITS);
      expect(await page.getByTestId('public-revenue-by-month').locator('tbody tr').count()).toBe(12);
      await page.getByTestId('public-tax-pbjt_perhotelan').locator('summary').click();
      expect(await page.getByTestId('public-tax-pbjt_perhotelan').textContent()).toContain('Maret 2025');
      // No taxpayer appears: the page names tax types and months only.
      expect(await page.locator('body').textContent()).not.toMatch(/NPWPD|Warung Bu Tini/);
      expect(await overflowsOn(page)).toEqual([]);
      await shot(page, `public-${label}`);

      // Last year, and the audit checkpoints one link away.
      await page.getByTestId('public-revenue-year').selectOption('2024');
      await expect.poll(() => figures.getAttribute('data-year')).toBe('2024');
      await page.getByTestId('public-revenue-by-tax').waitFor();
      expect(await page.getByTestId('public-revenue-by-month').textContent()).toContain('Desember 2024');
      expect(await overflowsOn(page)).toEqual([]);
      await page.getByRole('link', { name: 'Checkpoint jejak audit' }).click();
      await page.getByRole('heading', { name: 'Transparansi jejak audit' }).waitFor();
      await page.getByRole('link', { name: 'Realisasi pajak daerah' }).click();
      await page.getByTestId('public-revenue').waitFor();
      await page.context().close();
    });

    it("Bangka's head of Bapenda sees Malang beside Bangka, per inhabitant, amounts whole", async () => {
      await reviseHotelTarget();
      const page = await openApp(app.browser, app.url, viewport);
      await signIn(page, 'kepala@bangka.demo');
      await go(page, 'Perbandingan antardaerah');
      const malang = page.getByTestId('cross-region-35.73');
      await malang.waitFor();
      expect(await malang.textContent()).toContain('847.000 jiwa');
      expect(await page.getByTestId('cross-region-19.01').textContent()).toContain('daerah Anda');
      expect(await malang.getByTestId('per-capita').textContent()).toMatch(/^Rp \d/);
      expect(await page.getByTestId('cross-region-by-tax').textContent()).toContain('PBJT Jasa Perhotelan');
      expect(await overflowsOn(page)).toEqual([]);
      await shot(page, `cross-region-${label}`);
      await page.context().close();
    });
  });
}

describe("a region's administrator enters its population", () => {
  it('Bangka’s administrator records a figure with its source; it counts at once and the old one stays', async () => {
    const page = await openApp(app.browser, app.url, PHONE);
    await signIn(page, 'admin@bangka.demo');
    await go(page, 'Jumlah penduduk');
    const history = page.getByTestId('population-history');
    await expect.poll(() => history.textContent()).toContain('343.000');
    const form = page.getByTestId('population-form');
    await form.locator('input[name=year]').fill('2024');
    await form.locator('input[name=population]').fill('345.120');
    await form.locator('input[name=source]').fill('BPS, Kabupaten Bangka Dalam Angka 2025');
    await form.getByRole('button', { name: 'Simpan' }).click();
    await page.getByText('Jumlah penduduk disimpan.').waitFor();
    await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
    expect(await history.locator('tbody tr').first().textContent()).toContain('345.120');
    await shot(page, 'population-phone');
    await page.context().close();
  });
});
