import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { signRequest } from '../../src/payments/bank-api/signature';
import { jatimStatementCsv } from '../../src/payments/reconciliation/demo-statements';
import { writeCsv } from '../../src/platform/csv';
import { formatDate } from '../../src/platform/human-format';
import { confirmDialog, DESKTOP, go, openApp, serverAndBrowser, signIn } from './harness';

const app = serverAndBrowser();

/** A document link's answer, fetched with the page's own session. */
async function download(page: Page, href: string | null) {
  const res = await page.request.get(new URL(href ?? '', app.url).toString());
  return { status: res.status(), type: res.headers()['content-type'], body: await res.body() };
}

/** A bank's signed H2H call to the running server, at its pinned clock. */
async function bankCall(
  partnerId: string,
  secret: string,
  method: 'GET' | 'POST',
  op: string,
  body?: unknown,
) {
  const path = `/api/h2h/v1/${op}`;
  const raw = body === undefined ? '' : JSON.stringify(body);
  const timestamp = '2025-03-11T10:00:00+07:00';
  const res = await fetch(`${app.url}${path}`, {
    method,
    headers: {
      ...(raw ? { 'content-type': 'application/json' } : {}),
      'x-partner-id': partnerId,
      'x-timestamp': timestamp,
      'x-external-id': randomUUID().replace(/-/g, '').slice(0, 30),
      'x-signature': signRequest(secret, method, path, raw, timestamp),
    },
    ...(raw ? { body: raw } : {}),
  });
  return res.json();
}

