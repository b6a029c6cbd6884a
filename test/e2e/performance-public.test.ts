import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/*
 * Issue 16's "done when", where the parts meet (each part's own screens have their own browser tests): Dinas
 * Kesehatan's 2025 contract is negotiated and signed (through the API here; test/e2e/performance-contracts.test.ts
 * does it on screen), its Tw1 figure is reported and accepted on screen and moves it in the quarter's ranking, and the
 * public page (no sign-in) shows the signed contract with its Tw1 achievement, last year's contracts by quarter, the
 * SAKIP and RB predikat and the BPK opinion by year. The clock stands at 11 March 2025. Screenshots in
 * /tmp/performance-public-*.png.
 */
const app = serverAndBrowser();
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

async function as(email: string): Promise<Page> {
  const page = await openApp(app.browser, app.url, DESKTOP);
  await signIn(page, email);
  await page.getByTestId('user-menu').waitFor();
  return page;
}

/** A call to the API in the signed-in person's session, as the web app makes it (with the CSRF token). */
async function call(page: Page, path: string, body: unknown): Promise<{ id: number }> {
  const session = await (await page.request.get(`${app.url}/api/v1/auth/me`)).json();
  const res = await page.request.post(`${app.url}/api/v1/regions/35.73/performance${path}`, {
    data: body,
    headers: { 'x-csrf-token': session.csrfToken },
  });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return res.json();
}

/** The 2025 round opened, Dinkes' bid at its tree targets with equal weights, accepted by the leadership, signed. */
async function signDinkesContract(): Promise<void> {
  const [planner, head, leader] = [
    await as('perencana@malang.demo'),
    await as('kadinkes@malang.demo'),
    await as('pimpinan@malang.demo'),
  ];
  await call(planner, '/contract-rounds', { year: 2025 });
  const opds = (await (
    await planner.request.get(`${app.url}/api/v1/regions/35.73/performance/opds`)
  ).json()) as {
    id: number;
    shortName: string;
  }[];
  const dinkes = opds.find((o) => o.shortName === 'Dinkes')?.id;
  const { indicators } = await (
    await head.request.get(`${app.url}/api/v1/regions/35.73/performance/opds/${dinkes}/indicators?year=2025`)
  ).json();
  const items = (
    indicators as {
      id: number;
      baseline: number;
      target: { target: number; targetUpper: number | null; quarters: number[] };
    }[]
  ).map((i, n, all) => ({
    indicatorId: i.id,
    baseline: i.baseline,
    endPoint: i.target.target,
    target: i.target.target,
    targetUpper: i.target.targetUpper,
    quarters: i.target.quarters,
    timeline: null,
    budget: 0,
    // Equal weights in hundredths, the last taking what rounding leaves, so that they add up to 100.
    weight:
      n === all.length - 1
        ? Math.round((100 - (Math.floor(10_000 / all.length) / 100) * (all.length - 1)) * 100) / 100
        : Math.floor(10_000 / all.length) / 100,
  }));
  const contract = await call(head, `/contract-rounds/2025/opds/${dinkes}/bids`, { items });
  await call(leader, `/contracts/${contract.id}/accept`, { side: 'pimpinan' });
  await call(head, `/contracts/${contract.id}/sign`, { side: 'opd' });
  await call(leader, `/contracts/${contract.id}/sign`, { side: 'pimpinan' });
  for (const page of [planner, head, leader]) await page.context().close();
}

async function dinkesScore(page: Page): Promise<string> {
  await go(page, 'Peringkat Kinerja');
  await page.getByTestId('ranking-opds').waitFor();
  const row = page.getByTestId('ranking-opd').filter({ hasText: 'Dinas Kesehatan' });
  return (await row.getByTestId('ranking-score').textContent()) ?? '';
}

