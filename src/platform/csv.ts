import type { Bilingual } from './problem';

/**
 * CSV as RFC 4180 defines it: fields separated by commas, records by CRLF (a bare LF is accepted too), a field
 * that holds a comma, a quote or a line break is wrapped in double quotes and a quote inside it is doubled.
 * Written here rather than taken from npm because Balai adds no dependency for 100 lines; the only CSV parser in
 * node_modules (papaparse) arrives transitively through idn-area-data and is not ours to rely on.
 */

export interface CsvRecord {
  /** The file line the record starts on (1-based), for messages such as "line 12: bad NIK". */
  line: number;
  fields: string[];
}

export type CsvDelimiter = ',' | ';' | '|' | '\t';

export class CsvSyntaxError extends Error {
  constructor(
    readonly line: number,
    readonly reason: Bilingual,
  ) {
    super(`line ${line}: ${reason.en}`);
  }
}

/**
 * Parses a whole file. A UTF-8 byte-order mark (what spreadsheet programs write) is dropped, an empty line is
 * skipped (it is not a record of one empty field), and a stray quote is an error rather than a guess. Banks'
 * statement exports often separate fields with a semicolon (a comma being the decimal mark in Indonesian), hence
 * `delimiter`.
 */
export function parseCsv(text: string, delimiter: CsvDelimiter = ','): CsvRecord[] {
  const separator = delimiter.charCodeAt(0);
  const records: CsvRecord[] = [];
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  while (i < n) {
    const startLine = line;
    const fields: string[] = [];
    let endOfRecord = false;
    // An empty line: no record.
    if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] === '\n')) {
      i += text[i] === '\r' ? 2 : 1;
      line++;
      continue;
    }
    while (!endOfRecord) {
      let value: string;
      if (text[i] === '"') {
        const parts: string[] = [];
        let from = i + 1;
        for (;;) {
          const quote = text.indexOf('"', from);
          if (quote < 0) {
            throw new CsvSyntaxError(startLine, {
              id: 'kolom bertanda kutip tidak ditutup',
              en: 'a quoted field is not closed',
            });
          }
          parts.push(text.slice(from, quote));
          if (text[quote + 1] === '"') {
            parts.push('"');
            from = quote + 2;
          } else {
            i = quote + 1;
            break;
          }
        }
        value = parts.join('');
        line += countLineBreaks(value);
        const next = text[i];
        if (next !== undefined && next !== delimiter && next !== '\n' && next !== '\r') {
          throw new CsvSyntaxError(line, {
            id: 'tanda kutip penutup harus diikuti pemisah kolom atau akhir baris',
            en: 'a closing quote must be followed by a delimiter or the end of the line',
          });
        }
      } else {
        let end = i;
        while (end < n) {
          const c = text.charCodeAt(end);
          if (c === separator || c === 10 /* \n */ || c === 13 /* \r */) break;
          if (c === 34 /* " */)
            throw new CsvSyntaxError(line, {
              id: 'kolom yang memuat tanda kutip harus diapit tanda kutip',
              en: 'a field with a quote must be wrapped in quotes',
            });
          end++;
        }
        value = text.slice(i, end);
        i = end;
      }
      fields.push(value);
      const c = text[i];
      if (c === delimiter) {
        i++;
      } else if (c === '\r' && text[i + 1] === '\n') {
        i += 2;
        line++;
        endOfRecord = true;
      } else if (c === '\n') {
        i++;
        line++;
        endOfRecord = true;
      } else if (c === '\r') {
        throw new CsvSyntaxError(line, {
          id: 'carriage return di luar tanda kutip harus diikuti line feed',
          en: 'a carriage return outside quotes must be followed by a line feed',
        });
      } else {
        endOfRecord = true; // end of the text
      }
    }
    records.push({ line: startLine, fields });
  }
  return records;
}

function countLineBreaks(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    // CRLF counts once; a lone CR or LF counts as a break as well.
    if (c === 10 || (c === 13 && s.charCodeAt(k + 1) !== 10)) count++;
  }
  return count;
}

const NEEDS_QUOTES = /["\r\n]/;

export function csvField(value: string, delimiter: CsvDelimiter = ','): string {
  return NEEDS_QUOTES.test(value) || value.includes(delimiter) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** Writes records with CRLF line ends, quoting only the fields that need it. */
export function writeCsv(rows: readonly (readonly string[])[], delimiter: CsvDelimiter = ','): string {
  return rows.map((row) => `${row.map((f) => csvField(f, delimiter)).join(delimiter)}\r\n`).join('');
}
