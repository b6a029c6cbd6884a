import { describe, expect, it } from 'vitest';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

const app = serverAndBrowser();

// The server's clock is pinned to 11 March 2025 (harness.ts); the demo's Warung Bu Tini owes open bills then.
describe('payments', () => {
  it('a citizen pays an open bill by QRIS on a phone and then finds it paid, with its SSPD', async () => {
    const wp = await openApp(app.browser, app.url, PHONE);
    await signIn(wp, 'wp@malang.demo');
    await go(wp, 'Tagihan Saya');
    const card = wp.locator('[data-testid=bill-card][data-status=open]').first();
    await card.waitFor();
    const billingCode = ((await card.locator('.billing-code').textContent()) ?? '').trim();
    await card.getByText('Bayar dengan QRIS').click();
    await card.getByTestId('bill-qris').waitFor();
    await card.getByRole('button', { name: /^Bayar Rp.*\(demo\)$/ }).click();

    await wp
      .getByRole('tab', { name: 'Lunas' })
      .or(wp.getByRole('button', { name: 'Lunas' }))
      .first()
      .click();
    const paid = wp.locator('[data-testid=bill-card][data-status=paid]').filter({ hasText: billingCode });
    await paid.getByTestId('sspd-links').waitFor();
    const href = await paid.getByTestId('sspd-links').getByRole('link').first().getAttribute('href');
    const sspd = await wp.request.get(new URL(href ?? '', app.url).toString());
    expect(sspd.status()).toBe(200);
    expect(sspd.headers()['content-type']).toContain('application/pdf');
  });

  it('an administrator sees the QRIS notification in the bank request log', async () => {
    const admin = await openApp(app.browser, app.url, DESKTOP);
    await signIn(admin, 'admin@malang.demo');
    await go(admin, 'Kanal pembayaran');
    await admin.getByTestId('payments-partners').getByText('BANK-SANDBOX').waitFor();
    const log = admin.getByTestId('payments-log');
    await log.getByText('qris/notify').first().waitFor();
    expect(await log.textContent()).toContain('QRIS-BANKJATIM');
  });
});