describe('an accepted realisation reaches the ranking', () => {
  it('Dinas Kesehatan’s Tw1 figure, once the verifier accepts it, raises its Tw1 2025 score', async () => {
    await signDinkesContract();
    const leader = await as('pimpinan@malang.demo');
    const before = await dinkesScore(leader);
    expect(before).toBe('0%');

    const officer = await as('kinerja.dinkes@malang.demo');
    await go(officer, 'Realisasi Kinerja');
    const row = officer.getByTestId('realisation-row').filter({ hasText: 'Angka kematian ibu' });
    await row.getByRole('button', { name: 'Isi realisasi' }).click();
    const form = officer.getByTestId('realisation-form');
    await form.getByTestId('realisation-input').fill('53');
    await form
      .getByTestId('realisation-file')
      .setInputFiles({ name: 'amp-tw1.pdf', mimeType: 'application/pdf', buffer: PDF });
    await form.getByTestId('realisation-save').click();
    await form.waitFor({ state: 'detached' });
    await row.getByRole('button', { name: 'Ajukan' }).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('submitted');
    // Submitted is not accepted: the ranking does not count it yet.
    expect(await dinkesScore(leader)).toBe(before);

    const verifier = await as('verifikator@malang.demo');
    await go(verifier, 'Realisasi Kinerja');
    const pending = verifier.getByTestId('realisation-row').filter({ hasText: 'Angka kematian ibu' });
    await pending.getByRole('button', { name: 'Terima' }).click();
    await expect.poll(() => pending.getAttribute('data-status')).toBe('accepted');

    await leader.reload();
    await expect.poll(() => dinkesScore(leader)).not.toBe(before);
    expect(await leader.getByTestId('ranking-at-risk').count()).toBe(1);
  });
});

describe('the public page, for anyone', () => {
  it('shows this year’s signed contract with the Tw1 achievement just accepted', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await page.getByRole('link', { name: 'Kinerja pemerintah daerah' }).click();
    await page.getByTestId('public-performance-region').selectOption('35.73');
    await page.locator('[data-testid="public-performance"][data-year="2025"]').waitFor();
    const dinkes = page.locator('[data-testid="public-opd"][data-opd="Dinkes"]');
    expect(await dinkes.textContent()).toContain('dr. Retno Wulandari');
    expect(await dinkes.getByTestId('public-opd-q1').textContent()).toMatch(/Tw1\s*\d+(,\d+)?%/);
    expect(await dinkes.getByTestId('public-opd-q2').textContent()).toContain('—');
    await dinkes.locator('summary').click();
    const ami = dinkes.getByTestId('public-item').filter({ hasText: 'Angka kematian ibu' });
    expect(await ami.textContent()).toContain('53 /');
  });

  for (const viewport of [DESKTOP, PHONE]) {
    it(`shows last year's signed contracts by quarter, the predikat and the opinions (${viewport.width} px)`, async () => {
      const page = await openApp(app.browser, app.url, viewport);
      await page.getByRole('link', { name: 'Kinerja pemerintah daerah' }).click();
      await page.getByTestId('public-performance-region').selectOption('35.73');
      await page.getByTestId('public-performance-year').selectOption('2024');
      await page.locator('[data-testid="public-performance"][data-year="2024"]').waitFor();

      const grades = page.getByTestId('public-grades-2024');
      expect(await grades.textContent()).toContain('BB');
      expect(await page.getByTestId('public-grades-2023').textContent()).toContain('WTP');

      const dinkes = page.locator('[data-testid="public-opd"][data-opd="Dinkes"]');
      expect(await dinkes.textContent()).toContain('Dinas Kesehatan');
      for (const q of [1, 2, 3, 4])
        expect(await dinkes.getByTestId(`public-opd-q${q}`).textContent()).toMatch(/%$/);
      await dinkes.locator('summary').click();
      expect(await dinkes.getByTestId('public-item').count()).toBeGreaterThanOrEqual(3);
      expect(await dinkes.textContent()).toContain('Angka kematian ibu');
      expect(await overflowsOn(page)).toEqual([]);
      await page.screenshot({ path: `/tmp/performance-public-${viewport.width}.png`, fullPage: true });
    });
  }
});
