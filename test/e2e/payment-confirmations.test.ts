import { randomUUID, sign } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signRequest } from '../../src/payments/bank-api/signature';
import { signTransaction, tokenStringToSign } from '../../src/payments/snap/snap-signature';
import { formatBillingCode } from '../../src/receivables/rules/billing-code';
import { wibTimestamp } from '../support/bank';
import { pdfText } from '../support/pdf';
import { DEMO_PRIVATE_KEY, numericId } from '../support/snap-bank';
import { confirmDialog, DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

/**
 * Issue 14's smaller remains, in the browser. The taxpayer sees a payment made at a bank (a SNAP virtual account
 * transfer, a teller on the host-to-host API) as after QRIS: NTPD, amount, time, SSPD; the officer's table of a
 * taxpayer's bills shows a paid bill's principal and sanctions; "Laporkan" on the home opens the filing form on that
 * object and masa; the refund (restitusi) and manual settlement of a stuck payment confirm before they act; an audit
 * entry of a return opens the return's own page. The server's clock stands at 11 March 2025, 10:00 WIB (harness.ts):
 * the demo's wp@malang.demo (Tini Rahayu, Warung Bu Tini) owes three overdue bills then.
 */

const app = serverAndBrowser();

const REGION = '/api/v1/regions/35.73';
/** Balai's pinned clock: a bank's X-TIMESTAMP and paid-at must be within minutes of it. */
const NOW = wibTimestamp(new Date('2025-03-11T03:00:00Z'));
const digits = (text: string | null) => Number((text ?? '').replace(/\D/g, ''));
const flat = (text: string) => text.replace(/\s+/g, ' ');
const dialog = (page: Page) => page.locator('dialog[open]');

/** The signed-in page's session as an API client (its cookie, and the CSRF token a change needs). */
async function apiOf(page: Page) {
  const me = await (await page.request.get(`${app.url}/api/v1/auth/me`)).json();
  const headers = { 'x-csrf-token': me.csrfToken as string };
  return {
    get: async (path: string) => {
      const res = await page.request.get(`${app.url}${REGION}${path}`);
      expect(res.status(), path).toBe(200);
      return res.json();
    },
    post: async (path: string, data: unknown) => {
      const res = await page.request.post(`${app.url}${REGION}${path}`, { data, headers });
      expect(res.status(), `${path}: ${await res.text()}`).toBeLessThan(300);
      return res.json();
    },
  };
}

/** Bank Jatim pays a VA over SNAP BI, as the README tells banks to (its demo key and secret are public). */
async function payByVirtualAccount(billingCode: string, amount: number): Promise<{ ntpd: string }> {
  const tokenRes = await fetch(`${app.url}/snap/v1.0/access-token/b2b`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-timestamp': NOW,
      'x-client-key': 'BANKJATIM',
      'x-signature': sign(
        'sha256',
        Buffer.from(tokenStringToSign('BANKJATIM', NOW)),
        DEMO_PRIVATE_KEY,
      ).toString('base64'),
    },
    body: '{"grantType":"client_credentials"}',
  });
  const { accessToken } = (await tokenRes.json()) as { accessToken: string };
  const path = '/snap/v1.0/transfer-va/payment';
  const raw = JSON.stringify({
    partnerServiceId: '   13573',
    customerNo: billingCode,
    virtualAccountNo: `   13573${billingCode}`,
    paymentRequestId: numericId(),
    paidAmount: { value: `${amount}.00`, currency: 'IDR' },
    trxDateTime: NOW,
  });
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      authorization: `Bearer ${accessToken}`,
      'x-timestamp': NOW,
      'x-signature': signTransaction('bankjatim-demo-secret', 'POST', path, accessToken, raw, NOW),
      'x-partner-id': 'BANKJATIM',
      'x-external-id': numericId(),
      'channel-id': '95221',
    },
    body: raw,
  });
  const answer = await res.json();
  expect(answer.responseCode, JSON.stringify(answer)).toBe('2002500');
  return { ntpd: answer.virtualAccountData.additionalInfo.ntpd };
}

