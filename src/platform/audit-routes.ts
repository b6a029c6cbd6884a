import { Readable } from 'node:stream';
import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context';
import { accessFor } from '../http/tenancy';
import { AUDIT_COLUMNS, type AuditRow, CHAIN_FAULT_TEXT, CHAIN_FAULTS, readAuditChain } from './audit';
import { verifyAgainstStoredCheckpoints } from './audit-checkpoint-store';
import { auditExportLine, auditExportLineSchema } from './audit-export';
import { languageOf } from './problem';
import { AUDIT_READERS } from './roles';

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

/** The audit trail, read-only: browse with filters, verify the chain, export it for an auditor. */
export function auditRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();

  r.get(
    '/audit',
    {
      schema: {
        tags: ['audit'],
        summary: "Browse the region's audit trail, newest first",
        querystring: z.strictObject({
          action: z.string().max(100).optional(),
          actor: z.string().max(254).optional(),
          entity: z.string().max(100).optional(),
          entityId: z.string().max(100).optional(),
          from: z.iso.date().optional(),
          to: z.iso.date().optional(),
          beforeSeq: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(500).default(50),
        }),
        response: { 200: auditPageSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, AUDIT_READERS);
      const q = request.query;
      const where = ['region_id = $1'];
      const params: unknown[] = [regionId];
      const add = (sql: string, ...values: unknown[]) => {
        let clause = sql;
        for (const value of values) {
          params.push(value);
          clause = clause.replace('?', `$${params.length}`);
        }
        where.push(clause);
      };
      if (q.action) add('action LIKE ?', `${q.action.replace(/[%_\\]/g, '\\$&')}%`);
      if (q.actor) add('actor = ?', q.actor.toLowerCase());
      if (q.entity) add('entity = ?', q.entity);
      if (q.entityId) add('entity_id = ?', q.entityId);
      // Dates are the region's calendar days.
      if (q.from) add('at >= (?::date)::timestamp AT TIME ZONE ?', q.from, timeZone);
      if (q.to) add('at < (?::date + 1)::timestamp AT TIME ZONE ?', q.to, timeZone);
      if (q.beforeSeq) add('seq < ?', q.beforeSeq);
      params.push(q.limit + 1);
      const rows = await ctx.db.query<AuditRow>(
        `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT $${params.length}`,
        params,
      );
      const more = rows.length > q.limit;
      const entries = rows.slice(0, q.limit);
      return { entries, nextBeforeSeq: more ? (entries.at(-1)?.seq ?? null) : null };
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
