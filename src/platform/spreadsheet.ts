import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { writeCsv } from './csv';
import type { Bilingual, Lang } from './problem';

/**
 * A list as a spreadsheet: rows and column definitions in, a CSV or an XLSX file out, with headers in the reader's
 * language. Every list an officer downloads (the audit trail first; arrears, receipts, returns later) describes its
 * columns once here and is written both ways the same.
 */
export interface SpreadsheetColumn<R> {
  header: Bilingual;
  /** The cell: text as it should read, or a whole number (rupiah, a count) that a spreadsheet can add up. */
  value(row: R, lang: Lang): string | number | null;
  /** Rupiah cells get the thousands format in XLSX; in CSV every number is plain digits. */
  kind?: 'text' | 'rupiah' | 'count';
  /** Column width in characters, in XLSX. */
  width?: number;
}

export const SPREADSHEET_FORMATS = ['csv', 'xlsx'] as const;
export type SpreadsheetFormat = (typeof SPREADSHEET_FORMATS)[number];

/** The query parameters a download takes: the file's format and the language of its headers. */
export const spreadsheetQuerySchema = {
  format: z.enum(SPREADSHEET_FORMATS).default('csv').describe('`csv` (UTF-8, comma-separated) or `xlsx`'),
  lang: z
    .enum(['id', 'en'])
    .optional()
    .describe(
      "The language of the headers and words in the cells; the Accept-Language header's when not given",
    ),
};

export const SPREADSHEET_MEDIA_TYPES: Record<SpreadsheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function cells<R>(rows: readonly R[], columns: readonly SpreadsheetColumn<R>[], lang: Lang) {
  return rows.map((row) => columns.map((c) => c.value(row, lang)));
}

/**
 * CSV (RFC 4180, CRLF), headed by the column names in `lang`. It starts with a UTF-8 byte-order mark, which is how
 * spreadsheet programs know the file is UTF-8 (names such as "Dinoyo – Lowokwaru" stay whole).
 */
export function spreadsheetCsv<R>(
  rows: readonly R[],
  columns: readonly SpreadsheetColumn<R>[],
  lang: Lang,
): string {
  const header = columns.map((c) => c.header[lang]);
  const body = cells(rows, columns, lang).map((r) => r.map((v) => (v === null ? '' : String(v))));
  return `\ufeff${writeCsv([header, ...body])}`;
}

/** An XLSX workbook of one sheet, its header row bold and frozen, amounts as numbers in the rupiah format. */
export async function spreadsheetXlsx<R>(
  rows: readonly R[],
  columns: readonly SpreadsheetColumn<R>[],
  lang: Lang,
  sheetName: string,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Balai';
  // A sheet's name: at most 31 characters, none of : \ / ? * [ ].
  const sheet = workbook.addWorksheet(sheetName.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31), {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  sheet.columns = columns.map((c) => ({
    header: c.header[lang],
    width: c.width ?? 18,
    style: c.kind === 'rupiah' ? { numFmt: '#,##0' } : c.kind === 'count' ? { numFmt: '0' } : {},
  }));
  sheet.getRow(1).font = { bold: true };
  for (const row of cells(rows, columns, lang)) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Sends a list as a download in the format asked for; `baseName` without extension (e.g. `audit-35.73`). */
export async function sendSpreadsheet<R>(
  reply: FastifyReply,
  file: {
    format: SpreadsheetFormat;
    baseName: string;
    sheetName: string;
    rows: readonly R[];
    columns: readonly SpreadsheetColumn<R>[];
    lang: Lang;
  },
): Promise<FastifyReply> {
  const body =
    file.format === 'xlsx'
      ? await spreadsheetXlsx(file.rows, file.columns, file.lang, file.sheetName)
      : spreadsheetCsv(file.rows, file.columns, file.lang);
  return reply
    .type(SPREADSHEET_MEDIA_TYPES[file.format])
    .header('content-disposition', `attachment; filename="${file.baseName}.${file.format}"`)
    .header('cache-control', 'no-store')
    .send(body);
}
