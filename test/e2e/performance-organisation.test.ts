import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 16: "Organisasi", the region's organisation as an expandable tree, on a phone and a desktop. The planner sees
 * every OPD of Kota Malang, opens Dinas Kesehatan onto its head and its units, nested, with who holds each position
 * today (or that it is vacant), and reads the tree as it stood on an earlier day; the head of Dinas Kesehatan sees her
 * own OPD only. The clock stands at 11 March 2025. Screenshots in /tmp/performance-organisation-*.png.
 */
const app = serverAndBrowser();

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

/** The OPD of the tree by its short name. */
const opd = (page: Page, shortName: string) =>
  page.locator(`[data-testid="opd"][data-short-name="${shortName}"]`);

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`on a ${width} (${viewport.width} px)`, () => {
    it('the planner opens Dinas Kesehatan onto its head and its units, each position with its holder', async () => {
      const { page, violations } = await as('perencana@malang.demo', viewport);
      await go(page, 'Organisasi');
      await page.getByTestId('org-tree').waitFor();
      expect(await page.getByTestId('org-count').textContent()).toContain('24 perangkat daerah');
      expect(await opd(page, 'Kec. Klojen').count()).toBe(1);

      const dinkes = opd(page, 'Dinkes');
      expect(await dinkes.getAttribute('open')).toBeNull();
      await dinkes.locator('summary').first().click();
      const head = dinkes.locator(':scope > .org-positions [data-testid="position"]').first();
      await head.waitFor();
      expect(await head.textContent()).toContain('Kepala Dinas Kesehatan');
      expect(await head.getByTestId('holder').textContent()).toContain('dr. Retno Wulandari, M.Kes.');
      expect(await head.getByTestId('holder').textContent()).toContain('sejak 1 Juli 2024');

      const kesmas = dinkes.getByTestId('unit').filter({ hasText: 'Bidang Kesehatan Masyarakat' }).first();
      await kesmas.locator('summary').first().click();
      const seksi = kesmas.getByTestId('unit').filter({ hasText: 'Seksi Kesehatan Keluarga dan Gizi' });
      await seksi.locator('summary').click();
      expect(await seksi.getByTestId('holder').textContent()).toContain('Novi Rahmawati');
      const p2p = dinkes
        .getByTestId('unit')
        .filter({ hasText: 'Bidang Pencegahan dan Pengendalian Penyakit' });
      await p2p.locator('summary').click();
      expect(await p2p.getByTestId('vacant').textContent()).toBe('Lowong');

      expect(await overflowsOn(page)).toEqual([]);
      expect(violations).toEqual([]);
      await page.screenshot({
        path: `/tmp/performance-organisation-dinkes-${viewport.width}.png`,
        fullPage: true,
      });
    });

    it('finds an OPD by name, opens everything at once, and reads the tree as it stood on an earlier day', async () => {
      const { page } = await as('perencana@malang.demo', viewport);
      await go(page, 'Organisasi');
      await page.getByTestId('org-tree').waitFor();
      await page.getByTestId('org-search').fill('kesehatan');
      expect(await page.getByTestId('opd').count()).toBe(1);
      await page.getByRole('button', { name: 'Buka semua' }).click();
      const dinkes = opd(page, 'Dinkes');
      expect(await dinkes.getAttribute('open')).not.toBeNull();
      expect(await dinkes.getByTestId('unit').first().getAttribute('open')).not.toBeNull();

      await page.getByTestId('org-day').fill('2024-03-01');
      const holder = opd(page, 'Dinkes').locator(':scope > .org-positions [data-testid="holder"]').first();
      await expect.poll(() => holder.textContent()).toContain('drg. Wahyu Nugroho');
      expect(await holder.textContent()).toContain('Plt.');
      await page.getByRole('button', { name: 'Tutup semua' }).click();
      expect(await opd(page, 'Dinkes').getAttribute('open')).toBeNull();
      expect(await overflowsOn(page)).toEqual([]);
      await page.screenshot({
        path: `/tmp/performance-organisation-2024-${viewport.width}.png`,
        fullPage: true,
      });
    });

    it('the head of Dinas Kesehatan sees her own OPD only, opened', async () => {
      const { page } = await as('kadinkes@malang.demo', viewport);
      await go(page, 'Organisasi');
      await page.getByTestId('org-tree').waitFor();
      expect(await page.getByText('Anda melihat perangkat daerah tempat Anda bekerja.').count()).toBe(1);
      expect(await page.getByTestId('opd').count()).toBe(1);
      expect(await opd(page, 'Dinkes').getAttribute('open')).not.toBeNull();
      expect(await overflowsOn(page)).toEqual([]);
      await page.screenshot({
        path: `/tmp/performance-organisation-own-${viewport.width}.png`,
        fullPage: true,
      });
    });
  });
}
