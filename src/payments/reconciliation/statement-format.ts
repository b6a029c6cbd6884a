import type { CsvDelimiter } from '../../platform/csv';
import type { Bilingual } from '../../platform/problem';

/**
 * How one bank writes its daily statement (rekening koran / mutasi) as CSV (read-statement.ts reads a file by it). Banks export
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
