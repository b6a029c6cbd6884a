import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let supervisor: Agent;
let kepala: Agent;
beforeAll(async () => {
  t = await startTestApp();
  supervisor = await signedIn(t.app, 'supervisor@malang.demo');
  kepala = await signedIn(t.app, 'kepala@malang.demo');
});
afterAll(() => t.close());

const URL = '/api/v1/regions/35.73/revenue/targets/import';
const HEADER_ID =
  'tahun,kode_pajak,tahap,jumlah,dasar_hukum,tanggal_dasar_hukum,berlaku_mulai,jan,feb,mar,apr,mei,jun,jul,agu,sep,okt,nov,des';
const DECREE = '"Perda Kota Malang No. 7 Tahun 2024 tentang APBD TA 2025"';
const months = (each: string) => Array(12).fill(each).join(',');

const upload = (agent: Agent, fileName: string, content: string | Buffer, lang = 'id') =>
  agent.post(
    URL,
    { fileName, contentBase64: Buffer.from(content).toString('base64') },
    { headers: { 'accept-language': lang } },
  );

const targetCount = async () =>
  (
    await t.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM revenue_target WHERE region_id = '35.73'`)
  )[0]?.n;

describe('importing a year’s targets from CSV or XLSX, one row per tax code', () => {
  it('a CSV with an Indonesian header: months given on one row, spread on another; waiting for approval', async () => {
    const csv = [
      HEADER_ID,
      `2025,pbjt_makanan_minuman,murni,1.200.000.000,${DECREE},2024-12-20,2025-01-01,${months('100.000.000')}`,
      `2025,pbjt_parkir,murni,60000000,${DECREE},2024-12-20,2025-01-01,,,,,,,,,,,,`,
    ].join('\r\n');
    const res = await upload(supervisor, 'target-2025.csv', csv);
    expect(res.statusCode).toBe(201);
    const { imported, targets } = res.json();
    expect(imported).toBe(2);
    expect(
      targets.map((x: { taxCode: string; amount: number; approvedAt: null }) => [
        x.taxCode,
        x.amount,
        x.approvedAt,
      ]),
    ).toEqual([
      ['pbjt_makanan_minuman', 1_200_000_000, null],
      ['pbjt_parkir', 60_000_000, null],
    ]);
    expect(targets[1].monthly).toEqual(Array(12).fill(5_000_000));
    const [audit] = await t.db.query<{ after: Record<string, unknown> }>(
      `SELECT after FROM audit_entry WHERE region_id = '35.73' AND action = 'revenue_target.record'
        AND entity_id = $1`,
      [String(targets[0].id)],
    );
    expect(audit?.after).toMatchObject({ importedFrom: 'target-2025.csv', spread: 'entered' });
  });

  it('an XLSX with an English header and date cells, imported by the head of Bapenda: approved at once', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Targets');
    sheet.addRow(
      HEADER_ID.split(',').map(
        (h, i) =>
          [
            'year',
            'tax_code',
            'stage',
            'amount',
            'decree',
            'decree_date',
            'effective_from',
            'jan',
            'feb',
            'mar',
            'apr',
            'may',
            'jun',
            'jul',
            'aug',
            'sep',
            'oct',
            'nov',
            'dec',
          ][i] ?? h,
      ),
    );
    sheet.addRow([
      2025,
      'pbjt_perhotelan',
      'perubahan',
      2_400_000_000,
      'Perda Kota Malang No. 3 Tahun 2025 tentang Perubahan APBD TA 2025',
      new Date(Date.UTC(2025, 2, 1)),
      new Date(Date.UTC(2025, 2, 1)),
      ...Array(12).fill(200_000_000),
    ]);
    const xlsx = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await upload(kepala, 'perubahan.xlsx', xlsx);
    expect(res.statusCode).toBe(201);
    expect(res.json().targets[0]).toMatchObject({
      taxCode: 'pbjt_perhotelan',
      stage: 'perubahan',
      decreeDate: '2025-03-01',
      effectiveFrom: '2025-03-01',
      approvedBy: 'Handayani, Kepala Bapenda Kota Malang',
    });
  });

  it('a semicolon-separated CSV (as a spreadsheet set to Indonesian saves it) is read the same', async () => {
    const csv = [
      HEADER_ID.replace(/,/g, ';'),
      `2025;reklame;murni;24000000;Perda 7/2024;2024-12-20;2025-01-01;${Array(12).fill('2000000').join(';')}`,
    ].join('\n');
    expect((await upload(supervisor, 'reklame.csv', csv)).statusCode).toBe(201);
  });
});

describe('a bad file is refused whole, naming the row and the column; nothing is half-imported', () => {
  it('a wrong header: TARGET_IMPORT_HEADER names the column, what it found and what it expected', async () => {
    const before = await targetCount();
    const csv = [
      HEADER_ID.replace('jumlah', 'nilai'),
      `2025,pbjt_parkir,murni,60000000,${DECREE},2024-12-20,2025-01-01,,,,,,,,,,,,`,
    ].join('\n');
    const id = (await upload(supervisor, 'salah.csv', csv)).json();
    expect(id).toMatchObject({ status: 422, code: 'TARGET_IMPORT_HEADER' });
    expect(id.detail).toBe(
      'Baris 1, kolom D: tertulis "nilai", seharusnya "jumlah / amount". Tidak ada yang diimpor.',
    );
    const en = (await upload(supervisor, 'salah.csv', csv, 'en')).json();
    expect(en.detail).toBe(
      'Row 1, column D: found "nilai", expected "jumlah / amount". Nothing was imported.',
    );
    expect(await targetCount()).toBe(before);
  });

  it('good rows before a bad cell are not written: the bad cell is named by row and column, every bad cell listed', async () => {
    const before = await targetCount();
    const csv = [
      HEADER_ID,
      `2025,pbjt_makanan_minuman,murni,1200000000,${DECREE},2024-12-20,2025-01-01,,,,,,,,,,,,`,
      `2025,pbjt_parkir,murni,enam puluh juta,${DECREE},2024-12-20,2025-01-01,,,,,,,,,,,,`,
      `2025,pbjt_kesenian_hiburan,murni,-5000,${DECREE},20-12-2024,2025-01-01,,,,,,,,,,,,`,
    ].join('\n');
    const res = await upload(supervisor, 'target.csv', csv);
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.code).toBe('TARGET_IMPORT_CELL');
    expect(body.detail).toBe(
      'Baris 3, kolom D (jumlah): bukan jumlah rupiah bulat (misalnya 1500000000 atau 1.500.000.000). Tidak ada yang diimpor.',
    );
    expect(body.errors.map((e: { field: string }) => e.field)).toEqual(['D3', 'D4', 'F4']);
    const en = (await upload(supervisor, 'target.csv', csv, 'en')).json();
    expect(en.detail).toBe(
      'Row 3, column D (jumlah): not a whole rupiah amount (e.g. 1500000000 or 1.500.000.000). Nothing was imported.',
    );
    expect(en.errors[1]).toEqual({ field: 'D4', message: 'cannot be negative' });
    expect(await targetCount()).toBe(before);
  });

  it("the region's rules name their cell too: a tax not levied (B), months not adding up (H–S), a repeated tax", async () => {
    const before = await targetCount();
    const csv = [
      HEADER_ID,
      `2025,pajak_rokok,murni,1000,${DECREE},2024-12-20,2025-01-01,,,,,,,,,,,,`,
      `2025,pbjt_parkir,murni,1000,${DECREE},2024-12-20,2025-01-01,${months('80')}`,
      `2025,pbjt_parkir,murni,960,${DECREE},2024-12-20,2025-01-01,${months('80')}`,
    ].join('\n');
    const res = await upload(supervisor, 'target.csv', csv, 'en');
    expect(res.statusCode).toBe(422);
    expect(res.json().errors).toEqual([
      { field: 'B2', message: 'The region has no pajak_rokok rate in 2025; no target can be set for it.' },
      { field: 'H3:S3', message: 'The twelve months add up to Rp 960, not the year’s target of Rp 1.000.' },
      { field: 'B4', message: 'pbjt_parkir for 2025 is already on row 3: one row per tax code' },
    ]);
    expect(await targetCount()).toBe(before);
  });

  it('some months given and some not: each empty month is named', async () => {
    const csv = [
      HEADER_ID,
      `2025,pbjt_parkir,murni,1000,${DECREE},2024-12-20,2025-01-01,1000,,,,,,,,,,,`,
    ].join('\n');
    const res = (await upload(supervisor, 'target.csv', csv)).json();
    expect(res.errors.map((e: { field: string }) => e.field)).toEqual(
      ['I', 'J', 'K', 'L', 'M', 'N', 'O', 'P', 'Q', 'R', 'S'].map((c) => `${c}2`),
    );
  });

  it('a file that is neither CSV nor XLSX, and one with a header only', async () => {
    const broken = await upload(supervisor, 'target.xlsx', Buffer.from([0x50, 0x4b, 3, 4, 1, 2, 3]));
    expect([broken.statusCode, broken.json().code]).toEqual([422, 'TARGET_IMPORT_FORMAT']);
    const empty = await upload(supervisor, 'target.csv', `${HEADER_ID}\n`);
    expect([empty.statusCode, empty.json().code]).toEqual([422, 'TARGET_IMPORT_EMPTY']);
  });

  it('an officer may not import targets', async () => {
    const officer = await signedIn(t.app, 'petugas@malang.demo');
    expect((await upload(officer, 'target.csv', `${HEADER_ID}\n`)).statusCode).toBe(403);
  });
});
