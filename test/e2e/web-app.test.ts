import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEMO_PASSWORD,
  DESKTOP,
  openApp as openBrowserApp,
  PHONE,
  serverAndBrowser,
  signIn,
} from './harness';

const app = serverAndBrowser();

/** A fresh browser profile at the app's address. */
const openApp = (viewport = DESKTOP): Promise<Page> => openBrowserApp(app.browser, app.url, viewport);

/** A link of the main navigation (the home page repeats some of them as shortcuts). */
const navLink = (page: Page, name: string) =>
  page.getByRole('navigation').getByRole('link', { name, exact: true });

const text = async (page: Page, selector: string) =>
  (await page.locator(selector).first().textContent()) ?? '';

describe('web app', () => {
  it('lets an administrator manage users in English and check the audit trail', async () => {
    const page = await openApp();
    await signIn(page, 'admin@malang.demo');
    await page.getByTestId('region-name').waitFor();
    expect(await text(page, '[data-testid=region-name]')).toBe('Kota Malang');
    expect(await navLink(page, 'Pengguna').isVisible()).toBe(true);

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await navLink(page, 'Users').waitFor();
    expect(await navLink(page, 'Home').isVisible()).toBe(true);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome, Admin Kota Malang');

    await navLink(page, 'Users').click();
    await page.getByRole('cell', { name: /petugas@malang\.demo/ }).waitFor();
    expect(await text(page, '[data-testid=users-table]')).toContain('auditor@balai.demo');

    await page.getByTestId('user-create').click();
    const form = page.getByTestId('user-create-form');
    await form.getByLabel('Email').fill('kasir@malang'); // a browser takes it; the server wants a domain
    await form.getByLabel('Full name').fill('Dewi Kasir');
    await form.getByLabel('Initial password').fill('kasir-malang-2025');
    await form.getByLabel('Receipts treasurer').check();
    await form.getByRole('button', { name: 'Create user' }).click();
    await form.locator('.field-invalid .field-error').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('Check the marked fields');

    await form.getByLabel('Email').fill('kasir@malang.demo');
    await form.getByRole('button', { name: 'Create user' }).click();
    await page.getByText('User kasir@malang.demo created.').waitFor();
    await page.getByRole('cell', { name: /kasir@malang\.demo/ }).waitFor();

    await navLink(page, 'Audit').click();
    await page.getByTestId('audit-table').waitFor();
    const newest = page.locator('[data-testid=audit-table] tbody tr').first();
    expect(await newest.textContent()).toContain('User created');
    expect(await newest.textContent()).toContain('admin@malang.demo');
    await newest.getByRole('button', { name: 'Details' }).click();
    expect(await text(page, '.detail-row')).toContain('kasir@malang.demo');

    await page.getByTestId('verify-chain').click();
    await page.getByTestId('chain-verdict').waitFor();
    expect(await page.getByTestId('chain-verdict').getAttribute('data-ok')).toBe('true');
    expect(await text(page, '[data-testid=chain-verdict]')).toMatch(/^Chain intact: \d+ entries checked/);
  });

  it('shows the server’s Indonesian message for a wrong password', async () => {
    const page = await openApp();
    await signIn(page, 'admin@malang.demo', 'bukan-kata-sandinya');
    await page.getByRole('alert').waitFor();
    expect(await page.getByRole('alert').textContent()).toContain('Email atau kata sandi salah.');
  });

  it('lets a two-region auditor switch to Kabupaten Bangka, read-only', async () => {
    const page = await openApp();
    await signIn(page, 'auditor@balai.demo');
    const switcher = page.getByTestId('region-switcher');
    await switcher.waitFor();
    expect(await switcher.locator('option').allTextContents()).toEqual(['Kabupaten Bangka', 'Kota Malang']);

    await switcher.selectOption({ label: 'Kota Malang' });
    await page.getByRole('heading', { name: 'Peran Anda di Kota Malang' }).waitFor();
    await page.reload(); // the choice is remembered
    await page.getByRole('heading', { name: 'Peran Anda di Kota Malang' }).waitFor();

    await switcher.selectOption({ label: 'Kabupaten Bangka' });
    await page.getByRole('heading', { name: 'Peran Anda di Kabupaten Bangka' }).waitFor();
    await navLink(page, 'Pengguna').click();
    await page.getByRole('cell', { name: /petugas@bangka\.demo/ }).waitFor();
    expect(await text(page, '[data-testid=users-table]')).not.toContain('malang.demo');
    expect(await page.getByTestId('user-create').count()).toBe(0);
  });

  it('folds the navigation into a menu button on a phone', async () => {
    const page = await openApp(PHONE);
    await signIn(page, 'wp@malang.demo');
    const menu = page.getByTestId('menu-button');
    await menu.waitFor();
    expect(await page.getByRole('heading', { name: 'Pajak daerah Anda' }).isVisible()).toBe(true);
    expect(await navLink(page, 'Wilayah').isVisible()).toBe(false);

    await menu.click();
    await navLink(page, 'Wilayah').click();
    await page.getByRole('cell', { name: '35.73.02', exact: true }).waitFor(); // Kecamatan Klojen
    expect(await navLink(page, 'Wilayah').isVisible()).toBe(false);
  });

  it('lets a person change their own password, sign out, and change their name and language', async () => {
    const page = await openApp();
    await signIn(page, 'petugas@malang.demo');
    await page.getByTestId('user-menu').click();
    await page.getByRole('link', { name: 'Akun saya' }).click();
    const form = page.getByTestId('password-form');
    await form.getByLabel('Kata sandi saat ini').fill('bukan-kata-sandinya');
    await form.getByLabel('Kata sandi baru', { exact: true }).fill('petugas-baru-2025');
    await form.getByLabel('Ulangi kata sandi baru').fill('petugas-baru-2025');
    await form.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('Kata sandi saat ini tidak cocok.');

    await form.getByLabel('Kata sandi saat ini').fill(DEMO_PASSWORD);
    await form.getByLabel('Kata sandi baru', { exact: true }).fill('petugas-baru-2025');
    await form.getByLabel('Ulangi kata sandi baru').fill('petugas-baru-2025');
    await form.getByRole('button', { name: 'Simpan kata sandi' }).click();
    await page.getByText('Kata sandi diubah.').waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByRole('button', { name: 'Keluar' }).click();
    await page.getByRole('heading', { name: 'Masuk ke Balai' }).waitFor();
    await signIn(page, 'petugas@malang.demo', 'petugas-baru-2025');
    await page.getByRole('heading', { name: 'Selamat datang, Rina Petugas Bapenda' }).waitFor();

    await page.getByTestId('user-menu').click();
    await page.getByRole('link', { name: 'Akun saya' }).click();
    const profile = page.getByTestId('profile-form');
    await profile.getByLabel('Nama').fill('Rina Wulandari');
    await profile.getByLabel('Bahasa').selectOption('en');
    await profile.getByRole('button', { name: 'Simpan' }).click();
    // Saved, the application speaks the chosen language and the menu shows the new name.
    await profile.getByText('Name and language saved.').waitFor();
    await page.getByRole('heading', { name: 'My account' }).waitFor();
    expect(await page.getByTestId('user-menu').textContent()).toContain('Rina Wulandari');
  });

  it('runs under its Content-Security-Policy: the app, the API docs and a verify page report no violation', async () => {
    const page = await openApp();
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text()))
        violations.push(`${page.url()}: ${message.text()}`);
    });
    await signIn(page, 'bendahara@malang.demo');
    await page.getByTestId('user-menu').waitFor();

    await page.goto(`${app.url}/docs/`);
    // The docs render long lists as they scroll; the filter box narrows them to the banks' tag.
    await page.getByPlaceholder('Filter by tag').fill('h2h');
    await page.locator('.opblock-summary-path', { hasText: '/api/h2h/v1/inquiry' }).first().waitFor();

    await page.goto(`${app.url}/verify/A1901-1-0123456789ABCDEF`);
    await page.getByText('Dokumen tidak dikenal').first().waitFor();
    // The page's one style block applies (allowed by its hash): the grey background of its stylesheet.
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe(
      'rgb(241, 243, 245)',
    );
    expect(violations).toEqual([]);
  });
});
