import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

/**
 * Issue 15, reminders in the browser, on the demo (its history holds two weeks of daily reminder runs in both
 * regions). The server's clock stands at 11 March 2025, 10:00 WIB.
 */

const app = serverAndBrowser();
const SHOTS = process.env.BALAI_E2E_SHOTS;

async function shot(page: import('playwright-core').Page, name: string) {
  if (!SHOTS) return;
  fs.mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: `${SHOTS}/${name}.png`, fullPage: true });
}

describe('the taxpayer chooses their reminders on a phone', () => {
  it('switches WhatsApp reminders off in their account; the overdue notice is said to go regardless', async () => {
    const wp = await openApp(app.browser, app.url, PHONE);
    await signIn(wp, 'wp@malang.demo');
    await wp.getByTestId('user-menu').waitFor();
    await wp.goto(`${app.url}/#/account`);
    const form = wp.getByTestId('reminder-preferences');
    await form.waitFor();
    await form.getByText('Pemberitahuan tunggakan').waitFor();
    const whatsapp = form.getByLabel(/WhatsApp\/SMS/);
    expect(await whatsapp.isChecked()).toBe(true);
    await whatsapp.uncheck();
    await form.getByRole('button', { name: 'Simpan' }).click();
    await form.getByRole('status').getByText('Pilihan pengingat disimpan.').waitFor();
    expect(await wp.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(wp, 'reminders-account-390');

    // It holds: reopened, the choice is as saved.
    await wp.reload();
    await wp.getByTestId('reminder-preferences').waitFor();
    await expect
      .poll(() =>
        wp
          .getByTestId('reminder-preferences')
          .getByLabel(/WhatsApp\/SMS/)
          .isChecked(),
      )
      .toBe(false);
    await wp.context().close();
  });
});

describe('staff read the reminders log on a desktop', () => {
  it('the officer sees the reminders sent, filters the overdue notices, and the sandbox gateway’s log', async () => {
    const officer = await openApp(app.browser, app.url, DESKTOP);
    await signIn(officer, 'petugas@malang.demo');
    await go(officer, 'Pengingat');
    const rows = officer.getByTestId('reminders-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    await officer.getByTestId('gateway-message').first().waitFor();
    await shot(officer, 'reminders-log-1280');

    await officer.getByLabel('Jenis').selectOption('bill_overdue');
    await expect
      .poll(async () => (await rows.allTextContents()).every((text) => text.includes('Tunggakan')))
      .toBe(true);
    // Amounts and dates through the one formatter.
    const first = (await rows.first().textContent()) ?? '';
    expect(first).toMatch(/Rp \d{1,3}(\.\d{3})+/);
    expect(first).toMatch(
      /\d{1,2} (Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember) \d{4}/,
    );
    expect(await officer.getByTestId('reminders-download-csv').getAttribute('href')).toContain(
      'kind=bill_overdue',
    );
    await officer.context().close();
  });

  it('on a phone the log stacks without running past the screen', async () => {
    const officer = await openApp(app.browser, app.url, PHONE);
    await signIn(officer, 'petugas@malang.demo');
    await go(officer, 'Pengingat');
    await officer.getByTestId('reminders-row').first().waitFor();
    expect(await officer.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      PHONE.width,
    );
    await shot(officer, 'reminders-log-390');
    await officer.context().close();
  });
});
