import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { verificationCode } from '../src/documents/verification';
import { billingCodeFromQris } from '../src/payments/qris/qris';
import { Problem } from '../src/platform/problem';
import { SYSTEM_ACTOR } from '../src/platform/users';
import { billLines } from '../src/receivables/bills/bill-lines';
import { payBill } from '../src/receivables/bills/pay-bill';
import { formatBillingCode } from '../src/receivables/rules/billing-code';
import { issueInterestStpd } from '../src/tax/assessments/issue-stpd';
import { ASSESSMENT_DOCUMENT } from '../src/tax/documents/assessment-document';
import {
  ASSESSMENT_KINDS,
  ASSESSMENT_TITLE,
  type AssessmentDocument,
  renderAssessmentPdf,
} from '../src/tax/documents/assessment-pdf';
import { BILL_DOCUMENT } from '../src/tax/documents/bill-document';
import { SPTPD_RECEIPT } from '../src/tax/documents/sptpd-receipt-document';
import { issueTaxBill } from '../src/tax/tax-bills';
import { DOCUMENTS } from './support/documents';
import { pdfText } from './support/pdf';
import { startTestApp, type TestApp } from './support/test-app';

/** A restaurant's tax as the only line of its bill. */
const pbjtTax = (tax: number) =>
  billLines({ regionId: '35.73', taxCode: 'pbjt_makanan_minuman', opsenInterestTo: 'province' }, { tax });

/**
 * Printed documents and their public check. The fixture is written straight to the tables: a Kota Malang
 * taxpayer whose NIK, NPWP, phone, e-mail and home address must never appear on a document or the verify page.
 * The test clock stands at 11 March 2025, 10:00 WIB.
 */

const BASE_URL = 'https://pajak.example.go.id';
const TODAY = '2025-03-11';
const PRIVATE = {
  nik: '3573015507809424',
  npwp: '0912345678901234',
  phone: '081234567890',
  email: 'tini.rahayu@example.com',
  address: 'Jl. Rahasia Pribadi No. 7',
};

let t: TestApp;
let secret: string;
const ids = {
  bill: 0,
  billingCode: '',
  returnId: 0,
  supersededReturnId: 0,
  amendmentId: 0,
  draftReturnId: 0,
  stpdId: 0,
  stpdNumber: '',
  lateReturnId: 0,
  lateBillId: 0,
  paidBillId: 0,
  bangkaBill: 0,
};

async function firstVillage(db: Database, regionId: string): Promise<string> {
  const [row] = await db.query<{ code: string }>(
    'SELECT village_code AS code FROM region_village WHERE region_id = $1 ORDER BY village_code LIMIT 1',
    [regionId],
  );
  return row?.code as string;
}

async function insertTaxpayer(db: Database, regionId: string, name: string, npwpd: string, nik: string) {
  const village = await firstVillage(db, regionId);
  const [tp] = await db.query<{ id: number }>(
    `INSERT INTO taxpayer (region_id, npwpd, kind, nik, npwp, name, address, village_code, phone, email, status,
                           registered_at, decided_at)
     VALUES ($1, $2, 'person', $3, $4, $5, $6, $7, $8, $9, 'verified', $10, $10) RETURNING id`,
    [
      regionId,
      npwpd,
      nik,
      PRIVATE.npwp,
      name,
      PRIVATE.address,
      village,
      PRIVATE.phone,
      PRIVATE.email,
      '2024-05-01T09:00:00+07:00',
    ],
  );
  const [obj] = await db.query<{ id: number }>(
    `INSERT INTO tax_object (region_id, taxpayer_id, tax_code, name, address, village_code, opened_on, status, registered_at)
     VALUES ($1, $2, 'pbjt_makanan_minuman', 'Warung Bu Tini', 'Jl. Kawi No. 24', $3, '2024-06-01', 'active', $4)
     RETURNING id`,
    [regionId, tp?.id, village, '2024-05-01T09:00:00+07:00'],
  );
  return { taxpayerId: tp?.id as number, objectId: obj?.id as number };
}

