import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

const app = serverAndBrowser();

/** The link in the newest mail to `recipient`, as Malang's administrator reads it on the "Kotak keluar email" page. */
async function linkFromOutbox(recipient: string): Promise<string> {
  const admin = await openApp(app.browser, app.url, DESKTOP);
  try {
    await signIn(admin, 'admin@malang.demo');
    await go(admin, 'Kotak keluar email');
    const mail = admin.getByTestId('outbox-mail').filter({ hasText: recipient }).first();
    await expect.poll(() => mail.isVisible()).toBe(true);
    const body = (await mail.locator('.outbox-body').textContent()) ?? '';
    const link = body.match(/https?:\/\/\S+token=[\w-]+/)?.[0];
    if (!link) throw new Error(`no link in the mail to ${recipient}: ${body}`);
    return link;
  } finally {
    await admin.context().close();
  }
}

const status = (page: Page) => page.getByRole('status');

describe('accounts on a phone', () => {
  it('"Lupa kata sandi" → the link from the outbox → a new password → signs in with it', async () => {
    const page = await openApp(app.browser, app.url, PHONE);
    await page.getByRole('link', { name: 'Lupa kata sandi?' }).click();
    await page.getByLabel('Email').fill('petugas@malang.demo');
    await page.getByRole('button', { name: 'Kirim tautan' }).click();
    await expect.poll(() => status(page).textContent()).toContain('petugas@malang.demo');

    await page.goto(await linkFromOutbox('petugas@malang.demo'));
    await page.getByLabel('Kata sandi baru', { exact: true }).fill('sandi-baru-petugas');
    await page.getByLabel('Ulangi kata sandi baru').fill('sandi-baru-petugas');
    await page.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await expect.poll(() => status(page).textContent()).toContain('Kata sandi baru disimpan');

    await page.getByRole('link', { name: 'Kembali ke halaman masuk' }).click();
    await signIn(page, 'petugas@malang.demo', 'sandi-baru-petugas');
    await page.getByTestId('user-menu').waitFor();
    expect(await page.locator('h1').first().textContent()).toContain('Selamat datang');
  });

  it('Daftar → confirm the email → sign in → the taxpayer registration form appears', async () => {
    const page = await openApp(app.browser, app.url, PHONE);
    await page.getByRole('link', { name: 'Daftar' }).click();
    await page.getByLabel('Nama lengkap').fill('Toko Sumber Rejeki');
    await page.getByLabel('Email').fill('rejeki@example.id');
    await page.getByLabel('Kata sandi').fill('rejeki-sandi-2025');
    await page.getByLabel('Pemda').selectOption({ label: 'Kota Malang' });
    await page.getByRole('button', { name: 'Daftar' }).click();
    await expect.poll(() => status(page).textContent()).toContain('rejeki@example.id');

    // Before the email is confirmed, sign-in says why it is refused.
    await page.getByRole('link', { name: 'Kembali ke halaman masuk' }).click();
    await signIn(page, 'rejeki@example.id', 'rejeki-sandi-2025');
    await expect.poll(() => page.getByRole('alert').textContent()).toContain('Email belum dikonfirmasi');

    await page.goto(await linkFromOutbox('rejeki@example.id'));
    await page.getByRole('button', { name: 'Konfirmasi email saya' }).click();
    await expect.poll(() => status(page).textContent()).toContain('terkonfirmasi');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await signIn(page, 'rejeki@example.id', 'rejeki-sandi-2025');
    await page.getByTestId('taxpayer-register-form').waitFor();
    expect(await page.locator('h1').first().textContent()).toBe('Pajak Saya');
  });
});
