import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 16: "Peringkat Kinerja", a quarter's ranking of the OPD and their heads, on a phone and a desktop. The
 * leadership reads Kota Malang's Tw1 2025 ranking with its trend, the at-risk early warning, the rotation candidates
 * labelled a recommendation with their reasons, and the 9-box; an OPD's officer reads the same ranking but has no
 * recompute; the planner recomputes. The clock stands at 11 March 2025. Screenshots in /tmp/performance-ranking-*.png.
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
    it('the leadership reads the ranking, the at-risk list, the candidates as a recommendation and the 9-box', async () => {
      const page = await as('pimpinan@malang.demo', viewport);
      await go(page, 'Peringkat Kinerja');
      await page.getByTestId('ranking-opds').waitFor();
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Peringkat Kinerja');
      expect(await page.getByTestId('ranking-quarter').inputValue()).toBe('1');
      expect(await page.getByTestId('ranking-year').inputValue()).toBe('2025');

      const dinkes = page.getByTestId('ranking-opd').filter({ hasText: 'Dinas Kesehatan' });
      expect(await dinkes.count()).toBe(1);
      expect(await dinkes.getByTestId('ranking-score').textContent()).toMatch(/%$/);
      expect(await page.getByTestId('ranking-candidates-note').textContent()).toContain('bukan keputusan');
      await page.getByTestId('ranking-nine-box').waitFor();
      expect(await page.getByTestId('nine-box-9').textContent()).toContain('Kotak 9');
      expect(await page.getByTestId('ranking-recompute').count()).toBe(0);

      expect(await overflowsOn(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/performance-ranking-${viewport.width}.png`, fullPage: true });
    });
  });
}

describe('who may do what', () => {
  it("an OPD's officer reads the whole region's ranking, with no recompute", async () => {
    const page = await as('kinerja.dinkes@malang.demo', DESKTOP);
    await go(page, 'Peringkat Kinerja');
    await page.getByTestId('ranking-opds').waitFor();
    // Not only Dinas Kesehatan: every OPD measured, Bapenda among them, and those with nothing to measure named.
    expect(await page.getByTestId('ranking-opd').filter({ hasText: 'Badan Pendapatan Daerah' }).count()).toBe(
      1,
    );
    expect(await page.getByTestId('ranking-unmeasured').textContent()).toContain('BPBD');
    expect(await page.getByTestId('ranking-recompute').count()).toBe(0);
  });

  it('the planner recomputes an earlier quarter picked in the quarter picker', async () => {
    const page = await as('perencana@malang.demo', DESKTOP);
    await go(page, 'Peringkat Kinerja');
    await page.getByTestId('ranking-opds').waitFor();
    await page.getByTestId('ranking-year').fill('2024');
    await page.getByTestId('ranking-quarter').selectOption('4');
    await expect.poll(() => page.locator('h1 + p').textContent()).toContain('Tw4 2024');
    await page.getByTestId('ranking-recompute').click();
    await expect.poll(() => page.getByTestId('ranking-recompute').isEnabled()).toBe(true);
    expect(await page.getByTestId('ranking-opd').count()).toBeGreaterThanOrEqual(4);
    expect(await page.getByTestId('problem').count()).toBe(0);
  });
});