async function insertReturn(
  db: Database,
  regionId: string,
  who: { taxpayerId: number; objectId: number },
  r: {
    period: string;
    revision: number;
    gross: number;
    status: string;
    dueDate: string;
    submittedAt: string | null;
  },
): Promise<number> {
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO tax_return (region_id, object_id, taxpayer_id, tax_code, period, revision, gross, rate_ppm, tax,
                             status, due_date, created_at, submitted_at)
     VALUES ($1, $2, $3, 'pbjt_makanan_minuman', $4, $5, $6, 100000, $7, $8, $9, $10, $10) RETURNING id`,
    [
      regionId,
      who.objectId,
      who.taxpayerId,
      r.period,
      r.revision,
      r.gross,
      r.gross / 10,
      r.status,
      r.dueDate,
      r.submittedAt ?? '2025-02-01T09:00:00+07:00',
    ],
  );
  if (r.submittedAt === null) {
    await db.query('UPDATE tax_return SET submitted_at = NULL WHERE region_id = $1 AND id = $2', [
      regionId,
      row?.id,
    ]);
  }
  return row?.id as number;
}

beforeAll(async () => {
  t = await startTestApp();
  secret = t.secrets.document;
  const db = t.db;
  const tini = await insertTaxpayer(db, '35.73', 'Tini Rahayu', 'P.3573.0904242.01', PRIVATE.nik);

  // January 2025, filed on time; its tax is due at the end of February, so on 11 March one month of interest runs.
  ids.returnId = await insertReturn(db, '35.73', tini, {
    period: '2025-01',
    revision: 0,
    gross: 12_000_000,
    status: 'submitted',
    dueDate: '2025-02-28',
    submittedAt: '2025-02-05T09:15:00+07:00',
  });
  // December 2024, amended once: the original is superseded by pembetulan 1.
  ids.supersededReturnId = await insertReturn(db, '35.73', tini, {
    period: '2024-12',
    revision: 0,
    gross: 8_000_000,
    status: 'superseded',
    dueDate: '2025-01-31',
    submittedAt: '2025-01-10T10:00:00+07:00',
  });
  ids.amendmentId = await insertReturn(db, '35.73', tini, {
    period: '2024-12',
    revision: 1,
    gross: 9_000_000,
    status: 'submitted',
    dueDate: '2025-01-31',
    submittedAt: '2025-01-20T10:00:00+07:00',
  });
  ids.draftReturnId = await insertReturn(db, '35.73', tini, {
    period: '2025-02',
    revision: 0,
    gross: 5_000_000,
    status: 'draft',
    dueDate: '2025-03-31',
    submittedAt: null,
  });

  await db.transaction(async (tx) => {
    const at = new Date('2025-02-05T09:15:00+07:00');
    const bill = await issueTaxBill(tx, at, {
      regionId: '35.73',
      taxpayerId: tini.taxpayerId,
      objectId: tini.objectId,
      taxCode: 'pbjt_makanan_minuman',
      period: '2025-01',
      returnId: ids.returnId,
      lines: pbjtTax(1_200_000),
      dueDate: '2025-02-28',
      accruesInterest: true,
      issueDay: '2025-02-05',
      memo: 'SPTPD 2025-01',
      actorId: null,
    });
    ids.bill = bill.id;
    ids.billingCode = bill.billingCode;
    const paid = await issueTaxBill(tx, at, {
      regionId: '35.73',
      taxpayerId: tini.taxpayerId,
      objectId: tini.objectId,
      taxCode: 'pbjt_makanan_minuman',
      period: '2024-12',
      returnId: ids.amendmentId,
      lines: pbjtTax(900_000),
      dueDate: '2025-01-31',
      accruesInterest: true,
      issueDay: '2025-01-20',
      memo: 'SPTPD 2024-12 pembetulan 1',
      actorId: null,
    });
    ids.paidBillId = paid.id;
    await payBill(tx, new Date('2025-01-25T10:00:00+07:00'), {
      regionId: '35.73',
      billId: paid.id,
      amount: 900_000,
      day: '2025-01-25',
      channel: 'bank_jatim',
      actorId: null,
      memo: 'Bank Jatim',
    });
  });

  // November 2024, never paid: on 3 March 2025 an STPD bills its three started months of interest, as its own bill
  // (which accrues none); the bill remembers them, so they are not charged again on it.
  ids.lateReturnId = await insertReturn(db, '35.73', tini, {
    period: '2024-11',
    revision: 0,
    gross: 5_000_000,
    status: 'verified',
    dueDate: '2024-12-31',
    submittedAt: '2024-12-05T11:00:00+07:00',
  });
  ids.lateBillId = (
    await db.transaction((tx) =>
      issueTaxBill(tx, new Date('2024-12-05T11:00:00+07:00'), {
        regionId: '35.73',
        taxpayerId: tini.taxpayerId,
        objectId: tini.objectId,
        taxCode: 'pbjt_makanan_minuman',
        period: '2024-11',
        returnId: ids.lateReturnId,
        lines: pbjtTax(500_000),
        dueDate: '2024-12-31',
        accruesInterest: true,
        issueDay: '2024-12-05',
        memo: 'SPTPD 2024-11',
        actorId: null,
      }),
    )
  ).id;
  const stpd = await issueInterestStpd(
    db,
    new Date('2025-03-03T08:00:00+07:00'),
    '2025-03-03',
    SYSTEM_ACTOR,
    {
      regionId: '35.73',
      billId: ids.lateBillId,
    },
  );
  ids.stpdId = stpd.id;
  ids.stpdNumber = stpd.number;

  // Kabupaten Bangka: another tenant with a bill of its own.
  const parai = await insertTaxpayer(
    db,
    '19.01',
    'Penginapan Pantai Parai',
    'P.1901.0904201.01',
    '1901015507809421',
  );
  const bangkaReturn = await insertReturn(db, '19.01', parai, {
    period: '2025-01',
    revision: 0,
    gross: 20_000_000,
    status: 'submitted',
    dueDate: '2025-02-10',
    submittedAt: '2025-02-03T09:00:00+07:00',
  });
  const bangkaBill = await db.transaction((tx) =>
    issueTaxBill(tx, new Date('2025-02-03T09:00:00+07:00'), {
      regionId: '19.01',
      taxpayerId: parai.taxpayerId,
      objectId: parai.objectId,
      taxCode: 'pbjt_makanan_minuman',
      period: '2025-01',
      returnId: bangkaReturn,
      lines: pbjtTax(2_000_000),
      dueDate: '2025-02-10',
      accruesInterest: true,
      issueDay: '2025-02-03',
      memo: 'SPTPD 2025-01',
      actorId: null,
    }),
  );
  ids.bangkaBill = bangkaBill.id;
});
afterAll(() => t.close());

/** A PDF a reader can open: header, trailer and a cross-reference table where `startxref` says. */
function expectWellFormedPdf(pdf: Uint8Array): void {
  const raw = Buffer.from(pdf).toString('latin1');
  expect(raw.startsWith('%PDF-1.')).toBe(true);
  expect(raw.trimEnd().endsWith('%%EOF')).toBe(true);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(raw);
  expect(startxref).not.toBeNull();
  expect(raw.slice(Number(startxref?.[1]), Number(startxref?.[1]) + 4)).toBe('xref');
  expect(raw).toMatch(/\/Type \/Page\b/);
  expect(raw).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
}

function expectNoPrivateData(text: string): void {
  for (const value of Object.values(PRIVATE)) expect(text).not.toContain(value);
}

const flat = (text: string) => text.replace(/\s+/g, ' ');

const code = (kind: 'bill' | 'return' | 'assessment', id: number, regionId = '35.73') =>
  verificationCode(secret, DOCUMENTS.kind(kind), regionId, id);

describe('documents print as PDF from the rows', () => {
  it('every kind keeps the name and letter of the codes already printed, so that they still verify', () => {
    expect(DOCUMENTS.kinds.map((k) => [k.name, k.letter])).toEqual([
      ['bill', 'B'],
      ['return', 'R'],
      ['assessment', 'A'],
      ['npwpd', 'N'],
      ['payment', 'S'],
      ['deposit', 'T'],
      ['revenue_report', 'L'],
      ['collection_letter', 'C'],
      ['integrity_pact', 'P'],
      ['performance_agreement', 'K'],
      ['lkjip', 'J'],
    ]);
  });

  it('the kode bayar slip: large grouped code, taxpayer, masa, principal, interest to today, total in words, QR link', async () => {
    const data = await BILL_DOCUMENT.load(t.db, '35.73', ids.bill, TODAY, BASE_URL, secret);
    expect(data).toMatchObject({
      billingCode: ids.billingCode,
      status: 'open',
      principal: 1_200_000,
      interest: { asOf: TODAY, amount: 12_000, months: 1, ratePerMonthPpm: 10_000 },
      total: 1_212_000,
      validUntil: '2025-03-28',
      verification: { code: code('bill', ids.bill), url: `${BASE_URL}/verify/${code('bill', ids.bill)}` },
    });
    const pdf = await BILL_DOCUMENT.render(data);
    expectWellFormedPdf(pdf);
    const text = pdfText(pdf);
    expect(text).toContain('PEMERINTAH KOTA MALANG');
    expect(text).toContain('BADAN PENDAPATAN DAERAH');
    expect(text).toContain(formatBillingCode(ids.billingCode));
    expect(text).toContain('Tini Rahayu');
    expect(text).toContain('P.3573.0904242.01');
    expect(text).toContain('Warung Bu Tini');
    expect(text).toContain('Januari 2025');
    expect(text).toContain('Rp 1.200.000');
    expect(text).toContain('Rp 12.000');
    expect(text).toContain('Rp 1.212.000');
    expect(text).toContain('28 Februari 2025');
    expect(text).toContain('28 Maret 2025');
    expect(flat(text)).toContain('Terbilang: Satu juta dua ratus dua belas ribu rupiah');
    expect(flat(text)).toContain(`${BASE_URL}/verify/${code('bill', ids.bill)}`);
    expectNoPrivateData(text);
    expect(BILL_DOCUMENT.fileName(data)).toBe(`kode-bayar-${ids.billingCode}.pdf`);
  });

  it('a paid bill prints LUNAS and nothing left to pay', async () => {
    const data = await BILL_DOCUMENT.load(t.db, '35.73', ids.paidBillId, TODAY, BASE_URL, secret);
    expect(data).toMatchObject({ status: 'paid', settledOn: '2025-01-25', paid: 900_000, total: 0 });
    const text = pdfText(await BILL_DOCUMENT.render(data));
    expect(text).toContain('LUNAS');
    expect(text).toContain('25 Januari 2025');
  });

  it('an open bill of a region with QRIS prints its dynamic QRIS for the total; a paid one or one without QRIS none', async () => {
    const data = await BILL_DOCUMENT.load(t.db, '35.73', ids.bill, TODAY, BASE_URL, secret);
    const qris = data.qris;
    expect(qris).toMatchObject({ merchantName: 'BAPENDA KOTA MALANG' });
    expect(billingCodeFromQris(qris?.payload ?? '')).toBe(ids.billingCode);
    expect(qris?.payload).toContain(`54071212000`);
    const text = flat(pdfText(await BILL_DOCUMENT.render(data)));
    expect(text).toContain('Bayar dengan QRIS');
    expect(text).toContain('Nominal Rp 1.212.000 sudah terisi');
    expect(text.replace(/ /g, '')).toContain(qris?.payload.replace(/ /g, ''));

    const paid = await BILL_DOCUMENT.load(t.db, '35.73', ids.paidBillId, TODAY, BASE_URL, secret);
    expect(paid.qris).toBeNull();
    expect(pdfText(await BILL_DOCUMENT.render(paid))).not.toContain('QRIS');
    const bangka = await BILL_DOCUMENT.load(t.db, '19.01', ids.bangkaBill, TODAY, BASE_URL, secret);
    expect(bangka.qris).toBeNull();
  });

  it('the tanda terima SPTPD: masa, gross, rate, tax, submitted at on the region’s clock', async () => {
    const data = await SPTPD_RECEIPT.load(t.db, '35.73', ids.returnId, TODAY, BASE_URL, secret);
    const pdf = await SPTPD_RECEIPT.render(data);
    expectWellFormedPdf(pdf);
    const text = pdfText(pdf);
    expect(text).toContain('TANDA TERIMA SPTPD');
    expect(text).toContain('PEMERINTAH KOTA MALANG');
    expect(text).toContain('Januari 2025');
    expect(text).toContain('Rp 12.000.000');
    expect(text).toContain('10%');
    expect(text).toContain('Rp 1.200.000');
    expect(flat(text)).toContain('5 Februari 2025 pukul 09.15 WIB');
    expect(text).toContain(formatBillingCode(ids.billingCode));
    expect(flat(text)).toContain('Satu juta dua ratus ribu rupiah');
    expectNoPrivateData(text);
    expect(SPTPD_RECEIPT.fileName(data)).toBe(`tanda-terima-sptpd-2025-01-${ids.returnId}.pdf`);
  });

  it('the STPD: its title, number, dates, the interest it bills and on what, legal basis, its kode bayar', async () => {
    const data = await ASSESSMENT_DOCUMENT.load(t.db, '35.73', ids.stpdId, TODAY, BASE_URL, secret);
    const pdf = await ASSESSMENT_DOCUMENT.render(data);
    expectWellFormedPdf(pdf);
    const text = flat(pdfText(pdf));
    expect(text).toContain('SURAT TAGIHAN PAJAK DAERAH');
    expect(text).toContain(`Nomor: ${ids.stpdNumber}`);
    expect(text).toContain('Tanggal terbit : 3 Maret 2025');
    expect(text).toContain('Jatuh tempo : 3 April 2025');
    // The tax the interest is on is shown, not billed again: the STPD bills 3 months x 1% of Rp 500.000.
    expect(text).toContain('Pokok pajak (dasar sanksi) : Rp 500.000');
    expect(text).toContain('Jumlah yang harus dibayar Rp 15.000');
    expect(text).toContain('Terbilang: Lima belas ribu rupiah');
    expect(text).toContain('Bunga keterlambatan pembayaran 3 bulan x 1% atas tagihan kode bayar');
    expect(text).toContain('yang jatuh tempo 31 Desember 2024.');
    expect(text).toContain('UU 1/2022 Pasal 50-58; PP 35/2023');
    expect(text).toContain('Malang, 3 Maret 2025');
    // Its bill is interest itself, which bears no interest: no warning of more to come.
    expect(text).not.toContain('dikenakan sanksi administratif berupa bunga');
    expectNoPrivateData(text);
    expect(ASSESSMENT_DOCUMENT.fileName(data)).toBe(
      `${ids.stpdNumber.replace(/[^A-Za-z0-9]+/g, '-').toLowerCase()}.pdf`,
    );
  });

  it('interest an STPD has billed is not charged again on the bill it came from', async () => {
    const data = await BILL_DOCUMENT.load(t.db, '35.73', ids.lateBillId, TODAY, BASE_URL, secret);
    expect(data).toMatchObject({ principal: 500_000, interest: { amount: 0 }, total: 500_000 });
  });

  it.each(ASSESSMENT_KINDS)('the %s carries its own Indonesian title', async (kind) => {
    const sample: AssessmentDocument = {
      region: { id: '19.01', name: 'Kabupaten Bangka', shortName: 'Bangka', timeZone: 'Asia/Jakarta' },
      verification: { code: 'A1901-1-0123456789ABCDEF', url: `${BASE_URL}/verify/A1901-1-0123456789ABCDEF` },
      printedOn: TODAY,
      kind,
      number: `00001/${kind}/2025`,
      issueDate: TODAY,
      dueDate: '2025-04-11',
      taxpayer: { name: 'Penginapan Pantai Parai', npwpd: 'P.1901.0904201.01' },
      object: { name: 'Penginapan Pantai Parai' },
      taxType: { name: 'PBJT Jasa Perhotelan' },
      period: '2025-01',
      returnRef: null,
      principal: 1_000_000,
      opsen: 0,
      provinceName: 'Kepulauan Bangka Belitung',
      interest: kind === 'SKPDKB' || kind === 'STPD' ? 20_000 : 0,
      increase: kind === 'SKPDKBT' ? 1_000_000 : 0,
      credit: kind === 'SKPDN' ? 1_000_000 : kind === 'SKPDLB' ? 1_250_000 : 0,
      explanation: null,
      billingCode: null,
      legalBasis: 'UU 1/2022 Pasal 50-58',
      lateInterest: { ratePerMonthPpm: 10_000, maxMonths: 24 },
    };
    const text = flat(pdfText(await renderAssessmentPdf(sample)));
    expect(text).toContain('PEMERINTAH KABUPATEN BANGKA');
    expect(text).toContain(ASSESSMENT_TITLE[kind]);
    expect(text).toContain(`(${kind})`);
    if (kind === 'SKPDN') expect(text).toContain('Terbilang: Nol rupiah');
    if (kind === 'SKPDLB') expect(text).toContain('Jumlah kelebihan pembayaran pajak Rp 250.000');
    if (kind === 'SKPDKBT') expect(text).toContain('Jumlah yang harus dibayar Rp 2.000.000');
    if (kind === 'STPD') expect(text).toContain('Jumlah yang harus dibayar Rp 20.000');
  });

  it('a draft SPTPD has no receipt, and a row of another region is not found', async () => {
    for (const [kind, id] of [
      ['return', ids.draftReturnId],
      ['bill', ids.bangkaBill],
      ['assessment', 999_999],
    ] as const) {
      await expect(DOCUMENTS.kind(kind).load(t.db, '35.73', id, TODAY, BASE_URL, secret)).rejects.toSatisfy(
        (e) => e instanceof Problem && e.code === 'DOCUMENT_NOT_FOUND',
      );
    }
  });
});

describe('GET /verify/:code: the public check of a printed document', () => {
  const page = (c: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url: `/verify/${c}`, headers });

  it('says an open bill is genuine and unpaid, with what it costs today, and shows no private data', async () => {
    const res = await page(code('bill', ids.bill));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers['cache-control']).toBe('no-store');
    expect(res.body).toContain('Dokumen ASLI');
    expect(res.body).toContain('GENUINE document');
    expect(res.body).toContain('Belum dibayar');
    expect(res.body).toContain('Rp 1.212.000');
    expect(res.body).toContain('berlaku sampai dengan 28 Maret 2025');
    expect(res.body).toContain('PEMERINTAH KOTA MALANG');
    expect(res.body).toContain('Tini Rahayu');
    expect(res.body).toContain('P.3573.0904242.01');
    expect(res.body).toContain('Warung Bu Tini');
    expect(res.body).toContain(formatBillingCode(ids.billingCode));
    expectNoPrivateData(res.body);
    expect(res.body).not.toContain('Jl. Kawi');
    expect(res.body).not.toMatch(/<script/i);
  });

  it('answers 404 "Dokumen tidak dikenal" for a code with any one character changed', async () => {
    const valid = code('bill', ids.bill);
    const last = valid.at(-1) === 'Z' ? 'Y' : 'Z';
    const forged = [
      `${valid.slice(0, -1)}${last}`,
      valid.replace(`-${ids.bill}-`, `-${ids.bill + 1}-`),
      valid.replace(/^B/, 'A'),
      valid.replace('3573', '3574'),
    ];
    for (const c of forged) {
      const res = await page(c);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(res.body).toContain('Dokumen tidak dikenal');
      expect(res.body).toContain('Unknown document');
      expect(res.body).not.toContain('Tini Rahayu');
    }
    expect((await page('not-a-code')).statusCode).toBe(404);
  });

  it('a client asking for JSON gets problem+json DOCUMENT_NOT_FOUND for an unknown code, the facts for a good one', async () => {
    const valid = code('bill', ids.bill);
    const res = await page(`${valid.slice(0, -2)}00`, { accept: 'application/json' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(res.json()).toMatchObject({
      status: 404,
      code: 'DOCUMENT_NOT_FOUND',
      title: 'Dokumen tidak dikenal',
    });
    const en = await page('B3573-1-0000000000000000', {
      accept: 'application/json',
      'accept-language': 'en',
    });
    expect(en.json().title).toBe('Unknown document');
    const good = await page(valid, { accept: 'application/json' });
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ genuine: true, kind: 'bill', status: 'open' });
  });

  it('a region’s code never reads another region’s row', async () => {
    // A Bangka bill id under a Malang code: the MAC is right but Malang has no such bill.
    const malangCodeForBangkaId = code('bill', ids.bangkaBill, '35.73');
    expect(ids.bangkaBill).not.toBe(ids.bill);
    expect((await page(malangCodeForBangkaId)).statusCode).toBe(404);
    // A Malang code moved to Bangka: the MAC no longer fits.
    const moved = code('bill', ids.bill).replace('B3573', 'B1901');
    expect((await page(moved)).statusCode).toBe(404);
    // Bangka's own code reads Bangka's bill, under Bangka's letterhead.
    const bangka = await page(code('bill', ids.bangkaBill, '19.01'));
    expect(bangka.statusCode).toBe(200);
    expect(bangka.body).toContain('PEMERINTAH KABUPATEN BANGKA');
    expect(bangka.body).toContain('Penginapan Pantai Parai');
    expect(bangka.body).not.toContain('Tini Rahayu');
  });

  it('a paid bill is genuine and current: paid, nothing due', async () => {
    const res = await page(code('bill', ids.paidBillId));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Lunas');
    expect(res.body).toContain('25 Januari 2025');
  });

  it('an SPTPD replaced by a pembetulan is genuine but no longer current', async () => {
    const res = await page(code('return', ids.supersededReturnId));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('Dokumen ASLI');
    expect(res.body).toContain('Digantikan oleh pembetulan ke-1');
    expect(res.body).toContain('sudah tidak berlaku');
    expectNoPrivateData(res.body);
    const amendment = await page(code('return', ids.amendmentId));
    expect(amendment.body).toContain('Diterima, menunggu penelitian');
    expect(amendment.body).not.toContain('sudah tidak berlaku');
  });

  it('a draft SPTPD has no receipt to verify', async () => {
    expect((await page(code('return', ids.draftReturnId))).statusCode).toBe(404);
  });

  it('an STPD is issued, and its bill is still unpaid', async () => {
    const res = await page(code('assessment', ids.stpdId));
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('SURAT TAGIHAN PAJAK DAERAH');
    expect(res.body).toContain(ids.stpdNumber);
    expect(res.body).toContain('Telah diterbitkan, belum dibayar');
    expect(res.body).toContain('Belum dibayar (kode bayar');
    expect(res.body).toContain('Rp 15.000');
    expectNoPrivateData(res.body);
  });

  it('escapes what it prints from the database', async () => {
    const [row] = await t.db.query<{ id: number }>(
      `UPDATE tax_object SET name = '<script>alert(1)</script> & Co' WHERE region_id = '35.73'
       AND id = (SELECT object_id FROM bill WHERE region_id = '35.73' AND id = $1) RETURNING id`,
      [ids.bill],
    );
    const res = await page(code('bill', ids.bill));
    expect(res.body).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(res.body).not.toContain('<script>');
    await t.db.query(`UPDATE tax_object SET name = 'Warung Bu Tini' WHERE region_id = '35.73' AND id = $1`, [
      row?.id,
    ]);
  });
});

describe('GET /api/v1/public/verify/:code: the same facts as JSON', () => {
  const api = (c: string) => t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${c}` });

  it('an open bill: genuine, current, amount due as of the region’s today', async () => {
    const res = await api(code('bill', ids.bill));
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      genuine: true,
      current: true,
      kind: 'bill',
      code: code('bill', ids.bill),
      checkedOn: TODAY,
      region: { id: '35.73', name: 'Kota Malang' },
      reference: formatBillingCode(ids.billingCode),
      taxpayer: { name: 'Tini Rahayu', npwpd: 'P.3573.0904242.01' },
      object: { name: 'Warung Bu Tini' },
      period: '2025-01',
      status: 'open',
      statusText: { id: 'Belum dibayar', en: 'Unpaid' },
      bill: {
        principal: 1_200_000,
        dueDate: '2025-02-28',
        amountDue: { principal: 1_200_000, interest: 12_000, total: 1_212_000, validUntil: '2025-03-28' },
      },
    });
    expectNoPrivateData(res.body);
  });

  it('accepts the code as typed: lower case', async () => {
    const res = await api(code('assessment', ids.stpdId).toLowerCase());
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      kind: 'assessment',
      current: true,
      title: 'SURAT TAGIHAN PAJAK DAERAH',
      assessment: {
        kind: 'STPD',
        principal: 500_000,
        interest: 15_000,
        total: 15_000,
        issueDate: '2025-03-03',
        payment: { status: 'open' },
      },
    });
  });

  it('a superseded SPTPD: genuine, not current, names the pembetulan', async () => {
    const res = await api(code('return', ids.supersededReturnId));
    expect(res.json()).toMatchObject({
      genuine: true,
      current: false,
      status: 'superseded',
      return: { revision: 0, supersededByRevision: 1, tax: 800_000 },
    });
  });

  it('an unknown code: 404 problem+json DOCUMENT_NOT_FOUND', async () => {
    const valid = code('return', ids.returnId);
    const res = await api(`${valid.slice(0, -1)}${valid.endsWith('0') ? '1' : '0'}`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('DOCUMENT_NOT_FOUND');
  });
});
