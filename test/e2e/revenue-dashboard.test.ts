import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../src/platform/human-format';
import { confirmDialog, DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';
import { overflowsOn } from './overflow';

/**
 * Issue 15's revenue pages: the head of Bapenda's and the mayor's morning screen (realisation against target by tax,
 * forecast with its back-test error, charts drawn by ECharts under the app's Content-Security-Policy), the payments
 * behind a figure and their SSPD (for those who may open it), and the targets (a revision entered by a supervisor,
 * approved by the head after a confirmation; an import whose bad cell is named). The server's clock is pinned to
 * 11 March 2025 (harness.ts); the demo has two years of history and both years' targets.
 */
const app = serverAndBrowser();
const API = () => `${app.url}/api/v1/regions/35.73`;

interface DashboardLine {
  taxCode: string;
  realised: number;
  target: number | null;
  forecast: { yearEnd: number; backtestErrorPercent: number | null };
}

/** Signs in and records every Content-Security-Policy complaint the browser logs on the way. */
async function signedIn(
  email: string,
  viewport: typeof DESKTOP,
): Promise<{ page: Page; violations: string[] }> {
  const page = await openApp(app.browser, app.url, viewport);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()}: ${message.text()}`);
  });
  await signIn(page, email);
  await page.getByTestId('user-menu').waitFor();
  return { page, violations };
}

async function apiGet<T>(page: Page, path: string): Promise<T> {
  const res = await page.request.get(`${API()}${path}`);
  expect(res.status(), await res.text()).toBe(200);
  return (await res.json()) as T;
}

async function openDashboard(page: Page) {
  await go(page, 'Kinerja pendapatan');
  await page.getByTestId('revenue-taxes').waitFor();
}

for (const [width, viewport] of [
  ['desktop', DESKTOP],
  ['phone', PHONE],
] as const) {
  describe(`the revenue pages on a ${width} (${viewport.width} px)`, () => {
    it('show the kepala Bapenda the figures GET /revenue/dashboard gives, with three charts and no CSP violation', async () => {
      const { page, violations } = await signedIn('kepala@malang.demo', viewport);
      await openDashboard(page);
      const api = await apiGet<{ taxes: DashboardLine[]; totals: DashboardLine }>(page, '/revenue/dashboard');
      expect(api.taxes.length).toBeGreaterThan(3);
      const rows = page.getByTestId('revenue-tax');
      expect(await rows.count()).toBe(api.taxes.length);
      for (const line of api.taxes) {
        const row = page.locator(`[data-testid=revenue-tax][data-tax="${line.taxCode}"]`);
        expect(await row.getByTestId('tax-realised').textContent()).toBe(formatRupiah(line.realised));
        expect(await row.getByTestId('tax-forecast').textContent()).toBe(formatRupiah(line.forecast.yearEnd));
        if (line.target !== null) expect(await row.textContent()).toContain(formatRupiah(line.target));
      }
      expect(await page.getByTestId('total-realised').textContent()).toBe(formatRupiah(api.totals.realised));
      // The forecast states its method and its back-test error beside it.
      const forecast = page.getByTestId('total-forecast');
      expect(await forecast.textContent()).toContain(formatRupiah(api.totals.forecast.yearEnd));
      expect(await forecast.textContent()).toContain('Galat uji mundur');
      expect(await forecast.textContent()).toContain('Jumlah proyeksi tiap jenis pajak');
      expect(await page.getByTestId('revenue-as-of').textContent()).toMatch(
        /^Data realisasi diperbarui \d+ Maret 2025/,
      );
      // Three charts drawn (canvas), each an image with a label; the months' figures beside them as a table.
      for (const chart of ['chart-monthly', 'chart-cumulative', 'chart-mix']) {
        const box = page.getByTestId(chart);
        await box.locator('canvas').first().waitFor();
        expect(await box.getAttribute('role')).toBe('img');
        expect(await box.getAttribute('aria-label')).toBeTruthy();
        const size = await box.boundingBox();
        expect(size && size.x + size.width).toBeLessThanOrEqual(viewport.width);
      }
      expect(await page.getByTestId('revenue-month').count()).toBe(12);
      // The breakdown by channel, with its download.
      await page.getByTestId('breakdown-by').selectOption('channel');
      await page.getByTestId('breakdown-row').first().waitFor();
      expect(await page.getByTestId('breakdown-download-csv').getAttribute('href')).toContain('by=channel');
      // Hovering a chart shows its tooltip (drawn on the canvas, not as HTML with inline styles).
      await page.getByTestId('chart-monthly').hover();
      expect(await overflowsOn(page)).toEqual([]);
      expect(violations).toEqual([]);
      if (process.env.REVENUE_SHOTS)
        await page.screenshot({ path: `/tmp/rev-dash-${width}.png`, fullPage: true });
    });

    it('drill from a tax type’s realisation to the payments behind it, their sum the figure, and open an SSPD', async () => {
      const { page, violations } = await signedIn('kepala@malang.demo', viewport);
      await openDashboard(page);
      const api = await apiGet<{ taxes: DashboardLine[] }>(page, '/revenue/dashboard');
      const line = api.taxes.filter((x) => x.realised > 0).sort((a, b) => b.realised - a.realised)[0];
      expect(line).toBeDefined();
      const taxCode = (line as DashboardLine).taxCode;
      await page
        .locator(`[data-testid=revenue-tax][data-tax="${taxCode}"]`)
        .getByTestId('tax-realised')
        .click();
      await page.getByTestId('payments-table').waitFor();
      expect(page.url()).toContain(`taxCode=${taxCode}`);
      const payments = await apiGet<{ amount: number; count: number }>(
        page,
        `/revenue/payments?year=2025&taxCode=${taxCode}&limit=1`,
      );
      expect(payments.amount).toBe((line as DashboardLine).realised);
      expect(await page.getByTestId('payments-amount').textContent()).toBe(formatRupiah(payments.amount));
      expect(await page.getByTestId('payment-row').count()).toBe(Math.min(50, payments.count));
      expect(await page.getByTestId('payments-download-xlsx').getAttribute('href')).toContain(
        `taxCode=${taxCode}`,
      );
      const sspd = page.getByTestId('payment-row').first().getByRole('link', { name: /SSPD/ });
      const res = await page.request.get(
        new URL((await sspd.getAttribute('href')) as string, app.url).toString(),
      );
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toBe('application/pdf');
      expect(await overflowsOn(page)).toEqual([]);
      expect(violations).toEqual([]);
      if (process.env.REVENUE_SHOTS)
        await page.screenshot({ path: `/tmp/rev-pay-${width}.png`, fullPage: true });
    });

    it('the payments’ filter line names the tax type, kelurahan and bank, never their codes', async () => {
      const { page, violations } = await signedIn('kepala@malang.demo', viewport);
      const table = await apiGet<{ rows: { key: string; label: { id: string } }[] }>(
        page,
        '/revenue/realisation?year=2025&by=kelurahan',
      );
      const village = table.rows.find((r) => r.key !== '-') as { key: string; label: { id: string } };
      await page.goto(
        `${app.url}/#/revenue/payments?year=2025&taxCode=pbjt_perhotelan&villageCode=${village.key}&partnerId=BANKJATIM`,
      );
      const line = page.getByTestId('payments-filter');
      await expect.poll(async () => line.textContent()).toContain('PBJT Jasa Perhotelan');
      const text = (await line.textContent()) as string;
      expect(text).toContain(village.label.id);
      expect(text).toContain('Bank Jatim');
      expect(text).not.toMatch(/pbjt_|BANKJATIM|35\.73\./);
      expect(violations).toEqual([]);
    });

    it('the kepala makes the monthly report from the dashboard, and it downloads as a PDF from the list', async () => {
      const { page, violations } = await signedIn('kepala@malang.demo', viewport);
      await openDashboard(page);
      await page.getByTestId('revenue-reports-button').click();
      const section = page.getByTestId('revenue-reports');
      // The demo's report of the last month that is over is listed already.
      await section.getByTestId('report-row').first().waitFor();
      expect(await section.getByTestId('report-row').first().textContent()).toContain('Februari 2025');
      // The month picker offers the month running and those that are over, the last one over chosen.
      const month = section.getByTestId('report-month');
      expect(await month.inputValue()).toBe('2025-02');
      expect(await month.locator('option').first().textContent()).toContain('Maret 2025');
      await month.selectOption('2025-01');
      await section.getByTestId('report-generate').click();
      const outcome = section.getByTestId('report-outcome');
      await outcome.waitFor();
      expect(await outcome.textContent()).toMatch(/Laporan LRPD\/35\.73\/2025-01\/\d+ untuk Januari 2025/);
      // Listed by month, the latest month first: January's after February's.
      const row = section.locator('[data-testid=report-row][data-report^="LRPD/35.73/2025-01/"]').first();
      await row.waitFor();
      expect(await row.textContent()).toContain('Keadaan s.d. 31 Januari 2025');
      expect(await section.getByTestId('report-row').first().textContent()).toContain('Februari 2025');
      const href = (await row.getByRole('link').getAttribute('href')) as string;
      const pdf = await page.request.get(new URL(href, app.url).toString());
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toBe('application/pdf');
      expect(pdf.headers()['content-disposition']).toMatch(/laporan-pendapatan-kota-malang-2025-01-\d+\.pdf/);
      expect(await overflowsOn(page)).toEqual([]);
      expect(violations).toEqual([]);
    });

    it('the auditor downloads the monthly reports but is offered no button to make one', async () => {
      const { page } = await signedIn('auditor@malang.demo', viewport);
      await page.goto(`${app.url}/#/revenue`);
      const section = page.getByTestId('revenue-reports');
      await section.getByTestId('report-row').first().waitFor();
      expect(await section.getByTestId('report-generate').count()).toBe(0);
    });

    it('land the pimpinan on the dashboard after sign-in, and show them no SSPD link (they may not open one)', async () => {
      const { page, violations } = await signedIn('pimpinan@malang.demo', viewport);
      await page.getByTestId('revenue-taxes').waitFor();
      expect(new URL(page.url()).hash).toBe('#/revenue');
      await page.getByTestId('total-realised').click();
      await page.getByTestId('payment-row').first().waitFor();
      expect(await page.getByTestId('payment-sspd').count()).toBe(0);
      expect(await page.getByRole('link', { name: /SSPD/ }).count()).toBe(0);
      expect(violations).toEqual([]);
    });
  });
}

