import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 16, "Done when": Dinas Kesehatan reports Tw1 with evidence and the verifier accepts it. The clock stands at
 * 11 March 2025, inside Tw1, so the quarter may be reported (it is due on 10 April). Dinas Kesehatan's performance
 * officer enters a figure with an evidence PDF and submits it; the verifier accepts it and it is locked; Bapenda's PAD
 * shows the ledger's figure without an input; last year's calendar shows Disdikbud's late Tw3. On a desktop and a
 * phone; screenshots in /tmp/performance-realisation-*.png.
 */
const app = serverAndBrowser();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function as(email: string, viewport: typeof DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, email);
  await page.getByTestId('user-menu').waitFor();
  return page;
}

const rowOf = (page: Page, indicator: string) =>
  page.getByTestId('realisation-row').filter({ hasText: indicator });

for (const [width, viewport, indicator, value] of [
  ['desktop', DESKTOP, 'Angka kematian ibu', '53'],
  ['phone', PHONE, 'Persentase balita ditimbang di posyandu', '83,4'],
] as const) {
  describe(`on a ${width} (${viewport.width} px)`, () => {
    it('Dinas Kesehatan reports Tw1 with evidence and the verifier accepts it, locking it', async () => {
      const officer = await as('kinerja.dinkes@malang.demo', viewport);
      await go(officer, 'Realisasi Kinerja');
      const row = rowOf(officer, indicator);
      await row.waitFor();
      expect(await row.getByTestId('realisation-status').textContent()).toBe('Belum dilaporkan');
      expect(await officer.getByTestId('realisation-row').filter({ hasText: 'Disdikbud' }).count()).toBe(0);
      await row.getByRole('button', { name: 'Isi realisasi' }).click();
      const form = officer.getByTestId('realisation-form');
      await form.getByTestId('realisation-input').fill(value);
      await form
        .getByTestId('realisation-file')
        .setInputFiles({ name: 'laporan-tw1.pdf', mimeType: 'application/pdf', buffer: PDF });
      await form.getByTestId('realisation-save').click();
      await form.waitFor({ state: 'detached' });
      await expect.poll(() => row.getAttribute('data-status')).toBe('draft');
      expect(await row.getByTestId('realisation-evidence').textContent()).toContain('laporan-tw1.pdf');
      await row.getByRole('button', { name: 'Ajukan' }).click();
      await expect.poll(() => row.getAttribute('data-status')).toBe('submitted');
      expect(await overflowsOn(officer)).toEqual([]);
      await officer.screenshot({
        path: `/tmp/performance-realisation-officer-${viewport.width}.png`,
        fullPage: true,
      });

      const verifier = await as('verifikator@malang.demo', viewport);
      await go(verifier, 'Realisasi Kinerja');
      const pending = rowOf(verifier, indicator);
      await pending.getByRole('button', { name: 'Terima' }).click();
      await expect.poll(() => pending.getAttribute('data-status')).toBe('accepted');
      expect(await pending.getByTestId('realisation-status').textContent()).toBe('Diterima (dikunci)');
      expect(await pending.getByRole('button').count()).toBe(0);
      expect(await pending.getByTestId('realisation-capaian').textContent()).toMatch(/\d+(,\d+)?%/);

      const pad = rowOf(verifier, 'Realisasi Pendapatan Asli Daerah');
      expect(await pad.getByTestId('realisation-source').textContent()).toBe('Dari buku besar pendapatan');
      expect(await pad.getByRole('button').count()).toBe(0);

      await verifier.getByTestId('realisation-year').fill('2024');
      const calendar = verifier.getByTestId('realisation-calendar');
      await expect.poll(() => calendar.textContent()).toContain('Batas waktu pelaporan 2024');
      expect(
        await calendar.getByTestId('calendar-opd').filter({ hasText: 'Disdikbud: Terlambat' }).count(),
      ).toBe(1);
      expect(await overflowsOn(verifier)).toEqual([]);
      await verifier.screenshot({
        path: `/tmp/performance-realisation-${viewport.width}.png`,
        fullPage: true,
      });
    });
  });
}
