import { createHash } from 'node:crypto';
import type { Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { checkEvidenceFile, EVIDENCE_TYPES, type EvidenceLimits, type EvidenceType } from './evidence-file';

/*
 * Evidence files (bukti dukung) of performance management, for every part that asks for them (audit follow-up now;
 * quarterly realisation and LKE answers next). A part stores the files of one of its records inside its own
 * transaction with `attachEvidence`, after it has checked the record and who may act on it, and lists them with
 * `evidenceOf`; the download route checks the file's OPD.
 */

/** The limits when a region has set none: an SPTPD attachment's (PDF, JPEG or PNG up to 5 MB). */
export const DEFAULT_EVIDENCE_LIMITS: EvidenceLimits = {
  maxBytes: 5 * 1024 * 1024,
  contentTypes: EVIDENCE_TYPES,
};
/** How many files one record takes at once: a handful of scans, not an archive. */
export const EVIDENCE_PER_UPLOAD = 5;
/**
 * The most one upload may carry in all, the ceiling of what a region's limit may say (its table's check): a route's
 * body limit is set when the server starts, before any region's limit is read.
 */
export const EVIDENCE_UPLOAD_CEILING_BYTES = 20 * 1024 * 1024;

/** A stored evidence file, without its bytes. */
export interface Evidence {
  id: number;
  opdId: number | null;
  fileName: string;
  contentType: EvidenceType;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
  uploadedBy: string | null;
}

/** A file as it arrives. */
export interface EvidenceUpload {
  fileName: string;
  content: Buffer;
}

/** The limits in force for the region on a day: its latest row from that day back, else the default. */
export async function evidenceLimits(db: Sql, regionId: string, day: string): Promise<EvidenceLimits> {
  const [row] = await db.query<{ maxBytes: number; contentTypes: EvidenceType[] }>(
    `SELECT max_bytes AS "maxBytes", content_types AS "contentTypes" FROM evidence_limit
      WHERE region_id = $1 AND effective_from <= $2 ORDER BY effective_from DESC LIMIT 1`,
    [regionId, day],
  );
  return row ?? DEFAULT_EVIDENCE_LIMITS;
}

const COLUMNS = `e.id, e.opd_id AS "opdId", e.file_name AS "fileName", e.content_type AS "contentType",
  e.size_bytes AS "sizeBytes", e.sha256, e.uploaded_at AS "uploadedAt", u.email AS "uploadedBy"`;

/**
 * Stores the files of one record (`subject`, `subjectId`) of an OPD (null: the region's own), in the caller's
 * transaction: each checked against the region's limits on `day` first, so a refused file leaves nothing written;
 * the same file twice for one record is refused (409 EVIDENCE_DUPLICATE). Audited, on the record.
 */
export async function attachEvidence(
  tx: Sql,
  at: Date,
  day: string,
  actor: Actor,
  regionId: string,
  owner: { opdId: number | null; subject: string; subjectId: number },
  files: readonly EvidenceUpload[],
): Promise<Evidence[]> {
  if (files.length === 0) return [];
  if (files.length > EVIDENCE_PER_UPLOAD) {
    throw new Problem(422, 'EVIDENCE_TOO_MANY', { count: files.length, max: EVIDENCE_PER_UPLOAD });
  }
  const limits = await evidenceLimits(tx, regionId, day);
  const checked = files.map((f) => ({
    ...checkEvidenceFile(f.fileName, f.content, limits),
    content: f.content,
    sha256: createHash('sha256').update(f.content).digest('hex'),
  }));
  const existing = await evidenceOf(tx, regionId, owner.subject, [owner.subjectId]);
  const seen = new Set(existing.map((e) => e.sha256));
  for (const f of checked) {
    if (seen.has(f.sha256)) throw new Problem(409, 'EVIDENCE_DUPLICATE', { fileName: f.fileName });
    seen.add(f.sha256);
  }
  const ids: number[] = [];
  for (const f of checked) {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO performance_evidence (region_id, opd_id, subject, subject_id, file_name, content_type, size_bytes,
         sha256, content, uploaded_at, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        regionId,
        owner.opdId,
        owner.subject,
        owner.subjectId,
        f.fileName,
        f.contentType,
        f.content.length,
        f.sha256,
        f.content,
        at,
        actor.userId,
      ],
    );
    ids.push(Number(row?.id));
  }
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: 'performance_evidence.attach',
    entity: owner.subject,
    entityId: String(owner.subjectId),
    before: { evidence: existing.length },
    after: {
      evidence: existing.length + checked.length,
      files: checked.map((f, i) => ({
        evidenceId: ids[i] as number,
        fileName: f.fileName,
        contentType: f.contentType,
        sizeBytes: f.content.length,
        sha256: f.sha256,
      })),
    },
  });
  return (await evidenceOf(tx, regionId, owner.subject, [owner.subjectId])).filter((e) => ids.includes(e.id));
}

/** The evidence of some records of one kind, oldest first, with the record each belongs to. */
export async function evidenceOf(
  db: Sql,
  regionId: string,
  subject: string,
  subjectIds: readonly number[],
): Promise<(Evidence & { subjectId: number })[]> {
  if (subjectIds.length === 0) return [];
  const rows = await db.query<Evidence & { subjectId: number }>(
    `SELECT ${COLUMNS}, e.subject_id AS "subjectId"
       FROM performance_evidence e LEFT JOIN app_user u ON u.id = e.uploaded_by
      WHERE e.region_id = $1 AND e.subject = $2 AND e.subject_id = ANY($3::bigint[])
      ORDER BY e.id`,
    [regionId, subject, subjectIds],
  );
  return rows.map((e) => ({
    ...e,
    id: Number(e.id),
    opdId: e.opdId === null ? null : Number(e.opdId),
    subjectId: Number(e.subjectId),
  }));
}

/** One evidence file with its bytes and its OPD (for the caller's access check); 404 EVIDENCE_NOT_FOUND. */
export async function readEvidence(
  db: Sql,
  regionId: string,
  evidenceId: number,
): Promise<{ opdId: number | null; fileName: string; contentType: EvidenceType; content: Buffer }> {
  const [row] = await db.query<{
    opdId: number | null;
    fileName: string;
    contentType: EvidenceType;
    content: Uint8Array;
  }>(
    `SELECT opd_id AS "opdId", file_name AS "fileName", content_type AS "contentType", content
       FROM performance_evidence WHERE region_id = $1 AND id = $2`,
    [regionId, evidenceId],
  );
  if (!row) throw new Problem(404, 'EVIDENCE_NOT_FOUND', { evidenceId });
  return {
    ...row,
    opdId: row.opdId === null ? null : Number(row.opdId),
    content: Buffer.from(row.content),
  };
}
