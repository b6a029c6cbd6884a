import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 16: "Temuan Audit" on a desktop and a phone. Dinas Kesehatan's head answers a recommendation of a finding with
 * a PDF as evidence; the verifier opens it, downloads the evidence and finds the follow-up sesuai, which closes it.
 * The BPK's WTP opinions by year head the page; the overdue recommendation is marked. The clock stands at 11 March
 * 2025. Screenshots in /tmp/performance-audit-findings-*.png.
 */
const app = serverAndBrowser();

async function as(email: string, viewport: typeof DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, email);
  await page.getByTestId('user-menu').waitFor();
  return page;
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

for (const [width, viewport, recommendation] of [
  ['desktop', DESKTOP, 'Melakukan inventarisasi aset peralatan kesehatan'],
  ['phone', PHONE, 'Melengkapi bukti penginapan SPJ perjalanan dinas'],
] as const) {
  describe(`on a ${width} (${viewport.width} px)`, () => {
    it("Dinkes's head answers a recommendation with a PDF; the verifier finds it sesuai", async () => {
      const head = await as('kadinkes@malang.demo', viewport);
      await go(head, 'Temuan Audit');
      await head.getByTestId('audit-finding').first().waitFor();
      // The head sees Dinas Kesehatan's recommendations only.
      const shown = head.getByTestId('audit-recommendation');
      expect(await shown.filter({ hasText: 'Bapenda' }).count()).toBe(0);
      const rec = shown.filter({ hasText: recommendation });
      if (width === 'desktop') {
        expect(await rec.getAttribute('data-overdue')).toBe('true');
        expect(await rec.getByTestId('audit-overdue').textContent()).toBe('Terlambat');
      }
      await rec.getByTestId('audit-rec-open').click();
      await rec.getByTestId('audit-followup-form').waitFor();
      await rec.getByTestId('audit-answer').fill('Inventarisasi selesai; berita acara terlampir.');
      await rec.getByTestId('audit-files').setInputFiles({
        name: 'berita-acara-inventarisasi.pdf',
        mimeType: 'application/pdf',
        buffer: PDF,
      });
      await rec.getByTestId('audit-send').click();
      await rec.getByText('Tindak lanjut terkirim.').waitFor();
      await expect
        .poll(() => rec.getByTestId('audit-evidence').allTextContents())
        .toContain('berita-acara-inventarisasi.pdf');
      expect(await overflowsOn(head)).toEqual([]);
      await head.screenshot({
        path: `/tmp/performance-audit-findings-head-${viewport.width}.png`,
        fullPage: true,
      });

      const verifier = await as('verifikator@malang.demo', viewport);
      await go(verifier, 'Temuan Audit');
      expect(await verifier.getByTestId('audit-opinion').first().textContent()).toBe('LKPD 2023 WTP');
      const same = verifier.getByTestId('audit-recommendation').filter({ hasText: recommendation });
      await same.getByTestId('audit-rec-open').click();
      const evidence = same
        .getByTestId('audit-evidence')
        .filter({ hasText: 'berita-acara-inventarisasi.pdf' });
      const file = await verifier.request.get(
        new URL((await evidence.getAttribute('href')) as string, app.url).href,
      );
      expect(file.headers()['content-type']).toBe('application/pdf');
      await same.getByTestId('audit-decide').selectOption('sesuai');
      await same.getByTestId('audit-save-status').click();
      await same.getByText('Status disimpan.').waitFor();
      await expect.poll(() => same.getByTestId('audit-rec-status').textContent()).toBe('Sesuai');
      expect(await same.getByTestId('audit-overdue').count()).toBe(0);
      expect(await overflowsOn(verifier)).toEqual([]);
      await verifier.screenshot({
        path: `/tmp/performance-audit-findings-${viewport.width}.png`,
        fullPage: true,
      });

      // Closed for the OPD: its head is told so instead of a form.
      await head.reload();
      await head.getByTestId('user-menu').waitFor();
      const closed = head.getByTestId('audit-recommendation').filter({ hasText: recommendation });
      await closed.getByTestId('audit-rec-open').click();
      await closed.getByText('Rekomendasi ini sudah selesai').waitFor();
      expect(await closed.getByTestId('audit-followup-form').count()).toBe(0);
    });
  });
}

describe('the downloads', () => {
  it('give the findings as CSV with the filters the page shows', async () => {
    const page = await as('verifikator@malang.demo', DESKTOP);
    await go(page, 'Temuan Audit');
    await page.getByTestId('audit-status').selectOption('tidak_dapat_ditindaklanjuti');
    await expect.poll(() => page.getByTestId('audit-recommendation').count()).toBe(1);
    const href = (await page.getByTestId('audit-download-csv').getAttribute('href')) as string;
    expect(href).toContain('status=tidak_dapat_ditindaklanjuti');
    const csv = await (await page.request.get(new URL(href, app.url).href)).text();
    expect(csv).toContain('Mengembalikan kelebihan pembayaran uang harian');
    expect(csv).not.toContain('inventarisasi aset');
  });
});
