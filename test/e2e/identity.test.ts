import http from 'node:http';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, openApp, PHONE, serverAndBrowser, signIn } from './harness';

const app = serverAndBrowser();

/** The image has loaded (not a broken image): its natural width is known. */
async function loadedImage(page: Page, testId: string, nth = 0): Promise<{ src: string; width: number }> {
  const img = page.getByTestId(testId).nth(nth);
  await img.waitFor();
  await page.waitForFunction(
    ({ id, n }) => {
      const el = document.querySelectorAll(`[data-testid="${id}"]`)[n] as HTMLImageElement | undefined;
      return !!el && el.complete && el.naturalWidth > 0;
    },
    { id: testId, n: nth },
  );
  return {
    src: (await img.getAttribute('src')) ?? '',
    width: await img.evaluate((el) => (el as HTMLImageElement).naturalWidth),
  };
}

// The demo's regions carry logos drawn for the demo (src/platform/demo-logos).
describe('the region’s identity: its logo on sign-in and in the shell', () => {
  for (const [label, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`the sign-in page shows each hosted region with its logo (${label})`, async () => {
      const page = await openApp(app.browser, app.url, viewport);
      await page.getByTestId('login-region-35.73').waitFor();
      for (const regionId of ['35.73', '19.01']) {
        const item = page.getByTestId(`login-region-${regionId}`);
        const logo = await loadedImage(page, 'login-region-logo', regionId === '35.73' ? 1 : 0);
        expect(logo.width).toBeGreaterThan(0);
        await expect(item.textContent()).resolves.toMatch(
          regionId === '35.73' ? 'Kota Malang' : 'Kabupaten Bangka',
        );
      }
      await page.context().close();
    });

    it(`a link for Kota Malang puts its logo first on sign-in, and the shell shows it after (${label})`, async () => {
      const page = await openApp(app.browser, `${app.url}/?region=35.73`, viewport);
      const first = page.locator('[data-testid^=login-region-]').first();
      await expect(first.getAttribute('data-testid')).resolves.toBe('login-region-35.73');
      await signIn(page, 'petugas@malang.demo');
      const logo = await loadedImage(page, 'shell-region-logo');
      expect(logo.src).toContain('/api/v1/public/regions/35.73/logo?v=');
      await expect(page.getByTestId('shell-region-logo').isVisible()).resolves.toBe(true);
      await page.context().close();
    });
  }
});

describe('/verify without a code', () => {
  it('shows a public form (no sign-in) whose code leads to /verify/:code', async () => {
    const page = await openApp(app.browser, `${app.url}/verify`, PHONE);
    const input = page.getByLabel(/Kode verifikasi/);
    await input.waitFor();
    await expect(page.getByLabel('Email').count()).resolves.toBe(0);
    await input.fill(' b3573-1-0000000000000000 ');
    await page.getByRole('button', { name: /Periksa/ }).click();
    await page.waitForURL(/\/verify\/b3573-1-0000000000000000$/);
    await expect(page.getByText('Dokumen tidak dikenal').first().isVisible()).resolves.toBe(true);
    await page.context().close();
  });
});

describe('the public calculators open on the region the visitor came for', () => {
  it('a link for Kota Malang opens them for Kota Malang, not Bangka (phone)', async () => {
    const page = await openApp(app.browser, `${app.url}/?region=35.73#/simulations`, PHONE);
    const select = page.locator('select[name=region]');
    await select.waitFor();
    await expect(select.inputValue()).resolves.toBe('35.73');
    await page.context().close();
  });

  it('without a hint they ask; a region chosen once is the default next time (desktop)', async () => {
    const page = await openApp(app.browser, `${app.url}/#/simulations`, DESKTOP);
    const select = page.locator('select[name=region]');
    await select.waitFor();
    await expect(select.inputValue()).resolves.toBe('');
    await expect(page.getByText('Pilih Pemda Anda di atas').isVisible()).resolves.toBe(true);
    await select.selectOption('35.73');
    await page.reload();
    await page.locator('select[name=region]').waitFor();
    await expect(page.locator('select[name=region]').inputValue()).resolves.toBe('35.73');
    await page.context().close();
  });
});

describe('the web bundle as built and served', () => {
  const get = (path: string, encoding: string) =>
    new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: string }>(
      (resolve, reject) => {
        http
          .get(`${app.url}${path}`, { headers: { 'accept-encoding': encoding } }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () =>
              resolve({
                status: res.statusCode ?? 0,
                headers: res.headers,
                body: Buffer.concat(chunks).toString('latin1'),
              }),
            );
          })
          .on('error', reject);
      },
    );

  it('the page is no-cache; its hashed script comes in brotli, cached for a year', async () => {
    const index = await get('/', 'identity');
    expect(index.headers['cache-control']).toBe('no-cache');
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(index.body)?.[1] as string;
    expect(script).toMatch(/^\/assets\/index-[\w-]{8,}\.js$/);
    const res = await get(script, 'gzip, deflate, br');
    expect(res.status).toBe(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });
});
