import { CsvSyntaxError, parseCsv } from '../../platform/csv';
import { formatDate } from '../../platform/human-format';
import type { Bilingual } from '../../platform/problem';
import {
  parseStatementAmount,
  parseStatementDate,
  type StatementFormat,
  type StatementLine,
  type StatementProblem,
} from './statement-format';

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
        id: `tanggal ${formatDate(date.day, 'id')} bukan tanggal rekening koran (${formatDate(day, 'id')})`,
        en: `the date ${formatDate(date.day, 'en')} is not the statement's day (${formatDate(day, 'en')})`,
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
