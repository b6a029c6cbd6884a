import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context';
import { accessFor } from '../http/tenancy';
import { CHAIN_FAULT_TEXT, CHAIN_FAULTS, readAuditChain } from './audit';
import { auditSpreadsheetColumns, describeSubjects, findAuditEntries, subjectKey } from './audit-browse';
import { verifyAgainstStoredCheckpoints } from './audit-checkpoint-store';
import { auditExportLine, auditExportLineSchema } from './audit-export';
import { AUDIT_FIELD_FORMATS } from './audit-vocabulary';
import { languageOf } from './problem';
import { AUDIT_READERS } from './roles';
import { SPREADSHEET_MEDIA_TYPES, sendSpreadsheet, spreadsheetQuerySchema } from './spreadsheet';

export const entrySchema = z.object({
  seq: z.number(),
  at: z.date(),
  actorId: z.number().nullable(),
  actor: z.string(),
  action: z.string(),
  entity: z.string(),
  entityId: z.string(),
  ip: z.string().nullable(),
  before: z.unknown(),
  after: z.unknown(),
  hash: z.string(),
  subject: z
    .object({
      name: z
        .string()
        .describe("A readable name: the taxpayer's, the return's tax type and object, a kode bayar…"),
      period: z.string().nullable().optional().describe('The masa it is for, `YYYY-MM`'),
      page: z.string().nullable().optional().describe("The web app's page that shows it (`/taxpayers/12`)"),
      document: z
        .string()
        .nullable()
        .optional()
        .describe("Its printed document, under the region's API path (`/returns/43/pdf`)"),
    })
    .nullable()
    .describe('The subject as its area names it; null when it cannot be named (the entry shows kind and id)'),
});

/** A page of the audit trail, newest first, and where the next one starts. */
export const auditPageSchema = z.object({
  entries: z.array(entrySchema),
  nextBeforeSeq: z.number().nullable(),
});

/** The verdict on the region's hash chain. */
export const chainVerdictSchema = z.object({
  ok: z.boolean(),
  entries: z.number(),
  brokenAt: z.number().optional(),
  fault: z.enum(CHAIN_FAULTS).optional(),
  reason: z.string().optional().describe("The fault in the caller's language"),
  checkpoint: z
    .object({ seq: z.number(), hash: z.string(), signedAt: z.string() })
    .optional()
    .describe('The checkpoint that revealed the fault'),
  lastHash: z.string().optional(),
  storedCheckpoints: z
    .object({
      checked: z.number(),
      keyIds: z.array(z.string()).describe('Fingerprints of the keys that signed them'),
    })
    .describe(
      'The checkpoints stored in this database, each checked under the public key stored with it. Whoever can ' +
        'rewrite the chain can rewrite these too: the proof is the checkpoints an auditor kept, checked with ' +
        '`balai audit verify --checkpoints FILE --public-key KEY` under the key the Pemda handed over.',
    ),
});

const bilingualSchema = z.object({ id: z.string(), en: z.string() });

/** The vocabulary the audit browser chooses from and reads entries by. */
export const auditCatalogueSchema = z.object({
  actions: z.array(z.object({ code: z.string(), label: bilingualSchema })),
  subjects: z.array(z.object({ kind: z.string(), label: bilingualSchema })),
  fields: z.array(
    z.object({
      name: z.string(),
      label: bilingualSchema,
      format: z.enum(AUDIT_FIELD_FORMATS),
      values: z.record(z.string(), bilingualSchema),
    }),
  ),
  people: z
    .array(z.object({ userId: z.number(), name: z.string(), email: z.string() }))
    .describe('Everyone who holds a role in the region'),
});

/** The filters of the audit trail, shared by the list and its download. */
const auditFilterQuery = {
  action: z
    .string()
    .max(100)
    .optional()
    .describe('An action code from the catalogue (`sptpd.reject`), or a group (`sptpd`: every `sptpd.…`)'),
  actorId: z.coerce
    .number()
    .int()
    .positive()
    .optional()
    .describe('The person who acted (a `userId` of the catalogue)'),
  actor: z.string().max(254).optional().describe('Who acted as recorded: an email, `system`, a bank partner'),
  entity: z.string().max(100).optional().describe('A kind of subject from the catalogue (`tax_return`)'),
  entityId: z.string().max(100).optional().describe('One subject of that kind'),
  from: z.iso.date().optional().describe("From this calendar day on the region's clock"),
  to: z.iso.date().optional().describe("Up to and including this calendar day on the region's clock"),
};

/** The most entries one download holds. */
export const AUDIT_DOWNLOAD_LIMIT = 50_000;

