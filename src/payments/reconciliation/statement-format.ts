import type { Bilingual } from '../../platform/problem';
import { type CsvDelimiter, CsvSyntaxError, parseCsv } from '../../tax/registry/csv';

/**
 * How one bank writes its daily statement (rekening koran / mutasi) as CSV, and reading a file by it. Banks export
 * differently and change their exports, so the mapping is the treasurer's data per partner: the header names of
 * the columns that hold the date (and time), amount, bank reference and description, how dates and amounts are
 * written, and, for a statement that lists debits too, which column says a line is a credit.
 */

export const DATE_FORMATS = ['YYYY-MM-DD', 'DD/MM/YYYY', 'DD-MM-YYYY', 'MM/DD/YYYY', 'YYYYMMDD'] as const;
export type DateFormat = (typeof DATE_FORMATS)[number];

/**
 * `dot_thousands` is the Indonesian way (`1.250.000,00`), `comma_thousands` the English (`1,250,000.00`), `plain`
 * digits with an optional decimal point (`1250000.00`).
 */
export const AMOUNT_FORMATS = ['plain', 'dot_thousands', 'comma_thousands'] as const;
export type AmountFormat = (typeof AMOUNT_FORMATS)[number];

export const DELIMITERS = [',', ';', '|', '\t'] as const satisfies readonly CsvDelimiter[];

export interface StatementFormat {
  delimiter: CsvDelimiter;
  dateColumn: string;
  dateFormat: DateFormat;
  timeColumn: string | null;
  amountColumn: string;
  amountFormat: AmountFormat;
  referenceColumn: string;
  descriptionColumn: string | null;
  typeColumn: string | null;
  creditValue: string | null;
}

/** Why a format cannot be saved, per field: the reason is a code the web shows in the UI's language. */
export interface FormatProblem {
  field: keyof StatementFormat;
  reason: 'credit_value_required' | 'type_column_required' | 'column_used_twice';
}

const COLUMN_FIELDS = [
  'dateColumn',
  'timeColumn',
  'amountColumn',
  'referenceColumn',
  'descriptionColumn',
  'typeColumn',
] as const satisfies readonly (keyof StatementFormat)[];

/**
 * What makes a format unreadable before any file is tried: a type column without the value that marks a credit (or
 * the reverse), since the file's debits could not be told apart; and one header named for two roles, since the
 * reader matches header names without case and would read, say, the date cell as the time too.
 */
export function formatProblems(format: StatementFormat): FormatProblem[] {
  const problems: FormatProblem[] = [];
  if (format.typeColumn !== null && format.creditValue === null)
    problems.push({ field: 'creditValue', reason: 'credit_value_required' });
  if (format.typeColumn === null && format.creditValue !== null)
    problems.push({ field: 'typeColumn', reason: 'type_column_required' });
  const seen = new Set<string>();
  for (const field of COLUMN_FIELDS) {
    const name = format[field]?.trim().toLowerCase();
    if (!name) continue;
    if (seen.has(name)) problems.push({ field, reason: 'column_used_twice' });
    seen.add(name);
  }
  return problems;
}

/** One receipt of the statement. `lineNo` is the file's line, so that the treasurer can find it. */
export interface StatementLine {
  lineNo: number;
  bankReference: string;
  amount: number;
  bookedTime: string | null;
  description: string | null;
}

export interface StatementProblem {
  line: number;
  reason: Bilingual;
}

const DATE_PATTERN: Record<DateFormat, { re: RegExp; y: number; m: number; d: number }> = {
  'YYYY-MM-DD': { re: /^(\d{4})-(\d{2})-(\d{2})$/, y: 1, m: 2, d: 3 },
  'DD/MM/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, y: 3, m: 2, d: 1 },
  'DD-MM-YYYY': { re: /^(\d{1,2})-(\d{1,2})-(\d{4})$/, y: 3, m: 2, d: 1 },
  'MM/DD/YYYY': { re: /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/, y: 3, m: 1, d: 2 },
  YYYYMMDD: { re: /^(\d{4})(\d{2})(\d{2})$/, y: 1, m: 2, d: 3 },
};

/**
 * A statement date as `YYYY-MM-DD`, and the time if the cell carries one after a space (`10/03/2025 11:02:33`);
 * null for a date that is not in the format or not on the calendar (31/02).
 */
export function parseStatementDate(
  text: string,
  format: DateFormat,
): { day: string; time: string | null } | null {
  const [datePart = '', ...rest] = text.trim().split(/\s+/);
  const p = DATE_PATTERN[format];
  const m = p.re.exec(datePart);
  if (!m) return null;
  const year = Number(m[p.y]);
  const month = Number(m[p.m]);
  const day = Number(m[p.d]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day)
    return null;
  const time = rest.join(' ');
  return { day: date.toISOString().slice(0, 10), time: time || null };
}