describe('the targets', () => {
  for (const [width, viewport] of [
    ['desktop', DESKTOP],
    ['phone', PHONE],
  ] as const) {
    it(`on a ${width}: a supervisor enters a revision, shown beside the original; the kepala approves it after a confirmation`, async () => {
      const decree = `Perda Kota Malang Nomor 9 Tahun 2025 (uji ${width})`;
      const supervisor = (await signedIn('supervisor@malang.demo', viewport)).page;
      await go(supervisor, 'Target pendapatan');
      const form = supervisor.getByTestId('target-form');
      await form.waitFor();
      // A tax with an approved original (murni) for 2025, which the revision comes beside.
      const year = await apiGet<{
        taxes: { taxCode: string; levied: boolean; inForce: { stage: string } | null }[];
      }>(supervisor, '/revenue/targets?year=2025');
      const taxCode = year.taxes.find((x) => x.levied && x.inForce?.stage === 'murni')?.taxCode as string;
      await form.getByLabel('Jenis pajak').selectOption(taxCode);
      await form.getByLabel('Tahap').selectOption('perubahan');
      await form.getByLabel('Target setahun').fill('2500000000');
      await form.getByLabel('Dasar hukum', { exact: true }).fill(decree);
      await form.getByLabel('Tanggal dasar hukum').fill('2025-03-10');
      await form.getByLabel('Berlaku mulai').fill('2025-04-01');
      await form.getByLabel('Bagi rata dua belas bulan').check();
      await form.getByRole('button', { name: 'Simpan target' }).click();
      expect(await supervisor.getByTestId('targets-outcome').textContent()).toContain('menunggu persetujuan');
      const revision = supervisor.getByTestId('target-row').filter({ hasText: decree });
      expect(await revision.getByTestId('target-status').textContent()).toContain('Menunggu persetujuan');
      // The original (murni) stays beside the revision; the supervisor may not approve.
      const ofTax = supervisor.locator(`[data-testid=target-row][data-tax="${taxCode}"]`);
      expect(await ofTax.and(supervisor.locator('[data-stage=murni]')).count()).toBeGreaterThan(0);
      expect(await revision.getByTestId('target-approve').count()).toBe(0);

      const kepala = (await signedIn('kepala@malang.demo', viewport)).page;
      await go(kepala, 'Target pendapatan');
      const waiting = kepala.getByTestId('target-row').filter({ hasText: decree });
      await waiting.getByTestId('target-approve').click();
      const dialog = kepala.getByTestId('target-approve-dialog');
      expect(await dialog.getByTestId('approve-amount').textContent()).toContain(formatRupiah(2_500_000_000));
      expect(await dialog.textContent()).toContain(decree);
      await confirmDialog(kepala);
      expect(await kepala.getByTestId('targets-outcome').textContent()).toContain('disetujui');
      await expect
        .poll(async () => waiting.getByTestId('target-status').textContent())
        .toMatch(/^Disetujui \d+ Maret 2025/);
      expect(
        await kepala.locator(`[data-testid=target-row][data-tax="${taxCode}"][data-stage=murni]`).count(),
      ).toBeGreaterThan(0);
    });
  }

  it('an import with a bad cell names the cell, and nothing is imported', async () => {
    const { page } = await signedIn('kepala@malang.demo', PHONE);
    await go(page, 'Target pendapatan');
    await page.getByTestId('target-row').first().waitFor();
    const before = await page.getByTestId('target-row').count();
    const form = page.getByTestId('target-import');
    const taxCode = await page.getByTestId('target-form').getByLabel('Jenis pajak').inputValue();
    const months = 'jan,feb,mar,apr,mei,jun,jul,agu,sep,okt,nov,des';
    const csv = [
      `tahun,kode_pajak,tahap,jumlah,dasar_hukum,tanggal_dasar_hukum,berlaku_mulai,${months}`,
      `2025,${taxCode},perubahan,sejuta,Perda uji impor,2025-03-01,2025-04-01,,,,,,,,,,,,`,
    ].join('\n');
    await form
      .getByLabel('Berkas')
      .setInputFiles({ name: 'target.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await form.getByRole('button', { name: 'Impor' }).click();
    const errors = form.getByTestId('import-errors');
    await errors.locator('li').first().waitFor();
    expect(await errors.textContent()).toMatch(/D2: /);
    expect(await page.getByTestId('target-row').count()).toBe(before);
  });

  it('a thirteen-digit target stays inside its cards and cells on the dashboard and the targets, at 390 and 1280 px', async () => {
    const { page } = await signedIn('kepala@malang.demo', DESKTOP);
    const { csrfToken } = await (await page.request.get(`${app.url}/api/v1/auth/me`)).json();
    const targets = await apiGet<{ taxes: { taxCode: string; levied: boolean }[] }>(
      page,
      '/revenue/targets?year=2025',
    );
    const taxCode = targets.taxes.find((x) => x.levied)?.taxCode;
    const res = await page.request.post(`${API()}/revenue/targets`, {
      headers: { 'x-csrf-token': csrfToken },
      data: {
        year: 2025,
        taxCode,
        stage: 'perubahan',
        amount: 1_234_567_890_123,
        spread: 'equal',
        decreeRef: 'Perda uji angka besar',
        decreeDate: '2025-03-01',
        effectiveFrom: '2025-03-01',
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    for (const viewport of [PHONE, DESKTOP]) {
      await page.setViewportSize(viewport);
      for (const path of ['/revenue', '/revenue-targets']) {
        await page.goto(`${app.url}/#${path}`);
        await page
          .getByText(/Rp\s?1\.234\.567\.890\.123/)
          .first()
          .waitFor();
        expect(await overflowsOn(page), `${path} at ${viewport.width} px`).toEqual([]);
        if (process.env.REVENUE_SHOTS)
          await page.screenshot({
            path: `/tmp/rev-big${path.replace('/', '-')}-${viewport.width}.png`,
            fullPage: true,
          });
      }
    }
  });
});
