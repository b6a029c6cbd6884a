import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

/**
 * Issue 14, defect 7 and the review queue: an officer finds a taxpayer by the trade name on the sign, typos
 * forgiven, and reviews an SPTPD beside the object's earlier months, with a falling base flagged to check.
 * The server's clock is pinned to 11 March 2025 (harness.ts); the demo's Kedai Kopi Sawojajar declares far less
 * for January and February 2025 than before, and those returns wait for review.
 */
const app = serverAndBrowser();

async function officerOn(viewport: typeof DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, 'petugas@malang.demo');
  return page;
}

async function search(page: Page, q: string) {
  const filters = page.getByTestId('taxpayer-filters');
  await filters.getByLabel('Cari', { exact: true }).fill(q);
  await filters.getByRole('button', { name: 'Cari', exact: true }).click();
  const hits = page.getByTestId('taxpayer-results').getByTestId('taxpayer-hit');
  await hits.first().waitFor();
  return hits;
}

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`an officer on a ${width}`, () => {
    it('finds Tini Rahayu by "warung bu tini", Dewi Anggraini by "kopi", and by a misspelt "sawojajr"', async () => {
      const page = await officerOn(viewport);
      await go(page, 'Wajib pajak');
      const tini = await search(page, 'warung bu tini');
      expect(await tini.count()).toBe(1);
      expect(await tini.first().textContent()).toContain('Tini Rahayu');
      expect(await tini.first().textContent()).toContain('Warung Bu Tini');

      const kopi = await search(page, 'kopi');
      const kedai = kopi.filter({ hasText: 'Kedai Kopi Sawojajar' });
      expect(await kedai.count()).toBe(1);
      expect(await kedai.textContent()).toContain('Dewi Anggraini');
      expect(await kopi.first().textContent()).toContain('Kedai Kopi Sawojajar');

      const typo = await search(page, 'sawojajr');
      expect(await typo.filter({ hasText: 'Kedai Kopi Sawojajar' }).count()).toBe(1);

      // The hit opens the taxpayer's record.
      await kedai.getByRole('link', { name: 'Dewi Anggraini' }).click();
      await page.getByRole('heading', { name: 'Dewi Anggraini' }).waitFor();
    });

    it('sees each SPTPD in the review queue beside its earlier months; a sharply lower base is flagged to check', async () => {
      const page = await officerOn(viewport);
      await go(page, 'Penelitian SPTPD');
      await page.getByTestId('review-queue').waitFor();
      const kedai = page.getByTestId('review-row').filter({ hasText: 'Kedai Kopi Sawojajar' });
      // The row of masa February 2025 (January's row names February too: it was submitted then).
      const february = kedai.and(page.locator('[data-period="2025-02"]'));
      await february.waitFor();
      const earlier = february.getByTestId('earlier-months');
      for (const month of ['Sep 2024', 'Okt 2024', 'Nov 2024', 'Des 2024', 'Jan 2025']) {
        expect(await earlier.textContent()).toContain(month);
      }
      const flag = february.getByTestId('base-drop');
      expect(await flag.textContent()).toMatch(/^Perlu dicek: dasar pengenaan \d+% di bawah biasanya \(Rp/);
      // Only what fell is flagged: every other object's return in the queue goes without the note.
      const others = page.getByTestId('review-row').filter({ hasNotText: 'Kedai Kopi Sawojajar' });
      expect(await others.getByTestId('base-drop').count()).toBe(0);
      // The earlier months and the officer's decision stay within the screen, on a phone too.
      for (const part of [earlier, february.getByRole('button', { name: 'Tolak' })]) {
        const box = await part.boundingBox();
        expect(box && box.x + box.width).toBeLessThanOrEqual(viewport.width);
      }
    });
  });
}
