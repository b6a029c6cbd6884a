import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { streamProgress, wantsProgress } from '../../http/progress-stream';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { kecamatanQuery, pageQuery, sortQuery } from '../../platform/list-page';
import { type Bilingual, bilingualMessage, languageOf, Problem } from '../../platform/problem';
import {
  LIST_DOWNLOAD_LIMIT,
  listFileName,
  sendSpreadsheet,
  spreadsheetQuerySchema,
  spreadsheetResponseSchema,
} from '../../platform/spreadsheet';
import { REGISTRY_DECIDERS, REGISTRY_READERS, TAX_OFFICERS } from '../roles';
import { viewerOf } from '../viewer';
import { addTaxObject } from './add-tax-object';
import { closeTaxObject } from './close-tax-object';
import { decideRegistration } from './decide-registration';
import { decideTaxObject } from './decide-tax-object';
import { findTaxpayer } from './find-taxpayer';
import { nikProblem, npwpProblem } from './identity-numbers';
import { importTaxpayers } from './import-taxpayers';
import { listTaxObjects, OBJECT_SORT_COLUMNS } from './list-tax-objects';
import { registerTaxpayer } from './register-taxpayer';
import { OBJECTS_SHEET, objectsColumns, TAXPAYERS_SHEET, taxpayersColumns } from './registry-sheets';
import { searchTaxpayers, TAXPAYER_SORTS } from './search-taxpayers';
import { updateTaxpayer } from './update-taxpayer';

/**
 * A legacy CSV takes some 230 bytes a row, so 20 MiB carries about 90,000 rows; a larger file goes through
 * `balai import taxpayers`, which has no limit.
 */
export const IMPORT_BODY_LIMIT = 20 * 1024 * 1024;

const checked = (problem: (v: string) => Bilingual | null) => (value: string, ctx: z.RefinementCtx) => {
  const reason = problem(value);
  if (reason) ctx.addIssue({ code: 'custom', message: bilingualMessage(reason) });
};
const nik = z.string().superRefine(checked(nikProblem));
const npwp = z.string().superRefine(checked(npwpProblem));
const villageCode = z.string().regex(
  /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
  bilingualMessage({
    id: 'kode kelurahan berbentuk 35.73.02.1001',
    en: 'a kelurahan code looks like 35.73.02.1001',
  }),
);
const name = z.string().trim().min(1).max(200);
const address = z.string().trim().min(1).max(500);
const phone = z
  .string()
  .trim()
  .regex(/^\+?[0-9][0-9 ()-]{5,19}$/, bilingualMessage({ id: 'nomor telepon', en: 'a telephone number' }));
const email = z.email().max(254);
const reason = z.string().trim().min(1).max(1000);

const registerBody = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('person'),
    nik,
    npwp: npwp.optional(),
    name,
    address,
    villageCode,
    phone: phone.optional(),
    email: email.optional(),
  }),
  z.strictObject({
    kind: z.literal('entity'),
    npwp,
    name,
    address,
    villageCode,
    phone: phone.optional(),
    email: email.optional(),
  }),
]);

const updateBody = z
  .strictObject({
    nik: nik.optional(),
    npwp: npwp.nullable().optional(),
    name: name.optional(),
    address: address.optional(),
    villageCode: villageCode.optional(),
    phone: phone.nullable().optional(),
    email: email.nullable().optional(),
  })
  .refine((change) => Object.keys(change).length > 0, 'nothing to change');

const decisionBody = z.discriminatedUnion('decision', [
  z.strictObject({ decision: z.literal('verify') }),
  z.strictObject({ decision: z.literal('reject'), reason }),
]);

const detailValue = z.union([z.string().max(500), z.number(), z.boolean(), z.null()]);
const objectBody = z.strictObject({
  taxCode: z.string().min(1).max(50),
  category: z.string().min(1).max(50).default('umum'),
  name,
  address,
  villageCode,
  openedOn: z.iso.date(),
  details: z
    .record(z.string().min(1).max(50), detailValue)
    .refine((d) => Object.keys(d).length <= 30, 'at most 30 details')
    .default({}),
});

