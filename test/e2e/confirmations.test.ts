import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatRupiah } from '../../src/platform/human-format';
import { confirmDialog, DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

/**
 * Issue 14, defect 8: irreversible money actions take one click. Each now opens the shell's confirmation with a
 * summary of its amounts; cancelling changes nothing, confirming does it; rejecting a paid return says what becomes
 * of the payment; banners are coloured by outcome. The server's clock is pinned to 11 March 2025 (harness.ts).
 */

const app = serverAndBrowser();

const AMBER = 'rgb(138, 90, 0)';
const GREEN = 'rgb(23, 121, 74)';
const RED = 'rgb(179, 38, 30)';

interface QueuedReturn {
  id: number;
  objectName: string;
  period: string;
  paid: number;
  status: string;
}

const MONTHS = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
];
const masa = (period: string) => `${MONTHS[Number(period.slice(5)) - 1]} ${period.slice(0, 4)}`;

/** The review queue as the API gives it, read with the page's own session. */
async function queue(page: Page): Promise<QueuedReturn[]> {
  const res = await page.request.get(`${app.url}/api/v1/regions/35.73/returns?status=submitted&limit=200`);
  return (await res.json()).items;
}
async function statusOf(page: Page, id: number): Promise<string | undefined> {
  for (const status of ['submitted', 'rejected', 'verified']) {
    const res = await page.request.get(`${app.url}/api/v1/regions/35.73/returns?status=${status}&limit=200`);
    if (((await res.json()).items as QueuedReturn[]).some((r) => r.id === id)) return status;
  }
  return undefined;
}
const colourOf = (page: Page, testId: string) =>
  page.getByTestId(testId).evaluate((el) => getComputedStyle(el).color);
const dialog = (page: Page) => page.locator('dialog[open]');

describe('rejecting a return (penelitian)', () => {
  it('desktop: a paid return’s rejection shows what was paid and that it stays on the masa; cancel changes nothing; confirming gives an amber banner', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'petugas@malang.demo');
    await go(page, 'Penelitian SPTPD');
    await page.getByTestId('review-queue').waitFor();
    const paid = (await queue(page)).find((r) => r.paid > 0);
    if (!paid) throw new Error('the demo has no paid return waiting for review');
    const subject = `${paid.objectName} ${masa(paid.period)}`;
    const reject = page.getByRole('button', { name: `Tolak ${subject}` });

    await reject.click();
    const confirm = dialog(page);
    expect(await confirm.getByTestId('confirm-paid').textContent()).toContain(formatRupiah(paid.paid));
    expect(await confirm.getByTestId('confirm-consequence').textContent()).toContain(
      `Masa ini sudah dibayar ${formatRupiah(paid.paid)}. Penolakan tidak mengembalikan pembayaran`,
    );
    expect(await confirm.getByTestId('confirm-consequence').textContent()).toContain('SKPDLB');
    await confirm.getByTestId('confirm-cancel').click();
    await confirm.waitFor({ state: 'detached' });
    expect(await statusOf(page, paid.id)).toBe('submitted');

    await reject.click();
    await dialog(page).getByLabel('Alasan penolakan').fill('Omzet tidak sesuai data tapping box');
    await confirmDialog(page);
    const banner = page.getByTestId('outcome');
    await banner
      .getByText(`${subject} ditolak. Pembayaran ${formatRupiah(paid.paid)} tetap tercatat`)
      .waitFor();
    expect(await banner.getAttribute('data-tone')).toBe('warning');
    expect(await banner.getAttribute('class')).toContain('alert-warn');
    expect(await colourOf(page, 'outcome')).toBe(AMBER);
    expect(await statusOf(page, paid.id)).toBe('rejected');
  });

  it('phone: a rejection confirms on a bottom sheet with what was paid (or that nothing was and the bill stays open); a verification’s banner is green', async () => {
    const page = await openApp(app.browser, app.url, PHONE);
    await signIn(page, 'petugas@malang.demo');
    await go(page, 'Penelitian SPTPD');
    await page.getByTestId('review-queue').waitFor();
    const waiting = await queue(page);
    // The demo's queue may hold only paid returns (its taxpayers pay when they file): take an unpaid one if any.
    const unpaid = waiting.find((r) => r.paid === 0) ?? waiting[0];
    if (!unpaid) throw new Error('the demo has no return waiting for review');
    const subject = `${unpaid.objectName} ${masa(unpaid.period)}`;
    await page.getByRole('button', { name: `Tolak ${subject}` }).click();
    const confirm = dialog(page);
    expect(await confirm.getByTestId('confirm-paid').textContent()).toContain(formatRupiah(unpaid.paid));
    expect(await confirm.getByTestId('confirm-consequence').textContent()).toContain(
      unpaid.paid === 0
        ? 'Tagihannya tetap terbuka sampai wajib pajak menyampaikan pembetulan'
        : 'Penolakan tidak mengembalikan pembayaran',
    );
    // The buttons span the sheet on a phone, cancel and confirm alike.
    const box = await confirm.getByTestId('confirm-submit').boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(300);
    await confirm.getByLabel('Alasan penolakan').fill('Lampiran rekap kasir belum ada');
    await confirmDialog(page);
    await page.getByTestId('outcome').getByText(`${subject} ditolak.`, { exact: false }).waitFor();
    expect(await colourOf(page, 'outcome')).toBe(AMBER);

    const other = (await queue(page))[0];
    if (!other) throw new Error('no other return waiting');
    const otherSubject = `${other.objectName} ${masa(other.period)}`;
    await page.getByRole('button', { name: `Verifikasi ${otherSubject}` }).click();
    await page.getByTestId('outcome').getByText(`${otherSubject} diverifikasi.`).waitFor();
    expect(await page.getByTestId('outcome').getAttribute('data-tone')).toBe('success');
    expect(await colourOf(page, 'outcome')).toBe(GREEN);
  });
});

