import type { Sql } from '../db/database';
import { localDate } from '../platform/clock';
import { Problem } from '../platform/problem';
import { findRegion } from '../platform/regions';
import type { Verified } from './document-kind';
import type { DocumentRegistry } from './document-registry';
import { checkVerificationCode } from './verification';

/**
 * What the public verify page answers for a scanned code: is the document **genuine** (the code's MAC is right
 * and the row exists) and is it **current** (each kind says what that means: the bill not cancelled or written off,
 * the SPTPD not superseded by a pembetulan nor rejected, the SSPD's payment not reversed by the bank, …), with its
 * status today. It reads the same data the document prints and shows a part of it: names, NPWPD, object name,
 * amounts, never identity or contact data.
 *
 * Checks a verification code of one of the registered kinds and reports the document's state on the region's current
 * day. A code that is malformed, forged, of no registered kind, or names no row of a hosted region is one answer:
 * 404 DOCUMENT_NOT_FOUND.
 */
export async function verifyDocument(
  db: Sql,
  documents: DocumentRegistry,
  secret: string,
  code: string,
  now: Date,
): Promise<Verified> {
  const parts = checkVerificationCode(secret, code, documents.kinds);
  const region = parts && (await findRegion(db, parts.regionId));
  if (!parts || !region) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const today = localDate(now, region.timeZone);
  const kind = documents.kind(parts.kind);
  // The verify page needs no link back to itself; the code is the document's own.
  const document = await kind.load(db, parts.regionId, parts.id, today, '', secret);
  const standing = await kind.verification.answer(document, { db, regionId: parts.regionId, id: parts.id });
  return {
    genuine: true,
    kind: kind.name,
    code: document.verification.code,
    checkedAt: now.toISOString(),
    checkedOn: today,
    region: { id: region.regionId, name: region.name, timeZone: region.timeZone },
    ...standing,
  };
}
