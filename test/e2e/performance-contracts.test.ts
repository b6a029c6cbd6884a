import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 16's "done when", its lelang kinerja part, in the browser: the planner opens 2025's round, Dinas Kesehatan's
 * head bids, the pimpinan counters, the head accepts, both sign, and the Perjanjian Kinerja's PDF verifies publicly.
 * The clock stands at 11 March 2025. Screenshots in /tmp/performance-contracts-*.png.
 */
const app = serverAndBrowser();

async function as(email: string, viewport = DESKTOP): Promise<Page> {
  const page = await openApp(app.browser, app.url, viewport);
  await signIn(page, email);
  await page.getByTestId('user-menu').waitFor();
  await go(page, 'Lelang Kinerja');
  return page;
}

async function openDinkes(page: Page): Promise<void> {
  await page.getByTestId('round-opds').waitFor();
  await page.locator('[data-testid="round-opd"][data-opd="Dinkes"]').getByTestId('open-contract').click();
  await page.getByTestId('contract').waitFor();
}

const status = (page: Page) => page.getByTestId('detail-status');

describe('the 2025 round, from opening to a signed agreement that verifies publicly', () => {
  it('the planner opens the round', async () => {
    const page = await as('perencana@malang.demo');
    expect(await page.getByTestId('no-round').textContent()).toContain('2025');
    await page.getByTestId('open-round').click();
    await page.getByTestId('round-opds').waitFor();
    expect(await page.locator('[data-testid="round-opd"][data-opd="Dinkes"]').textContent()).toContain(
      'Belum menawar',
    );
  });

  it('Dinas Kesehatan’s head bids from the tree’s targets', async () => {
    const page = await as('kadinkes@malang.demo');
    await openDinkes(page);
    await page.getByTestId('start-offer').click();
    await page.getByTestId('offer-item').first().waitFor();
    expect(await page.getByTestId('offer-item').count()).toBeGreaterThanOrEqual(4);
    await page.getByTestId('offer-note').fill('Penawaran awal Dinas Kesehatan');
    await page.getByTestId('send-offer').click();
    await expect.poll(() => status(page).textContent()).toBe('Penawaran OPD');
    expect(await page.getByTestId('offer').count()).toBe(1);
  });

  it('the pimpinan counters', async () => {
    const page = await as('pimpinan@malang.demo');
    await openDinkes(page);
    await page.getByTestId('start-offer').click();
    await page.getByTestId('offer-note').fill('Target disesuaikan');
    await page.getByTestId('send-offer').click();
    await expect.poll(() => status(page).textContent()).toBe('Penawaran balik pimpinan');
    expect(await page.getByTestId('offer').count()).toBe(2);
  });

  it('the head accepts the counter-offer and signs', async () => {
    const page = await as('kadinkes@malang.demo');
    await openDinkes(page);
    await page.getByTestId('accept').click();
    await expect.poll(() => status(page).textContent()).toBe('Disepakati');
    await page.getByTestId('sign').click();
    await expect.poll(() => page.getByTestId('signature-opd').textContent()).toContain('dr. Retno Wulandari');
  });

  it('the pimpinan signs; the Perjanjian Kinerja’s PDF verifies publicly', async () => {
    const page = await as('pimpinan@malang.demo');
    await openDinkes(page);
    await page.getByTestId('sign').click();
    await expect.poll(() => status(page).textContent()).toBe('Ditandatangani');
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/performance-contracts-${DESKTOP.width}.png`, fullPage: true });

    const href = await page.getByRole('link', { name: 'Perjanjian Kinerja' }).getAttribute('href');
    const pdf = await page.request.get(`${app.url}${href}`);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    const code = /K3573-\d+-[0-9A-Z]{16}/.exec((await pdf.body()).toString('latin1'))?.[0];
    expect(code).toBeDefined();
    const visitor = await openApp(app.browser, `${app.url}/verify/${code}`, PHONE);
    await expect.poll(() => visitor.locator('body').textContent()).toContain('PERJANJIAN KINERJA');
    expect(await visitor.locator('body').textContent()).toContain('Telah ditandatangani');
    await visitor.screenshot({ path: '/tmp/performance-contracts-verify-390.png', fullPage: true });
  });

  it('reads well on a phone: last year’s signed contract with its history', async () => {
    const page = await as('pimpinan@malang.demo', PHONE);
    await page.getByTestId('contracts-year').fill('2024');
    await openDinkes(page);
    await expect.poll(() => status(page).textContent()).toBe('Ditandatangani');
    expect(await page.getByTestId('offer').count()).toBe(2);
    expect(await overflowsOn(page)).toEqual([]);
    await page.screenshot({ path: `/tmp/performance-contracts-${PHONE.width}.png`, fullPage: true });
  });
});
