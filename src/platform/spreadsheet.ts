import ExcelJS from 'exceljs';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { localTimestamp, type TimeZone } from './clock';
import { writeCsv } from './csv';
import type { Bilingual, Lang } from './problem';

/**
 * A list as a spreadsheet: rows and column definitions in, a CSV or an XLSX file out, with headers in the reader's
 * language. Every list an officer downloads (the audit trail; arrears, bills, receipts, deposits, returns, taxpayers,
 * objects) describes its columns once and is written both ways the same: `GET <list>/download?format=csv|xlsx` with the
 * list's own filters and order, every row that matches rather than a page.
 */
export interface SpreadsheetColumn<R> {
  header: Bilingual;
  /** The cell: text as it should read, or a whole number (rupiah, a count) that a spreadsheet can add up. */
  value(row: R, lang: Lang): string | number | null;
  /**
   * Rupiah cells get the thousands format in XLSX; in CSV every number is plain digits. A `date` cell's value is a
   * calendar day `YYYY-MM-DD`, a `datetime` cell's the region's wall-clock time `YYYY-MM-DD HH:mm:ss`: CSV writes them
   * so (a spreadsheet program reads both as dates), XLSX as real dates a spreadsheet sorts and filters by.
   */
  kind?: 'text' | 'rupiah' | 'count' | 'date' | 'datetime';
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

/** How the OpenAPI document describes a download's answer. */
export const spreadsheetResponseSchema = {
  200: {
    description: 'The file',
    content: {
      [SPREADSHEET_MEDIA_TYPES.csv]: { schema: z.string() },
      [SPREADSHEET_MEDIA_TYPES.xlsx]: { schema: z.string().describe('binary') },
    },
  },
};

/** The most rows one download of a list holds (as the audit trail's). */
export const LIST_DOWNLOAD_LIMIT = 50_000;

/** A name as a file name's part: lower case ASCII words joined by hyphens (`Kota Malang` → `kota-malang`). */
export function fileSlug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * A list's download named for what it is, whose and when, in the reader's language:
 * `tunggakan-kota-malang-2025-03-11` (the extension is the format's).
 */
export function listFileName(list: Bilingual, regionName: string, day: string, lang: Lang): string {
  return [fileSlug(list[lang]), fileSlug(regionName), day].filter((part) => part !== '').join('-');
}

/** A masa pajak (`2025-02`) as a cell reads it in `lang`: `Februari 2025`, `February 2025`. */
export function periodCell(period: string | null, lang: Lang): string | null {
  if (period === null) return null;
  return new Intl.DateTimeFormat(lang === 'id' ? 'id-ID' : 'en-GB', {
    timeZone: 'UTC',
    month: 'long',
    year: 'numeric',
  }).format(new Date(`${period}-01T00:00:00Z`));
}

/** An instant as a `datetime` cell holds it: the region's wall clock, `2025-03-11 10:00:00`. */
export function wallClockCell(at: Date | null, timeZone: TimeZone): string | null {
  return at === null ? null : localTimestamp(at, timeZone).slice(0, 19).replace('T', ' ');
}

/** A calendar day or a wall-clock time as XLSX keeps it: a date without a zone, written as if it were UTC. */
function asSheetDate(value: string | number | null): Date | string | number | null {
  if (typeof value !== 'string') return value;
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (!m) return value;
  const [, y, mo, d, h = '0', mi = '0', s = '0'] = m;
  return new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)));
}

function cells<R>(rows: readonly R[], columns: readonly SpreadsheetColumn<R>[], lang: Lang) {
  return rows.map((row) => columns.map((c) => c.value(row, lang)));
}

const NUMBER_FORMATS: Record<NonNullable<SpreadsheetColumn<unknown>['kind']>, string | undefined> = {
  text: undefined,
  rupiah: '#,##0',
  count: '0',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm:ss',
};

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
  sheet.columns = columns.map((c) => {
    const numFmt = NUMBER_FORMATS[c.kind ?? 'text'];
    return { header: c.header[lang], width: c.width ?? 18, style: numFmt ? { numFmt } : {} };
  });
  sheet.getRow(1).font = { bold: true };
  const dated = columns.map((c) => c.kind === 'date' || c.kind === 'datetime');
  for (const row of cells(rows, columns, lang)) {
    sheet.addRow(row.map((value, i) => (dated[i] ? asSheetDate(value) : value)));
  }
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