// The server's clock is pinned to 11 March 2025 (harness.ts); the demo paid three bills at Bank Jatim on 10 March
// and imported that day's statement with one planted mismatch (payments/reconciliation/demo-statements.ts).
describe('receipts treasurer', () => {
  it('reconciles yesterday’s Bank Jatim statement with its one planted mismatch and deposits the rest (STS)', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'bendahara@malang.demo');
    await go(page, 'Rekonsiliasi dan STS');
    const day = page.locator('[data-testid=reconciliation-day][data-day="2025-03-10"]');
    await day.getByTestId('reconciliation-stats').waitFor();
    expect(await day.getByTestId('open-mismatches').textContent()).toBe('1');
    expect(await day.getByTestId('deposit-blocked').getAttribute('data-code')).toBe('MISMATCHES_OPEN');

    const row = day.locator('[data-testid=mismatch-table] tbody tr[data-open=true]');
    expect(await row.getAttribute('data-kind')).toBe('amount_differs');
    expect(await row.textContent()).toContain('Jumlah berbeda');
    await row.getByLabel('Penyelesaian').selectOption({ label: 'Ditahan (tidak ikut disetor)' });
    await row.getByLabel('Catatan').fill('Teller salah input Rp10.000; bank mengoreksi besok');
    await row.getByRole('button', { name: 'Selesaikan' }).click();
    await confirmDialog(page);
    await day.getByTestId('open-mismatches').getByText('0', { exact: true }).waitFor();
    expect(await day.getByTestId('mismatch-table').textContent()).toContain('Teller salah input Rp10.000');

    const deposit = day.getByTestId('deposit-panel');
    await deposit.getByText(/^Siap disetor ke RKUD: Rp [\d.]+ dari 2 pembayaran\.$/).waitFor();
    await deposit.getByRole('button', { name: 'Setor ke RKUD dan terbitkan STS' }).click();
    await confirmDialog(page);
    const done = deposit.getByTestId('deposit-done');
    await done.waitFor();
    expect(await done.textContent()).toContain('STS/000001/35.73/2025');
    const sts = await download(
      page,
      await done.getByRole('link', { name: /Unduh STS/ }).getAttribute('href'),
    );
    expect(sts.status).toBe(200);
    expect(sts.type).toBe('application/pdf');
    expect(sts.body.subarray(0, 5).toString()).toBe('%PDF-');
    await page
      .getByTestId('receipts-days')
      .locator('tr', { hasText: '10 Maret 2025' })
      .getByText('STS/000001/35.73/2025')
      .waitFor();
  });

  it('imports a statement file for another day: everything matches and the day is ready to deposit', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'bendahara@malang.demo');
    await go(page, 'Rekonsiliasi dan STS');
    await page.getByTestId('receipts-days').waitFor();
    const listed = await page.request.get(
      `${app.url}/api/v1/regions/35.73/payments?day=2025-03-07&partnerId=BANKJATIM`,
    );
    const payments = (await listed.json()).items as { bankReference: string; amount: number }[];
    expect(payments.length).toBeGreaterThan(0);
    const file = jatimStatementCsv(
      payments.map((p) => ({
        day: '2025-03-07',
        time: '11:00:00',
        reference: p.bankReference,
        amount: p.amount,
        description: 'PAJAK DAERAH',
      })),
    );

    await page.getByTestId('receipts-days').getByRole('button', { name: '7 Maret 2025' }).click();
    const day = page.locator('[data-testid=reconciliation-day][data-day="2025-03-07"]');
    await day.getByTestId('deposit-blocked').waitFor();
    expect(await day.getByTestId('deposit-blocked').getAttribute('data-code')).toBe('STATEMENT_NOT_IMPORTED');
    await day.getByLabel('Rekening koran (CSV)').setInputFiles({
      name: 'mutasi-bankjatim-2025-03-07.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file),
    });
    await day.getByRole('button', { name: 'Impor dan cocokkan' }).click();
    await day.getByText('Tidak ada selisih: rekening koran sama dengan pembayaran di Balai.').waitFor();
    await day.getByText(`Siap disetor ke RKUD`, { exact: false }).waitFor();
    expect(await day.getByTestId('open-mismatches').textContent()).toBe('0');
  });

  it('replaces 7 March’s statement with the right file: the first one shows as superseded with the reason', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'bendahara@malang.demo');
    await go(page, 'Rekonsiliasi dan STS');
    await page.getByTestId('receipts-days').getByRole('button', { name: '7 Maret 2025' }).click();
    const day = page.locator('[data-testid=reconciliation-day][data-day="2025-03-07"]');
    await day.getByText('Tidak ada selisih', { exact: false }).waitFor();
    const listed = await page.request.get(
      `${app.url}/api/v1/regions/35.73/payments?day=2025-03-07&partnerId=BANKJATIM`,
    );
    const payments = (await listed.json()).items as { bankReference: string; amount: number }[];
    const file = jatimStatementCsv(
      payments.map((p) => ({
        day: '2025-03-07',
        time: '16:00:00',
        reference: p.bankReference,
        amount: p.amount,
        description: 'PAJAK DAERAH (EKSPOR ULANG)',
      })),
    );

    const replace = day.getByTestId('statement-replace');
    await replace.locator('summary').click();
    await replace.getByLabel('Berkas pengganti (CSV)').setInputFiles({
      name: 'mutasi-bankjatim-2025-03-07-lengkap.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(file),
    });
    await replace.getByLabel('Alasan penggantian').fill('Ekspor pertama tanpa jam transaksi yang benar');
    await replace.getByRole('button', { name: 'Ganti berkas' }).click();
    const superseded = day.getByTestId('superseded-statements');
    await superseded.waitFor();
    const text = await superseded.textContent();
    expect(text).toContain('mutasi-bankjatim-2025-03-07.csv');
    expect(text).toContain('mutasi-bankjatim-2025-03-07-lengkap.csv');
    expect(text).toContain('Ekspor pertama tanpa jam transaksi yang benar');
    expect(text).toContain('bendahara@malang.demo');
    await day.getByText('Berkas mutasi-bankjatim-2025-03-07-lengkap.csv', { exact: false }).waitFor();
    await day.getByText('Siap disetor ke RKUD', { exact: false }).waitFor();
  });

  it('a payment the bank reports late onto the deposited 10 March goes to the treasury with a follow-up STS', async () => {
    // The sandbox lists the open bills; Bank Jatim then reports one paid the evening of 10 March, the next morning.
    const { bills } = await bankCall('BANK-SANDBOX', 'sandbox-secret', 'GET', 'sandbox/bills');
    const { billingCode } = bills[0] as { billingCode: string };
    const quote = await bankCall('BANKJATIM', 'bankjatim-demo-secret', 'POST', 'inquiry', { billingCode });
    const paid = await bankCall('BANKJATIM', 'bankjatim-demo-secret', 'POST', 'payment', {
      billingCode,
      amount: quote.total,
      bankReference: 'JTM-LATE-0310',
      paidAt: '2025-03-10T21:00:00+07:00',
    });
    expect(paid.responseCode).toBe('00');

    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'bendahara@malang.demo');
    await go(page, 'Rekonsiliasi dan STS');
    const day = page.locator('[data-testid=reconciliation-day][data-day="2025-03-10"]');
    const deposit = day.getByTestId('deposit-panel');
    await deposit.getByTestId('deposit-done').waitFor();
    const late = deposit.locator('[data-testid=undeposited] tr[data-standing=unmatched]');
    expect(await late.textContent()).toContain('JTM-LATE-0310');
    expect(await deposit.getByTestId('deposit-blocked').getAttribute('data-code')).toBe(
      'RECONCILIATION_OUTDATED',
    );

    await day.getByRole('button', { name: 'Cocokkan ulang' }).click();
    const row = day.locator('[data-testid=mismatch-table] tbody tr[data-open=true]');
    await row.waitFor();
    expect(await row.getAttribute('data-kind')).toBe('in_balai_only');
    await row.getByLabel('Penyelesaian').selectOption({ label: 'Dikonfirmasi bank (ikut disetor)' });
    await row.getByLabel('Catatan').fill('Bank konfirmasi: masuk mutasi 11 Maret');
    await row.getByRole('button', { name: 'Selesaikan' }).click();
    await confirmDialog(page);

    await deposit.getByText(/^Siap disetor susulan ke RKUD: Rp [\d.]+ dari 1 pembayaran\.$/).waitFor();
    await deposit.getByRole('button', { name: 'Setor susulan dan terbitkan STS susulan' }).click();
    await confirmDialog(page);
    const followUp = deposit.getByTestId('follow-up-done');
    await followUp.waitFor();
    expect(await followUp.textContent()).toContain('STS susulan STS/000002/35.73/2025');
    const sts = await download(
      page,
      await followUp.getByRole('link', { name: /Unduh STS/ }).getAttribute('href'),
    );
    expect(sts.status).toBe(200);
    expect(sts.type).toBe('application/pdf');
    // What stays is the payment withheld in the morning's reconciliation; nothing ready is left behind.
    const left = deposit.locator('[data-testid=undeposited] tbody tr');
    expect(await left.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-standing')))).toEqual([
      'withheld',
    ]);
    await page
      .getByTestId('receipts-days')
      .locator('tr', { hasText: '10 Maret 2025' })
      .getByText('susulan STS/000002/35.73/2025')
      .waitFor();
  });

  it('releases the payment withheld in the morning once the bank confirms it, and deposits it with a second STS susulan', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'bendahara@malang.demo');
    await go(page, 'Rekonsiliasi dan STS');
    const day = page.locator('[data-testid=reconciliation-day][data-day="2025-03-10"]');
    const row = day.locator('[data-testid=mismatch-table] tbody tr', {
      hasText: 'Ditahan (tidak ikut disetor)',
    });
    await row.locator('summary', { hasText: 'Lepaskan untuk disetor' }).click();
    const form = row.getByTestId('release-form');
    await form.getByLabel('Dasar pelepasan').fill('Surat Bank Jatim 12/III/2025: dana masuk 11 Maret');
    await form.getByRole('button', { name: 'Lepaskan untuk disetor' }).click();
    await confirmDialog(page);
    const released = row.getByTestId('mismatch-release');
    await released.waitFor();
    expect(await released.textContent()).toContain('Surat Bank Jatim 12/III/2025');

    const deposit = day.getByTestId('deposit-panel');
    await deposit.getByText(/^Siap disetor susulan ke RKUD: Rp [\d.]+ dari 1 pembayaran\.$/).waitFor();
    await deposit.getByRole('button', { name: 'Setor susulan dan terbitkan STS susulan' }).click();
    await confirmDialog(page);
    await deposit
      .getByTestId('follow-up-done')
      .getByText('STS/000003/35.73/2025', { exact: false })
      .waitFor();
    // Every payment of the day is now in an STS.
    await deposit.locator('[data-testid=undeposited]').waitFor({ state: 'detached' });
  });

  it('changes Bank Jatim’s statement format, refused inline first, then imports a statement in the new format', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'bendahara@malang.demo');
    await go(page, 'Rekonsiliasi dan STS');
    const panel = page.getByTestId('statement-format');
    expect(await panel.getByTestId('statement-format-facts').textContent()).toContain('No. Referensi');

    // The bank's new export: pipe-separated, compact dates, plain amounts, credits marked CR.
    await panel.getByRole('button', { name: 'Ubah format' }).click();
    const form = panel.getByTestId('statement-format-form');
    await form.getByLabel('Pemisah kolom').selectOption({ label: 'Garis tegak ( | )' });
    await form.getByLabel('Kolom tanggal').fill('TGL');
    await form.getByLabel('Format tanggal').selectOption('YYYYMMDD');
    await form.getByLabel('Kolom jam').fill('');
    await form.getByLabel('Kolom jumlah').fill('KREDIT');
    await form.getByLabel('Format jumlah').selectOption({ label: 'Angka saja (1250000.00)' });
    await form.getByLabel('Kolom nomor referensi').fill('REF');
    await form.getByLabel('Kolom keterangan').fill('URAIAN');
    await form.getByLabel('Kolom jenis mutasi').fill('JENIS');
    await form.getByLabel('Nilai yang menandai kredit').fill('');
    await form.getByRole('button', { name: 'Simpan format' }).click();
    // The server's refusal, beside the field it names and in the form's alert.
    await form.getByText('Isi nilai kredit bila kolom jenis mutasi diisi.').waitFor();
    expect(await form.getByTestId('problem').textContent()).toContain(
      'Format rekening koran tidak dapat dipakai',
    );
    expect(await form.getByLabel('Nilai yang menandai kredit').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Nilai yang menandai kredit').fill('CR');
    await form.getByRole('button', { name: 'Simpan format' }).click();
    await panel.getByText('Format rekening koran Bank Jatim disimpan.').waitFor();
    const facts = await panel.getByTestId('statement-format-facts').textContent();
    for (const shown of ['Garis tegak', 'TGL', 'YYYYMMDD', 'KREDIT', 'Angka saja', 'REF', 'JENIS', 'CR']) {
      expect(facts).toContain(shown);
    }

    // A day of Bank Jatim receipts whose statement is not in yet, written the new way with a debit line too.
    const days = (await (
      await page.request.get(`${app.url}/api/v1/regions/35.73/reconciliation/days?partnerId=BANKJATIM`)
    ).json()) as { items: { day: string; payments: number; statementImported: boolean }[] };
    const open = days.items.find((d) => !d.statementImported && d.payments > 0 && d.day !== '2025-03-07');
    expect(open).toBeDefined();
    const day = (open as { day: string }).day;
    const listed = await page.request.get(
      `${app.url}/api/v1/regions/35.73/payments?day=${day}&partnerId=BANKJATIM`,
    );
    const payments = (await listed.json()).items as {
      bankReference: string;
      amount: number;
      reversedAt: string | null;
    }[];
    const compact = day.replaceAll('-', '');
    const file = writeCsv(
      [
        ['TGL', 'JENIS', 'REF', 'KREDIT', 'URAIAN'],
        ...payments
          .filter((p) => !p.reversedAt)
          .map((p) => [compact, 'CR', p.bankReference, String(p.amount), 'PAJAK DAERAH']),
        [compact, 'DB', 'ADM-FEE', '6500', 'BIAYA ADMINISTRASI'],
      ],
      '|',
    );

    await page
      .getByTestId('receipts-days')
      .getByRole('button', { name: formatDate(day, 'id') })
      .click();
    const dayPanel = page.locator(`[data-testid=reconciliation-day][data-day="${day}"]`);
    await dayPanel.getByLabel('Rekening koran (CSV)').setInputFiles({
      name: `mutasi-bankjatim-${day}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(file),
    });
    await dayPanel.getByRole('button', { name: 'Impor dan cocokkan' }).click();
    await dayPanel.getByText('Tidak ada selisih: rekening koran sama dengan pembayaran di Balai.').waitFor();
    expect(await dayPanel.getByTestId('open-mismatches').textContent()).toBe('0');
    expect(await dayPanel.getByTestId('reconciliation-stats').textContent()).toContain(
      `${payments.filter((p) => !p.reversedAt).length} baris penerimaan`,
    );
  });

  it('the administrator replaces the demo’s example RKUD account, a bad number refused beside the field', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'admin@malang.demo');
    await go(page, 'Kanal pembayaran');
    const panel = page.getByTestId('rkud');
    const account = panel.getByTestId('rkud-account');
    await account.waitFor();
    expect(await account.textContent()).toContain('1234567890');
    expect(await account.textContent()).toContain('Nilai contoh');

    await panel.getByRole('button', { name: 'Ubah rekening' }).click();
    const form = panel.getByTestId('rkud-form');
    await form.getByLabel('Nomor rekening').fill('0011-22-33');
    await form.getByRole('button', { name: 'Simpan rekening' }).click();
    await form.getByText(/Nomor rekening harus 10 sampai 20 angka/).waitFor();
    expect(await form.getByLabel('Nomor rekening').getAttribute('aria-invalid')).toBe('true');

    await form.getByLabel('Nomor rekening').fill('0011-2233-4455');
    await form.getByRole('button', { name: 'Simpan rekening' }).click();
    await panel.getByText('Rekening RKUD 001122334455 disimpan.').waitFor();
    expect(await account.textContent()).toContain('RKUD Pemerintah Kota Malang');
    expect(await account.textContent()).not.toContain('Nilai contoh');
  });

  it('shows the taxpayer a paid bill’s SSPD on A4 and as a 58 mm slip', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'wp@malang.demo');
    await go(page, 'Tagihan Saya');
    await page.getByRole('button', { name: 'Lunas', exact: true }).click();
    const paid = page.locator('[data-testid=bill-card][data-status=paid]').first();
    const links = paid.getByTestId('sspd-links');
    await links.waitFor();
    const a4 = await download(
      page,
      await links.getByRole('link', { name: 'SSPD (PDF)' }).first().getAttribute('href'),
    );
    expect(a4.status).toBe(200);
    expect(a4.type).toBe('application/pdf');
    const narrowHref = await links.getByRole('link', { name: 'SSPD 58 mm' }).first().getAttribute('href');
    expect(narrowHref).toMatch(/\/payments\/\d+\/sspd\.pdf\?layout=58mm$/);
    const narrow = await download(page, narrowHref);
    expect(narrow.body.toString('latin1')).toMatch(/\/MediaBox \[0 0 164\.41 \d+\]/);
  });
});
