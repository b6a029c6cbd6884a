import ExcelJS from 'exceljs';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jatimStatementCsv } from '../src/payments/reconciliation/demo-statements';
import { parseCsv } from '../src/platform/csv';
import { Bank } from './support/bank';
import { type Billed, billedObject } from './support/list-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * Issue 14, "Exports": every list an officer or treasurer sees downloads as CSV and XLSX, as filtered on screen (every
 * page), headed in the reader's language, amounts as whole numbers (rupiah-formatted numbers in XLSX), dates as dates,
 * named for the list, the region and the day; a region's rows only, and only for those who may read the list.
 * Kota Malang has three restaurants and a hotel marked "Ekspor" (two paid through Bank Jatim on 10 March and
 * deposited), Kabupaten Bangka one "Ekspor" restaurant paid through its bank; the clock is 11 March 2025, 10:00 WIB.
 */

const MALANG = '/api/v1/regions/35.73';
const BANGKA = '/api/v1/regions/19.01';
const TODAY = '2025-03-11T10:00:00+07:00';

let t: TestApp;
let officer: Agent;
let treasurer: Agent;
const malang: Billed[] = [];
let bangka: Billed;

async function pay(bank: Bank, bill: Billed, amount: number, reference: string) {
  t.clock.set(new Date('2025-03-10T09:00:00+07:00'));
  const res = await bank.post('payment', {
    billingCode: bill.billingCode,
    amount,
    bankReference: reference,
    paidAt: '2025-03-10T09:00:00+07:00',
  });
  t.clock.set(new Date(TODAY));
  expect(res.json().responseCode).toBe('00');
}

beforeAll(async () => {
  t = await startTestApp();
  const [other] = await t.db.query<{ code: string }>(
    `SELECT village_code AS code FROM region_village WHERE region_id = '35.73' AND district_code <> '35.73.01'
     ORDER BY village_code LIMIT 1`,
  );
  const fixtures = [
    {
      name: 'Ekspor Ani',
      objectName: 'Warung Ekspor Ani',
      principal: 1_000_000,
      dueDate: '2025-01-15',
      period: '2024-12',
    },
    {
      name: 'Ekspor Budi',
      objectName: 'Kedai Ekspor Budi',
      principal: 12_345_678_901,
      dueDate: '2025-02-15',
      period: '2025-01',
    },
    {
      name: 'Ekspor Citra',
      objectName: 'Depot Ekspor Citra',
      principal: 2_500_000,
      dueDate: '2025-03-31',
      period: '2025-02',
    },
    {
      name: 'Ekspor Dewa',
      objectName: 'Hotel Ekspor Dewa',
      taxCode: 'pbjt_perhotelan',
      villageCode: other?.code,
      principal: 4_000_000,
      dueDate: '2025-02-15',
      period: '2025-01',
    },
  ];
  for (const f of fixtures) malang.push(await billedObject(t.db, f));
  bangka = await billedObject(t.db, {
    regionId: '19.01',
    name: 'Ekspor Bangka Eko',
    objectName: 'Warung Ekspor Bangka',
    principal: 777_000,
    dueDate: '2025-01-15',
    period: '2024-12',
  });
  const jatim = new Bank(t.app, t.clock, 'BANKJATIM', 'bankjatim-demo-secret');
  await pay(jatim, malang[2] as Billed, 2_500_000, 'EKSPOR-1');
  await pay(jatim, malang[3] as Billed, 4_040_000, 'EKSPOR-2');
  const sumsel = new Bank(t.app, t.clock, 'BANKSUMSELBABEL', 'sumselbabel-demo-secret');
  await pay(sumsel, bangka, 792_540, 'EKSPOR-BANGKA');
  officer = await signedIn(t.app, 'petugas@malang.demo');
  treasurer = await signedIn(t.app, 'bendahara@malang.demo');
  const line = (reference: string, amount: number) => ({
    day: '2025-03-10',
    time: '12:00:00',
    reference,
    amount,
    description: `PAJAK DAERAH ${reference}`,
  });
  const imported = await treasurer.post(`${MALANG}/bank-statements`, {
    partnerId: 'BANKJATIM',
    day: '2025-03-10',
    fileName: 'mutasi-2025-03-10.csv',
    content: jatimStatementCsv([line('EKSPOR-1', 2_500_000), line('EKSPOR-2', 4_040_000)]),
  });
  expect(imported.statusCode).toBe(201);
  const deposited = await treasurer.post(`${MALANG}/deposits`, { partnerId: 'BANKJATIM', day: '2025-03-10' });
  expect(deposited.statusCode).toBe(201);
  // An STPD for the interest run on Ani's overdue bill: a row of the assessments.
  const stpd = await officer.post(`${MALANG}/assessments`, { kind: 'STPD', billId: malang[0]?.billId });
  expect(stpd.statusCode, stpd.body).toBe(201);
});
afterAll(() => t.close());