const AMOUNT_PATTERN: Record<AmountFormat, { re: RegExp; thousands: string; decimal: string }> = {
  plain: { re: /^\d+(\.\d+)?$/, thousands: '', decimal: '.' },
  dot_thousands: { re: /^\d{1,3}(\.\d{3})*(,\d+)?$|^\d+(,\d+)?$/, thousands: '.', decimal: ',' },
  comma_thousands: { re: /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/, thousands: ',', decimal: '.' },
};

/**
 * A credit amount in whole rupiah: `Rp` and spaces are ignored, cents must be zero (a tax payment is whole rupiah;
 * cents mean the line is something else). Null for anything else, including zero and negative amounts.
 */
export function parseStatementAmount(text: string, format: AmountFormat): number | null {
  const cleaned = text.replace(/^\s*(rp\.?|idr)\s*/i, '').replace(/\s/g, '');
  const p = AMOUNT_PATTERN[format];
  if (!p.re.test(cleaned)) return null;
  const [whole = '', fraction = ''] = cleaned.split(p.decimal);
  if (/[1-9]/.test(fraction)) return null;
  const digits = p.thousands ? whole.split(p.thousands).join('') : whole;
  const amount = Number(digits);
  return Number.isSafeInteger(amount) && amount > 0 ? amount : null;
}

/** The same reference however the bank pads or cases it in the statement and in its API calls. */
export function normaliseReference(reference: string): string {
  return reference.trim().toUpperCase();
}

/**
 * Reads a statement file for one day: the first record names the columns, each other record is a line. A debit
 * line (when the format says how to tell) is passed over; every other line must be a credit of that day with a
 * reference and a whole-rupiah amount, or it is reported with its line number. Nothing is half read: a caller
 * stores the lines only when there are no problems.
 */
export function readStatement(
  text: string,
  format: StatementFormat,
  day: string,
): { lines: StatementLine[]; problems: StatementProblem[] } {
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(text, format.delimiter);
  } catch (err) {
    if (err instanceof CsvSyntaxError)
      return { lines: [], problems: [{ line: err.line, reason: err.reason }] };
    throw err;
  }
  const [header, ...rows] = records;
  if (!header)
    return { lines: [], problems: [{ line: 1, reason: { id: 'berkas kosong', en: 'the file is empty' } }] };
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const problems: StatementProblem[] = [];
  const column = (name: string | null): number | null => {
    if (name === null) return null;
    const index = names.indexOf(name.trim().toLowerCase());
    if (index < 0) {
      problems.push({
        line: header.line,
        reason: {
          id: `kolom "${name}" tidak ada di judul kolom`,
          en: `column "${name}" is not in the header`,
        },
      });
    }
    return index;
  };
  const at = {
    date: column(format.dateColumn),
    time: column(format.timeColumn),
    amount: column(format.amountColumn),
    reference: column(format.referenceColumn),
    description: column(format.descriptionColumn),
    type: column(format.typeColumn),
  };
  if (problems.length > 0) return { lines: [], problems };

  const cell = (fields: string[], index: number | null) =>
    index === null ? null : (fields[index] ?? '').trim();
  const lines: StatementLine[] = [];
  for (const { line, fields } of rows) {
    const type = cell(fields, at.type);
    if (type !== null && type.toLowerCase() !== (format.creditValue ?? '').trim().toLowerCase()) continue;
    const date = parseStatementDate(cell(fields, at.date) ?? '', format.dateFormat);
    const amount = parseStatementAmount(cell(fields, at.amount) ?? '', format.amountFormat);
    const reference = cell(fields, at.reference) ?? '';
    const reasons: Bilingual[] = [];
    if (!date) {
      reasons.push({
        id: `tanggal "${cell(fields, at.date)}" tidak berformat ${format.dateFormat}`,
        en: `date "${cell(fields, at.date)}" is not ${format.dateFormat}`,
      });
    } else if (date.day !== day) {
      reasons.push({
        id: `tanggal ${date.day} bukan tanggal rekening koran ${day}`,
        en: `date ${date.day} is not the statement's day ${day}`,
      });
    }
    if (amount === null) {
      reasons.push({
        id: `jumlah "${cell(fields, at.amount)}" bukan kredit dalam rupiah utuh`,
        en: `amount "${cell(fields, at.amount)}" is not a whole-rupiah credit`,
      });
    }
    if (reference.length === 0 || reference.length > 64) {
      reasons.push({
        id: 'nomor referensi bank harus 1 sampai 64 karakter',
        en: 'the bank reference must be 1 to 64 characters',
      });
    }
    if (reasons.length > 0) {
      problems.push({
        line,
        reason: { id: reasons.map((r) => r.id).join('; '), en: reasons.map((r) => r.en).join('; ') },
      });
      continue;
    }
    lines.push({
      lineNo: line,
      bankReference: reference,
      amount: amount as number,
      bookedTime: cell(fields, at.time) || date?.time || null,
      description: cell(fields, at.description)?.slice(0, 500) || null,
    });
  }
  return { lines, problems };
}
