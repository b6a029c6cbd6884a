import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

const app = serverAndBrowser();

// The clock is pinned to 11 March 2025 (harness.ts). The demo's Warung Bu Tini (wp@malang.demo) opened in 2019 and
// filed September 2024 to February 2025; Kota Malang's rates start on 1 January 2024, so January to August 2024 are
// the masa not filed. January 2024 was due on 29 February 2024: by 11 March 2025 it is in its 13th month of
// lateness, at 1% a month (PP 35/2023, the Perda in force from 2024).

async function openFiling(): Promise<Page> {
  const wp = await openApp(app.browser, app.url, PHONE);
  await signIn(wp, 'wp@malang.demo');
  await go(wp, 'Lapor SPTPD');
  await wp.getByTestId('file-return-form').getByLabel('Masa pajak').waitFor();
  return wp;
}

async function fileDefaultMasa(wp: Page, gross: string): Promise<void> {
  const form = wp.getByTestId('file-return-form');
  await form.getByLabel('Omzet (peredaran bruto)').fill(gross);
  await form.getByLabel(/^Saya menyatakan/).check();
  await form.getByRole('button', { name: 'Sampaikan SPTPD' }).click();
}

describe('filing a return on a phone (issue 14, defects 1 and 4)', () => {
  it('a late masa: the confirmation states the amount due today with interest, that the due date has passed, and offers to pay', async () => {
    const wp = await openFiling();
    const period = wp.getByTestId('file-return-form').getByLabel('Masa pajak');
    expect(await period.inputValue()).toBe('2024-01');
    await fileDefaultMasa(wp, '30000000');

    const receipt = wp.getByTestId('return-receipt');
    await receipt.waitFor();
    expect(await receipt.getByTestId('receipt-tax').textContent()).toBe('Rp 3.000.000');
    // 13 months started since 29 February 2024, at 1% a month: Rp 390.000.
    expect(await receipt.getByTestId('amount-due-today').textContent()).toBe('Rp 3.390.000');
    expect(await receipt.getByTestId('return-amount-due').textContent()).toContain(
      'Yang harus dibayar hari ini, 11 Maret 2025',
    );
    expect(await receipt.getByTestId('amount-due-breakdown').textContent()).toBe(
      'Pokok Rp 3.000.000 + bunga 13 bulan Rp 390.000',
    );
    expect(await receipt.getByTestId('due-date-passed').textContent()).toContain(
      'Jatuh tempo 29 Februari 2024 sudah lewat',
    );
    expect(await receipt.textContent()).not.toContain('sebelum jatuh tempo');

    // The same amount on the taxpayer's list of returns, with the same way to pay.
    await go(wp, 'SPTPD Saya');
    const row = wp.getByTestId('return-row').filter({ hasText: 'Januari 2024' });
    expect(await row.getByTestId('amount-due-today').textContent()).toBe('Rp 3.390.000');
    expect(await row.getByTestId('due-date-passed').isVisible()).toBe(true);

    // Paying leads to the bill, which asks the same amount today.
    await row.getByRole('link', { name: 'Bayar sekarang' }).click();
    const bill = wp.getByTestId('bill-card').filter({ hasText: 'Januari 2024' });
    await bill.waitFor();
    expect(await bill.getByTestId('amount-due').textContent()).toBe('Rp 3.390.000');
  });

  it('the masa picker defaults to the earliest unfiled masa and marks filed ones, each leading to its pembetulan', async () => {
    const wp = await openFiling();
    const period = wp.getByTestId('file-return-form').getByLabel('Masa pajak');
    // January 2024 was filed by the test before: February 2024 is now the earliest not filed.
    expect(await period.inputValue()).toBe('2024-02');
    expect(await period.locator('option:checked').textContent()).toBe('Februari 2024');
    // No masa before the region's rates: nothing to file it by.
    expect(await period.locator('option[value="2023-12"]').count()).toBe(0);
    const february = period.locator('option[value="2025-02"]');
    expect(await february.textContent()).toBe('Februari 2025 · sudah dilapor');
    expect(await february.getAttribute('data-filed')).toBe('true');
    expect(await period.locator('option[value="2024-01"]').textContent()).toBe(
      'Januari 2024 · sudah dilapor',
    );
    expect(await period.locator('option[value="2024-08"]').textContent()).toBe('Agustus 2024');

    await period.selectOption('2025-01');
    const notice = wp.getByTestId('period-filed');
    expect(await notice.textContent()).toContain('SPTPD masa Januari 2025 untuk objek ini sudah disampaikan');
    expect(await wp.getByRole('button', { name: 'Sampaikan SPTPD' }).count()).toBe(0);
    await notice.getByRole('link', { name: 'Ajukan pembetulan Januari 2025' }).click();
    const dialog = wp.getByRole('dialog');
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Pembetulan SPTPD Warung Bu Tini, Januari 2025');
  });

  it('a masa filed meanwhile is refused with the period as people say it and a link to its pembetulan; the error clears when another masa is chosen', async () => {
    const wp = await openFiling();
    const form = wp.getByTestId('file-return-form');
    const period = form.getByLabel('Masa pajak');
    expect(await period.inputValue()).toBe('2024-02');

    // The same taxpayer files February 2024 from another device while this page is open.
    const other = await openFiling();
    await fileDefaultMasa(other, '20000000');
    await other.getByTestId('return-receipt').waitFor();

    await fileDefaultMasa(wp, '20000000');
    const refusal = form.getByTestId('problem');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    expect(text).toContain('SPTPD masa Februari 2024 untuk objek ini sudah ada');
    expect(text).not.toMatch(/\d{4}-\d{2}/);
    const toAmend = refusal.getByRole('link', { name: 'Ajukan pembetulan Februari 2024' });
    await expect.poll(() => toAmend.getAttribute('href')).toMatch(/^#\/my-returns\/\d+\/amend$/);
    // Read again, the picker now marks Februari 2024 as filed.
    await expect
      .poll(() => period.locator('option[value="2024-02"]').textContent())
      .toBe('Februari 2024 · sudah dilapor');

    await period.selectOption('2024-03');
    await refusal.waitFor({ state: 'detached' });
    expect(await form.getByRole('button', { name: 'Sampaikan SPTPD' }).isVisible()).toBe(true);

    await period.selectOption('2024-02');
    await toAmend.waitFor({ state: 'detached' });
    await form
      .getByTestId('period-filed')
      .getByRole('link', { name: 'Ajukan pembetulan Februari 2024' })
      .click();
    await wp.getByRole('dialog').waitFor();
    expect(await wp.getByRole('dialog').textContent()).toContain(
      'Pembetulan SPTPD Warung Bu Tini, Februari 2024',
    );
  });
});
