import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IMPORT_COLUMNS } from '../../src/tax/registry/import-columns';
import { DESKTOP, go, openApp, PHONE, serverAndBrowser, signIn } from './harness';

const app = serverAndBrowser();

// The server's clock is pinned to 11 March 2025 (harness.ts): February 2025 is the last month that has ended.
const TAXPAYER = 'Sari Wulandari';
const NIK = '3573025708920001';
const RESTAURANT = 'Depot Sari Rasa Ijen';

describe('local taxes', () => {
  it('takes a taxpayer from online registration through an SPTPD an officer verifies', async () => {
    const wp = await openApp(app.browser, app.url, PHONE);
    await signIn(wp, 'wp@malang.demo');
    await go(wp, 'Pajak Saya');
    // The demo may already link a taxpayer to this account; then the person registers another one.
    await wp.locator('[data-testid=register-panel], [data-testid=register-another]').first().waitFor();
    if (await wp.getByTestId('register-another').isVisible())
      await wp.getByTestId('register-another').click();

    const registration = wp.getByTestId('taxpayer-register-form');
    await registration.getByLabel('NIK', { exact: true }).fill(NIK);
    await registration.getByLabel('Nama lengkap').fill(TAXPAYER);
    await registration.getByLabel('Alamat').fill('Jl. Ijen No. 45');
    await registration.getByLabel('Kelurahan/desa').selectOption({ label: 'Oro-oro Dowo' });
    await registration.getByLabel('Nomor telepon (opsional)').fill('0812 3344 5566');
    await registration.getByRole('button', { name: 'Kirim pendaftaran' }).click();
    await wp.getByText(`Pendaftaran ${TAXPAYER} terkirim`).waitFor();
    const mine = wp.getByTestId('my-taxpayer').filter({ hasText: TAXPAYER });
    expect(await mine.getAttribute('data-status')).toBe('pending');

    await mine.getByRole('button', { name: '+ Tambah objek pajak' }).click();
    const object = wp.getByTestId('tax-object-form');
    await object.getByLabel('Jenis pajak').selectOption({ label: 'PBJT Makanan dan/atau Minuman' });
    await object.getByLabel('Nama usaha/objek').fill(RESTAURANT);
    await object.getByLabel('Tanggal mulai usaha').fill('2025-01-06');
    await object.getByRole('button', { name: 'Tambah objek pajak' }).click();
    await wp.getByText(`Objek pajak ${RESTAURANT} ditambahkan`).waitFor();
    expect(await mine.getByTestId('my-object').filter({ hasText: RESTAURANT }).textContent()).toContain(
      'Menunggu verifikasi',
    );

    const officer = await openApp(app.browser, app.url, DESKTOP);
    await signIn(officer, 'petugas@malang.demo');
    await go(officer, 'Antrean pendaftaran');
    const applicant = officer.getByTestId('registration').filter({ hasText: TAXPAYER });
    await applicant.getByRole('button', { name: `Verifikasi ${TAXPAYER}` }).click();
    await officer.getByText(`${TAXPAYER} diverifikasi.`).waitFor();
    await applicant.getByRole('button', { name: `Verifikasi ${RESTAURANT}` }).click();
    await officer.getByText(`${RESTAURANT} diverifikasi.`).waitFor();
    await applicant.getByTestId('queue-object').locator('[data-status=active]').waitFor();

    await wp.reload();
    await mine.getByTestId('npwpd').waitFor();
    expect(await mine.getByTestId('npwpd').textContent()).toMatch(/^P\.3573\.\d{7}\.02$/);

    await go(wp, 'Lapor SPTPD');
    const filing = wp.getByTestId('file-return-form');
    const option = filing.locator('select[name=object] option', { hasText: RESTAURANT });
    await filing.getByLabel('Objek pajak').selectOption((await option.getAttribute('value')) ?? '');
    const period = filing.getByLabel('Masa pajak');
    // Opened in January: the earliest masa not yet filed comes first; this taxpayer reports February.
    expect(await period.inputValue()).toBe('2025-01');
    await period.selectOption('2025-02');
    expect(await period.locator('option:checked').textContent()).toBe('Februari 2025');
    await filing.getByLabel('Omzet (peredaran bruto)').fill('25000000');
    expect(await filing.getByLabel('Omzet (peredaran bruto)').inputValue()).toBe('25.000.000');
    await wp.getByTestId('tax-preview').getByText('Rp 2.500.000').waitFor();
    await filing.getByLabel(/^Saya menyatakan/).check();
    await filing.getByRole('button', { name: 'Sampaikan SPTPD' }).click();

    const receipt = wp.getByTestId('return-receipt');
    await receipt.getByText(/^\d{4} \d{2} \d{2} \d{7} \d$/).waitFor();
    expect(await receipt.getByTestId('receipt-tax').textContent()).toBe('Rp 2.500.000');
    const code = (await receipt.getByTestId('billing-code').textContent()) ?? '';
    expect(code.replace(/ /g, '')).toMatch(/^357301250\d{7}$/);
    expect(await receipt.textContent()).toContain('31 Maret 2025');

    // The cash-register recap goes with the return as its attachment (lampiran).
    await go(wp, 'SPTPD Saya');
    const pending = wp.getByTestId('return-row').filter({ hasText: RESTAURANT });
    await pending.getByText('Lampiran').click();
    await pending.getByLabel(/^Tambah lampiran/).setInputFiles({
      name: 'rekap-kasir-februari.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n%%EOF\n'),
    });
    await pending
      .getByTestId('attachment-list')
      .getByRole('link', { name: 'rekap-kasir-februari.pdf' })
      .waitFor();

    await go(officer, 'Penelitian SPTPD');
    const submitted = officer.getByTestId('review-row').filter({ hasText: RESTAURANT });
    expect(await submitted.textContent()).toContain('Rp 2.500.000');
    await submitted.getByText('Lampiran').click();
    const recap = submitted.getByRole('link', { name: 'rekap-kasir-februari.pdf' });
    const opened = await officer.request.get(
      new URL((await recap.getAttribute('href')) ?? '', app.url).toString(),
    );
    expect(opened.headers()['content-type']).toBe('application/pdf');
    await submitted.getByRole('button', { name: `Verifikasi ${RESTAURANT} Februari 2025` }).click();
    await officer.getByText(`${RESTAURANT} Februari 2025 diverifikasi.`).waitFor();
    await submitted.waitFor({ state: 'detached' });

    await wp.reload(); // still on SPTPD Saya since the attachment: read the list again
    const filed = wp.getByTestId('return-row').filter({ hasText: RESTAURANT });
    await filed.waitFor();
    expect(await filed.locator('[data-status]').textContent()).toBe('Terverifikasi');
    expect(await filed.textContent()).toContain('Februari 2025');
  });

  it("an officer corrects the new taxpayer's phone and closes the restaurant (tutup usaha) from the 360° page", async () => {
    const officer = await openApp(app.browser, app.url, DESKTOP);
    await signIn(officer, 'petugas@malang.demo');
    await go(officer, 'Wajib pajak');
    await officer.getByLabel('Cari', { exact: true }).fill(TAXPAYER);
    await officer.getByRole('button', { name: 'Cari', exact: true }).click();
    await officer.getByRole('link', { name: TAXPAYER }).click();

    await officer.getByRole('button', { name: 'Ubah data' }).click();
    const edit = officer.getByTestId('edit-taxpayer-form');
    await edit.getByLabel(/^Nomor telepon/).fill('0341-551234');
    await edit.getByRole('button', { name: 'Simpan' }).click();
    await officer.getByText(`Data ${TAXPAYER} diperbarui.`).waitFor();
    await officer.getByText('0341-551234', { exact: false }).waitFor();

    await officer.getByRole('button', { name: `Tutup usaha ${RESTAURANT}` }).click();
    const close = officer.getByTestId('close-object-form');
    await close.getByLabel('Tanggal tutup usaha').fill('2025-03-10');
    await close.getByRole('button', { name: 'Tutup usaha' }).click();
    await officer.getByText(`${RESTAURANT} ditutup sejak 10 Maret 2025.`).waitFor();
    const row = officer.getByTestId('objects-table').locator('tr', { hasText: RESTAURANT });
    await row.locator('[data-status=closed]').waitFor();
    expect(await row.textContent()).toContain('10 Maret 2025');
    expect(await row.getByRole('button', { name: /Tutup usaha/ }).count()).toBe(0);
  });

  it('an officer registers a taxpayer at the counter, who waits for verification, and adds their parking lot (active at once, staff declared it)', async () => {
    const officer = await openApp(app.browser, app.url, DESKTOP);
    await signIn(officer, 'petugas@malang.demo');
    await go(officer, 'Wajib pajak');
    await officer.getByRole('button', { name: 'Daftarkan wajib pajak' }).click();
    const counter = officer.getByTestId('counter-registration');
    await counter.getByLabel('NIK', { exact: true }).fill('3573021708790004');
    await counter.getByLabel('Nama lengkap').fill('Hendra Gunawan');
    await counter.getByLabel('Alamat').fill('Jl. Semeru No. 8');
    await counter.getByLabel('Kelurahan/desa').selectOption({ label: 'Oro-oro Dowo' });
    await counter.getByRole('button', { name: 'Kirim pendaftaran' }).click();
    await officer.getByRole('heading', { name: 'Hendra Gunawan' }).waitFor();

    await officer.getByRole('button', { name: 'Tambah objek pajak' }).click();
    const object = officer.getByTestId('tax-object-form');
    await object.getByLabel('Jenis pajak').selectOption({ label: 'PBJT Jasa Parkir' });
    await object.getByLabel('Nama usaha/objek').fill('Parkir Semeru 8');
    await object.getByLabel('Tanggal mulai usaha').fill('2025-02-01');
    await object.getByRole('button', { name: 'Tambah objek pajak' }).click();
    await officer.getByText('Parkir Semeru 8', { exact: false }).first().waitFor();
    const row = officer.getByTestId('objects-table').locator('tr', { hasText: 'Parkir Semeru 8' });
    expect(await row.locator('[data-status]').getAttribute('data-status')).toBe('active');
    await go(officer, 'Antrean pendaftaran');
    await officer.getByTestId('registration').filter({ hasText: 'Hendra Gunawan' }).waitFor();
  });

  it('imports a legacy CSV: a bad line refused with its reason and a rejects file, then the fixed file, then the same file again adds nothing', async () => {
    const header = IMPORT_COLUMNS.join(',');
    const row = (n: number, nik: string) =>
      `LAMA-${n},person,${nik},,Warung Lama ${n},Jl. Lama ${n},35.73.02.1001,,,OBJ-LAMA-${n},pbjt_makanan_minuman,,Warung Lama ${n},Jl. Lama ${n},35.73.02.1001,2019-01-01`;
    const bad = [header, row(1, '3573021501850901'), row(2, '12345')].join('\n');
    const fixed = [header, row(1, '3573021501850901'), row(2, '3573021501850902')].join('\n');
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'petugas@malang.demo');
    await go(page, 'Impor wajib pajak');
    const form = page.getByTestId('taxpayer-import');
    const choose = (name: string, csv: string) =>
      form.getByLabel('Berkas CSV').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });

    await choose('lama.csv', bad);
    await form.getByRole('button', { name: 'Periksa dan impor' }).click();
    const rejects = page.getByTestId('import-rejects');
    await rejects.waitFor();
    expect(await rejects.locator('tbody tr').allTextContents()).toEqual([
      '3nik "12345": NIK terdiri atas 16 angka',
    ]);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      rejects.getByRole('link', { name: 'Unduh 1 baris yang ditolak (CSV)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('lama.rejects.csv');
    const saved = await download.path();
    expect(fs.readFileSync(saved, 'utf8')).toBe(
      'Baris,Alasan\r\n3,"nik ""12345"": NIK terdiri atas 16 angka"\r\n',
    );

    await choose('lama-benar.csv', fixed);
    await form.getByRole('button', { name: 'Periksa dan impor' }).click();
    const summary = page.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('2 wajib pajak baru (0 sudah ada), 2 objek pajak baru');
    await choose('lama-benar.csv', fixed);
    await form.getByRole('button', { name: 'Periksa dan impor' }).click();
    await page.getByText('0 wajib pajak baru (2 sudah ada), 0 objek pajak baru (2 sudah ada)').waitFor();
  });

  it('shows an officer the region today on the home page; the SPTPD awaiting review open the queue that holds them', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'petugas@malang.demo');
    const overview = page.getByTestId('tax-overview');
    await overview.getByText('Hari ini di Kota Malang').waitFor();
    expect(await overview.getByTestId('overview-receipts').textContent()).toContain('Penerimaan Maret 2025');
    await overview.getByTestId('overview-receipts-by-tax').getByText('PBJT Jasa Perhotelan').waitFor();
    const waiting = Number(await overview.getByTestId('overview-review').locator('strong').textContent());
    await overview.getByRole('link', { name: 'SPTPD menunggu penelitian' }).click();
    await page.getByRole('heading', { name: 'Penelitian SPTPD' }).waitFor();
    await page.getByTestId('review-queue').waitFor();
    expect(await page.getByTestId('review-row').count()).toBe(waiting);
  });

  it('computes late interest on the public simulator without signing in', async () => {
    const page = await openApp(app.browser, app.url, PHONE);
    await page.getByRole('link', { name: 'Simulasi pajak' }).click();
    await page.getByLabel('Pemda').selectOption({ label: 'Kota Malang' });
    const penalty = page.getByTestId('penalty-simulator');
    await penalty.getByLabel('Pokok pajak').fill('2000000');
    await penalty.getByLabel('Jatuh tempo').fill('2025-04-10');
    await penalty.getByLabel('Tanggal bayar').fill('2025-05-11');
    await penalty.getByRole('button', { name: 'Hitung bunga' }).click();
    await page.getByTestId('penalty-result').waitFor();
    expect(await page.getByTestId('penalty-months').textContent()).toBe('2 bulan');
    expect(await page.getByTestId('penalty-amount').textContent()).toBe('Rp 40.000');
    expect(await page.getByTestId('user-menu').count()).toBe(0);
  });

  it('shows a supervisor the legal cap that refuses a 12% PBJT rate', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'supervisor@malang.demo');
    await go(page, 'Tarif dan kebijakan');
    const form = page.getByTestId('rate-form');
    await form.getByLabel('Jenis pajak').selectOption({ label: 'PBJT Makanan dan/atau Minuman' });
    await form.getByLabel('Berlaku mulai').fill('2025-04-01');
    await form.getByLabel('Tarif (%)').fill('12');
    await form.getByLabel('Dasar hukum').fill('Rancangan Perda Kota Malang 2025');
    await form.getByRole('button', { name: 'Catat tarif' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain(
      'Tarif 12% ditolak: UU 1/2022 Pasal 58(1) membatasinya paling tinggi 10%.',
    );

    await page.getByRole('button', { name: 'EN', exact: true }).click();
    await form.getByRole('button', { name: 'Record rate' }).click();
    await form.getByText('A 12% rate is refused: UU 1/2022 Pasal 58(1) caps it at 10%.').waitFor();
    expect(await page.getByTestId('rates-table').textContent()).not.toContain('12%');
  });

  it('a supervisor records a new policy from the Perda: an NJOPTKP under the law’s minimum is refused beside the field, then one above it takes effect', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'supervisor@malang.demo');
    await go(page, 'Tarif dan kebijakan');
    await page.getByText('Catat kebijakan baru (Perda/Perkada)').click();
    const form = page.getByTestId('policy-form');
    await form.getByLabel('Berlaku mulai').fill('2025-03-01');
    await form.getByLabel('Dasar hukum').fill('Perwali Kota Malang (uji) tentang NJOPTKP');
    await form.getByLabel('NJOPTKP').fill('5.000.000');
    await form.getByRole('button', { name: 'Catat kebijakan' }).click();
    await form.getByText('UU 1/2022 Pasal 40 ayat (4): NJOPTKP paling sedikit Rp 10.000.000').waitFor();

    await form.getByLabel('NJOPTKP').fill('15.000.000');
    await form.getByRole('button', { name: 'Catat kebijakan' }).click();
    await page
      .getByText('Kebijakan pajak yang berlaku mulai 1 Maret 2025 dicatat', { exact: false })
      .waitFor();
    await page.getByTestId('policy-view').getByText('Rp 15.000.000 / Rp 80.000.000').waitFor();
  });

  it('a supervisor records a pemutihan and a new reklame tariff from the Perkada: a window ending before it starts is refused on its row, the corrected one is in force', async () => {
    const page = await openApp(app.browser, app.url, DESKTOP);
    await signIn(page, 'supervisor@malang.demo');
    await go(page, 'Tarif dan kebijakan');
    await page.getByText('Catat kebijakan baru (Perda/Perkada)').click();
    const form = page.getByTestId('policy-form');
    // In force from 1 March (the clock is at 11 March), for payments made in August: today's amounts stay as they are.
    await form.getByLabel('Berlaku mulai').fill('2025-03-01');
    await form.getByLabel('Dasar hukum', { exact: true }).fill('Perwali Kota Malang (uji) tentang pemutihan');
    await form.getByRole('button', { name: 'Tambah pemutihan' }).click();
    const amnesties = form.getByTestId('amnesty-rows');
    await amnesties.getByLabel('Mulai 1').fill('2025-08-31');
    await amnesties.getByLabel('Sampai 1').fill('2025-08-01');
    await amnesties.getByLabel('Dasar hukum 1').fill('Perwali uji 12/2025');
    const tariffs = form.getByTestId('reklame-tariff-rows');
    await tariffs.getByLabel('Per m² per satuan 1').fill('800.000');
    await form.getByRole('button', { name: 'Catat kebijakan' }).click();
    await amnesties
      .getByText('Masa pemutihan 31 Agustus 2025 sampai 1 Agustus 2025 berakhir sebelum dimulai')
      .waitFor();

    await amnesties.getByLabel('Mulai 1').fill('2025-08-01');
    await amnesties.getByLabel('Sampai 1').fill('2025-08-31');
    await form.getByRole('button', { name: 'Catat kebijakan' }).click();
    await page
      .getByText('Kebijakan pajak yang berlaku mulai 1 Maret 2025 dicatat', { exact: false })
      .waitFor();
    const view = page.getByTestId('policy-view');
    await view.getByText('1 Agustus 2025 s.d. 31 Agustus 2025: bunga dihapus 100%').waitFor();
    expect(await view.textContent()).toContain('Rp 800.000');
  });

  it('shows a taxpayer the QRIS of an open bill, and an administrator why a pasted dynamic QRIS is refused', async () => {
    const wp = await openApp(app.browser, app.url, PHONE);
    await signIn(wp, 'wp@malang.demo');
    await go(wp, 'Tagihan Saya');
    const open = wp.locator('[data-testid=bill-card][data-status=open]').first();
    await open.getByText('Bayar dengan QRIS').click();
    const qris = open.getByTestId('bill-qris');
    // An error in the fold would show as an alert instead: fail with its text rather than a bare timeout.
    await open.locator('[data-testid=bill-qris], [role=alert]').first().waitFor();
    expect(await open.getByRole('alert').allTextContents()).toEqual([]);
    expect(await qris.getByRole('img').getAttribute('src')).toMatch(/^data:image\/svg\+xml;base64,/);
    const payload = (await qris.getByTestId('qris-payload').textContent()) ?? '';
    expect(payload).toMatch(/^000201010212.*BAPENDA KOTA MALANG.*6304[0-9A-F]{4}$/);
    // The amount inside the code is the one the card asks for today.
    const due = (await open.getByTestId('amount-due').textContent())?.replace(/\D/g, '');
    expect(payload).toContain(`54${String(due?.length).padStart(2, '0')}${due}`);

    const admin = await openApp(app.browser, app.url, DESKTOP);
    await signIn(admin, 'admin@malang.demo');
    await go(admin, 'QRIS daerah');
    await admin.getByTestId('qris-merchant').getByText('BAPENDA KOTA MALANG').first().waitFor();
    const form = admin.getByTestId('qris-form');
    await form.getByLabel('String QRIS').fill(payload);
    await form.getByRole('button', { name: 'Simpan QRIS' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').textContent()).toContain('Ini QRIS dinamis');
  });

  it('turns an overpayment into an SKPDLB an officer issues, a supervisor offsets, and writes off a bill', async () => {
    // The demo's Warung Bu Tini paid September 2024 in full (Rp4.565.500) and owes January and February 2025.
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
    expect(await awaiting.textContent()).toContain('Rp 2.565.500');
    const tini = officer.url().split('#')[1] ?? '';
    await awaiting.getByRole('button', { name: 'Terbitkan SKPDLB' }).click();
    const issue = officer.getByTestId('skpdlb-form');
    await issue.getByLabel('Temuan pemeriksaan').fill('Pembetulan omzet September 2024 diterima');
    await issue.getByRole('button', { name: 'Terbitkan SKPDLB' }).click();
    await officer
      .getByText(/^SKPDLB\/\d{6}\/35\.73\/2025 diterbitkan, lebih bayar Rp 2\.565\.500\.$/)
      .waitFor();
    await officer.getByTestId('skpdlb-row').waitFor();
    // Spending it is a supervisor's decision.
    expect(await officer.getByTestId('skpdlb-row').getByRole('button').count()).toBe(0);

    const supervisor = await openApp(app.browser, app.url, DESKTOP);
    await signIn(supervisor, 'supervisor@malang.demo');
    await supervisor.getByTestId('user-menu').waitFor();
    await supervisor.evaluate((path) => {
      window.location.hash = path;
    }, tini);
    const skpdlb = supervisor.getByTestId('skpdlb-row');
    await skpdlb.getByRole('button', { name: 'Kompensasikan' }).click();
    await supervisor.getByTestId('offset-form').getByRole('button', { name: 'Kompensasikan' }).click();
    // January (Rp4.616.000, one month late) is more than the credit: it pays Rp2.540.099 of it with Rp25.400
    // interest, and the rupiah that cannot carry interest of its own pays Rp1 of February (not yet due).
    await supervisor.getByText('Rp 2.565.500 dikompensasikan ke 2 tagihan; sisa Rp 0.').waitFor();
    await skpdlb.getByTestId('skpdlb-remaining').getByText('Rp 0', { exact: true }).waitFor();
    expect(await skpdlb.getByRole('button').count()).toBe(0);

    // February's bill: due 31 March (January's is due 28 February).
    const february = supervisor.getByTestId('bill-row').filter({ hasText: '31 Maret 2025' });
    await february.getByRole('button', { name: /^Hapuskan tagihan / }).click();
    const writeOff = supervisor.getByTestId('write-off-form');
    await writeOff.getByLabel('Nomor keputusan').fill('188.45/77/35.73.112/2025');
    await writeOff.getByLabel('Alasan').fill('Usaha tutup dan pemilik tidak diketahui keberadaannya');
    await writeOff.getByRole('button', { name: 'Hapuskan' }).click();
    await supervisor.getByText(/dihapuskan berdasarkan 188\.45\/77\/35\.73\.112\/2025\.$/).waitFor();
    await february.locator('[data-status=written_off]').waitFor();
  });
});
