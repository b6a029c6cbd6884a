import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { pdfText } from '../support/pdf';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

/**
 * Issue 14, the taxpayer's side (defects 2 and 6, the taxpayer home). The server's clock stands at 11 March 2025,
 * 10:00 WIB (harness.ts); the demo's wp@malang.demo (Warung Bu Tini) owes open bills then.
 */

const app = serverAndBrowser();

const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function pdfOf(page: Page, link: string | null): Promise<string> {
  const res = await page.request.get(new URL(link ?? '', app.url).toString());
  expect(res.status()).toBe(200);
  return flat(pdfText(new Uint8Array(await res.body())));
}

/** Nothing on the page is wider than the screen (a cut-off amount or a table running past its card). */
async function expectNoSidewaysScroll(page: Page, width: number) {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
}

describe('a taxpayer pays and sees what was paid', () => {
  it('after paying by QRIS on a phone the card shows the payment (NTPD, amount, time, SSPD) and the Lunas card splits principal and interest, as the bill PDF does', async () => {
    const wp = await openApp(app.browser, app.url, PHONE);
    await signIn(wp, 'wp@malang.demo');
    await go(wp, 'Tagihan Saya');
    const card = wp.locator('[data-testid=bill-card][data-status=open]').first();
    await card.waitFor();
    const billingCode = ((await card.locator('.billing-code').textContent()) ?? '').trim();
    const amount = digits(await card.getByTestId('amount-due').textContent());

    // The unpaid bill's PDF states what it costs today, the amount the card shows.
    const unpaidPdf = await pdfOf(
      wp,
      await card.getByRole('link', { name: /Unduh tagihan/ }).getAttribute('href'),
    );
    expect(unpaidPdf).toContain(`Jumlah yang harus dibayar Rp ${amount.toLocaleString('id-ID')}`);
    expect(unpaidPdf).toContain('KODE QR PEMBAYARAN');

    await card.getByText('Bayar dengan QRIS').click();
    await card.getByTestId('bill-qris').waitFor();
    await card.getByRole('button', { name: /^Bayar Rp.*\(demo\)$/ }).click();

    // The card does not vanish: it turns into the payment's confirmation.
    const confirmed = wp.getByTestId('paid-now');
    await confirmed.waitFor();
    await confirmed.getByText('Pembayaran diterima').waitFor();
    const receipt = confirmed.locator('[data-testid=bill-card]').filter({ hasText: billingCode });
    await receipt.getByTestId('payment-receipt').waitFor();
    expect(await receipt.getAttribute('data-status')).toBe('paid');
    expect(((await receipt.getByTestId('payment-ntpd').textContent()) ?? '').trim()).toMatch(/^\d{18}$/);
    expect(digits(await receipt.getByTestId('payment-amount').textContent())).toBe(amount);
    // The time on the region's clock, formatted, not an ISO string.
    const time = (await receipt.getByTestId('payment-time').textContent()) ?? '';
    expect(time).toContain('11 Maret 2025');
    expect(time).toContain('WIB');
    expect(time).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    const sspd = await receipt.getByTestId('sspd-links').getByRole('link').first().getAttribute('href');
    expect(await pdfOf(wp, sspd)).toContain('SURAT SETORAN PAJAK DAERAH');

    // The Lunas card: what was paid, split into principal and interest, adding up to the amount paid.
    const total = digits(await receipt.getByTestId('paid-total').textContent());
    const principal = digits(await receipt.getByTestId('paid-principal').textContent());
    const interest = digits(await receipt.getByTestId('paid-interest').textContent());
    expect(total).toBe(amount);
    expect(principal + interest).toBe(total);
    await expectNoSidewaysScroll(wp, PHONE.width);

    // The paid bill's PDF agrees: principal and interest paid, the total received, nothing left to pay.
    const paidPdf = await pdfOf(
      wp,
      await receipt.getByRole('link', { name: /Unduh tagihan/ }).getAttribute('href'),
    );
    expect(paidPdf).toContain('LUNAS');
    expect(paidPdf).toContain(`Pokok pajak dibayar : Rp ${principal.toLocaleString('id-ID')}`);
    expect(paidPdf).toContain(`Sanksi bunga dibayar : Rp ${interest.toLocaleString('id-ID')}`);
    expect(paidPdf).toContain(`Jumlah dibayar : Rp ${total.toLocaleString('id-ID')}`);
    expect(paidPdf).toContain('Sisa yang harus dibayar Rp 0');

    // Later, among the paid bills, the same confirmation stands on the Lunas card.
    await wp.reload();
    await wp
      .getByRole('tab', { name: 'Lunas' })
      .or(wp.getByRole('button', { name: 'Lunas' }))
      .first()
      .click();
    const lunas = wp.locator('[data-testid=bill-card][data-status=paid]').filter({ hasText: billingCode });
    await lunas.getByTestId('payment-receipt').waitFor();
    expect(digits(await lunas.getByTestId('paid-interest').textContent())).toBe(interest);
  });
});

