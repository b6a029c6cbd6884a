/**
 * The performance tree drawn in Chromium (issue 16, "Numbers": the tree renders in the browser in under 1 s), for
 * bench/performance.ts: a Balai server on the benchmark's database (already seeded and generated) and the built web
 * app (`npm run build:web`), a planner signed in, then, RUNS times on a fresh load of the page,
 *  - `firstScreenMs`: from choosing "Pohon Kinerja" in the menu to the region's tree answered and its first level
 *    drawn (what a user waits for);
 *  - `expandAllMs`: from "Buka semua" to every node and every indicator of the region drawn.
 * Times are taken in Node around the browser's work, so they include the driver's round trips: an upper bound.
 */
import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { DESKTOP, launchBrowser, openApp, signIn, startServer } from '../test/support/balai-browser';

const RUNS = Number(process.env.BENCH_RENDER_RUNS ?? 5);

export interface TreeRender {
  firstScreenMs: number;
  expandAllMs: number;
  runs: number;
}

export async function timeTreeRender(databaseUrl: string, indicators: number): Promise<TreeRender> {
  if (!fs.existsSync(path.resolve(import.meta.dirname, '../dist/web/index.html')))
    throw new Error('the web app is not built: run `npm run build:web` first');
  const [server, browser] = await Promise.all([startServer({ databaseUrl }), launchBrowser()]);
  try {
    const first: number[] = [];
    const all: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await openApp(browser, server.url, DESKTOP);
      await signIn(page, 'perencana@malang.demo');
      await page.getByTestId('user-menu').waitFor();
      let t0 = performance.now();
      await page.getByRole('navigation').getByRole('link', { name: 'Pohon Kinerja', exact: true }).click();
      await page.getByTestId('tree-count').waitFor();
      await page.getByTestId('tree-node').first().waitFor();
      first.push(performance.now() - t0);

      t0 = performance.now();
      await page.getByRole('button', { name: 'Buka semua' }).click();
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="indicator"]').length >= n,
        indicators,
        { timeout: 60_000, polling: 'raf' },
      );
      all.push(performance.now() - t0);
      await page.context().close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    return { firstScreenMs: median(first), expandAllMs: median(all), runs: RUNS };
  } finally {
    await browser.close();
    await server.stop();
  }
}
