import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { fieldChanges } from './audit-changes';
import { parseCsv } from './csv';
import {
  fileSlug,
  listFileName,
  periodCell,
  type SpreadsheetColumn,
  spreadsheetCsv,
  spreadsheetXlsx,
  wallClockCell,
} from './spreadsheet';

interface Arrear {
  name: string;
  amount: number;
  period: string;
}

const ROWS: Arrear[] = [
  { name: 'Kedai Kopi "Sawojajar", Malang', amount: 12_345_678_901, period: '2026-05' },
  { name: 'Warung Bu Tini', amount: 3_175_000, period: '2026-06' },
];

const COLUMNS: SpreadsheetColumn<Arrear>[] = [
  { header: { id: 'Wajib pajak', en: 'Taxpayer' }, value: (r) => r.name },
  { header: { id: 'Jumlah', en: 'Amount' }, kind: 'rupiah', value: (r) => r.amount },
  {
    header: { id: 'Masa', en: 'Period' },
    value: (r, lang) => (lang === 'id' ? `masa ${r.period}` : `period ${r.period}`),
  },
];

describe('spreadsheet export', () => {
  it('CSV is headed in the language asked for, quotes what needs it and parses back to the same cells', () => {
    const csv = spreadsheetCsv(ROWS, COLUMNS, 'en');
    expect(csv.startsWith('\ufeffTaxpayer,Amount,Period\r\n')).toBe(true);
    expect(parseCsv(csv).map((r) => r.fields)).toEqual([
      ['Taxpayer', 'Amount', 'Period'],
      ['Kedai Kopi "Sawojajar", Malang', '12345678901', 'period 2026-05'],
      ['Warung Bu Tini', '3175000', 'period 2026-06'],
    ]);
    expect(parseCsv(spreadsheetCsv(ROWS, COLUMNS, 'id'))[0]?.fields).toEqual([
      'Wajib pajak',
      'Jumlah',
      'Masa',
    ]);
  });

  it('XLSX holds the same rows, amounts as whole numbers in the thousands format, the header bold', async () => {
    const buffer = await spreadsheetXlsx(ROWS, COLUMNS, 'id', 'Tunggakan: 2026/05');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Tunggakan  2026 05');
    expect(sheet?.getRow(1).values).toEqual([undefined, 'Wajib pajak', 'Jumlah', 'Masa']);
    expect(sheet?.getRow(1).font?.bold).toBe(true);
    expect(sheet?.getRow(2).getCell(2).value).toBe(12_345_678_901);
    expect(sheet?.getRow(2).getCell(2).numFmt).toBe('#,##0');
    expect(sheet?.getRow(3).values).toEqual([undefined, 'Warung Bu Tini', 3_175_000, 'masa 2026-06']);
    expect(sheet?.rowCount).toBe(3);
  });
});

describe('dates and names', () => {
  interface Paid {
    due: string;
    at: string | null;
  }
  const columns: SpreadsheetColumn<Paid>[] = [
    { header: { id: 'Jatuh tempo', en: 'Due' }, kind: 'date', value: (r) => r.due },
    { header: { id: 'Dibayar', en: 'Paid' }, kind: 'datetime', value: (r) => r.at },
  ];
  const rows: Paid[] = [
    { due: '2025-02-15', at: wallClockCell(new Date('2025-03-10T02:00:00Z'), 'Asia/Jakarta') },
    { due: '2025-03-31', at: null },
  ];

  it('CSV writes a day and a wall-clock time as a spreadsheet reads them; an instant on the region’s clock', () => {
    expect(parseCsv(spreadsheetCsv(rows, columns, 'id')).map((r) => r.fields)).toEqual([
      ['Jatuh tempo', 'Dibayar'],
      ['2025-02-15', '2025-03-10 09:00:00'],
      ['2025-03-31', ''],
    ]);
  });

  it('XLSX keeps them as dates (the wall clock as written), formatted as the CSV reads', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await spreadsheetXlsx(rows, columns, 'en', 'Bills')) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    const due = sheet?.getRow(2).getCell(1);
    expect(due?.value).toEqual(new Date('2025-02-15T00:00:00Z'));
    expect(due?.numFmt).toBe('yyyy-mm-dd');
    expect(sheet?.getRow(2).getCell(2).value).toEqual(new Date('2025-03-10T09:00:00Z'));
    expect(sheet?.getRow(3).getCell(2).value).toBeNull();
  });

  it("a list's file is named for the list, the region and the day, in the reader's language", () => {
    expect(listFileName({ id: 'Tunggakan', en: 'Arrears' }, 'Kota Malang', '2025-03-11', 'id')).toBe(
      'tunggakan-kota-malang-2025-03-11',
    );
    expect(
      listFileName({ id: 'Setoran STS', en: 'Deposits STS' }, 'Kabupaten Bangka', '2025-03-11', 'en'),
    ).toBe('deposits-sts-kabupaten-bangka-2025-03-11');
    expect(fileSlug('Kota Baubau – Sulawesi (Tenggara)')).toBe('kota-baubau-sulawesi-tenggara');
    expect(periodCell('2025-02', 'id')).toBe('Februari 2025');
    expect(periodCell('2025-02', 'en')).toBe('February 2025');
  });
});

describe('an audit entry field by field', () => {
  it('lists the after fields first, then those only before, and marks what changed', () => {
    expect(
      fieldChanges(
        { status: 'submitted', tax: 100, reason: 'x' },
        { status: 'verified', tax: 100, note: null },
      ),
    ).toEqual([
      { field: 'status', before: 'submitted', after: 'verified', changed: true },
      { field: 'tax', before: 100, after: 100, changed: false },
      { field: 'note', before: undefined, after: null, changed: false },
      { field: 'reason', before: 'x', after: undefined, changed: true },
    ]);
  });

  it('opens a nested object one level, and a creation has every field changed from nothing', () => {
    expect(fieldChanges(null, { rkud: { bankName: 'Bank Jatim' }, roles: ['auditor'] })).toEqual([
      { field: 'rkud.bankName', before: undefined, after: 'Bank Jatim', changed: true },
      { field: 'roles', before: undefined, after: ['auditor'], changed: true },
    ]);
  });
});