describe('the taxpayer’s home', () => {
  for (const [label, viewport] of [
    ['phone', PHONE],
    ['desktop', DESKTOP],
  ] as const) {
    it(`on a ${label}, the page after sign-in shows the next deadline, what is due per object with how to pay, the masa not filed, the NPWPD card and Bapenda’s office`, async () => {
      const wp = await openApp(app.browser, app.url, viewport);
      await signIn(wp, 'wp@malang.demo');
      const home = wp.getByTestId('taxpayer-home');
      await home.getByTestId('next-deadline').waitFor();

      const deadline = (await home.getByTestId('next-deadline').textContent()) ?? '';
      expect(deadline).toMatch(/Tenggat berikutnya\d{1,2} \w+ 2025/);
      expect(deadline).not.toMatch(/\d{4}-\d{2}-\d{2}/);

      const due = home.getByTestId('due-bill');
      expect(await due.count()).toBeGreaterThan(0);
      const first = due.first();
      expect(await first.textContent()).toMatch(/Rp [\d.]+/);
      expect(await first.textContent()).toMatch(/(Jatuh tempo|Lewat jatuh tempo) \d{1,2} \w+ 20\d\d/);
      expect(await first.getByRole('link', { name: 'Bayar', exact: true }).getAttribute('href')).toContain(
        'my-bills',
      );
      await first.getByText('Cara membayar').click();
      const how = first.getByTestId('how-to-pay');
      await how.waitFor();
      expect(await how.textContent()).toContain('Bank Jatim');

      const unfiled = home.getByTestId('unfiled-list');
      await unfiled.waitFor({ state: 'attached' });
      for (const object of await home.getByTestId('unfiled-object').all()) {
        expect(await object.getByRole('link', { name: 'Laporkan' }).getAttribute('href')).toContain(
          'file-return',
        );
      }

      const npwpd = home.getByTestId('npwpd-card').first();
      const link = await npwpd.getByRole('link', { name: /Kartu NPWPD/ }).getAttribute('href');
      const card = await pdfOf(wp, link);
      expect(card).toContain('KARTU NPWPD');
      expect(card).toContain(((await npwpd.locator('strong').textContent()) ?? '').trim());

      const contact = home.getByTestId('bapenda-contact');
      expect(await contact.textContent()).toContain(
        'Perkantoran Terpadu Gedung B Lt. 1, Jl. Mayjen Sungkono, Malang',
      );
      expect(await contact.getByTestId('opening-hours').textContent()).toContain('Senin');
      await expectNoSidewaysScroll(wp, viewport.width);
    });
  }

  it('the region’s administrator changes the office hours taxpayers see', async () => {
    const admin = await openApp(app.browser, app.url, DESKTOP);
    await signIn(admin, 'admin@malang.demo');
    await go(admin, 'Wilayah');
    const form = admin.locator('[data-testid=region-contact-form][data-loaded=true]');
    await form.waitFor();
    expect(await form.getByLabel('Alamat').inputValue()).toContain('Jl. Mayjen Sungkono');
    await form.getByLabel('Jam layanan').fill('Senin-Jumat 08.00-16.00 WIB');
    await form.getByRole('button', { name: 'Simpan kontak' }).click();
    await form.getByText('Kontak disimpan.').waitFor();

    const wp = await openApp(app.browser, app.url, PHONE);
    await signIn(wp, 'wp@malang.demo');
    const hours = wp.getByTestId('opening-hours');
    await hours.waitFor();
    expect(await hours.textContent()).toBe('Senin-Jumat 08.00-16.00 WIB');
  });
});