describe('the receipts treasurer', () => {
  it('desktop: deciding a mismatch and depositing to the RKUD each confirm with their amounts; cancel deposits nothing', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'bendahara@malang.demo');
    await go(page, 'Rekonsiliasi dan STS');
    const day = page.locator('[data-testid=reconciliation-day][data-day="2025-03-10"]');
    await day.getByTestId('reconciliation-stats').waitFor();
    expect(await day.getByTestId('deposit-blocked').getAttribute('data-tone')).toBe('warning');

    const row = day.locator('[data-testid=mismatch-table] tbody tr[data-open=true]');
    await row.getByLabel('Penyelesaian').selectOption({ label: 'Ditahan (tidak ikut disetor)' });
    await row.getByLabel('Catatan').fill('Teller salah input; bank mengoreksi besok');
    await row.getByRole('button', { name: 'Selesaikan' }).click();
    expect(await dialog(page).getByTestId('confirm-balai').locator('dd').textContent()).toMatch(
      /^Rp [\d.]+ · NTPD /,
    );
    await dialog(page).getByTestId('confirm-cancel').click();
    await dialog(page).waitFor({ state: 'detached' });
    expect(await day.getByTestId('open-mismatches').textContent()).toBe('1');
    await row.getByRole('button', { name: 'Selesaikan' }).click();
    await confirmDialog(page);
    await day.getByTestId('open-mismatches').getByText('0', { exact: true }).waitFor();

    const deposit = day.getByTestId('deposit-panel');
    const ready = await deposit
      .getByText(/^Siap disetor ke RKUD: Rp [\d.]+ dari 2 pembayaran\.$/)
      .textContent();
    const amount = /Rp [\d.]+/.exec(ready ?? '')?.[0];
    const button = deposit.getByRole('button', { name: 'Setor ke RKUD dan terbitkan STS' });
    await button.click();
    const confirm = dialog(page);
    expect(await confirm.getByTestId('confirm-total').textContent()).toContain(amount);
    expect(await confirm.getByTestId('confirm-count').textContent()).toContain('2');
    await confirm.getByTestId('confirm-account').getByText(/\d/).waitFor(); // the RKUD's bank and number
    await confirm.getByTestId('confirm-cancel').click();
    await confirm.waitFor({ state: 'detached' });
    expect(await deposit.getByTestId('deposit-done').count()).toBe(0);

    await button.click();
    await confirmDialog(page);
    const done = deposit.getByTestId('deposit-done');
    await done.waitFor();
    expect(await done.textContent()).toContain(`${amount} dari 2 pembayaran`);
    expect(await done.getAttribute('data-tone')).toBe('success');
    expect(await done.evaluate((el) => getComputedStyle(el).color)).toBe(GREEN);
  });
});

