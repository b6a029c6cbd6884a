import ExcelJS from 'exceljs';
import type { Database, Sql } from '../../db/database';
import { CsvSyntaxError, parseCsv } from '../../platform/csv';
import type { Bilingual } from '../../platform/problem';
import { Problem, problemText } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import {
  assertBudgetYear,
  checkTarget,
  type NewTarget,
  type RevenueTarget,
  recordTarget,
  TARGET_STAGES,
  type TargetStage,
} from './targets';

/**
 * Importing a year's targets from a spreadsheet (CSV or XLSX), one row per tax code, the header in Indonesian or
 * English:
 *
 *   tahun | kode_pajak | tahap | jumlah | dasar_hukum | tanggal_dasar_hukum | berlaku_mulai | jan … des
 *   year  | tax_code   | stage | amount | decree      | decree_date         | effective_from | jan … dec
 *
 * Dates are `YYYY-MM-DD` (an XLSX date cell too), amounts whole rupiah (`1500000000`, `1.500.000.000` or
 * `1,500,000,000`); the twelve months either all empty (spread by last year's pattern, as the API does) or all given,
 * adding up to the amount. All or nothing: every row is checked first and a wrong header or a bad cell refuses the file,
 * naming the row and the column (as a spreadsheet letters them); only a file with no fault is written, in one
 * transaction.
 */
export const IMPORT_COLUMNS: readonly { id: string; en: string }[] = [
  { id: 'tahun', en: 'year' },
  { id: 'kode_pajak', en: 'tax_code' },
  { id: 'tahap', en: 'stage' },
  { id: 'jumlah', en: 'amount' },
  { id: 'dasar_hukum', en: 'decree' },
  { id: 'tanggal_dasar_hukum', en: 'decree_date' },
  { id: 'berlaku_mulai', en: 'effective_from' },
  ...['jan', 'feb', 'mar', 'apr', 'mei', 'jun', 'jul', 'agu', 'sep', 'okt', 'nov', 'des'].map((id, i) => ({
    id,
    en: ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'][i] as string,
  })),
];

/** The most bad cells one refusal lists. */
const MAX_ERRORS = 100;

/** A sheet as rows of cell texts, each with the row number a spreadsheet shows. */
export interface SheetRow {
  row: number;
  cells: string[];
}

/** One bad cell: where, and why in both languages. */
export interface BadCell {
  row: number;
  /** The column's letter (A, B, … S), or a range (H–S) for the months together. */
  column: string;
  header: string;
  reason: Bilingual;
}

