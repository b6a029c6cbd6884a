import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { monthsBetween } from '../../platform/calendar';
import { localDate } from '../../platform/clock';
import { pageQuery, sortQuery } from '../../platform/list-page';
import { type Lang, languageOf, Problem } from '../../platform/problem';
import {
  LIST_DOWNLOAD_LIMIT,
  listFileName,
  sendSpreadsheet,
  spreadsheetQuerySchema,
  spreadsheetResponseSchema,
} from '../../platform/spreadsheet';
import { period } from '../api-schemas';
import { TAX_STAFF } from '../roles';
import { viewerOf } from '../viewer';
import { BASE_DROP_SORT_COLUMNS, baseDrops } from './base-drops';
import { type ComplianceFilter, defaultMasaRange } from './compliance-filter';
import {
  baseDropColumns,
  COMPLIANCE_SHEETS,
  lateColumns,
  unfiledColumns,
  unfiledObjectColumns,
} from './compliance-sheet';
import { LATE_SORT_COLUMNS, lateReturns } from './late-returns';
import {
  MISSING_SORT_COLUMNS,
  UNFILED_OBJECT_SORT_COLUMNS,
  unfiledMasa,
  unfiledObjects,
} from './missing-masa';

const filterQuery = {
  from: period.optional().describe('First masa (YYYY-MM); the sixth before the current month by default'),
  to: period
    .optional()
    .describe('Last masa (YYYY-MM); the one just ended by default; at most 12 masa from `from`'),
  taxCode: z.string().min(1).max(50).optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe("A fragment of the taxpayer's or the object's name, or an NPWPD (whole or its beginning)"),
};

const missingQuery = { ...filterQuery, sort: sortQuery(MISSING_SORT_COLUMNS, '-period') };
const byObjectQuery = { ...filterQuery, sort: sortQuery(UNFILED_OBJECT_SORT_COLUMNS, '-count') };
const lateQuery = {
  ...filterQuery,
  minDaysLate: z.coerce
    .number()
    .int()
    .min(1)
    .max(3650)
    .optional()
    .describe('Only returns at least this many days late'),
  sort: sortQuery(LATE_SORT_COLUMNS, '-late'),
};
const dropQuery = { ...filterQuery, sort: sortQuery(BASE_DROP_SORT_COLUMNS, '-drop') };

const party = {
  taxCode: z.string(),
  taxName: z.string().describe("The tax's name, in the Accept-Language header's language"),
  taxpayerId: z.number(),
  taxpayerName: z.string(),
  npwpd: z.string().nullable(),
  objectId: z.number(),
  objectName: z.string(),
};

const rangeSchema = { from: z.string(), to: z.string() };

/** Objects that filed no SPTPD for a masa whose due date has passed. */
export const unfiledMasaSchema = z.object({
  ...rangeSchema,
  total: z.number(),
  items: z.array(z.object({ period: z.string(), dueDate: z.string(), ...party })),
});

/** The same unfiled masa, one row per object: which masa of the range it did not file, and how many. */
export const unfiledObjectsSchema = z.object({
  ...rangeSchema,
  total: z.number(),
  items: z.array(
    z.object({
      ...party,
      periods: z.array(z.string()).describe('The masa not filed (YYYY-MM), oldest first'),
      count: z.number(),
      firstDueDate: z.string().describe('The due date of the oldest of them'),
    }),
  ),
});

/** First filings of a masa submitted after its due date, and how many days after. */
export const lateReturnsSchema = z.object({
  ...rangeSchema,
  total: z.number(),
  items: z.array(
    z.object({
      id: z.number(),
      period: z.string(),
      ...party,
      status: z.enum(['submitted', 'verified', 'rejected', 'superseded']),
      gross: z.number(),
      tax: z.number(),
      dueDate: z.string(),
      filedOn: z.string().describe("The region's calendar day the return was submitted"),
      daysLate: z.number().describe('Days from the due date to the filing (1: the day after)'),
    }),
  ),
});

