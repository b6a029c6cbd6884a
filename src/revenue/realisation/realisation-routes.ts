import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { languageOf } from '../../platform/problem';
import {
  SPREADSHEET_MEDIA_TYPES,
  type SpreadsheetColumn,
  sendSpreadsheet,
  spreadsheetQuerySchema,
} from '../../platform/spreadsheet';
import { REVENUE_READERS } from '../roles';
import { findRealisationEntries, type RealisationEntry } from './realisation-entries';
import {
  FILTER_DIMENSIONS,
  filterLabels,
  REALISATION_DIMENSIONS,
  type RealisationRow,
  realisationTable,
} from './realisation-table';

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

export const realisationRowSchema = z.object({
  key: z
    .string()
    .describe('What the row is (a tax code, `YYYY-MM`, a kecamatan or kelurahan code, a channel, a bank)'),
  label: bilingualSchema,
  principal: z.number(),
  penalty: z.number().describe('Sanctions (interest) received'),
  total: z.number(),
  payments: z.number().describe('Payments less reversals'),
});

/** A year's (or a month's) realisation broken down by one dimension. */
export const realisationTableSchema = z.object({
  year: z.number(),
  by: z.enum(REALISATION_DIMENSIONS),
  rows: z.array(realisationRowSchema),
  total: z.number(),
});

export const realisationEntrySchema = z.object({
  kind: z.enum(['payment', 'reversal']).describe('A reversal counts negative, on the day it was made'),
  paymentId: z.number(),
  ntpd: z.string(),
  day: z.string(),
  paidAt: z.date(),
  reversedAt: z.date().nullable(),
  billId: z.number(),
  billingCode: z.string(),
  taxCode: z.string(),
  taxName: bilingualSchema,
  period: z.string().nullable(),
  taxpayerId: z.number(),
  taxpayerName: z.string(),
  objectName: z.string().nullable(),
  villageCode: z.string(),
  channel: z.string(),
  partnerId: z.string(),
  partnerName: z.string(),
  principal: z.number(),
  penalty: z.number(),
  amount: z.number(),
  sspd: z.string().describe("The payment's SSPD (PDF)"),
});

/** The payments behind a figure, a page of them, with how many there are and what they add up to. */
export const realisationEntriesSchema = z.object({
  filters: z
    .array(
      z.object({
        key: z.enum(Object.keys(FILTER_DIMENSIONS) as [keyof typeof FILTER_DIMENSIONS]),
        value: z.string(),
        label: bilingualSchema,
      }),
    )
    .describe(
      'The filters given that name something (a tax type, kecamatan, kelurahan, channel, bank), in words',
    ),
  items: z.array(realisationEntrySchema),
  count: z.number(),
  principal: z.number(),
  penalty: z.number(),
  amount: z.number(),
});

const year = z.coerce
  .number()
  .int()
  .min(2000)
  .max(2999)
  .optional()
  .describe("Default: the region's current year");
const month = z.coerce.number().int().min(1).max(12).optional().describe('One month of the year (1–12)');

const tableQuery = {
  year,
  by: z.enum(REALISATION_DIMENSIONS).default('taxCode'),
  taxCode: z.string().max(60).optional(),
  month,
};

const entryQuery = {
  year,
  month,
  taxCode: z.string().max(60).optional(),
  villageCode: z.string().max(20).optional().describe('A kelurahan, or `-` for bills without a tax object'),
  districtCode: z.string().max(12).optional().describe('A kecamatan (`35.73.02`)'),
  channel: z.string().max(40).optional(),
  partnerId: z.string().max(36).optional(),
};

/** The most entries one download holds. */
const DOWNLOAD_LIMIT = 50_000;

const fileResponse = {
  200: {
    description: 'The file',
    content: {
      [SPREADSHEET_MEDIA_TYPES.csv]: { schema: z.string() },
      [SPREADSHEET_MEDIA_TYPES.xlsx]: { schema: z.string().describe('binary') },
    },
  },
};

const TABLE_COLUMNS: SpreadsheetColumn<RealisationRow>[] = [
  { header: { id: 'Kode', en: 'Key' }, value: (r) => r.key, width: 16 },
  { header: { id: 'Uraian', en: 'Item' }, value: (r, lang) => r.label[lang], width: 36 },
  { header: { id: 'Pokok', en: 'Principal' }, value: (r) => r.principal, kind: 'rupiah' },
  { header: { id: 'Sanksi', en: 'Sanctions' }, value: (r) => r.penalty, kind: 'rupiah' },
  { header: { id: 'Jumlah', en: 'Total' }, value: (r) => r.total, kind: 'rupiah' },
  { header: { id: 'Pembayaran', en: 'Payments' }, value: (r) => r.payments, kind: 'count', width: 12 },
];

