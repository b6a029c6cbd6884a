import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireSession } from '../../http/authentication';
import { type AppContext, actorOf } from '../../http/context';
import { accessFor } from '../../http/tenancy';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import { holdsAny } from '../../platform/roles';
import { requireOpdAccess } from '../opd-access';
import { EVIDENCE_LIMIT_EDITORS, EVIDENCE_READERS, REGION_WIDE_ROLES } from '../roles';
import { id } from '../route-schemas';
import { EVIDENCE_UPLOAD_CEILING_BYTES, readEvidence } from './evidence';
import { EVIDENCE_TYPES } from './evidence-file';
import { evidenceLimitsView, setEvidenceLimits } from './evidence-limits';

/** A file of the upload schema: its name and its bytes as base64 in JSON (as an SPTPD attachment's). */
export const evidenceUploadSchema = z.strictObject({
  fileName: z.string().trim().min(1).max(200),
  contentBase64: z.base64(),
});

/** An uploaded file as the use cases take it: its name and its bytes. */
export function uploadedEvidence(f: z.infer<typeof evidenceUploadSchema>): {
  fileName: string;
  content: Buffer;
} {
  return { fileName: f.fileName, content: Buffer.from(f.contentBase64, 'base64') };
}

export const evidenceSchema = z.object({
  id: z.number(),
  opdId: z.number().nullable().describe("The OPD it belongs to; null: the region's own (e.g. a BPK report)"),
  fileName: z.string(),
  contentType: z.string(),
  sizeBytes: z.number(),
  sha256: z.string(),
  uploadedAt: z.date(),
  uploadedBy: z.string().nullable(),
});

const limitsSchema = z.object({
  maxBytes: z.number().describe('The largest file taken, in bytes'),
  contentTypes: z.array(z.enum(EVIDENCE_TYPES)).describe('The types taken, read from the file’s first bytes'),
});

export const evidenceLimitsSchema = z.object({
  day: z.string().describe('Today, on the region’s clock'),
  inForce: limitsSchema.extend({
    effectiveFrom: z
      .string()
      .nullable()
      .describe("The day of the row in force; null: the platform's default"),
  }),
  rows: z
    .array(limitsSchema.extend({ effectiveFrom: z.string() }))
    .describe('Every row set, the latest first'),
});

/** The download of an evidence file: an OPD's file for those who may read that OPD, the region's for region-wide readers. */
export function evidenceRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/performance/evidence/:evidenceId',
    {
      schema: {
        tags: ['performance'],
        problems: { 403: ['OPD_FORBIDDEN'], 404: ['EVIDENCE_NOT_FOUND'] },
        summary:
          "One evidence file (bukti dukung), as the file it was; an OPD's for those who act for that OPD or the whole region",
        params: z.object({ regionId: z.string(), evidenceId: id() }),
      },
    },
    async (request, reply) => {
      const access = accessFor(request, EVIDENCE_READERS);
      const file = await readEvidence(ctx.db, access.regionId, request.params.evidenceId);
      if (file.opdId === null) {
        if (!holdsAny(access.roles, REGION_WIDE_ROLES))
          throw new Problem(404, 'EVIDENCE_NOT_FOUND', { evidenceId: request.params.evidenceId });
      } else await requireOpdAccess(ctx, request, file.opdId, EVIDENCE_READERS);
      return reply
        .type(file.contentType)
        .header('content-disposition', `inline; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
        .header('cache-control', 'no-store')
        .header('x-content-type-options', 'nosniff')
        .send(file.content);
    },
  );
  r.get(
    '/performance/evidence-limits',
    {
      schema: {
        tags: ['performance'],
        summary:
          "The region's limits on evidence files: those in force today (else the default: PDF, JPEG or PNG up to 5 MB) and every row set from a day",
        response: { 200: evidenceLimitsSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, EVIDENCE_READERS);
      return evidenceLimitsView(ctx.db, regionId, localDate(ctx.clock.now(), timeZone));
    },
  );

  r.post(
    '/performance/evidence-limits',
    {
      schema: {
        tags: ['performance'],
        problems: {
          422: ['EVIDENCE_LIMIT_IN_PAST', 'EVIDENCE_LIMIT_TOO_LARGE', 'EVIDENCE_LIMIT_TYPE_UNKNOWN'],
        },
        summary:
          'Set the limits on evidence files from a day (today or later; a day already set is replaced): the largest ' +
          'file, up to 20 MB, and the types taken. The planner or the administrator. Audited',
        body: z.strictObject({
          effectiveFrom: z.iso.date(),
          maxBytes: z.number().int().positive().describe('In bytes, at most 20971520 (20 MB)'),
          contentTypes: z
            .array(z.string().min(1).max(100))
            .max(10)
            .describe('Of application/pdf, image/jpeg, image/png; at least one'),
        }),
        response: { 200: evidenceLimitsSchema },
      },
    },
    async (request) => {
      const { regionId, timeZone } = accessFor(request, EVIDENCE_LIMIT_EDITORS);
      const actor = actorOf(await requireSession(ctx, request), request.ip);
      const now = ctx.clock.now();
      return setEvidenceLimits(ctx.db, now, localDate(now, timeZone), actor, regionId, request.body);
    },
  );
}

/** The body limit of a route taking evidence files as base64 in JSON: a third more than the files, and the JSON. */
export const EVIDENCE_BODY_LIMIT = Math.ceil((EVIDENCE_UPLOAD_CEILING_BYTES * 4) / 3) + 64 * 1024;
