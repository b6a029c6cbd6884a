import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../http/context';
import { signedCheckpointSchema } from './audit-checkpoint';
import { listCheckpoints } from './audit-checkpoint-store';
import { Problem } from './problem';
import { findRegion, REGION_ID } from './regions';

const checkpointSchema = signedCheckpointSchema.describe(
  'The signature (base64 Ed25519) covers the canonical JSON of regionId, seq, hash, signedAt and keyId: keys sorted, no spaces',
);
const publicKey = z
  .string()
  .describe(
    'The Ed25519 public key as base64 of its DER (SubjectPublicKeyInfo); keyId is the hex SHA-256 of those bytes',
  );
const publicKeySchema = z.object({ keyId: z.string(), publicKey });
const regionParams = z.object({ regionId: z.string() });

/** A page of a region's signed checkpoints, with the public keys that signed them. */
export const checkpointPageSchema = z.object({
  regionId: z.string(),
  publicKeys: z.array(publicKeySchema),
  checkpoints: z.array(checkpointSchema),
  nextBeforeSeq: z.number().nullable(),
});

/**
 * Each region's signed audit checkpoints, for anyone to keep: no sign-in. Someone who downloads them now and then
 * can later prove that the chain was not cut or rewritten below them (README: "Audit checkpoints").
 */
export function publicAuditCheckpointRoutes(app: FastifyInstance, ctx: AppContext): void {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const rateLimit = { max: 120, timeWindow: 60_000 };
  const hosted = async (regionId: string) => {
    if (!REGION_ID.test(regionId) || !(await findRegion(ctx.db, regionId))) {
      throw new Problem(404, 'REGION_NOT_FOUND', { regionId });
    }
  };

  r.get(
    '/api/v1/public/regions/:regionId/audit/head',
    {
      config: { rateLimit },
      schema: {
        tags: ['public'],
        summary:
          "The region's latest signed checkpoint of its audit chain head, with the public key that signed it",
        params: regionParams,
        response: { 200: checkpointSchema.extend({ publicKey }) },
      },
    },
    async (request) => {
      const { regionId } = request.params;
      await hosted(regionId);
      const [latest] = await listCheckpoints(ctx.db, regionId, { limit: 1 });
      if (!latest) throw new Problem(404, 'AUDIT_CHECKPOINT_NOT_FOUND', { regionId });
      return latest;
    },
  );

  r.get(
    '/api/v1/public/regions/:regionId/audit/checkpoints',
    {
      config: { rateLimit },
      schema: {
        tags: ['public'],
        summary: "The region's signed audit checkpoints, newest first, with the public keys that signed them",
        description:
          'Keep them: `balai audit verify --checkpoints FILE --public-key KEY` accepts this answer as it is, a JSON array of checkpoints, or JSON lines.',
        params: regionParams,
        querystring: z.strictObject({
          beforeSeq: z.coerce.number().int().positive().optional(),
          limit: z.coerce.number().int().min(1).max(1000).default(100),
        }),
        response: {
          200: checkpointPageSchema,
        },
      },
    },
    async (request) => {
      const { regionId } = request.params;
      const { beforeSeq, limit } = request.query;
      await hosted(regionId);
      const rows = await listCheckpoints(ctx.db, regionId, { beforeSeq, limit: limit + 1 });
      const checkpoints = rows.slice(0, limit);
      const publicKeys = new Map(
        checkpoints.map((c) => [c.keyId, { keyId: c.keyId, publicKey: c.publicKey }]),
      );
      return {
        regionId,
        publicKeys: [...publicKeys.values()],
        checkpoints,
        nextBeforeSeq: rows.length > limit ? (checkpoints.at(-1)?.seq ?? null) : null,
      };
    },
  );
}