export const taxpayerSchema = z.object({
  id: z.number(),
  npwpd: z.string().nullable(),
  kind: z.enum(['person', 'entity']),
  nik: z.string().nullable(),
  npwp: z.string().nullable(),
  name: z.string(),
  address: z.string(),
  villageCode: z.string(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  status: z.enum(['pending', 'verified', 'rejected']),
  rejectionReason: z.string().nullable(),
  userId: z.number().nullable(),
  legacyRef: z.string().nullable(),
  registeredAt: z.date(),
  decidedAt: z.date().nullable(),
  decidedBy: z.number().nullable(),
});

export const objectSchema = z.object({
  id: z.number(),
  taxpayerId: z.number(),
  taxCode: z.string(),
  category: z.string(),
  name: z.string(),
  address: z.string(),
  villageCode: z.string(),
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  status: z.enum(['pending', 'active', 'rejected', 'closed']),
  rejectionReason: z.string().nullable(),
  details: z.record(z.string(), detailValue),
  legacyRef: z.string().nullable(),
  registeredAt: z.date(),
});

export const taxpayerFileSchema = taxpayerSchema.extend({
  villageName: z.string(),
  districtName: z.string(),
  objects: z.array(objectSchema.extend({ villageName: z.string() })),
});

export const hitSchema = taxpayerSchema
  .pick({ id: true, npwpd: true, kind: true, nik: true, npwp: true, name: true, address: true })
  .extend({
    villageCode: z.string(),
    villageName: z.string(),
    districtName: z.string(),
    status: z.enum(['pending', 'verified', 'rejected']),
    registeredAt: z.date(),
    taxCodes: z.array(z.string()),
    /** The taxpayer's objects (not rejected): the trade names an officer searched by. */
    objects: z.array(
      z.object({
        id: z.number(),
        name: z.string(),
        taxCode: z.string(),
        status: z.enum(['pending', 'active', 'rejected', 'closed']),
        /** The object's number in the region's earlier system (its NOP/NOPD there), when imported. */
        legacyRef: z.string().nullable(),
      }),
    ),
  });

export const importSummarySchema = z.object({
  sha256: z.string(),
  rows: z.number(),
  taxpayers: z.object({ new: z.number(), existing: z.number() }),
  objects: z.object({ new: z.number(), existing: z.number() }),
});

/** A page of search hits and how many there are in all. */
export const taxpayerSearchSchema = z.object({ total: z.number(), items: z.array(hitSchema) });

/** An object as the region's list shows it: its place, tax and taxpayer. */
export const listedObjectSchema = objectSchema.extend({
  villageName: z.string(),
  districtName: z.string(),
  taxName: z.string().describe("The tax's name, in the Accept-Language header's language"),
  taxpayerName: z.string(),
  npwpd: z.string().nullable(),
});

/** A page of the region's tax objects and how many match in all. */
export const objectListSchema = z.object({ total: z.number(), items: z.array(listedObjectSchema) });

/** The filters and order of the taxpayer search, shared by the list and its download. */
const taxpayerFilterQuery = {
  q: z.string().trim().min(1).max(100).optional(),
  kelurahan: villageCode.optional(),
  kecamatan: kecamatanQuery.optional(),
  taxCode: z.string().min(1).max(50).optional(),
  status: z.enum(['pending', 'verified', 'rejected']).optional(),
  awaiting: z
    .enum(['true', 'false'])
    .optional()
    .describe('true: the registration queue (pending taxpayers, or any with a pending object)'),
  sort: z.enum(TAXPAYER_SORTS).default('relevance'),
};

/** The filters and order of the objects list, shared by the list and its download. */
const objectFilterQuery = {
  status: z.enum(['pending', 'active', 'rejected', 'closed']).optional(),
  taxCode: z.string().min(1).max(50).optional(),
  kecamatan: kecamatanQuery.optional(),
  kelurahan: villageCode.optional(),
  q: z
    .string()
    .trim()
    .min(1)
    .max(100)
    .optional()
    .describe(
      "A fragment of the object's name or address or its taxpayer's name, an NPWPD (whole or its beginning), or the object's earlier number (NOP)",
    ),
  sort: sortQuery(OBJECT_SORT_COLUMNS, 'name'),
};

const taxpayerParams = z.object({ regionId: z.string(), taxpayerId: z.coerce.number().int().positive() });
const objectParams = taxpayerParams.extend({ objectId: z.coerce.number().int().positive() });

/** The taxpayer registry (Wajib Pajak and Objek Pajak): registration, verification, search, closure, import. */
export function registryRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const actor = async (request: FastifyRequest) => actorOf(await requireSession(ctx, request), request.ip);

  r.get(
    '/taxpayers',
    {
      schema: {
        tags: ['registry'],
        summary:
          "Search taxpayers by NPWPD (prefix), NIK/NPWP, an object's earlier number (NOP), the name or address of the taxpayer or of their objects (trade name; typos forgiven), kelurahan, tax type, status",
        description:
          'A page of `limit` hits from `offset`, with `total`, the number that match. `sort`: `relevance` (the default: an identifier given whole first, then the beginning of an NPWPD, then names and addresses containing `q`, then names similar to it), or a column (`name`, `npwpd`, `kelurahan`, `status`, `registered`), `-` before it for descending.',
        querystring: z.strictObject({
          ...taxpayerFilterQuery,
          limit: z.coerce.number().int().min(1).max(100).default(20),
          offset: z.coerce.number().int().min(0).max(10_000_000).default(0),
        }),
        response: { 200: taxpayerSearchSchema },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, REGISTRY_READERS, true);
      const { kelurahan, kecamatan, awaiting, ...rest } = request.query;
      return searchTaxpayers(
        ctx.db,
        accessFor(request).regionId,
        { ...rest, villageCode: kelurahan, districtCode: kecamatan, awaitingDecision: awaiting === 'true' },
        viewer,
      );
    },
  );

  r.get(
    '/taxpayers/download',
    {
      schema: {
        tags: ['registry'],
        summary:
          'The taxpayers the search finds as a spreadsheet (CSV or XLSX), in the same order, headers in the language asked for',
        description: `Every taxpayer that matches, at most ${LIST_DOWNLOAD_LIMIT}. Bapenda staff only.`,
        querystring: z.strictObject({ ...taxpayerFilterQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      const { regionId, timeZone, name } = accessFor(request, REGISTRY_READERS);
      const { kelurahan, kecamatan, awaiting, format, lang: asked, ...rest } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const found = await searchTaxpayers(
        ctx.db,
        regionId,
        {
          ...rest,
          villageCode: kelurahan,
          districtCode: kecamatan,
          awaitingDecision: awaiting === 'true',
          limit: LIST_DOWNLOAD_LIMIT,
          offset: 0,
        },
        { kind: 'staff' },
      );
      const types = await ctx.db.query<{ code: string; id: string; en: string }>(
        'SELECT code, name_id AS id, name_en AS en FROM tax_type',
      );
      const names = new Map(types.map((t) => [t.code, t]));
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: listFileName(TAXPAYERS_SHEET.file, name, localDate(ctx.clock.now(), timeZone), lang),
        sheetName: TAXPAYERS_SHEET.sheet[lang],
        rows: found.items,
        columns: taxpayersColumns(timeZone, (code, l) => names.get(code)?.[l] ?? code),
        lang,
      });
    },
  );

  r.get(
    '/tax-objects',
    {
      schema: {
        tags: ['registry'],
        summary:
          "The region's tax objects (objek pajak), filtered by status, tax, kecamatan or kelurahan and text, in the order asked",
        description:
          'A page of `limit` objects from `offset`, with `total`, the number that match; `sort` by default `name`.',
        querystring: z.strictObject({ ...objectFilterQuery, ...pageQuery(25, 200) }),
        response: { 200: objectListSchema },
      },
    },
    async (request) => {
      await viewerOf(ctx, request, REGISTRY_READERS, false);
      return listTaxObjects(ctx.db, accessFor(request).regionId, {
        ...request.query,
        lang: languageOf(request.headers['accept-language']),
      });
    },
  );

  r.get(
    '/tax-objects/download',
    {
      schema: {
        tags: ['registry'],
        summary:
          'The tax objects matching the filters as a spreadsheet (CSV or XLSX), in the same order, headers in the language asked for',
        description: `Every object that matches, at most ${LIST_DOWNLOAD_LIMIT}.`,
        querystring: z.strictObject({ ...objectFilterQuery, ...spreadsheetQuerySchema }),
        response: spreadsheetResponseSchema,
      },
    },
    async (request, reply) => {
      const { regionId, timeZone, name } = accessFor(request, REGISTRY_READERS);
      const { format, lang: asked, ...q } = request.query;
      const lang = asked ?? languageOf(request.headers['accept-language']);
      const found = await listTaxObjects(ctx.db, regionId, {
        ...q,
        lang,
        limit: LIST_DOWNLOAD_LIMIT,
        offset: 0,
      });
      return sendSpreadsheet(reply as FastifyReply, {
        format,
        baseName: listFileName(OBJECTS_SHEET.file, name, localDate(ctx.clock.now(), timeZone), lang),
        sheetName: OBJECTS_SHEET.sheet[lang],
        rows: found.items,
        columns: objectsColumns(),
        lang,
      });
    },
  );

  r.get(
    '/taxpayers/:taxpayerId',
    {
      schema: {
        tags: ['registry'],
        summary: 'A taxpayer with their objects',
        params: taxpayerParams,
        response: { 200: taxpayerFileSchema },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, REGISTRY_READERS, true);
      return findTaxpayer(ctx.db, accessFor(request).regionId, request.params.taxpayerId, viewer);
    },
  );

  r.post(
    '/taxpayers',
    {
      schema: {
        tags: ['registry'],
        summary: 'Register a taxpayer (pending until an officer verifies it)',
        body: registerBody,
        response: { 201: taxpayerSchema },
      },
    },
    async (request, reply) => {
      const viewer = await viewerOf(ctx, request, TAX_OFFICERS, true);
      const b = request.body;
      const taxpayer = await registerTaxpayer(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        accessFor(request).regionId,
        {
          kind: b.kind,
          nik: b.kind === 'person' ? b.nik : null,
          npwp: b.npwp ?? null,
          name: b.name,
          address: b.address,
          villageCode: b.villageCode,
          phone: b.phone ?? null,
          email: b.email?.toLowerCase() ?? null,
        },
        viewer,
      );
      return reply.code(201).send(taxpayer);
    },
  );

  r.patch(
    '/taxpayers/:taxpayerId',
    {
      schema: {
        tags: ['registry'],
        summary: "Correct a taxpayer's data (a taxpayer may change their own phone and email)",
        params: taxpayerParams,
        body: updateBody,
        response: { 200: taxpayerSchema },
      },
    },
    async (request) => {
      const viewer = await viewerOf(ctx, request, TAX_OFFICERS, true);
      const { email: newEmail, ...change } = request.body;
      return updateTaxpayer(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        accessFor(request).regionId,
        request.params.taxpayerId,
        { ...change, ...(newEmail === undefined ? {} : { email: newEmail?.toLowerCase() ?? null }) },
        viewer,
      );
    },
  );

  r.post(
    '/taxpayers/:taxpayerId/decision',
    {
      schema: {
        tags: ['registry'],
        summary: 'Verify a pending registration (issues the NPWPD) or reject it with a reason',
        params: taxpayerParams,
        body: decisionBody,
        response: { 200: taxpayerSchema },
      },
    },
    async (request) => {
      const access = accessFor(request, REGISTRY_DECIDERS);
      return decideRegistration(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        request.params.taxpayerId,
        request.body,
      );
    },
  );

  r.post(
    '/taxpayers/:taxpayerId/objects',
    {
      schema: {
        tags: ['registry'],
        summary: "Add a tax object (an officer's is active at once; a taxpayer's waits for verification)",
        params: taxpayerParams,
        body: objectBody,
        response: { 201: objectSchema },
      },
    },
    async (request, reply) => {
      const viewer = await viewerOf(ctx, request, TAX_OFFICERS, true);
      const object = await addTaxObject(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        accessFor(request).regionId,
        request.params.taxpayerId,
        request.body,
        viewer,
      );
      return reply.code(201).send(object);
    },
  );

  r.post(
    '/taxpayers/:taxpayerId/objects/:objectId/decision',
    {
      schema: {
        tags: ['registry'],
        summary: 'Verify a tax object a taxpayer declared, or reject it with a reason',
        params: objectParams,
        body: decisionBody,
        response: { 200: objectSchema },
      },
    },
    async (request) => {
      const access = accessFor(request, REGISTRY_DECIDERS);
      return decideTaxObject(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        request.params.taxpayerId,
        request.params.objectId,
        request.body,
      );
    },
  );

  r.post(
    '/taxpayers/:taxpayerId/objects/:objectId/close',
    {
      schema: {
        tags: ['registry'],
        summary: 'Tutup usaha: close a tax object from a date on or after it opened',
        params: objectParams,
        body: z.strictObject({ closedOn: z.iso.date() }),
        response: { 200: objectSchema },
      },
    },
    async (request) => {
      const access = accessFor(request, TAX_OFFICERS);
      return closeTaxObject(
        ctx.db,
        ctx.clock.now(),
        await actor(request),
        access.regionId,
        request.params.taxpayerId,
        request.params.objectId,
        request.body.closedOn,
      );
    },
  );

  r.post(
    '/taxpayers/import',
    {
      bodyLimit: IMPORT_BODY_LIMIT,
      schema: {
        tags: ['registry'],
        summary:
          'Import taxpayers and objects from a legacy CSV; all rows are checked first and nothing is written if one is bad',
        description:
          'With `Accept: application/x-ndjson` the answer is a stream of JSON lines: `{"progress":{"done","total"}}` while rows are written, then `{"result":<summary>}` or `{"problem":<problem+json>}`.',
        body: z.strictObject({ csv: z.string().min(1) }),
        response: { 200: importSummarySchema },
      },
    },
    async (request, reply) => {
      const access = accessFor(request, TAX_OFFICERS);
      const by = await actor(request);
      const run = async (progress?: (done: number, total: number) => void) => {
        const outcome = await importTaxpayers(
          ctx.db,
          ctx.clock.now(),
          by,
          access.regionId,
          request.body.csv,
          progress,
        );
        if (!outcome.ok) {
          throw new Problem(
            422,
            'IMPORT_REJECTED',
            { count: outcome.rejects.length },
            outcome.rejects.map((x) => ({ field: `line ${x.line}`, message: x.reason })),
          );
        }
        return outcome.summary;
      };
      return wantsProgress(request) ? streamProgress(request, reply, run) : run();
    },
  );
}