/** The sandbox bank's teller pays a bill over the host-to-host API (README "For banks"). */
async function payAtTeller(billingCode: string, amount: number): Promise<{ ntpd: string }> {
  const path = '/api/h2h/v1/payment';
  const raw = JSON.stringify({ billingCode, amount, bankReference: `SBX-${numericId()}`, paidAt: NOW });
  const res = await fetch(`${app.url}${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-partner-id': 'BANK-SANDBOX',
      'x-timestamp': NOW,
      'x-external-id': randomUUID().replace(/-/g, '').slice(0, 30),
      'x-signature': signRequest('sandbox-secret', 'POST', path, raw, NOW),
    },
    body: raw,
  });
  const answer = await res.json();
  expect(answer.responseCode, JSON.stringify(answer)).toBe('00');
  return { ntpd: answer.ntpd };
}

/** Tagihan Saya's paid bills, and the card of one kode bayar (as displayed, grouped) among them. */
async function paidCard(wp: Page, billingCodeDisplay: string) {
  await go(wp, 'Tagihan Saya');
  await wp
    .getByRole('tab', { name: 'Lunas' })
    .or(wp.getByRole('button', { name: 'Lunas' }))
    .first()
    .click();
  const card = wp
    .locator('[data-testid=bill-card][data-status=paid]')
    .filter({ hasText: billingCodeDisplay });
  await card.getByTestId('payment-receipt').waitFor();
  return card;
}

/** The payment's confirmation on the card: its NTPD, amount, time on the region's clock, bank, and SSPD. */
async function expectConfirmation(
  wp: Page,
  card: ReturnType<Page['locator']>,
  o: { ntpd: string; amount: number; bank: string },
) {
  const receipt = card.getByTestId('payment-receipt');
  expect((await receipt.getByTestId('payment-ntpd').textContent())?.trim()).toBe(o.ntpd);
  expect(digits(await receipt.getByTestId('payment-amount').textContent())).toBe(o.amount);
  const time = (await receipt.getByTestId('payment-time').textContent()) ?? '';
  expect(time).toContain('11 Maret 2025');
  expect(time).toContain('WIB');
  expect(time).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  expect(await receipt.textContent()).toContain(o.bank);
  const sspd = await card
    .getByTestId('sspd-links')
    .getByRole('link', { name: 'SSPD (PDF)' })
    .getAttribute('href');
  const pdf = await wp.request.get(new URL(sspd ?? '', app.url).toString());
  expect(pdf.status()).toBe(200);
  const text = flat(pdfText(new Uint8Array(await pdf.body())));
  expect(text).toContain('SURAT SETORAN PAJAK DAERAH');
  expect(text).toContain(o.ntpd);
}

describe('the taxpayer sees a payment made at a bank', () => {
  /** The overdue bill the first test pays by VA, which the officer's table shows in the second. */
  const paidByVa = { code: '', amount: 0, interest: 0 };

  it('phone: after Bank Jatim takes a transfer to the VA the home showed, the bill is off the home and its Lunas card shows the payment (NTPD, amount, time, SSPD)', async () => {
    const wp = await openApp(app.browser, app.url, PHONE);
    await signIn(wp, 'wp@malang.demo');
    const due = wp.getByTestId('due-bill').first();
    await due.waitFor();
    const code = ((await due.locator('.mono').first().textContent()) ?? '').trim();
    const billingCode = code.replace(/\s/g, '');
    const amount = digits(await due.getByTestId('due-amount').textContent());
    await due.getByText('Cara membayar').click();
    const how = due.getByTestId('how-to-pay');
    await how.getByText(/virtual account Bank Jatim/).waitFor();
    // The VA the home tells the taxpayer to transfer to: the bank's prefix and the kode bayar.
    expect(await how.textContent()).toContain(`13573${billingCode}`);

    const paid = await payByVirtualAccount(billingCode, amount);

    await wp.reload();
    await wp.getByTestId('due-list').waitFor({ state: 'attached' });
    await wp.getByTestId('due-bill').first().waitFor();
    expect(await wp.getByTestId('due-list').textContent()).not.toContain(code);
    const card = await paidCard(wp, code);
    await expectConfirmation(wp, card, { ...paid, amount, bank: 'Bank Jatim' });
    // The Lunas card splits what was paid: the bill was overdue, so sanctions were paid with it.
    const principal = digits(await card.getByTestId('paid-principal').textContent());
    const interest = digits(await card.getByTestId('paid-interest').textContent());
    expect(interest).toBeGreaterThan(0);
    expect(principal + interest).toBe(amount);
    Object.assign(paidByVa, { code, amount, interest });
  });

  it('desktop: after a teller pays at the sandbox bank, the card shows that payment; the officer’s table of the taxpayer’s bills shows it and the VA’s paid, principal and sanctions apart', async () => {
    const wp = await openApp(app.browser, app.url, DESKTOP);
    await signIn(wp, 'wp@malang.demo');
    await go(wp, 'Tagihan Saya');
    const open = wp.locator('[data-testid=bill-card][data-status=open]').first();
    await open.waitFor();
    const code = ((await open.locator('.billing-code').textContent()) ?? '').trim();
    const amount = digits(await open.getByTestId('amount-due').textContent());

    const paid = await payAtTeller(code.replace(/\s/g, ''), amount);

    await wp.reload();
    const card = await paidCard(wp, code);
    await expectConfirmation(wp, card, { ...paid, amount, bank: 'Bank Sandbox' });

    const officer = await openApp(app.browser, app.url, DESKTOP);
    await signIn(officer, 'petugas@malang.demo');
    await go(officer, 'Wajib pajak');
    const filters = officer.getByTestId('taxpayer-filters');
    await filters.getByLabel('Cari', { exact: true }).fill('Tini Rahayu');
    await filters.getByRole('button', { name: 'Cari' }).click();
    await officer.getByTestId('taxpayer-results').getByRole('link', { name: 'Tini Rahayu' }).click();
    // Both bills paid today: the teller's, and the overdue one paid by VA above, with its sanctions apart.
    for (const [paidCode, paidAmount] of [
      [code, amount],
      [paidByVa.code, paidByVa.amount],
    ] as const) {
      const row = officer.locator('[data-testid=bill-row][data-status=paid]').filter({ hasText: paidCode });
      await row.getByTestId('paid-total').waitFor();
      const principal = digits(await row.getByTestId('paid-principal').textContent());
      const interest = digits(await row.getByTestId('paid-interest').textContent());
      expect(digits(await row.getByTestId('paid-total').textContent())).toBe(paidAmount);
      expect(principal + interest).toBe(paidAmount);
      if (paidCode === paidByVa.code) expect(interest).toBe(paidByVa.interest);
      expect(await row.textContent()).toContain('Dibayar 11 Maret 2025');
      expect(await row.getByTestId('sspd-links').count()).toBe(1);
    }
  });
});

describe('Laporkan on the taxpayer’s home', () => {
  it('phone: opens the filing form on that object and its earliest masa not reported; the address names them', async () => {
    const officer = await openApp(app.browser, app.url, DESKTOP);
    await signIn(officer, 'petugas@malang.demo');
    await officer.getByTestId('user-menu').waitFor();
    const api = await apiOf(officer);
    const tini = (await api.get('/taxpayers?q=Tini%20Rahayu&limit=5')).items[0] as { id: number };
    const file = await api.get(`/taxpayers/${tini.id}`);
    const warung = file.objects[0] as { taxCode: string; category: string; villageCode: string };
    // A second object, opened in December: Tini's first (Warung Bu Tini) is what the form opens with by default.
    const kedai = (await api.post(`/taxpayers/${tini.id}/objects`, {
      taxCode: warung.taxCode,
      category: warung.category,
      name: 'Kedai Kopi Tini',
      address: 'Jl. Kawi No. 26',
      villageCode: warung.villageCode,
      openedOn: '2024-12-01',
    })) as { id: number };

    const wp = await openApp(app.browser, app.url, PHONE);
    await signIn(wp, 'wp@malang.demo');
    const object = wp.getByTestId('unfiled-object').filter({ hasText: 'Kedai Kopi Tini' });
    await object.waitFor();
    expect(await object.textContent()).toContain('Desember 2024');
    const link = object.getByRole('link', { name: /Laporkan/ });
    expect(await link.getAttribute('aria-label')).toBe('Laporkan Kedai Kopi Tini masa Desember 2024');
    expect(await link.getAttribute('href')).toBe(`#/file-return?objectId=${kedai.id}&period=2024-12`);
    await link.click();
    const form = wp.getByTestId('file-return-form');
    await form.locator('select[name=period]').waitFor();
    expect(await form.locator('select[name=object]').inputValue()).toBe(String(kedai.id));
    expect(await form.locator('select[name=period]').inputValue()).toBe('2024-12');

    // Another masa named in the address is the one chosen, not the picker's default (the earliest unfiled).
    await wp.evaluate((id) => {
      window.location.hash = `/file-return?objectId=${id}&period=2025-01`;
    }, kedai.id);
    await wp.waitForFunction(
      () => (document.querySelector('select[name=period]') as HTMLSelectElement | null)?.value === '2025-01',
    );
    expect(await form.locator('select[name=object]').inputValue()).toBe(String(kedai.id));
    expect(await wp.getByTestId('problem').count()).toBe(0);
  });
});

