import { createHash, createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { z } from 'zod';
import { type AuditRow, type ChainVerdict, canonicalJson, verifyChain } from './audit';

/**
 * Signed checkpoints of a region's audit chain. A checkpoint names the chain's head (the entry's seq and hash) and is
 * signed with an Ed25519 key kept outside the database, so whoever can rewrite the database still cannot forge one.
 * Whoever keeps the published checkpoints can later prove that the chain still passes through each of them: a tail
 * cut off, or a chain edited and re-hashed, no longer does. Verification trusts the checkpoints and the public key
 * it is given, never what the database says about them.
 */
export interface Checkpoint {
  regionId: string;
  seq: number;
  hash: string;
  signedAt: string;
  /** The signing key's fingerprint (`keyIdOf`). */
  keyId: string;
}

export interface SignedCheckpoint extends Checkpoint {
  /** Base64 Ed25519 signature over `signedContent`. */
  signature: string;
}

const HEX64 = /^[0-9a-f]{64}$/;

/** A checkpoint as published (API, `balai audit checkpoint`); fields beside these are ignored. */
export const signedCheckpointSchema = z.object({
  regionId: z.string(),
  seq: z.number().int().positive(),
  hash: z.string().regex(HEX64),
  signedAt: z.string(),
  keyId: z.string().regex(HEX64),
  signature: z.string(),
});

/** The bytes a checkpoint's signature covers: its canonical JSON, which anyone can rebuild from what is published. */
export function signedContent(c: Checkpoint): string {
  return canonicalJson({
    regionId: c.regionId,
    seq: c.seq,
    hash: c.hash,
    signedAt: c.signedAt,
    keyId: c.keyId,
  });
}

/** A public key as published: base64 of its DER (SubjectPublicKeyInfo) bytes. */
export function publicKeyBase64(publicKey: KeyObject): string {
  return publicKey.export({ type: 'spki', format: 'der' }).toString('base64');
}

/**
 * A public key's fingerprint: hex SHA-256 of its DER bytes, so that `base64 -d | sha256sum` on the published key
 * gives the same value, and an auditor can compare it with the one the Pemda handed over.
 */
export function keyIdOf(publicKey: KeyObject): string {
  return createHash('sha256')
    .update(publicKey.export({ type: 'spki', format: 'der' }))
    .digest('hex');
}

/** The signing key, with what a checkpoint says about it. */
export interface AuditSigningKey {
  privateKey: KeyObject;
  publicKey: KeyObject;
  keyId: string;
}

const PEM = /-----BEGIN [A-Z ]+-----/;

/** An Ed25519 private key from PKCS#8 PEM, or from base64 of its DER (one line, easier in an environment file). */
export function signingKeyFrom(text: string): AuditSigningKey {
  const privateKey = PEM.test(text)
    ? createPrivateKey(text)
    : createPrivateKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'pkcs8' });
  if (privateKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`the audit signing key must be Ed25519, not ${privateKey.asymmetricKeyType}`);
  }
  const publicKey = createPublicKey(privateKey);
  return { privateKey, publicKey, keyId: keyIdOf(publicKey) };
}

/** An Ed25519 public key as published (base64 of its DER) or as PEM. */
export function parsePublicKey(text: string): KeyObject {
  const publicKey = PEM.test(text)
    ? createPublicKey(text)
    : createPublicKey({ key: Buffer.from(text.trim(), 'base64'), format: 'der', type: 'spki' });
  if (publicKey.asymmetricKeyType !== 'ed25519') {
    throw new Error(`an audit checkpoint key is Ed25519, not ${publicKey.asymmetricKeyType}`);
  }
  return publicKey;
}

export function signCheckpoint(key: AuditSigningKey, head: Omit<Checkpoint, 'keyId'>): SignedCheckpoint {
  const checkpoint: Checkpoint = { ...head, keyId: key.keyId };
  const signature = sign(null, Buffer.from(signedContent(checkpoint)), key.privateKey).toString('base64');
  return { ...checkpoint, signature };
}

export function signatureHolds(checkpoint: SignedCheckpoint, publicKey: KeyObject): boolean {
  try {
    return verify(
      null,
      Buffer.from(signedContent(checkpoint)),
      publicKey,
      Buffer.from(checkpoint.signature, 'base64'),
    );
  } catch {
    return false; // a signature of the wrong length, say: not a valid one
  }
}

/**
 * Checkpoints as an auditor keeps them: a JSON array, a page of the API (`{ "checkpoints": [...] }`), or JSON lines
 * (what `balai audit checkpoint` prints). A checkpoint that is not well-formed is refused with its position.
 */
export function parseCheckpoints(text: string): SignedCheckpoint[] {
  const trimmed = text.trim();
  if (trimmed === '') return [];
  let items: unknown[];
  try {
    const whole: unknown = JSON.parse(trimmed);
    items = Array.isArray(whole)
      ? whole
      : Array.isArray((whole as { checkpoints?: unknown })?.checkpoints)
        ? (whole as { checkpoints: unknown[] }).checkpoints
        : [whole];
  } catch {
    items = trimmed.split('\n').flatMap((line, i) => {
      if (line.trim() === '') return [];
      try {
        return [JSON.parse(line)];
      } catch {
        throw new Error(`line ${i + 1} is not JSON`);
      }
    });
  }
  return items.map((item, i) => {
    const parsed = signedCheckpointSchema.safeParse(item);
    if (!parsed.success)
      throw new Error(`checkpoint ${i + 1} is not a checkpoint: ${parsed.error.issues[0]?.message}`);
    return parsed.data;
  });
}

/**
 * Verifies a region's chain against checkpoints given to the verifier. Each must be signed by one of `publicKeys`
 * (a fingerprint names which), and the chain must pass through each: an entry at its seq carrying its signed hash.
 * A checkpoint that fails its signature is reported before the chain is read: it proves nothing.
 */
export async function verifyAgainstCheckpoints(
  entries: AsyncIterable<AuditRow> | Iterable<AuditRow>,
  regionId: string,
  checkpoints: readonly SignedCheckpoint[],
  publicKeys: readonly KeyObject[],
): Promise<ChainVerdict> {
  const keys = new Map(publicKeys.map((k) => [keyIdOf(k), k]));
  for (const checkpoint of [...checkpoints].sort((a, b) => a.seq - b.seq)) {
    if (checkpoint.regionId !== regionId) {
      throw new Error(
        `a checkpoint of region ${checkpoint.regionId} cannot vouch for the chain of ${regionId}`,
      );
    }
    const key = keys.get(checkpoint.keyId);
    const fault = !key ? 'unknown_key' : signatureHolds(checkpoint, key) ? undefined : 'bad_signature';
    if (fault) return { ok: false, entries: 0, brokenAt: checkpoint.seq, fault, checkpoint };
  }
  return verifyChain(entries, checkpoints);
}
