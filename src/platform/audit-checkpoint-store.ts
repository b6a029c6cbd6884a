import type { Sql } from '../db/database';
import { type ChainVerdict, GENESIS_HASH, readAuditChain, verifyChain } from './audit';
import {
  type AuditSigningKey,
  parsePublicKey,
  publicKeyBase64,
  type SignedCheckpoint,
  signatureHolds,
  signCheckpoint,
  verifyAgainstCheckpoints,
} from './audit-checkpoint';

/** A checkpoint as this deployment published it, with the public key it was signed by (base64 DER). */
export interface PublishedCheckpoint extends SignedCheckpoint {
  publicKey: string;
}

const CHECKPOINT_COLUMNS = `region_id AS "regionId", seq, hash, signed_at AS "signedAt", key_id AS "keyId",
  signature, public_key AS "publicKey"`;

type CheckpointRow = Omit<PublishedCheckpoint, 'signedAt'> & { signedAt: Date };

const published = (row: CheckpointRow): PublishedCheckpoint => ({
  ...row,
  // The signed text was a Date's ISO form, which a timestamptz gives back to the millisecond.
  signedAt: row.signedAt.toISOString(),
});

export type CheckpointOutcome =
  | { regionId: string; status: 'taken'; checkpoint: SignedCheckpoint }
  /** The head has not moved since the region's last checkpoint (or the chain is empty). */
  | { regionId: string; status: 'unchanged' }
  /** The chain does not extend this key's last checkpoint: signing its head would vouch for a rewritten history. */
  | { regionId: string; status: 'refused'; verdict: Extract<ChainVerdict, { ok: false }> };

/**
 * Signs the head of a region's chain if it moved since the region's last checkpoint, and stores the checkpoint.
 * First it proves that the chain still passes through the last checkpoint this key signed and that every entry
 * since links and hashes, so a key never vouches for a tail cut off or a history re-hashed in between: that is
 * refused, and whoever runs it hears of it. Reads only the entries since that checkpoint (the whole chain once).
 */
export async function takeAuditCheckpoint(
  db: Sql,
  at: Date,
  key: AuditSigningKey,
  regionId: string,
): Promise<CheckpointOutcome> {
  const [own] = await db.query<CheckpointRow>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoint WHERE region_id = $1 AND key_id = $2 ORDER BY seq DESC LIMIT 1`,
    [regionId, key.keyId],
  );
  let verdict: ChainVerdict;
  if (own) {
    const last = published(own);
    if (!signatureHolds(last, key.publicKey)) {
      return {
        regionId,
        status: 'refused',
        verdict: { ok: false, entries: 0, brokenAt: last.seq, fault: 'bad_signature', checkpoint: last },
      };
    }
    // The walk starts at the signed entry, trusting its stored prev_hash: the signed hash covers it.
    const [signed] = await db.query<{ prevHash: string }>(
      'SELECT prev_hash AS "prevHash" FROM audit_entry WHERE region_id = $1 AND seq = $2',
      [regionId, last.seq],
    );
    verdict = await verifyChain(readAuditChain(db, regionId, last.seq), [last], {
      seq: last.seq - 1,
      hash: signed?.prevHash ?? GENESIS_HASH,
    });
  } else {
    verdict = await verifyChain(readAuditChain(db, regionId));
  }
  if (!verdict.ok) return { regionId, status: 'refused', verdict };
  const [latest] = await db.query<{ seq: number }>(
    'SELECT seq FROM audit_checkpoint WHERE region_id = $1 ORDER BY seq DESC LIMIT 1',
    [regionId],
  );
  if (verdict.entries === 0 || verdict.entries <= (latest?.seq ?? 0))
    return { regionId, status: 'unchanged' };
  const checkpoint = signCheckpoint(key, {
    regionId,
    seq: verdict.entries,
    hash: verdict.lastHash,
    signedAt: at.toISOString(),
  });
  // Another server of the deployment may have signed the same head a moment ago: one checkpoint is enough.
  const inserted = await db.query(
    `INSERT INTO audit_checkpoint (region_id, seq, hash, signed_at, key_id, public_key, signature)
     VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT DO NOTHING RETURNING seq`,
    [
      regionId,
      checkpoint.seq,
      checkpoint.hash,
      at,
      checkpoint.keyId,
      publicKeyBase64(key.publicKey),
      checkpoint.signature,
    ],
  );
  return inserted.length > 0 ? { regionId, status: 'taken', checkpoint } : { regionId, status: 'unchanged' };
}

/** A region's published checkpoints, newest first, `limit` at a time before `beforeSeq`. */
export async function listCheckpoints(
  db: Sql,
  regionId: string,
  page: { beforeSeq?: number; limit: number },
): Promise<PublishedCheckpoint[]> {
  const rows = await db.query<CheckpointRow>(
    `SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoint WHERE region_id = $1 AND seq < $2 ORDER BY seq DESC LIMIT $3`,
    [regionId, page.beforeSeq ?? Number.MAX_SAFE_INTEGER, page.limit],
  );
  return rows.map(published);
}

/**
 * Verifies a region's chain against the checkpoints stored in its own database, each under the public key stored
 * with it. A convenience for staff: an insider who can rewrite the chain can rewrite these rows too, so the proof
 * is the checkpoints an auditor kept, checked under the key the Pemda gave them (`verifyAgainstCheckpoints`).
 */
export async function verifyAgainstStoredCheckpoints(
  db: Sql,
  regionId: string,
): Promise<{ verdict: ChainVerdict; checkpoints: number; keyIds: string[] }> {
  const stored = (
    await db.query<CheckpointRow>(`SELECT ${CHECKPOINT_COLUMNS} FROM audit_checkpoint WHERE region_id = $1`, [
      regionId,
    ])
  ).map(published);
  const keys = new Map(stored.map((c) => [c.keyId, c.publicKey]));
  const verdict = await verifyAgainstCheckpoints(
    readAuditChain(db, regionId),
    regionId,
    stored,
    [...keys.values()].map(parsePublicKey),
  );
  return { verdict, checkpoints: stored.length, keyIds: [...keys.keys()] };
}