describe('confirmations of a refund and of a manual settlement', () => {
  it('desktop: refunding an SKPDLB shows the amount and what follows; cancel refunds nothing; confirming refunds it', async () => {
    // A taxpayer with nothing open whose paid return an officer corrects downwards: the excess gets an SKPDLB.
    const officer = await openApp(app.browser, app.url, DESKTOP);
    await signIn(officer, 'petugas@malang.demo');
    await officer.getByTestId('user-menu').waitFor();
    const api = await apiOf(officer);
    const verified = (await api.get('/returns?status=verified&limit=200')).items as {
      id: number;
      taxpayerId: number;
      gross: number;
      billStatus: string | null;
    }[];
    let chosen: (typeof verified)[number] | undefined;
    for (const r of verified.filter((x) => x.billStatus === 'paid' && x.gross > 1_000_000)) {
      if ((await api.get(`/bills?taxpayerId=${r.taxpayerId}&status=open&limit=1`)).items.length === 0) {
        chosen = r;
        break;
      }
    }
    if (!chosen) throw new Error('the demo has no taxpayer with a paid return and nothing open');
    const amended = await api.post(`/returns/${chosen.id}/amend`, { gross: Math.round(chosen.gross / 2) });
    expect(amended.overpayment).toBeGreaterThan(0);
    const [awaiting] = (await api.get(`/overpayments?taxpayerId=${chosen.taxpayerId}`)).items as {
      returnId: number;
    }[];
    await api.post('/assessments', {
      kind: 'SKPDLB',
      returnId: awaiting?.returnId,
      finding: 'Pembetulan omzet diterima setelah pemeriksaan',
    });
    const overpaid = `Rp ${(amended.overpayment as number).toLocaleString('id-ID')}`;

    const supervisor = await openApp(app.browser, app.url, DESKTOP);
    await signIn(supervisor, 'supervisor@malang.demo');
    await supervisor.getByTestId('user-menu').waitFor();
    await supervisor.evaluate((id) => {
      window.location.hash = `/taxpayers/${id}`;
    }, chosen.taxpayerId);
    const skpdlb = supervisor.getByTestId('skpdlb-row');
    const refund = skpdlb.getByRole('button', { name: 'Kembalikan' });
    await refund.click();
    const confirm = dialog(supervisor);
    expect(await confirm.getByTestId('confirm-summary').textContent()).toContain('SKPDLB');
    expect(await confirm.getByTestId('confirm-amount').textContent()).toContain(overpaid);
    expect(await confirm.getByTestId('confirm-consequence').textContent()).toContain(
      `${overpaid} dibayarkan kembali kepada wajib pajak dari kas daerah`,
    );
    await confirm.getByTestId('confirm-cancel').click();
    await confirm.waitFor({ state: 'detached' });
    expect(await skpdlb.getByTestId('skpdlb-remaining').textContent()).toBe(overpaid);

    await refund.click();
    await dialog(supervisor).getByLabel('Nomor SP2D atau referensi transfer').fill('SP2D-0042/LB/2025');
    await confirmDialog(supervisor);
    await supervisor
      .getByTestId('outcome')
      .getByText(`${overpaid} dikembalikan (SP2D-0042/LB/2025).`)
      .waitFor();
    await skpdlb.getByTestId('skpdlb-remaining').getByText('Rp 0', { exact: true }).waitFor();
    expect(await skpdlb.textContent()).toContain(`dikembalikan ${overpaid}`);
  });

  it('desktop: settling a stuck payment by hand shows its amount and what follows; cancel leaves it stuck; confirming settles it', async () => {
    const admin = await openApp(app.browser, app.url, DESKTOP);
    await signIn(admin, 'admin@malang.demo');
    await go(admin, 'Kanal pembayaran');
    const api = await apiOf(admin);
    const intents = (await api.get('/payments/intents')).intents as {
      id: number;
      state: string;
      amount: number;
      billingCode: string;
    }[];
    const stuck = intents.find((i) => i.state === 'stuck');
    if (!stuck) throw new Error('the demo has no stuck payment');
    const amount = `Rp ${stuck.amount.toLocaleString('id-ID')}`;
    const row = admin
      .getByTestId('payments-intents')
      .locator('tr')
      .filter({ hasText: formatBillingCode(stuck.billingCode) });
    const settle = row.getByRole('button', { name: 'Selesaikan' });
    await settle.click();
    const confirm = dialog(admin);
    expect(await confirm.getByTestId('confirm-amount').textContent()).toContain(amount);
    expect(await confirm.getByTestId('confirm-summary').textContent()).toContain(
      formatBillingCode(stuck.billingCode),
    );
    expect(await confirm.getByTestId('confirm-consequence').textContent()).toContain(
      `Pembayaran ${amount} yang tertahan antara bank dan Balai ditandai selesai`,
    );
    await confirm.getByTestId('confirm-cancel').click();
    await confirm.waitFor({ state: 'detached' });
    const stateOf = async () =>
      ((await api.get('/payments/intents')).intents as { id: number; state: string }[]).find(
        (i) => i.id === stuck.id,
      )?.state;
    expect(await stateOf()).toBe('stuck');

    await settle.click();
    await dialog(admin)
      .getByLabel('Catatan penyelesaian')
      .fill('Dana QRIS dikembalikan ke pembayar, memo 17/PD/2025');
    await confirmDialog(admin);
    await row.waitFor({ state: 'detached' });
    expect(await stateOf()).toBe('resolved');
  });
});

