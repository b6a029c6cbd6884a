import { createHash } from 'node:crypto';
import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import type { Viewer } from '../registry/taxpayer';
import { loadReturn } from './tax-return';

/** A scan or a recap, not an archive: a few megabytes each, and a handful per return. */
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENTS_PER_RETURN = 10;

export type AttachmentType = 'application/pdf' | 'image/jpeg' | 'image/png';

export interface ReturnAttachment {
  id: number;
  returnId: number;
  fileName: string;
  contentType: AttachmentType;
  sizeBytes: number;
  sha256: string;
  uploadedAt: Date;
  uploadedBy: string | null;
}

/**
 * What a file is, read from its first bytes (PDF, JPEG or PNG), not from its name or the type a browser claims:
 * anything else is refused, so that what an officer opens is a document or a picture.
 */
export function attachmentType(bytes: Uint8Array): AttachmentType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

// C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E, U+200F,
// U+202A–U+202E, U+2066–U+2069).
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what a stored file name must not contain
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const EXTENSION: Record<AttachmentType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/**
 * A file name as it is stored and shown: without control characters, which have no place in a name, and without
 * bidirectional controls, with which "invoice\u202Efdp.exe" shows as "invoiceexe.pdf", a name that lies to whoever
 * opens the file about what it is. A name of nothing else gets a plain one of its kind ("lampiran.pdf").
 */
export function cleanFileName(name: string, type: AttachmentType | null): string {
  const cleaned = name.replace(UNSAFE_IN_NAME, '').trim();
  if (cleaned) return cleaned;
  return type ? `lampiran.${EXTENSION[type]}` : 'lampiran';
}

const COLUMNS = `a.id, a.return_id AS "returnId", a.file_name AS "fileName", a.content_type AS "contentType",
  a.size_bytes AS "sizeBytes", a.sha256, a.uploaded_at AS "uploadedAt", u.email AS "uploadedBy"`;

/**
 * Attaches a file to an SPTPD while it is a draft or awaits review (penelitian); once reviewed or amended the
 * return is closed and its attachments with it. The return is locked, so two uploads at once count right; the same
 * file twice is refused. Audited.
 */
export async function attachToReturn(
  db: Database,
  at: Date,
  actor: Actor,
  viewer: Viewer,
  regionId: string,
  returnId: number,
  file: { fileName: string; content: Buffer },
): Promise<ReturnAttachment> {
  const contentType = attachmentType(file.content);
  const fileName = cleanFileName(file.fileName, contentType);
  if (file.content.length === 0) throw new Problem(422, 'ATTACHMENT_TYPE_REFUSED', { fileName });
  if (file.content.length > ATTACHMENT_MAX_BYTES) {
    throw new Problem(413, 'ATTACHMENT_TOO_LARGE', {
      fileName,
      limitMb: ATTACHMENT_MAX_BYTES / (1024 * 1024),
    });
  }
  if (!contentType) throw new Problem(422, 'ATTACHMENT_TYPE_REFUSED', { fileName });
  const sha256 = createHash('sha256').update(file.content).digest('hex');
  return db.transaction(async (tx) => {
    const r = await loadReturn(tx, regionId, returnId, viewer, true);
    if (r.status !== 'draft' && r.status !== 'submitted') {
      throw new Problem(409, 'RETURN_CLOSED_TO_ATTACHMENTS', { returnId, status: r.status });
    }
    const existing = await attachmentsOf(tx, regionId, returnId);
    if (existing.some((a) => a.sha256 === sha256)) {
      throw new Problem(409, 'ATTACHMENT_DUPLICATE', { fileName });
    }
    if (existing.length >= ATTACHMENTS_PER_RETURN) {
      throw new Problem(409, 'ATTACHMENTS_FULL', { returnId, max: ATTACHMENTS_PER_RETURN });
    }
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO return_attachment (region_id, return_id, file_name, content_type, size_bytes, sha256, content,
         uploaded_at, uploaded_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id`,
      [
        regionId,
        returnId,
        fileName,
        contentType,
        file.content.length,
        sha256,
        file.content,
        at,
        actor.userId,
      ],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'sptpd.attach',
      entity: 'tax_return',
      entityId: String(returnId),
      before: { attachments: existing.length },
      after: {
        attachments: existing.length + 1,
        attachmentId: Number(row?.id),
        fileName,
        contentType,
        sizeBytes: file.content.length,
        sha256,
      },
    });
    const added = (await attachmentsOf(tx, regionId, returnId)).find((a) => a.id === Number(row?.id));
    return added as ReturnAttachment;
  });
}

async function attachmentsOf(db: Sql, regionId: string, returnId: number): Promise<ReturnAttachment[]> {
  const rows = await db.query<ReturnAttachment>(
    `SELECT ${COLUMNS} FROM return_attachment a LEFT JOIN app_user u ON u.id = a.uploaded_by
     WHERE a.region_id = $1 AND a.return_id = $2 ORDER BY a.id`,
    [regionId, returnId],
  );
  return rows.map((a) => ({ ...a, id: Number(a.id), returnId: Number(a.returnId) }));
}

/** The attachments of a return the viewer may see (a taxpayer only their own; else 404). */
export async function listAttachments(
  db: Sql,
  regionId: string,
  returnId: number,
  viewer: Viewer,
): Promise<ReturnAttachment[]> {
  await loadReturn(db, regionId, returnId, viewer);
  return attachmentsOf(db, regionId, returnId);
}

/** One attachment's file, for a viewer who may see its return. */
export async function readAttachment(
  db: Sql,
  regionId: string,
  returnId: number,
  attachmentId: number,
  viewer: Viewer,
): Promise<{ fileName: string; contentType: AttachmentType; content: Buffer }> {
  await loadReturn(db, regionId, returnId, viewer);
  const [row] = await db.query<{ fileName: string; contentType: AttachmentType; content: Uint8Array }>(
    `SELECT file_name AS "fileName", content_type AS "contentType", content FROM return_attachment
     WHERE region_id = $1 AND return_id = $2 AND id = $3`,
    [regionId, returnId, attachmentId],
  );
  if (!row) throw new Problem(404, 'ATTACHMENT_NOT_FOUND', { attachmentId });
  return { ...row, content: Buffer.from(row.content) };
}
