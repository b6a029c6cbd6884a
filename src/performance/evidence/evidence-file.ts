import { Problem } from '../../platform/problem';

/*
 * What an evidence file is and whether it is taken, as an SPTPD attachment's (src/tax/returns/return-attachments.ts):
 * the type read from the file's first bytes, never from its name or the type a browser claims; the name cleaned of
 * control and bidirectional characters; the size and the types within the region's limits. Pure.
 */

export const EVIDENCE_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];

/** The limits on an evidence file in force for a region on a day. */
export interface EvidenceLimits {
  maxBytes: number;
  contentTypes: readonly EvidenceType[];
}

/** The type of a file from its first bytes: PDF, JPEG or PNG, else null. */
export function evidenceType(bytes: Uint8Array): EvidenceType | null {
  const starts = (...sig: number[]) => sig.every((b, i) => bytes[i] === b);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return 'application/pdf'; // %PDF-
  if (starts(0xff, 0xd8, 0xff)) return 'image/jpeg';
  if (starts(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a)) return 'image/png';
  return null;
}

// C0 and C1 controls, DEL, and the bidirectional marks, embeddings, overrides and isolates, with which
// "bukti\u202Efdp.exe" shows as "buktiexe.pdf".
// biome-ignore lint/suspicious/noControlCharactersInRegex: these are what a stored file name must not contain
const UNSAFE_IN_NAME = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const EXTENSION: Record<EvidenceType, string> = {
  'application/pdf': 'pdf',
  'image/jpeg': 'jpg',
  'image/png': 'png',
};

/** A file name as stored and shown; a name of nothing else gets a plain one of its kind ("bukti.pdf"). */
export function cleanEvidenceName(name: string, type: EvidenceType | null): string {
  const cleaned = name.replace(UNSAFE_IN_NAME, '').trim();
  if (cleaned) return cleaned.slice(0, 200);
  return type ? `bukti.${EXTENSION[type]}` : 'bukti';
}

/**
 * A file checked against the limits: its cleaned name and sniffed type, or 413 EVIDENCE_TOO_LARGE / 422
 * EVIDENCE_TYPE_NOT_ALLOWED (an empty file is of no type).
 */
export function checkEvidenceFile(
  fileName: string,
  content: Uint8Array,
  limits: EvidenceLimits,
): { fileName: string; contentType: EvidenceType } {
  const contentType = evidenceType(content);
  const name = cleanEvidenceName(fileName, contentType);
  if (content.length > limits.maxBytes) {
    throw new Problem(413, 'EVIDENCE_TOO_LARGE', {
      fileName: name,
      limitMb: Math.round((limits.maxBytes / (1024 * 1024)) * 10) / 10,
    });
  }
  if (!contentType || !limits.contentTypes.includes(contentType)) {
    throw new Problem(422, 'EVIDENCE_TYPE_NOT_ALLOWED', {
      fileName: name,
      allowed: limits.contentTypes.map((t) => EXTENSION[t].toUpperCase()).join(', '),
    });
  }
  return { fileName: name, contentType };
}