const ENTRY_COLUMNS: SpreadsheetColumn<RealisationEntry>[] = [
  { header: { id: 'Tanggal', en: 'Day' }, value: (e) => e.day, width: 12 },
  {
    header: { id: 'Jenis', en: 'Kind' },
    value: (e, lang) =>
      e.kind === 'payment'
        ? lang === 'id'
          ? 'pembayaran'
          : 'payment'
        : lang === 'id'
          ? 'pembatalan'
          : 'reversal',
    width: 12,
  },
  { header: { id: 'NTPD', en: 'NTPD' }, value: (e) => e.ntpd, width: 20 },
  { header: { id: 'Kode bayar', en: 'Payment code' }, value: (e) => e.billingCode, width: 18 },
  { header: { id: 'Kode pajak', en: 'Tax code' }, value: (e) => e.taxCode, width: 22 },
  { header: { id: 'Jenis pajak', en: 'Tax' }, value: (e, lang) => e.taxName[lang], width: 30 },
  { header: { id: 'Masa', en: 'Period' }, value: (e) => e.period, width: 9 },
  { header: { id: 'Wajib pajak', en: 'Taxpayer' }, value: (e) => e.taxpayerName, width: 30 },
  { header: { id: 'Objek pajak', en: 'Tax object' }, value: (e) => e.objectName, width: 30 },
  { header: { id: 'Kelurahan', en: 'Kelurahan' }, value: (e) => e.villageCode, width: 15 },
  { header: { id: 'Kanal', en: 'Channel' }, value: (e) => e.channel, width: 16 },
  { header: { id: 'Bank', en: 'Bank' }, value: (e) => e.partnerName, width: 22 },
  { header: { id: 'Pokok', en: 'Principal' }, value: (e) => e.principal, kind: 'rupiah' },
  { header: { id: 'Sanksi', en: 'Sanctions' }, value: (e) => e.penalty, kind: 'rupiah' },
  { header: { id: 'Jumlah', en: 'Amount' }, value: (e) => e.amount, kind: 'rupiah' },
];

/** The realisation broken down, and the payments behind each figure, on screen and as CSV or XLSX. */
export function realisationRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const yearOf = (given: number | undefined, timeZone: Parameters<typeof localDate>[1]) =>
    given ?? Number(localDate(ctx.clock.now(), timeZone).slice(0, 4));

  r.get(
    '/revenue/realisation',
    {
      schema: {
        tags: ['revenue'],
        summary:
          "A year's realisation by tax, month, kecamatan, kelurahan, channel or bank (optionally one tax, one month)",
        querystring: z.strictObject(tableQuery),
        response: { 200: realisationTableSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, REVENUE_READERS);
      const q = { ...request.query, year: yearOf(request.query.year, timeZone) };
      const rows = await realisationTable(ctx.db, regionId, q);
      return { year: q.year, by: q.by, rows, total: rows.reduce((s, x) => s + x.total, 0) };
    },
  );

  r.get(
    '/revenue/realisation/download',
    {
      schema: {
        tags: ['revenue'],
        summary: 'The realisation table as a spreadsheet (CSV or XLSX), headers in the language asked for',
        querystring: z.strictObject({ ...tableQuery, ...spreadsheetQuerySchema }),
        response: fileResponse,
      },
    },
    async (request, reply) => {
      const { regionId, timeZone } = accessFor(request, REVENUE_READERS);
      const q = { ...request.query, year: yearOf(request.query.year, timeZone) };
      const lang = q.lang ?? languageOf(request.headers['accept-language']);
      return sendSpreadsheet(reply as FastifyReply, {
        format: q.format,
        baseName: `realisasi-${regionId}-${q.year}-${q.by}`,
        sheetName: lang === 'id' ? 'Realisasi' : 'Realisation',
        rows: await realisationTable(ctx.db, regionId, q),
        columns: TABLE_COLUMNS,
        lang,
      });
    },
  );

  r.get(
    '/revenue/payments',
    {
      schema: {
        tags: ['revenue'],
        summary:
          'The payments behind a realisation figure (and reversals, negative, on their day), newest first, each with its SSPD',
        querystring: z.strictObject({
          ...entryQuery,
          limit: z.coerce.number().int().min(1).max(500).default(50),
          offset: z.coerce.number().int().min(0).default(0),
        }),
        response: { 200: realisationEntriesSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, REVENUE_READERS);
      const { limit, offset, ...f } = request.query;
      const page = await findRealisationEntries(
        ctx.db,
        regionId,
        { ...f, year: yearOf(f.year, timeZone) },
        { limit, offset },
      );
      return { filters: await filterLabels(ctx.db, f), ...page };
    },
  );

  r.get(
    '/revenue/payments/download',
    {
      schema: {
        tags: ['revenue'],
        summary: 'The payments behind a figure as a spreadsheet (CSV or XLSX)',
        description: `At most ${DOWNLOAD_LIMIT} entries, newest first.`,
        querystring: z.strictObject({ ...entryQuery, ...spreadsheetQuerySchema }),
        response: fileResponse,
      },
    },
    async (request, reply) => {
      const { regionId, timeZone } = accessFor(request, REVENUE_READERS);
      const { format, lang: asked, ...f } = request.query;
      const year = yearOf(f.year, timeZone);
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const page = await findRealisationEntries(
        ctx.db,
        regionId,
        { ...f, year },
        {
          limit: DOWNLOAD_LIMIT,
          offset: 0,
        },
      );
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: `pembayaran-${regionId}-${year}${f.month ? `-${String(f.month).padStart(2, '0')}` : ''}`,
        sheetName: lang === 'id' ? 'Pembayaran' : 'Payments',
        rows: page.items,
        columns: ENTRY_COLUMNS,
        lang,
      });
    },
  );
}
