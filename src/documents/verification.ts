import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The verification code printed (and QR-encoded) on every document, e.g. `B3573-42-7QK2M9XJ4TVD0R1A`: a letter for
 * the kind of document, the region code without its dot and the row id, so that the server can find the row; and
 * 16 characters of an HMAC-SHA256 over those three under the installation's document key (platform/installation-secrets), so that nobody can make the code
 * of another document from one they hold. 16 Crockford base32 characters are 80 bits: guessing one is hopeless.
 *
 * Crockford's alphabet leaves out I, L, O and U, so a code read aloud or typed from paper survives the usual
 * confusions: lower case is accepted, O is read as 0 and I or L as 1.
 */

/**
 * A kind of document as its verification codes carry it: the letter a code begins with, and the name its MAC is over.
 * Each area registers its kinds (document-kind.ts): a bill's code begins with B, an SPTPD receipt's (a return's) with
 * R, an assessment's with A, an SSPD's (a payment's) with S and an STS's (a deposit's) with T, the S being taken.
 * Neither may change once a document is printed with it: the code on paper would no longer verify.
 */
export interface CodedKind {
  readonly name: string;
  readonly letter: string;
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const MAC_LENGTH = 16;
const SHAPE = /^([A-Z])(\d{4})-([1-9]\d{0,14})-([0-9A-HJKMNP-TV-Z]{16})$/;

export interface VerificationCodeParts {
  /** The kind's name, e.g. `bill`. */
  kind: string;
  /** Kemendagri kab/kota code, e.g. `35.73`. */
  regionId: string;
  id: number;
}

function base32(bytes: Uint8Array): string {
  let out = '';
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += CROCKFORD[(buffer >>> (bits - 5)) & 31];
      bits -= 5;
    }
    buffer &= (1 << bits) - 1;
  }
  return out;
}

function mac(secret: string, { kind, regionId, id }: VerificationCodeParts): string {
  // A key derived for this use alone, so that no other use of the same secret yields these MACs.
  const key = createHmac('sha256', secret).update('balai/document-verification/v1').digest();
  const digest = createHmac('sha256', key).update(`${kind}\n${regionId}\n${id}`).digest();
  return base32(digest).slice(0, MAC_LENGTH);
}

/** The code of one document, e.g. `verificationCode(secret, bill, '35.73', 42)` → `B3573-42-…`. */
export function verificationCode(secret: string, kind: CodedKind, regionId: string, id: number): string {
  if (!/^\d{2}\.\d{2}$/.test(regionId)) throw new RangeError(`a region id is PP.KK, got "${regionId}"`);
  if (!Number.isSafeInteger(id) || id < 1)
    throw new RangeError(`a document id is a positive integer, got ${id}`);
  return `${kind.letter}${regionId.replace('.', '')}-${id}-${mac(secret, { kind: kind.name, regionId, id })}`;
}

/**
 * Reads a code as typed (case, spaces around it and Crockford's look-alikes forgiven) for one of `kinds`, by its
 * letter; checks no MAC.
 */
export function parseVerificationCode(
  code: string,
  kinds: readonly CodedKind[],
): (VerificationCodeParts & { mac: string }) | null {
  const [head = '', id = '', given = '', ...rest] = code.trim().toUpperCase().split('-');
  const lookAlikes = given.replace(/O/g, '0').replace(/[IL]/g, '1');
  const m = SHAPE.exec(`${head}-${id}-${lookAlikes}`);
  if (rest.length > 0 || !m) return null;
  const kind = kinds.find((k) => k.letter === m[1]);
  const digits = m[2] as string;
  if (!kind) return null;
  return {
    kind: kind.name,
    regionId: `${digits.slice(0, 2)}.${digits.slice(2)}`,
    id: Number(m[3]),
    mac: m[4] as string,
  };
}

/**
 * The document a code names, if the code is well formed, of one of `kinds`, and its MAC is right; compared in
 * constant time.
 */
export function checkVerificationCode(
  secret: string,
  code: string,
  kinds: readonly CodedKind[],
): VerificationCodeParts | null {
  const parsed = parseVerificationCode(code, kinds);
  if (!parsed) return null;
  const { mac: given, ...parts } = parsed;
  const expected = mac(secret, parts);
  if (!timingSafeEqual(Buffer.from(given), Buffer.from(expected))) return null;
  return parts;
}

/** Where the QR code of a document points: `<baseUrl>/verify/<code>`. */
export function verificationUrl(baseUrl: string, code: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/verify/${code}`;
}
