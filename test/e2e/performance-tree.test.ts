import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 16: "Pohon Kinerja", the region's performance tree as an expandable tree, on a phone and a desktop. The
 * leadership opens Kota Malang's tree from its RPJMD goal down to Dinas Kesehatan's kegiatan, reads the crosscutting
 * stunting indicator with its owners and shares and Bapenda's PAD indicator fed from the ledger, and finds an
 * indicator by searching. The time from opening the page to the whole region's tree drawn is logged (benchmark note).
 * The clock stands at 11 March 2025. Screenshots in /tmp/performance-tree-*.png.
 */
const app = serverAndBrowser();

async function as(email: string, viewport: typeof DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, email);
  await page.getByTestId('user-menu').waitFor();
  return page;
}

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`on a ${width} (${viewport.width} px)`, () => {
    it('the leadership opens the whole tree: goal, sasaran, the crosscutting and the ledger-fed indicators', async () => {
      const page = await as('pimpinan@malang.demo', viewport);
      const started = performance.now();
      await go(page, 'Pohon Kinerja');
      await page.getByTestId('perf-tree').waitFor();
      await page.getByTestId('indicator').first().waitFor();
      console.log(
        `[performance-tree e2e] whole-region tree rendered in ${Math.round(performance.now() - started)} ms (${width})`,
      );
      expect(await page.getByTestId('tree-count').textContent()).toContain('8 indikator');

      await page.getByRole('button', { name: 'Buka semua' }).click();
      const kegiatan = page.locator('[data-testid="tree-node"][data-kind="kegiatan"]');
      await kegiatan.first().waitFor();
      expect(await kegiatan.first().textContent()).toContain('Dinkes');

      const stunting = page.getByTestId('indicator').filter({ hasText: 'Prevalensi stunting pada balita' });
      expect(await stunting.count()).toBe(1);
      expect(await stunting.getByTestId('indicator-owners').textContent()).toBe(
        'Pemilik: Dinkes 60%, Dinsos-P3AP2KB 40%',
      );
      expect(await stunting.textContent()).toContain('Makin rendah makin baik');
      expect(await stunting.getByTestId('indicator-target').textContent()).toContain('Target 2025: 11,5');

      const pad = page.getByTestId('indicator').filter({ hasText: 'Realisasi Pendapatan Asli Daerah' });
      expect(await pad.textContent()).toContain('Dari buku besar pendapatan');
      expect(await pad.getByTestId('indicator-target').textContent()).toContain('Tw4 4.200');

      expect(await overflowsOn(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/performance-tree-${viewport.width}.png`, fullPage: true });
    });

    it('search opens the path to a match and hides the rest; a node closes with a tap', async () => {
      const page = await as('perencana@malang.demo', viewport);
      await go(page, 'Pohon Kinerja');
      await page.getByTestId('perf-tree').waitFor();
      await page.getByTestId('tree-search').fill('posyandu aktif');
      // The path to the match opens (goal, Dinkes's sasaran, program, kegiatan); the other sasaran are hidden.
      const sasaran = page.locator('[data-testid="tree-node"][data-kind="sasaran_opd"]');
      await expect.poll(() => sasaran.count()).toBe(1);
      const match = page
        .getByTestId('indicator')
        .filter({ hasText: 'Jumlah kelurahan dengan posyandu aktif' });
      expect(await match.isVisible()).toBe(true);
      expect(await page.getByTestId('indicator').filter({ hasText: 'Pendapatan Asli Daerah' }).count()).toBe(
        0,
      );

      await page.getByTestId('tree-search').fill('');
      const goal = page.locator('[data-testid="tree-node"][data-kind="tujuan_rpjmd"]').first();
      await goal.locator('summary').first().click();
      expect(await goal.getAttribute('open')).toBeNull();
    });
  });
}
