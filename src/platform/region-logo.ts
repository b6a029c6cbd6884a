import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { Sql } from '../db/database';
import { appendAudit } from './audit';
import { Problem } from './problem';
import type { Actor } from './users';

/**
 * The region's logo: uploaded by its administrator, shown on the sign-in page, in the web app's header and in the
 * letterhead of every printed document. Kept as a PNG or JPEG (what a PDF embeds as it is); the browser draws an SVG
 * to PNG before sending it. Checked here: the file's own signature and header (not the name or the type a client
 * claims), its size and sides, and that the PDF writer reads it.
 */

export const LOGO_MAX_BYTES = 256 * 1024;
export const LOGO_MIN_SIDE = 16;
export const LOGO_MAX_SIDE = 2048;

export type LogoMediaType = 'image/png' | 'image/jpeg';

export interface LogoImage {
  mediaType: LogoMediaType;
  width: number;
  height: number;
}

export interface RegionLogo extends LogoImage {
  image: Uint8Array;
  /** Hex SHA-256 of the image: its version, in the public address and the ETag. */
  sha256: string;
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function invalid(): Problem {
  return new Problem(422, 'LOGO_INVALID', { minSide: LOGO_MIN_SIDE, maxSide: LOGO_MAX_SIDE });
}

/** A PNG's sides from its IHDR chunk, which must come first; its chunks must run whole to IEND with image data. */
function pngSides(data: Buffer): { width: number; height: number } | null {
  if (data.byteLength < 33 || !data.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
  if (data.toString('latin1', 12, 16) !== 'IHDR') return null;
  let at = 8;
  let imageData = false;
  while (at + 12 <= data.byteLength) {
    const length = data.readUInt32BE(at);
    const type = data.toString('latin1', at + 4, at + 8);
    if (at + 12 + length > data.byteLength) return null;
    if (type === 'IDAT') imageData = true;
    if (type === 'IEND')
      return imageData ? { width: data.readUInt32BE(16), height: data.readUInt32BE(20) } : null;
    at += 12 + length;
  }
  return null;
}

/** A JPEG's sides from its first start-of-frame segment (SOF0–SOF15 but DHT, JPG and DAC). */
function jpegSides(data: Buffer): { width: number; height: number } | null {
  if (data.byteLength < 4 || data[0] !== 0xff || data[1] !== 0xd8) return null;
  // A whole file ends with its end-of-image marker (some writers pad after it).
  if (data.lastIndexOf(Buffer.from([0xff, 0xd9])) < 0) return null;
  let at = 2;
  while (at + 9 < data.byteLength) {
    if (data[at] !== 0xff) return null;
    const marker = data[at + 1] as number;
    if (marker === 0xff) {
      at += 1;
      continue;
    }
    if (marker === 0xd9 || marker === 0xda) return null; // end of image, or scan data before any frame
    const length = data.readUInt16BE(at + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: data.readUInt16BE(at + 5), width: data.readUInt16BE(at + 7) };
    }
    at += 2 + length;
  }
  return null;
}

/** What an uploaded file is, or 422 LOGO_INVALID / 413 LOGO_TOO_LARGE. */
export function inspectLogo(data: Buffer): LogoImage {
  if (data.byteLength > LOGO_MAX_BYTES)
    throw new Problem(413, 'LOGO_TOO_LARGE', { maxKb: LOGO_MAX_BYTES / 1024 });
  const png = pngSides(data);
  const jpeg = png ? null : jpegSides(data);
  const sides = png ?? jpeg;
  if (!sides) throw invalid();
  const { width, height } = sides;
  if ([width, height].some((side) => side < LOGO_MIN_SIDE || side > LOGO_MAX_SIDE)) throw invalid();
  try {
    // The PDF writer reads the whole image when it embeds it: one it cannot read is refused now, not at printing.
    const probe = new PDFDocument({ autoFirstPage: false }) as unknown as {
      openImage(data: Buffer): { embed(doc: unknown): void };
    };
    probe.openImage(data).embed(probe);
  } catch {
    throw invalid();
  }
  return { mediaType: png ? 'image/png' : 'image/jpeg', width, height };
}

export async function findRegionLogo(db: Sql, regionId: string): Promise<RegionLogo | undefined> {
  const [row] = await db.query<RegionLogo>(
    `SELECT media_type AS "mediaType", image, width, height, sha256
     FROM region_logo WHERE region_id = $1`,
    [regionId],
  );
  return row && { ...row, image: new Uint8Array(row.image) };
}

/** The version (SHA-256) of one region's logo, without reading the image; none if it has no logo. */
export async function logoVersion(db: Sql, regionId: string): Promise<string | undefined> {
  const [row] = await db.query<{ sha256: string }>('SELECT sha256 FROM region_logo WHERE region_id = $1', [
    regionId,
  ]);
  return row?.sha256;
}

/** The version of each region's logo (deliberately across regions: the public list of regions shows them). */
export async function logoVersions(db: Sql): Promise<Map<string, string>> {
  const rows = await db.query<{ regionId: string; sha256: string }>(
    'SELECT region_id AS "regionId", sha256 FROM region_logo',
  );
  return new Map(rows.map((r) => [r.regionId, r.sha256]));
}

/** Where anyone (a sign-in page, a browser's cache) reads a region's logo; the version makes it cacheable for long. */
export function logoPath(regionId: string, sha256: string): string {
  return `/api/v1/public/regions/${regionId}/logo?v=${sha256.slice(0, 16)}`;
}

/** Sets (or replaces) the region's logo, audited in the same transaction. */
export async function setRegionLogo(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  data: Buffer,
): Promise<RegionLogo> {
  const image = inspectLogo(data);
  const sha256 = createHash('sha256').update(data).digest('hex');
  const [before] = await tx.query<{ sha256: string }>(
    'SELECT sha256 FROM region_logo WHERE region_id = $1 FOR UPDATE',
    [regionId],
  );
  await tx.query(
    `INSERT INTO region_logo (region_id, media_type, image, width, height, sha256, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (region_id) DO UPDATE SET media_type = EXCLUDED.media_type, image = EXCLUDED.image,
       width = EXCLUDED.width, height = EXCLUDED.height, sha256 = EXCLUDED.sha256, updated_at = EXCLUDED.updated_at`,
    [regionId, image.mediaType, data, image.width, image.height, sha256, at],
  );
  const after = { ...image, sha256, bytes: data.byteLength };
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: 'region.logo',
    entity: 'region',
    entityId: regionId,
    before: before ?? null,
    after,
  });
  return { ...image, image: new Uint8Array(data), sha256 };
}

/** Removes the region's logo (its documents and pages go back to the name alone), audited. */
export async function removeRegionLogo(tx: Sql, at: Date, actor: Actor, regionId: string): Promise<void> {
  const [before] = await tx.query<{ sha256: string }>(
    'DELETE FROM region_logo WHERE region_id = $1 RETURNING sha256',
    [regionId],
  );
  if (!before) throw new Problem(404, 'LOGO_NOT_FOUND');
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: 'region.logo_removed',
    entity: 'region',
    entityId: regionId,
    before,
    after: null,
  });
}