export function columnLetter(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Reads an uploaded file's rows: an XLSX (a zip, `PK…`) by its first sheet, anything else as CSV (`,` or `;`). */
export async function readSheet(fileName: string, content: Buffer): Promise<SheetRow[]> {
  const isZip = content.length > 3 && content[0] === 0x50 && content[1] === 0x4b;
  if (isZip || /\.xlsx$/i.test(fileName)) {
    const workbook = new ExcelJS.Workbook();
    try {
      await workbook.xlsx.load(content as unknown as ArrayBuffer);
    } catch {
      throw new Problem(422, 'TARGET_IMPORT_FORMAT', { fileName });
    }
    const sheet = workbook.worksheets[0];
    if (!sheet) throw new Problem(422, 'TARGET_IMPORT_FORMAT', { fileName });
    const rows: SheetRow[] = [];
    sheet.eachRow({ includeEmpty: false }, (r, rowNumber) => {
      const cells: string[] = [];
      for (let c = 1; c <= Math.max(r.cellCount, IMPORT_COLUMNS.length); c++)
        cells.push(cellText(r.getCell(c).value));
      rows.push({ row: rowNumber, cells });
    });
    return rows;
  }
  const text = content.toString('utf8');
  const firstLine = text.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  try {
    return parseCsv(text, delimiter).map((r) => ({ row: r.line, cells: r.fields }));
  } catch (err) {
    if (err instanceof CsvSyntaxError) {
      throw new Problem(422, 'TARGET_IMPORT_CELL', {
        row: err.line,
        column: '-',
        header: '-',
        alasan: err.reason.id,
        reason: err.reason.en,
      });
    }
    throw err;
  }
}

/** An XLSX cell as text: a date as `YYYY-MM-DD`, a number as its digits, a formula by its result. */
function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object') {
    if ('result' in value) return cellText((value as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('richText' in value) return value.richText.map((t) => t.text).join('');
    if ('text' in value) return String(value.text);
  }
  return String(value).trim();
}

const normalise = (s: string) =>
  s
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');

/** A wrong header refuses the file at once, naming the first column that is not what it should be. */
export function checkHeader(header: SheetRow | undefined): void {
  IMPORT_COLUMNS.forEach((expected, i) => {
    const found = header?.cells[i] ?? '';
    const name = normalise(found);
    if (name !== expected.id && name !== expected.en) {
      throw new Problem(422, 'TARGET_IMPORT_HEADER', {
        column: columnLetter(i),
        found,
        expected: expected.id === expected.en ? expected.id : `${expected.id} / ${expected.en}`,
      });
    }
  });
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function isDate(s: string): boolean {
  if (!DATE.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** A whole-rupiah amount: plain digits, or digits grouped by thousands with `.` or `,`; a leading `Rp` is allowed. */
export function parseRupiah(text: string): number | 'negative' | null {
  const s = text.replace(/^rp\.?\s*/i, '').replace(/\s/g, '');
  const negative = s.startsWith('-');
  const digits = negative ? s.slice(1) : s;
  if (!/^(\d+|\d{1,3}(\.\d{3})+|\d{1,3}(,\d{3})+)$/.test(digits)) return null;
  const n = Number(digits.replace(/[.,]/g, ''));
  if (!Number.isSafeInteger(n)) return null;
  return negative && n > 0 ? 'negative' : n;
}

const REASON = {
  year: { id: 'bukan tahun (misalnya 2025)', en: 'not a year (e.g. 2025)' },
  empty: { id: 'wajib diisi', en: 'required' },
  stage: { id: 'tahap harus murni atau perubahan', en: 'the stage must be murni or perubahan' },
  amount: {
    id: 'bukan jumlah rupiah bulat (misalnya 1500000000 atau 1.500.000.000)',
    en: 'not a whole rupiah amount (e.g. 1500000000 or 1.500.000.000)',
  },
  negative: { id: 'tidak boleh negatif', en: 'cannot be negative' },
  date: { id: 'bukan tanggal TTTT-BB-HH', en: 'not a YYYY-MM-DD date' },
  tooLong: { id: 'lebih dari 200 karakter', en: 'longer than 200 characters' },
  months: {
    id: 'isi kedua belas bulan, atau kosongkan semuanya agar dibagi menurut pola tahun lalu',
    en: "give all twelve months, or none to spread by last year's pattern",
  },
} satisfies Record<string, Bilingual>;

/** A row checked cell by cell: the target it gives, or its bad cells. */
export function parseRow(r: SheetRow): { target: NewTarget | null; bad: BadCell[] } {
  const bad: BadCell[] = [];
  const cell = (i: number) => (r.cells[i] ?? '').trim();
  const fault = (i: number, reason: Bilingual) =>
    bad.push({ row: r.row, column: columnLetter(i), header: IMPORT_COLUMNS[i]?.id ?? '', reason });
  const required = (i: number) => {
    if (cell(i) === '') fault(i, REASON.empty);
    return cell(i);
  };

  const yearText = required(0);
  const year = /^\d{4}$/.test(yearText) ? Number(yearText) : null;
  if (yearText && year === null) fault(0, REASON.year);
  const taxCode = required(1).toLowerCase();
  const stageText = required(2).toLowerCase();
  const stage = (TARGET_STAGES as readonly string[]).includes(stageText) ? (stageText as TargetStage) : null;
  if (stageText && !stage) fault(2, REASON.stage);
  const amountText = required(3);
  const amount = amountText ? parseRupiah(amountText) : null;
  if (amountText && amount === null) fault(3, REASON.amount);
  if (amount === 'negative') fault(3, REASON.negative);
  const decreeRef = required(4);
  if (decreeRef.length > 200) fault(4, REASON.tooLong);
  const decreeDate = required(5);
  if (decreeDate && !isDate(decreeDate)) fault(5, REASON.date);
  const effectiveFrom = required(6);
  if (effectiveFrom && !isDate(effectiveFrom)) fault(6, REASON.date);

  const monthTexts = Array.from({ length: 12 }, (_, m) => cell(7 + m));
  let monthly: number[] | undefined;
  if (monthTexts.some((t) => t !== '')) {
    monthly = [];
    monthTexts.forEach((t, m) => {
      const v = t === '' ? null : parseRupiah(t);
      if (t === '') fault(7 + m, REASON.months);
      else if (v === null) fault(7 + m, REASON.amount);
      else if (v === 'negative') fault(7 + m, REASON.negative);
      else monthly?.push(v);
    });
  }
  if (bad.length > 0 || year === null || stage === null || typeof amount !== 'number')
    return { target: null, bad };
  return {
    target: { year, taxCode, stage, amount, monthly, decreeRef, decreeDate, effectiveFrom },
    bad,
  };
}

/** What a problem thrown by the target rules says of a row, as a bad cell of the column it concerns. */
function asBadCell(row: number, err: Problem): BadCell {
  const reason = {
    id: problemText(err.code, 'id', err.params).detail,
    en: problemText(err.code, 'en', err.params).detail,
  };
  const column: Record<string, number | 'months'> = {
    TARGET_YEAR_OUT_OF_RANGE: 0,
    TAX_NOT_LEVIED: 1,
    TARGET_AMOUNT_NEGATIVE: 3,
    TARGET_EFFECTIVE_OUTSIDE_YEAR: 6,
    TARGET_MONTHS_DO_NOT_ADD_UP: 'months',
  };
  const at = column[err.code] ?? 3;
  return at === 'months'
    ? { row, column: `${columnLetter(7)}–${columnLetter(18)}`, header: 'jan–des', reason }
    : { row, column: columnLetter(at), header: IMPORT_COLUMNS[at]?.id ?? '', reason };
}

/** A bad cell as a spreadsheet names it: `D3`, or `H3:S3` for the months together. */
function cellName(b: BadCell): string {
  const [first, last] = b.column.split('–');
  return last ? `${first}${b.row}:${last}${b.row}` : `${b.column}${b.row}`;
}

/** The refusal of a file with bad cells: the first named in the detail, every one (up to 100) in `errors`. */
function refusal(bad: readonly BadCell[]): Problem {
  const first = bad[0] as BadCell;
  return new Problem(
    422,
    'TARGET_IMPORT_CELL',
    {
      row: first.row,
      column: first.column,
      header: first.header,
      alasan: first.reason.id,
      reason: first.reason.en,
    },
    bad.slice(0, MAX_ERRORS).map((b) => ({ field: cellName(b), message: b.reason })),
  );
}

/**
 * Checks every row of an uploaded file and, only if none is bad, records them all in one transaction (each audited,
 * as imported from the file; approved at once when the head of Bapenda imports them).
 */
export async function importTargets(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  regionId: string,
  file: { fileName: string; content: Buffer },
  options: { approve: boolean },
): Promise<RevenueTarget[]> {
  const rows = (await readSheet(file.fileName, file.content)).filter((r) =>
    r.cells.some((c) => c.trim() !== ''),
  );
  checkHeader(rows[0]);
  const body = rows.slice(1);
  if (body.length === 0) throw new Problem(422, 'TARGET_IMPORT_EMPTY', { fileName: file.fileName });
  const bad: BadCell[] = [];
  const checked: { target: NewTarget; monthly: number[]; from: 'entered' | 'last_year' | 'equal' }[] = [];
  const seen = new Map<string, number>();
  for (const r of body) {
    const parsed = parseRow(r);
    bad.push(...parsed.bad);
    const t = parsed.target;
    if (!t) continue;
    const key = `${t.year}|${t.taxCode}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      bad.push({
        row: r.row,
        column: columnLetter(1),
        header: IMPORT_COLUMNS[1]?.id ?? '',
        reason: {
          id: `${t.taxCode} tahun ${t.year} sudah ada di baris ${earlier}: satu baris per jenis pajak`,
          en: `${t.taxCode} for ${t.year} is already on row ${earlier}: one row per tax code`,
        },
      });
      continue;
    }
    seen.set(key, r.row);
    try {
      assertBudgetYear(t.year, today);
      const months = await checkTarget(db, regionId, today, t);
      checked.push({ target: t, ...months });
    } catch (err) {
      if (!(err instanceof Problem)) throw err;
      bad.push(asBadCell(r.row, err));
    }
  }
  if (bad.length > 0) throw refusal(bad);
  return db.transaction(async (tx: Sql) => {
    const recorded: RevenueTarget[] = [];
    for (const c of checked) {
      recorded.push(
        await recordTarget(
          tx,
          at,
          actor,
          regionId,
          { ...c.target, monthly: c.monthly },
          { approve: options.approve, monthsFrom: c.from, importedFrom: file.fileName },
        ),
      );
    }
    return recorded;
  });
}