describe('the audit browser opens a return’s own page', () => {
  it('desktop: an auditor follows a return’s entry to its page (details, status, amounts, revisions, documents, audit trail) and on to its bill’s', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'auditor@malang.demo');
    await go(page, 'Audit');
    await page.getByTestId('audit-table').waitFor();
    await page.locator('select[name=action]').selectOption({ label: 'SPTPD disampaikan' });
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid=audit-action]')].every(
        (a) => a.textContent === 'SPTPD disampaikan',
      ),
    );
    const entry = page.getByTestId('audit-entry').first();
    const link = entry.getByTestId('audit-subject-link');
    const name = (await link.textContent()) ?? '';
    const target = (await link.getAttribute('href')) ?? '';
    const [, taxpayerId, returnId] = /^#\/taxpayers\/(\d+)\/returns\/(\d+)$/.exec(target) ?? [];
    expect(returnId).toBeDefined();
    await link.click();

    const shown = page.getByTestId('return-page');
    await shown.waitFor();
    expect(await shown.getAttribute('data-return-id')).toBe(returnId);
    // The audit entry's name ("SPTPD <tax> · <object> · <masa>") names what the page shows.
    const [, object = '', masa = ''] = /^SPTPD .+ · (.+) · (\w+ \d{4})$/.exec(name) ?? [];
    expect(await shown.getByRole('heading', { level: 1 }).textContent()).toBe(`SPTPD ${object} · ${masa}`);
    expect(await shown.locator('.page-head [data-status]').count()).toBe(1);
    expect(await shown.getByTestId('return-facts').textContent()).toMatch(/Pajak terutangRp [\d.]+/);
    expect(await shown.getByTestId('return-amounts').textContent()).toMatch(/Rp [\d.]+/);
    await shown.getByTestId('return-revisions').locator('tr[aria-current=page]').waitFor();
    await shown.getByTestId('return-documents').getByRole('link', { name: 'Unduh SPTPD (PDF)' }).waitFor();
    await shown.getByTestId('subject-audit-action').getByText('SPTPD disampaikan').first().waitFor();
    expect(await page.locator('.breadcrumb a').getAttribute('href')).toBe(`#/taxpayers/${taxpayerId}`);

    await shown.getByTestId('return-bill-link').click();
    const bill = page.getByTestId('bill-page');
    await bill.getByTestId('bill-history').locator('tr[data-kind=assessment]').waitFor();
    expect(await bill.getByTestId('bill-origin-link').getAttribute('href')).toBe(target);
  });
});