describe('overpayments and write-off', () => {
  it('desktop: issuing an SKPDLB, offsetting it and writing off a bill each confirm with their amounts first', async () => {
    // The demo's Warung Bu Tini paid September 2024 in full and owes January and February 2025.
    const wp = await openApp(app.browser, app.url, DESKTOP);
    await signIn(wp, 'wp@malang.demo');
    await go(wp, 'SPTPD Saya');
    const september = wp
      .getByTestId('return-row')
      .filter({ hasText: 'Warung Bu Tini' })
      .filter({ hasText: 'September 2024' });
    await september.getByRole('button', { name: 'Pembetulan' }).click();
    const amend = wp.getByTestId('amend-form');
    await amend.getByLabel('Omzet (peredaran bruto)').fill('20000000');
    await amend.getByRole('button', { name: 'Sampaikan pembetulan' }).click();
    await wp.getByText('Kelebihan bayar Rp 2.565.500 dicatat sebagai kredit Anda.').waitFor();

    const officer = await openApp(app.browser, app.url, DESKTOP);
    await signIn(officer, 'petugas@malang.demo');
    await go(officer, 'Wajib pajak');
    const filters = officer.getByTestId('taxpayer-filters');
    await filters.getByLabel('Cari', { exact: true }).fill('Tini Rahayu');
    await filters.getByRole('button', { name: 'Cari' }).click();
    await officer.getByTestId('taxpayer-results').getByRole('link', { name: 'Tini Rahayu' }).click();
    const awaiting = officer.getByTestId('overpayment-awaiting').filter({ hasText: 'September 2024' });
    const tini = officer.url().split('#')[1] ?? '';
    await awaiting.getByRole('button', { name: 'Terbitkan SKPDLB' }).click();
    expect(await dialog(officer).getByTestId('confirm-amount').textContent()).toContain('Rp 2.565.500');
    await dialog(officer).getByTestId('confirm-cancel').click();
    await dialog(officer).waitFor({ state: 'detached' });
    expect(await officer.getByTestId('skpdlb-row').count()).toBe(0);
    await awaiting.getByRole('button', { name: 'Terbitkan SKPDLB' }).click();
    await dialog(officer).getByLabel('Temuan pemeriksaan').fill('Pembetulan omzet September 2024 diterima');
    await confirmDialog(officer);
    await officer.getByTestId('skpdlb-row').waitFor();
    expect(await colourOf(officer, 'outcome')).toBe(GREEN);

    const supervisor = await openApp(app.browser, app.url, DESKTOP);
    await signIn(supervisor, 'supervisor@malang.demo');
    await supervisor.getByTestId('user-menu').waitFor();
    await supervisor.evaluate((path) => {
      window.location.hash = path;
    }, tini);
    const skpdlb = supervisor.getByTestId('skpdlb-row');
    await skpdlb.getByRole('button', { name: 'Kompensasikan' }).click();
    const offset = dialog(supervisor);
    expect(await offset.getByTestId('confirm-available').textContent()).toContain('Rp 2.565.500');
    expect(await offset.getByTestId('confirm-amount').textContent()).toContain('Rp 2.565.500');
    expect(await offset.getByTestId('confirm-summary').textContent()).toContain('Januari 2025');
    await offset.getByTestId('confirm-cancel').click();
    await offset.waitFor({ state: 'detached' });
    expect(await skpdlb.getByTestId('skpdlb-remaining').textContent()).toBe('Rp 2.565.500');
    await skpdlb.getByRole('button', { name: 'Kompensasikan' }).click();
    await confirmDialog(supervisor);
    await supervisor.getByText('Rp 2.565.500 dikompensasikan ke 2 tagihan; sisa Rp 0.').waitFor();

    const february = supervisor.getByTestId('bill-row').filter({ hasText: '31 Maret 2025' });
    await february.getByRole('button', { name: /^Hapuskan tagihan / }).click();
    const writeOff = dialog(supervisor);
    expect(await writeOff.getByTestId('confirm-principal').textContent()).toMatch(/Rp [\d.]+/);
    expect(await writeOff.getByTestId('confirm-consequence').textContent()).toContain(
      'tidak dapat ditagih atau dibayar lagi',
    );
    await writeOff.getByTestId('confirm-cancel').click();
    await writeOff.waitFor({ state: 'detached' });
    expect(await february.locator('[data-status=written_off]').count()).toBe(0);
    await february.getByRole('button', { name: /^Hapuskan tagihan / }).click();
    await dialog(supervisor).getByLabel('Nomor keputusan').fill('188.45/77/35.73.112/2025');
    await dialog(supervisor)
      .getByLabel('Alasan')
      .fill('Usaha tutup dan pemilik tidak diketahui keberadaannya');
    await confirmDialog(supervisor);
    await february.locator('[data-status=written_off]').waitFor();
  });
});

describe('banners coloured by outcome', () => {
  it('phone: a refusal is red', async () => {
    const page = await openApp(app.browser, app.url, PHONE);
    await signIn(page, 'petugas@malang.demo', 'not-the-password');
    const problem = page.getByTestId('problem');
    await problem.waitFor();
    expect(await problem.getAttribute('data-tone')).toBe('error');
    expect(await problem.evaluate((el) => getComputedStyle(el).color)).toBe(RED);
  });
});