/** Returns whose declared base fell sharply against the object's own earlier masa, with those masa. */
export const baseDropsSchema = z.object({
  ...rangeSchema,
  total: z.number(),
  setting: z.object({ percent: z.number(), months: z.number(), minMonths: z.number() }),
  items: z.array(
    z.object({
      id: z.number(),
      period: z.string(),
      revision: z.number(),
      status: z.enum(['submitted', 'verified']),
      ...party,
      gross: z.number(),
      tax: z.number(),
      history: z.array(
        z.object({
          period: z.string(),
          gross: z.number(),
          tax: z.number(),
          status: z.enum(['submitted', 'verified']),
        }),
      ),
      baseDrop: z.object({
        flagged: z.boolean(),
        typicalGross: z.number().nullable(),
        dropPercent: z.number().nullable(),
        compared: z.number(),
      }),
    }),
  ),
});

/**
 * Kepatuhan: the officer's lists of who did not file a masa, who filed late and whose declared base fell sharply
 * against their own history — things to check and follow up, not findings.
 */
export function complianceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const today = (request: FastifyRequest) => localDate(ctx.clock.now(), accessFor(request).timeZone);
  /** The masa asked, or the six before this month; at most twelve, in order. */
  const range = (request: FastifyRequest, q: { from?: string; to?: string }) => {
    const fallback = defaultMasaRange(today(request));
    const from = q.from ?? (q.to ? q.to : fallback.from);
    const to = q.to ?? fallback.to;
    const span = monthsBetween(from, to);
    if (span < 0 || span > 11) throw new Problem(400, 'MASA_RANGE_INVALID', { first: from, last: to });
    return { from, to };
  };
  const langOf = (request: FastifyRequest, asked?: Lang) =>
    asked ?? languageOf(request.headers['accept-language']);
  const taxNames = async (lang: Lang) => {
    const types = await ctx.db.query<{ code: string; id: string; en: string }>(
      'SELECT code, name_id AS id, name_en AS en FROM tax_type',
    );
    return new Map(types.map((t) => [t.code, t[lang]]));
  };
  const fileName = (request: FastifyRequest, list: keyof typeof COMPLIANCE_SHEETS, lang: Lang) =>
    listFileName(COMPLIANCE_SHEETS[list], accessFor(request).name, today(request), lang);

  const filterOf = (request: FastifyRequest, q: ComplianceFilter | Partial<ComplianceFilter>) => ({
    ...q,
    ...range(request, q),
  });

  r.get(
    '/compliance/missing-returns',
    {
      schema: {
        tags: ['compliance'],
        summary: 'Objects that filed no SPTPD for a masa whose due date has passed',
        description:
          'Tax’s missing returns for each masa from `from` to `to`, kept to those already overdue. A page of `limit` from `offset`, with `total`.',
        querystring: z.strictObject({ ...missingQuery, ...pageQuery(25, 200) }),
        response: { 200: unfiledMasaSchema },
      },
    },
    async (request) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const f = filterOf(request, request.query);
      const lang = langOf(request);
      const found = await unfiledMasa(
        ctx.db,
        accessFor(request).regionId,
        today(request),
        { ...request.query, ...f },
        await taxNames(lang),
      );
      return { from: f.from, to: f.to, ...found };
    },
  );

  r.get(
    '/compliance/missing-returns/download',
    {
      schema: {
        tags: ['compliance'],
        summary: 'The unfiled masa matching the filters as a spreadsheet (CSV or XLSX), in the same order',
        querystring: z.strictObject({ ...missingQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const { format, lang: asked, ...q } = request.query;
      const lang = langOf(request, asked);
      const found = await unfiledMasa(
        ctx.db,
        accessFor(request).regionId,
        today(request),
        { ...q, ...filterOf(request, q), limit: LIST_DOWNLOAD_LIMIT, offset: 0 },
        await taxNames(lang),
      );
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: fileName(request, 'missing', lang),
        sheetName: COMPLIANCE_SHEETS.missing[lang],
        rows: found.items,
        columns: unfiledColumns(),
        lang,
      });
    },
  );

  r.get(
    '/compliance/missing-returns/by-object',
    {
      schema: {
        tags: ['compliance'],
        summary: 'The unfiled masa one row per object, with which masa and how many',
        description:
          'The rows of `missing-returns` grouped by object: the masa from `from` to `to` it did not file (each past its due date), oldest first, and their count. A page of `limit` objects from `offset`, with `total`.',
        querystring: z.strictObject({ ...byObjectQuery, ...pageQuery(25, 200) }),
        response: { 200: unfiledObjectsSchema },
      },
    },
    async (request) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const f = filterOf(request, request.query);
      const found = await unfiledObjects(
        ctx.db,
        accessFor(request).regionId,
        today(request),
        { ...request.query, ...f },
        await taxNames(langOf(request)),
      );
      return { from: f.from, to: f.to, ...found };
    },
  );

  r.get(
    '/compliance/missing-returns/by-object/download',
    {
      schema: {
        tags: ['compliance'],
        summary: 'The objects with unfiled masa as a spreadsheet (CSV or XLSX), in the same order',
        querystring: z.strictObject({ ...byObjectQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const { format, lang: asked, ...q } = request.query;
      const lang = langOf(request, asked);
      const found = await unfiledObjects(
        ctx.db,
        accessFor(request).regionId,
        today(request),
        { ...q, ...filterOf(request, q), limit: LIST_DOWNLOAD_LIMIT, offset: 0 },
        await taxNames(lang),
      );
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: fileName(request, 'missingByObject', lang),
        sheetName: COMPLIANCE_SHEETS.missingByObject[lang],
        rows: found.items,
        columns: unfiledObjectColumns(),
        lang,
      });
    },
  );

  r.get(
    '/compliance/late-returns',
    {
      schema: {
        tags: ['compliance'],
        summary: 'SPTPD filed after the masa’s due date, with how many days late',
        description:
          'The first filing of each masa (a pembetulan is not a filing of its own) submitted on a day of the region’s calendar after the due date. A page of `limit` from `offset`, with `total`.',
        querystring: z.strictObject({ ...lateQuery, ...pageQuery(25, 200) }),
        response: { 200: lateReturnsSchema },
      },
    },
    async (request) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const { regionId, timeZone } = accessFor(request);
      const f = filterOf(request, request.query);
      const found = await lateReturns(ctx.db, regionId, timeZone, {
        ...request.query,
        ...f,
        lang: langOf(request),
      });
      return { from: f.from, to: f.to, ...found };
    },
  );

  r.get(
    '/compliance/late-returns/download',
    {
      schema: {
        tags: ['compliance'],
        summary: 'The late returns matching the filters as a spreadsheet (CSV or XLSX), in the same order',
        querystring: z.strictObject({ ...lateQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const { regionId, timeZone } = accessFor(request);
      const { format, lang: asked, ...q } = request.query;
      const lang = langOf(request, asked);
      const found = await lateReturns(ctx.db, regionId, timeZone, {
        ...q,
        ...filterOf(request, q),
        lang,
        limit: LIST_DOWNLOAD_LIMIT,
        offset: 0,
      });
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: fileName(request, 'late', lang),
        sheetName: COMPLIANCE_SHEETS.late[lang],
        rows: found.items,
        columns: lateColumns(),
        lang,
      });
    },
  );

  r.get(
    '/compliance/base-drops',
    {
      schema: {
        tags: ['compliance'],
        summary:
          'Returns whose declared base fell sharply against the object’s own earlier masa (a list to check)',
        description:
          'The returns in force for the masa asked that the review queue’s falling-base check flags (the region’s `reviewBaseDrop`), each with `history`, the earlier masa it was compared with. Not a finding: a business may truly have had a bad month. A page of `limit` from `offset`, with `total`.',
        querystring: z.strictObject({ ...dropQuery, ...pageQuery(25, 200) }),
        response: { 200: baseDropsSchema },
      },
    },
    async (request) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const f = filterOf(request, request.query);
      const found = await baseDrops(ctx.db, accessFor(request).regionId, today(request), {
        ...request.query,
        ...f,
        lang: langOf(request),
      });
      return { from: f.from, to: f.to, ...found };
    },
  );

  r.get(
    '/compliance/base-drops/download',
    {
      schema: {
        tags: ['compliance'],
        summary:
          'The base drops matching the filters as a spreadsheet (CSV or XLSX), each with its earlier masa',
        querystring: z.strictObject({ ...dropQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      await viewerOf(ctx, request, TAX_STAFF, false);
      const { format, lang: asked, ...q } = request.query;
      const lang = langOf(request, asked);
      const found = await baseDrops(ctx.db, accessFor(request).regionId, today(request), {
        ...q,
        ...filterOf(request, q),
        lang,
        limit: LIST_DOWNLOAD_LIMIT,
        offset: 0,
      });
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: fileName(request, 'drops', lang),
        sheetName: COMPLIANCE_SHEETS.drops[lang],
        rows: found.items,
        columns: baseDropColumns(),
        lang,
      });
    },
  );
}