/** The audit trail, read-only: browse with filters, verify the chain, export it for an auditor. */
export function auditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "Browse the region's audit trail, newest first, each entry's subject named and linked",
        querystring: z.strictObject({
          ...auditFilterQuery,
          beforeSeq: z.coerce
            .number()
            .int()
            .positive()
            .optional()
            .describe("Paging: entries before this seq (the previous page's `nextBeforeSeq`)"),
          limit: z.coerce.number().int().min(1).max(500).default(50).describe('Entries a page'),
        }),
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, AUDIT_READERS);
      const q = request.query;
      const rows = await findAuditEntries(ctx.db, regionId, timeZone, q, q.limit + 1);
      const more = rows.length > q.limit;
      const page = rows.slice(0, q.limit);
      const lang = languageOf(request.headers['accept-language']);
      const subjects = await describeSubjects(ctx.db, ctx.audit, regionId, page, lang);
      const entries = page.map((row) => ({
        ...row,
        subject: subjects.get(subjectKey(row.entity, row.entityId)) ?? null,
      }));
      return { entries, nextBeforeSeq: more ? (page.at(-1)?.seq ?? null) : null };
    },
  );

  r.get(
    '/audit/catalogue',
    {
      schema: {
        tags: ['audit'],
        summary:
          'What the audit browser chooses from and reads by: every action and kind of subject named in both ' +
          "languages, the snapshots' fields with their labels and formats, and the region's people",
        response: { 200: auditCatalogueSchema },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, AUDIT_READERS);
      const people = await ctx.db.query<{ userId: number; name: string; email: string }>(
        `SELECT DISTINCT u.id AS "userId", u.name, u.email
           FROM role_grant g JOIN app_user u ON u.id = g.user_id
          WHERE g.region_id = $1
          ORDER BY u.name, u.email`,
        [regionId],
      );
      const { actions, subjects, fields } = ctx.audit;
      return {
        actions: Object.entries(actions).map(([code, label]) => ({ code, label })),
        subjects: Object.entries(subjects).map(([kind, s]) => ({ kind, label: s.label })),
        fields: Object.entries(fields).map(([name, f]) => ({
          name,
          label: f.label,
          format: f.format ?? 'text',
          values: f.values ?? {},
        })),
        people,
      };
    },
  );

  r.get(
    '/audit/download',
    {
      schema: {
        tags: ['audit'],
        summary:
          'The entries matching the filters as a spreadsheet (CSV or XLSX), headers in the language asked for',
        description: `At most ${AUDIT_DOWNLOAD_LIMIT} entries, newest first; for the whole chain with its hashes, \`GET …/audit/export\`.`,
        querystring: z.strictObject({ ...auditFilterQuery, ...spreadsheetQuerySchema }),
        response: {
          200: {
            description: 'The file',
            content: {
              [SPREADSHEET_MEDIA_TYPES.csv]: { schema: z.string() },
              [SPREADSHEET_MEDIA_TYPES.xlsx]: { schema: z.string().describe('binary') },
            },
          },
        },
      },
    },
    async (request, reply) => {
      const { regionId, timeZone } = accessFor(request, AUDIT_READERS);
      const q = request.query;
      const lang = q.lang ?? languageOf(request.headers['accept-language']);
      const rows = await findAuditEntries(ctx.db, regionId, timeZone, q, AUDIT_DOWNLOAD_LIMIT);
      const subjects = await describeSubjects(ctx.db, ctx.audit, regionId, rows, lang);
      return sendSpreadsheet(reply as FastifyReply, {
        format: q.format,
        baseName: `audit-${regionId}`,
        sheetName: lang === 'id' ? 'Jejak audit' : 'Audit trail',
        rows: rows.map((row) => ({ row, subject: subjects.get(subjectKey(row.entity, row.entityId)) })),
        columns: auditSpreadsheetColumns(ctx.audit, timeZone),
        lang,
      });
    },
  );

  r.get(
    '/audit/verify',
    {
      schema: {
        tags: ['audit'],
        summary:
          "Recompute the region's hash chain, check it against the checkpoints stored with it, and name the first fault",
        response: {
          200: chainVerdictSchema,
        },
      },
    },
    async (request) => {
      const { regionId } = accessFor(request, AUDIT_READERS);
      const { verdict, checkpoints, keyIds } = await verifyAgainstStoredCheckpoints(ctx.db, regionId);
      const storedCheckpoints = { checked: checkpoints, keyIds };
      if (verdict.ok) return { ...verdict, storedCheckpoints };
      return {
        ...verdict,
        reason: CHAIN_FAULT_TEXT[verdict.fault][languageOf(request.headers['accept-language'])],
        storedCheckpoints,
      };
    },
  );

  r.get(
    '/audit/export',
    {
      schema: {
        tags: ['audit'],
        summary:
          "The region's whole audit chain as JSON lines, oldest first, with every field each hash covers",
        description:
          'What an auditor takes away: `balai audit verify --file FILE --checkpoints CHECKPOINTS --public-key KEY` checks it ' +
          'against the checkpoints they kept, without the database.',
        response: {
          200: {
            description: 'One entry a line',
            content: { 'application/x-ndjson': { schema: auditExportLineSchema } },
          },
        },
      },
    },
    async (request, reply) => {
      const { regionId } = accessFor(request, AUDIT_READERS);
      const lines = async function* () {
        for await (const row of readAuditChain(ctx.db, regionId)) yield auditExportLine(row);
      };
      // The schema describes one line; the answer is a stream of them, which the typed reply does not model.
      return (reply as FastifyReply)
        .type('application/x-ndjson; charset=utf-8')
        .header('content-disposition', `attachment; filename="audit-${regionId}.ndjson"`)
        .header('cache-control', 'no-store')
        .send(Readable.from(lines()));
    },
  );
}