/** One list and its download, as the web app asks for them. */
interface ListCase {
  list: string;
  /** The list's filters, as the screen sets them. */
  filter: string;
  /** How to ask the list for one page (the missing returns of a masa come whole). */
  onePage?: string;
  /** Who reads it (an officer, or the treasurer for the deposits). */
  reader: () => Agent;
  total: (body: Record<string, unknown>) => number;
  /** The file's name before the region and the day, in each language. */
  file: { id: string; en: string };
  /** The first headers, in each language. */
  headers: { id: string[]; en: string[] };
  /** A rupiah column (its header in Indonesian) and a date column, if any. */
  rupiah: string;
  date?: string;
  /** What marks a row of Bangka's, which a download of Kota Malang never holds. */
  bangkaMark: () => string;
}

const ekspor = 'q=Ekspor';
const CASES: Record<string, ListCase> = {
  arrears: {
    list: '/arrears',
    filter: ekspor,
    reader: () => officer,
    total: (b) => b.count as number,
    file: { id: 'tunggakan', en: 'arrears' },
    headers: { id: ['Kode bayar', 'Wajib pajak', 'NPWPD'], en: ['Billing code', 'Taxpayer', 'NPWPD'] },
    rupiah: 'Jumlah hari ini',
    date: 'Jatuh tempo',
    bangkaMark: () => bangka.name,
  },
  bills: {
    list: '/bills',
    filter: ekspor,
    reader: () => officer,
    total: (b) => b.total as number,
    file: { id: 'tagihan', en: 'bills' },
    headers: { id: ['Kode bayar', 'Wajib pajak', 'NPWPD'], en: ['Billing code', 'Taxpayer', 'NPWPD'] },
    rupiah: 'Pokok',
    date: 'Jatuh tempo',
    bangkaMark: () => bangka.name,
  },
  receipts: {
    list: '/payments',
    filter: ekspor,
    reader: () => officer,
    total: (b) => b.total as number,
    file: { id: 'penerimaan', en: 'receipts' },
    headers: { id: ['NTPD', 'Waktu bayar', 'Kode bayar'], en: ['NTPD', 'Paid at', 'Billing code'] },
    rupiah: 'Jumlah',
    date: 'Waktu bayar',
    bangkaMark: () => bangka.name,
  },
  deposits: {
    list: '/deposits',
    filter: 'partnerId=BANKJATIM',
    reader: () => treasurer,
    total: (b) => b.total as number,
    file: { id: 'setoran-sts', en: 'deposits-sts' },
    headers: { id: ['Nomor STS', 'Tanggal penerimaan', 'Bank'], en: ['STS number', 'Receipts day', 'Bank'] },
    rupiah: 'Jumlah disetor',
    date: 'Tanggal penerimaan',
    bangkaMark: () => 'Bank Sumsel Babel',
  },
  returns: {
    list: '/returns',
    filter: ekspor,
    reader: () => officer,
    total: (b) => b.total as number,
    file: { id: 'sptpd', en: 'sptpd-returns' },
    headers: { id: ['Masa pajak', 'Wajib pajak', 'NPWPD'], en: ['Tax period', 'Taxpayer', 'NPWPD'] },
    rupiah: 'Pajak terutang',
    date: 'Jatuh tempo',
    bangkaMark: () => bangka.name,
  },
  taxpayers: {
    list: '/taxpayers',
    filter: ekspor,
    reader: () => officer,
    total: (b) => b.total as number,
    file: { id: 'wajib-pajak', en: 'taxpayers' },
    headers: { id: ['NPWPD', 'Nama', 'Jenis'], en: ['NPWPD', 'Name', 'Kind'] },
    rupiah: '',
    date: 'Terdaftar',
    bangkaMark: () => bangka.name,
  },
  assessments: {
    list: '/assessments',
    filter: 'kind=STPD',
    reader: () => officer,
    total: (b) => b.total as number,
    file: { id: 'ketetapan', en: 'assessments' },
    headers: { id: ['Nomor', 'Jenis ketetapan', 'Wajib pajak'], en: ['Number', 'Kind', 'Taxpayer'] },
    rupiah: 'Jumlah ditetapkan',
    date: 'Tanggal terbit',
    bangkaMark: () => bangka.name,
  },
  'missing returns': {
    list: '/returns/missing',
    filter: 'period=2025-02',
    onePage: '',
    reader: () => officer,
    total: (b) => (b.items as unknown[]).length,
    file: { id: 'belum-lapor', en: 'missing-returns' },
    headers: { id: ['Wajib pajak', 'NPWPD', 'Objek pajak'], en: ['Taxpayer', 'NPWPD', 'Tax object'] },
    rupiah: '',
    date: 'Jatuh tempo',
    bangkaMark: () => bangka.name,
  },
  objects: {
    list: '/tax-objects',
    filter: ekspor,
    reader: () => officer,
    total: (b) => b.total as number,
    file: { id: 'objek-pajak', en: 'tax-objects' },
    headers: { id: ['Nama objek', 'Jenis pajak', 'Kategori'], en: ['Object', 'Tax', 'Category'] },
    rupiah: '',
    date: 'Mulai usaha',
    bangkaMark: () => 'Warung Ekspor Bangka',
  },
};

