import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { DEFAULT_EVIDENCE_LIMITS, EVIDENCE_UPLOAD_CEILING_BYTES, evidenceLimits } from './evidence';
import { EVIDENCE_TYPES, type EvidenceType } from './evidence-file';

/*
 * The region's limits on evidence files, from a day on (evidence_limit): the largest file and the types taken. The
 * administrator or the planner sets them for today or a later day, never for a day gone (files already taken were
 * taken under the limits of their day); a day's row set again is replaced, audited before and after.
 */

/** One row of the region's limits: in force from `effectiveFrom` until the next row's day. */
export interface EvidenceLimitRow {
  effectiveFrom: string;
  maxBytes: number;
  contentTypes: EvidenceType[];
}

/** The region's limits today and every row it has set, the latest first. */
export interface EvidenceLimitsView {
  day: string;
  inForce: { effectiveFrom: string | null; maxBytes: number; contentTypes: EvidenceType[] };
  rows: EvidenceLimitRow[];
}

const EVIDENCE_LIMIT_SUBJECT = 'evidence_limit';

async function rowsOf(db: Sql, regionId: string): Promise<EvidenceLimitRow[]> {
  return db.query<EvidenceLimitRow>(
    `SELECT to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", max_bytes AS "maxBytes",
            content_types AS "contentTypes"
       FROM evidence_limit WHERE region_id = $1 ORDER BY effective_from DESC`,
    [regionId],
  );
}

/** The limits in force on `day` (null `effectiveFrom`: the platform's default) and the rows set. */
export async function evidenceLimitsView(
  db: Sql,
  regionId: string,
  day: string,
): Promise<EvidenceLimitsView> {
  const rows = await rowsOf(db, regionId);
  const current = rows.find((r) => r.effectiveFrom <= day);
  return {
    day,
    inForce: current ?? {
      effectiveFrom: null,
      maxBytes: DEFAULT_EVIDENCE_LIMITS.maxBytes,
      contentTypes: [...DEFAULT_EVIDENCE_LIMITS.contentTypes],
    },
    rows,
  };
}

/**
 * Whether a row of limits may be set on `today`: from today or later (422 EVIDENCE_LIMIT_IN_PAST), a file of at most
 * the upload ceiling, 20 MB (422 EVIDENCE_LIMIT_TOO_LARGE: a route's body limit is fixed when the server starts), and
 * types of PDF, JPEG or PNG only, at least one (422 EVIDENCE_LIMIT_TYPE_UNKNOWN). Pure; the types kept once each.
 */
export function checkEvidenceLimitRow(
  today: string,
  row: { effectiveFrom: string; maxBytes: number; contentTypes: readonly string[] },
): EvidenceLimitRow {
  if (row.effectiveFrom < today)
    throw new Problem(422, 'EVIDENCE_LIMIT_IN_PAST', { effectiveFrom: row.effectiveFrom, today });
  if (row.maxBytes > EVIDENCE_UPLOAD_CEILING_BYTES)
    throw new Problem(422, 'EVIDENCE_LIMIT_TOO_LARGE', {
      maxMb: Math.round((row.maxBytes / (1024 * 1024)) * 10) / 10,
      ceilingMb: EVIDENCE_UPLOAD_CEILING_BYTES / (1024 * 1024),
    });
  const unknown = row.contentTypes.filter((t) => !(EVIDENCE_TYPES as readonly string[]).includes(t));
  if (unknown.length > 0 || row.contentTypes.length === 0)
    throw new Problem(422, 'EVIDENCE_LIMIT_TYPE_UNKNOWN', {
      types: unknown.join(', ') || '—',
      allowed: EVIDENCE_TYPES.join(', '),
    });
  return {
    effectiveFrom: row.effectiveFrom,
    maxBytes: row.maxBytes,
    contentTypes: EVIDENCE_TYPES.filter((t) => row.contentTypes.includes(t)),
  };
}

/** Sets (or replaces) the region's limits from a day, in one transaction. Audited, before and after. */
export async function setEvidenceLimits(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  regionId: string,
  input: { effectiveFrom: string; maxBytes: number; contentTypes: readonly string[] },
): Promise<EvidenceLimitsView> {
  const row = checkEvidenceLimitRow(today, input);
  await db.transaction(async (tx) => {
    const [before] = await tx.query<{ maxBytes: number; contentTypes: EvidenceType[] }>(
      `SELECT max_bytes AS "maxBytes", content_types AS "contentTypes" FROM evidence_limit
        WHERE region_id = $1 AND effective_from = $2 FOR UPDATE`,
      [regionId, row.effectiveFrom],
    );
    const previous = before ?? (await evidenceLimits(tx, regionId, row.effectiveFrom));
    await tx.query(
      `INSERT INTO evidence_limit (region_id, effective_from, max_bytes, content_types) VALUES ($1, $2, $3, $4)
       ON CONFLICT (region_id, effective_from)
       DO UPDATE SET max_bytes = EXCLUDED.max_bytes, content_types = EXCLUDED.content_types`,
      [regionId, row.effectiveFrom, row.maxBytes, row.contentTypes],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: before ? 'evidence_limit.update' : 'evidence_limit.create',
      entity: EVIDENCE_LIMIT_SUBJECT,
      entityId: row.effectiveFrom,
      before: { maxBytes: previous.maxBytes, contentTypes: [...previous.contentTypes] },
      after: { effectiveFrom: row.effectiveFrom, maxBytes: row.maxBytes, contentTypes: row.contentTypes },
    });
  });
  return evidenceLimitsView(db, regionId, today);
}
