import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type AuditRow, entryHash, GENESIS_HASH, verifyChain } from './audit';
import {
  keyIdOf,
  parseCheckpoints,
  parsePublicKey,
  publicKeyBase64,
  type SignedCheckpoint,
  signatureHolds,
  signCheckpoint,
  signedContent,
  signingKeyFrom,
  verifyAgainstCheckpoints,
} from './audit-checkpoint';

const newKey = () =>
  signingKeyFrom(
    generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }) as string,
  );
const key = newKey();

type Content = Omit<AuditRow, 'regionId' | 'seq' | 'prevHash' | 'hash'>;

const content = (n: number): Content => ({
  at: new Date(Date.UTC(2025, 2, 11, 3, n)),
  actorId: null,
  actor: 'system',
  action: 'user.update',
  entity: 'user',
  entityId: String(n),
  ip: null,
  before: null,
  after: { n },
});

/** A well-formed chain of the given contents: every hash recomputed, as an insider with the database could. */
function chainOf(contents: Content[]): AuditRow[] {
  let prevHash = GENESIS_HASH;
  return contents.map((c, i) => {
    const fields = { ...c, regionId: '35.73', seq: i + 1 };
    const row = { ...fields, prevHash, hash: entryHash(prevHash, fields) };
    prevHash = row.hash;
    return row;
  });
}

const original = Array.from({ length: 10 }, (_, i) => content(i + 1));
const chain = chainOf(original);
const checkpointAt = (seq: number, by = key): SignedCheckpoint =>
  signCheckpoint(by, {
    regionId: '35.73',
    seq,
    hash: (chain[seq - 1] as AuditRow).hash,
    signedAt: '2025-03-11T03:30:00.000Z',
  });

describe('a checkpoint of the audit head', () => {
  it('is signed over its canonical JSON and names its key by the SHA-256 of the published public key', () => {
    const c = checkpointAt(8);
    expect(signedContent(c)).toBe(
      `{"hash":"${c.hash}","keyId":"${key.keyId}","regionId":"35.73","seq":8,"signedAt":"2025-03-11T03:30:00.000Z"}`,
    );
    expect(signatureHolds(c, key.publicKey)).toBe(true);
    const published = publicKeyBase64(key.publicKey);
    expect(keyIdOf(parsePublicKey(published))).toBe(key.keyId);
    expect(keyIdOf(parsePublicKey(key.publicKey.export({ type: 'spki', format: 'pem' }) as string))).toBe(
      key.keyId,
    );
  });

  it('any change to what it says breaks its signature', () => {
    const c = checkpointAt(8);
    expect(signatureHolds({ ...c, seq: 9 }, key.publicKey)).toBe(false);
    expect(signatureHolds({ ...c, hash: chain[8]?.hash as string }, key.publicKey)).toBe(false);
    expect(signatureHolds({ ...c, signedAt: '2025-03-12T03:30:00.000Z' }, key.publicKey)).toBe(false);
    expect(signatureHolds({ ...c, signature: 'AAAA' }, key.publicKey)).toBe(false);
  });

  it('a signing key is Ed25519, given as PKCS#8 PEM or base64 of its DER', () => {
    const der = key.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64');
    expect(signingKeyFrom(der).keyId).toBe(key.keyId);
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey;
    expect(() => signingKeyFrom(rsa.export({ type: 'pkcs8', format: 'pem' }) as string)).toThrow(/Ed25519/);
  });

  it('checkpoints are read as a JSON array, an API page or JSON lines', () => {
    const cs = [checkpointAt(4), checkpointAt(8)];
    expect(parseCheckpoints(JSON.stringify(cs))).toEqual(cs);
    expect(
      parseCheckpoints(JSON.stringify({ regionId: '35.73', checkpoints: cs, nextBeforeSeq: null })),
    ).toEqual(cs);
    expect(parseCheckpoints(`${cs.map((c) => JSON.stringify(c)).join('\n')}\n`)).toEqual(cs);
    expect(() => parseCheckpoints('{"seq":1}\n{"seq":2}')).toThrow(/checkpoint 1 is not a checkpoint/);
  });
});

describe('verifying the chain against checkpoints', () => {
  const verify = (rows: AuditRow[], checkpoints: SignedCheckpoint[], keys = [key.publicKey]) =>
    verifyAgainstCheckpoints(rows, '35.73', checkpoints, keys);

  it('an untouched chain passes through every checkpoint', async () => {
    expect(await verify(chain, [checkpointAt(3), checkpointAt(8)])).toEqual({
      ok: true,
      entries: 10,
      lastHash: chain[9]?.hash,
    });
  });

  it('a tail cut off below a checkpoint is truncated, though the shorter chain is consistent', async () => {
    const cut = chain.slice(0, 6);
    expect((await verifyChain(cut)).ok).toBe(true);
    expect(await verify(cut, [checkpointAt(3), checkpointAt(8)])).toMatchObject({
      ok: false,
      fault: 'truncated',
      brokenAt: 7,
      // Entries 4 to 6 are still there, but no checkpoint vouches for them any more.
      entries: 3,
      checkpoint: { seq: 8 },
    });
  });

  it('an entry edited and every later hash recomputed is rewritten, named at the first checkpoint it breaks', async () => {
    const edited = chainOf(original.map((c, i) => (i === 4 ? { ...c, after: { n: 'Mallory' } } : c)));
    expect((await verifyChain(edited)).ok).toBe(true);
    expect(await verify(edited, [checkpointAt(3), checkpointAt(8)])).toMatchObject({
      ok: false,
      fault: 'rewritten',
      brokenAt: 8,
      // The edit lies after entry 3, the last checkpoint that held.
      entries: 3,
    });
  });

  it('two entries swapped and re-hashed are rewritten', async () => {
    const swapped = [...original];
    [swapped[1], swapped[2]] = [swapped[2] as Content, swapped[1] as Content];
    const reordered = chainOf(swapped);
    expect((await verifyChain(reordered)).ok).toBe(true);
    expect(await verify(reordered, [checkpointAt(8)])).toMatchObject({
      ok: false,
      fault: 'rewritten',
      brokenAt: 8,
    });
  });

  it('a checkpoint signed by a key not given is refused, and so is one whose signature does not hold', async () => {
    const mallory = newKey();
    const forged = signCheckpoint(mallory, {
      regionId: '35.73',
      seq: 8,
      hash: '0'.repeat(64),
      signedAt: 'x',
    });
    expect(await verify(chain, [checkpointAt(3), forged])).toMatchObject({
      ok: false,
      fault: 'unknown_key',
      brokenAt: 8,
    });
    // Claiming the Pemda's key id does not help: the signature is Mallory's.
    expect(await verify(chain, [{ ...forged, keyId: key.keyId }])).toMatchObject({
      ok: false,
      fault: 'bad_signature',
    });
  });

  it('checkpoints of the old and the new key both count after a key change', async () => {
    const next = newKey();
    expect(
      (await verify(chain, [checkpointAt(3), checkpointAt(8, next)], [key.publicKey, next.publicKey])).ok,
    ).toBe(true);
  });

  it('a checkpoint of another region cannot vouch for this one', async () => {
    await expect(verify(chain, [{ ...checkpointAt(8), regionId: '19.01' }])).rejects.toThrow(/region 19.01/);
  });
});