const csvOf = (res: LightMyRequestResponse) => parseCsv(res.body).map((r) => r.fields);

async function sheetOf(res: LightMyRequestResponse): Promise<ExcelJS.Worksheet> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
  return workbook.worksheets[0] as ExcelJS.Worksheet;
}

for (const [name, c] of Object.entries(CASES)) {
  describe(`the ${name} download`, () => {
    it('is the filtered list, every page of it, in its order, headed in Indonesian, named for list, region and day', async () => {
      const reader = c.reader();
      const listed = await reader.get(`${MALANG}${c.list}?${c.filter}${c.onePage ?? '&limit=1'}`);
      expect(listed.statusCode).toBe(200);
      const total = c.total(listed.json());
      expect(total).toBeGreaterThan(0);
      const res = await reader.get(`${MALANG}${c.list}/download?${c.filter}&format=csv`, {
        headers: { 'accept-language': 'id-ID,id;q=0.9' },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/csv');
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="${c.file.id}-kota-malang-2025-03-11.csv"`,
      );
      const [header, ...rows] = csvOf(res);
      expect(header?.slice(0, c.headers.id.length)).toEqual(c.headers.id);
      // One line a row of the list, however many pages the screen shows them on.
      expect(rows).toHaveLength(total);
    });

    it('is headed in English when asked, and named in English', async () => {
      const res = await c.reader().get(`${MALANG}${c.list}/download?${c.filter}&format=csv&lang=en`);
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="${c.file.en}-kota-malang-2025-03-11.csv"`,
      );
      expect(csvOf(res)[0]?.slice(0, c.headers.en.length)).toEqual(c.headers.en);
    });

    it('as XLSX holds the same rows, amounts as whole numbers in the rupiah format and dates as dates', async () => {
      const csv = csvOf(await c.reader().get(`${MALANG}${c.list}/download?${c.filter}&format=csv&lang=id`));
      const res = await c.reader().get(`${MALANG}${c.list}/download?${c.filter}&format=xlsx&lang=id`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe(
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      );
      expect(res.headers['content-disposition']).toBe(
        `attachment; filename="${c.file.id}-kota-malang-2025-03-11.xlsx"`,
      );
      const sheet = await sheetOf(res);
      expect(sheet.rowCount).toBe(csv.length);
      const headers = (sheet.getRow(1).values as unknown[]).slice(1);
      expect(headers).toEqual(csv[0]);
      const row = sheet.getRow(2);
      if (c.rupiah) {
        const cell = row.getCell(headers.indexOf(c.rupiah) + 1);
        expect(typeof cell.value).toBe('number');
        expect(Number.isInteger(cell.value)).toBe(true);
        expect(cell.numFmt).toBe('#,##0');
        expect(String(cell.value)).toBe(csv[1]?.[headers.indexOf(c.rupiah)]);
      }
      if (c.date) {
        const cell = row.getCell(headers.indexOf(c.date) + 1);
        expect(cell.value).toBeInstanceOf(Date);
        // The same day as the CSV writes it.
        expect((cell.value as Date).toISOString().slice(0, 10)).toBe(
          csv[1]?.[headers.indexOf(c.date)]?.slice(0, 10),
        );
      }
    });

    it("holds the region's rows only: another region's never appear, and its staff are not let in", async () => {
      const body = (await c.reader().get(`${MALANG}${c.list}/download?${c.filter}&format=csv`)).body;
      expect(body).not.toContain(c.bangkaMark());
      const bangkaAdmin = await signedIn(t.app, 'admin@bangka.demo');
      expect((await bangkaAdmin.get(`${MALANG}${c.list}/download`)).statusCode).toBe(404);
      // And the other way round: Bangka's own download holds nothing of Kota Malang's.
      const own = await bangkaAdmin.get(`${BANGKA}${c.list}/download?${c.filter}&format=csv`);
      expect(own.statusCode).toBe(200);
      expect(own.headers['content-disposition']).toContain('-kabupaten-bangka-2025-03-11.csv');
      for (const mark of [...malang.map((m) => m.name), 'Bank Jatim']) expect(own.body).not.toContain(mark);
    });

    it("is refused to a taxpayer (403): it is the officer's list", async () => {
      const taxpayer = await signedIn(t.app, 'wp@malang.demo');
      const res = await taxpayer.get(`${MALANG}${c.list}/download?${c.filter}&format=xlsx`);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN_ROLE');
    });
  });
}

describe('what the downloads say', () => {
  it('arrears: the kode bayar grouped, a 13-digit amount whole, interest as of today, in the order on screen', async () => {
    const listed = (await officer.get(`${MALANG}/arrears?${ekspor}&sort=-principal`)).json();
    const [header, ...rows] = csvOf(
      await officer.get(`${MALANG}/arrears/download?${ekspor}&sort=-principal&lang=id`),
    );
    const col = (h: string) => (header as string[]).indexOf(h);
    expect(rows.map((r) => r[col('Kode bayar')])).toEqual(
      listed.items.map((x: { billingCodeDisplay: string }) => x.billingCodeDisplay),
    );
    const budi = rows.find((r) => r[col('Wajib pajak')] === 'Ekspor Budi') as string[];
    expect(budi[col('Pokok')]).toBe('12345678901');
    expect(budi[col('Jatuh tempo')]).toBe('2025-02-15');
    expect(budi[col('Masa pajak')]).toBe('Januari 2025');
    expect(budi[col('Jenis pajak')]).toBe('PBJT Makanan dan/atau Minuman');
    expect(Number(budi[col('Jumlah hari ini')])).toBe(
      Number(budi[col('Pokok')]) + Number(budi[col('Bunga')]),
    );
  });

  it('receipts: each payment with its NTPD, the bank, the amount paid and the STS it was deposited with', async () => {
    const [header, ...rows] = csvOf(await officer.get(`${MALANG}/payments/download?${ekspor}&lang=en`));
    const col = (h: string) => (header as string[]).indexOf(h);
    expect(rows.map((r) => [r[col('Taxpayer')], r[col('Amount')], r[col('Bank')], r[col('Status')]])).toEqual(
      [
        ['Ekspor Dewa', '4040000', 'Bank Jatim', 'Received'],
        ['Ekspor Citra', '2500000', 'Bank Jatim', 'Received'],
      ],
    );
    expect(rows.every((r) => (r[col('STS number')] ?? '') !== '')).toBe(true);
    expect(rows[0]?.[col('Paid at')]).toBe('2025-03-10 09:00:00');
    expect(rows[0]?.[col('Tax')]).toBe('PBJT hotel services');
  });

  it('filters the file as the list: a tax type, a kecamatan', async () => {
    const hotel = csvOf(
      await officer.get(`${MALANG}/tax-objects/download?${ekspor}&taxCode=pbjt_perhotelan`),
    );
    expect(hotel.slice(1).map((r) => r[0])).toEqual(['Hotel Ekspor Dewa']);
    const kecamatan = (await officer.get(`${MALANG}/tax-objects?${ekspor}&taxCode=pbjt_perhotelan`))
      .json()
      .items[0].villageCode.slice(0, 8);
    const there = csvOf(await officer.get(`${MALANG}/returns/download?${ekspor}&kecamatan=${kecamatan}`));
    expect(there.slice(1).map((r) => r[3])).toEqual(['Hotel Ekspor Dewa']);
  });
});
