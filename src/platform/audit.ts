import { createHash } from 'node:crypto';
import type { Sql } from '../db/database';
import type { AuditAction } from './audit-vocabulary';
import type { Lang } from './problem';

/**
 * The audit trail: every change to a legal or security record appends an entry to its region's hash chain.
 * Each entry's hash covers the previous entry's hash and the entry's own content, so editing, deleting or
 * reordering any past entry breaks every hash after it. The table itself refuses UPDATE and DELETE
 * (migration 0001); `verifyAuditChain` names the first entry that does not match. Someone who can bypass the table's
 * guard can still cut the tail off or re-hash the chain after an edit; signed checkpoints of the head, kept outside
 * the database, reveal that (audit-checkpoint.ts).
 */
export interface AuditEvent {
  regionId: string;
  actorId: number | null;
  /** Who acted, as shown to an auditor: an email, `system`, or a partner's name. */
  actor: string;
  /** An action some area labelled (its `audit-vocabulary.ts`), so that an auditor reads it in words. */
  action: AuditAction;
  entity: string;
  entityId: string;
  ip?: string | null;
  before?: unknown;
  after?: unknown;
}

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same content always hashes the same after a jsonb round trip. */
export function canonicalJson(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (typeof value === 'object') {
    const keys = Object.keys(value as object)
      .filter((k) => (value as Record<string, unknown>)[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson((value as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

interface ChainedFields {
  regionId: string;
  seq: number;
  at: Date;
  actorId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  ip: string | null;
  before: unknown;
  after: unknown;
}

export function entryHash(prevHash: string, e: ChainedFields): string {
  const content = canonicalJson({
    regionId: e.regionId,
    seq: e.seq,
    at: e.at.toISOString(),
    actorId: e.actorId,
    actor: e.actor,
    action: e.action,
    entity: e.entity,
    entityId: e.entityId,
    ip: e.ip,
    before: e.before ?? null,
    after: e.after ?? null,
  });
  return createHash('sha256').update(prevHash).update('\n').update(content).digest('hex');
}

/** Namespace for the per-region advisory lock that serialises appends to one chain. */
const AUDIT_LOCK_NAMESPACE = 7_302_002;

/**
 * Appends one entry inside the caller's transaction, so the entry commits with the change it records or not
 * at all. Appends to one region are serialised by a transaction-scoped advisory lock on that region.
 */
export async function appendAudit(tx: Sql, at: Date, event: AuditEvent): Promise<number> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_LOCK_NAMESPACE, event.regionId]);
  const [last] = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_entry WHERE region_id = $1 ORDER BY seq DESC LIMIT 1',
    [event.regionId],
  );
  const fields: ChainedFields = {
    regionId: event.regionId,
    seq: (last?.seq ?? 0) + 1,
    at,
    actorId: event.actorId,
    actor: event.actor,
    action: event.action,
    entity: event.entity,
    entityId: event.entityId,
    ip: event.ip ?? null,
    before: event.before ?? null,
    after: event.after ?? null,
  };
  const prevHash = last?.hash ?? GENESIS_HASH;
  await tx.query(
    `INSERT INTO audit_entry (region_id, seq, at, actor_id, actor, action, entity, entity_id, ip, before, after, prev_hash, hash)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)`,
    [
      fields.regionId,
      fields.seq,
      fields.at,
      fields.actorId,
      fields.actor,
      fields.action,
      fields.entity,
      fields.entityId,
      fields.ip,
      fields.before === null ? null : JSON.stringify(fields.before),
      fields.after === null ? null : JSON.stringify(fields.after),
      prevHash,
      entryHash(prevHash, fields),
    ],
  );
  return fields.seq;
}

/**
 * Appends many entries to one region's chain at once, each at its own time, in the order given: one lock, one read of
 * the head and one insert, for a bulk load (the demo's earlier months) that would otherwise append thousands one by
 * one. The entries hash and link exactly as `appendAudit` would chain them.
 */
export async function appendAuditEntries(
  tx: Sql,
  regionId: string,
  entries: readonly { at: Date; event: Omit<AuditEvent, 'regionId'> }[],
): Promise<void> {
  if (entries.length === 0) return;
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [AUDIT_LOCK_NAMESPACE, regionId]);
  const [last] = await tx.query<{ seq: number; hash: string }>(
    'SELECT seq, hash FROM audit_entry WHERE region_id = $1 ORDER BY seq DESC LIMIT 1',
    [regionId],
  );
  let seq = last?.seq ?? 0;
  let prevHash = last?.hash ?? GENESIS_HASH;
  const rows = entries.map(({ at, event }) => {
    const fields: ChainedFields = {
      regionId,
      seq: ++seq,
      at,
      actorId: event.actorId,
      actor: event.actor,
      action: event.action,
      entity: event.entity,
      entityId: event.entityId,
      ip: event.ip ?? null,
      before: event.before ?? null,
      after: event.after ?? null,
    };
    const hash = entryHash(prevHash, fields);
    const row = { ...fields, prevHash, hash };
    prevHash = hash;
    return row;
  });
  await tx.query(
    `INSERT INTO audit_entry (region_id, seq, at, actor_id, actor, action, entity, entity_id, ip, before, after, prev_hash, hash)
     SELECT $1, e.seq, e.at, e.actor_id, e.actor, e.action, e.entity, e.entity_id, e.ip, e.before, e.after, e.prev_hash,
            e.hash
       FROM jsonb_to_recordset($2::jsonb) AS e(seq bigint, at timestamptz, actor_id bigint, actor text, action text,
            entity text, entity_id text, ip text, before jsonb, after jsonb, prev_hash text, hash text)`,
    [
      regionId,
      JSON.stringify(
        rows.map((r) => ({
          seq: r.seq,
          at: r.at.toISOString(),
          actor_id: r.actorId,
          actor: r.actor,
          action: r.action,
          entity: r.entity,
          entity_id: r.entityId,
          ip: r.ip,
          before: r.before,
          after: r.after,
          prev_hash: r.prevHash,
          hash: r.hash,
        })),
      ),
    ],
  );
}

export interface AuditRow {
  regionId: string;
  seq: number;
  at: Date;
  actorId: number | null;
  actor: string;
  action: string;
  entity: string;
  entityId: string;
  ip: string | null;
  before: unknown;
  after: unknown;
  prevHash: string;
  hash: string;
}

export const AUDIT_COLUMNS = `region_id AS "regionId", seq, at, actor_id AS "actorId", actor, action, entity,
  entity_id AS "entityId", ip, before, after, prev_hash AS "prevHash", hash`;

/**
 * How a chain breaks: an entry deleted, an entry not linked to the one before it, an entry's content altered; and,
 * against signed checkpoints (audit-checkpoint.ts), a tail cut off below a checkpoint, a chain that no longer
 * leads to a checkpoint's signed hash, a checkpoint signed by a key not given, a signature that does not verify.
 */
export type ChainFault =
  | 'missing'
  | 'unlinked'
  | 'altered'
  | 'truncated'
  | 'rewritten'
  | 'unknown_key'
  | 'bad_signature';

export const CHAIN_FAULTS = [
  'missing',
  'unlinked',
  'altered',
  'truncated',
  'rewritten',
  'unknown_key',
  'bad_signature',
] as const satisfies readonly ChainFault[];

export const CHAIN_FAULT_TEXT: Record<ChainFault, Record<Lang, string>> = {
  missing: { id: 'entri ini hilang', en: 'this entry is missing' },
  unlinked: {
    id: 'prev_hash tidak cocok dengan entri sebelumnya',
    en: 'prev_hash does not match the entry before it',
  },
  altered: { id: 'isinya tidak cocok dengan hash-nya', en: 'its content does not match its hash' },
  truncated: {
    id: 'entri ini dan sesudahnya hilang, padahal checkpoint bertanda tangan mencakupnya',
    en: 'this entry and those after it are gone, though a signed checkpoint covers them',
  },
  rewritten: {
    id: 'rantai sampai entri ini berbeda dari hash yang ditandatangani checkpoint-nya: entri ini atau entri sebelumnya ditulis ulang',
    en: 'the chain up to this entry differs from the hash its checkpoint signed: this entry or an earlier one was rewritten',
  },
  unknown_key: {
    id: 'checkpoint entri ini ditandatangani kunci yang tidak diberikan untuk memeriksanya',
    en: "this entry's checkpoint is signed by a key that was not given to check it",
  },
  bad_signature: {
    id: 'tanda tangan checkpoint entri ini tidak sah untuk kunci publiknya',
    en: "the signature of this entry's checkpoint does not verify under its public key",
  },
};

/** A head the chain must still lead to: the entry `seq` with this `hash`, as signed at `signedAt`. */
export interface ChainCheckpoint {
  seq: number;
  hash: string;
  signedAt: string;
}

export type ChainVerdict =
  | { ok: true; entries: number; lastHash: string }
  | {
      ok: false;
      /** Entries known to be intact before the fault; for a checkpoint's fault, those up to the last one that held. */
      entries: number;
      brokenAt: number;
      fault: ChainFault;
      /** The checkpoint that revealed the fault, if one did. */
      checkpoint?: ChainCheckpoint;
    };

const VERIFY_PAGE = 5_000;

/** A region's entries in chain order from `fromSeq`, read a page at a time. */
export async function* readAuditChain(db: Sql, regionId: string, fromSeq = 1): AsyncGenerator<AuditRow> {
  let nextSeq = fromSeq;
  for (;;) {
    const page = await db.query<AuditRow>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE region_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3`,
      [regionId, nextSeq, VERIFY_PAGE],
    );
    yield* page;
    if (page.length < VERIFY_PAGE) return;
    nextSeq = (page.at(-1) as AuditRow).seq + 1;
  }
}

/**
 * Walks entries in chain order, recomputing every hash, and checks that the chain passes through every checkpoint:
 * the entry at a checkpoint's seq must exist and carry its signed hash. The chain's own hashes catch an entry
 * edited or removed in place; only a checkpoint kept elsewhere catches a cut tail or a chain re-hashed after an
 * edit, because such a chain is consistent with itself. `from` starts the walk after a point already vouched for
 * (the genesis by default); the entries must then begin at `from.seq + 1`.
 */
export async function verifyChain(
  entries: AsyncIterable<AuditRow> | Iterable<AuditRow>,
  checkpoints: readonly ChainCheckpoint[] = [],
  from: { seq: number; hash: string } = { seq: 0, hash: GENESIS_HASH },
): Promise<ChainVerdict> {
  const pending = [...checkpoints].sort((a, b) => a.seq - b.seq);
  let next = 0;
  let held = from.seq;
  let prevHash = from.hash;
  let expectedSeq = from.seq + 1;
  for await (const row of entries) {
    if (row.seq !== expectedSeq)
      return { ok: false, entries: expectedSeq - 1, brokenAt: expectedSeq, fault: 'missing' };
    if (row.prevHash !== prevHash)
      return { ok: false, entries: expectedSeq - 1, brokenAt: row.seq, fault: 'unlinked' };
    if (entryHash(prevHash, row) !== row.hash)
      return { ok: false, entries: expectedSeq - 1, brokenAt: row.seq, fault: 'altered' };
    for (; next < pending.length && (pending[next] as ChainCheckpoint).seq <= row.seq; next++) {
      const checkpoint = pending[next] as ChainCheckpoint;
      // A checkpoint at or before `from` was vouched for by whoever chose `from`.
      if (checkpoint.seq < row.seq) continue;
      if (checkpoint.hash !== row.hash) {
        return { ok: false, entries: held, brokenAt: row.seq, fault: 'rewritten', checkpoint };
      }
      held = row.seq;
    }
    prevHash = row.hash;
    expectedSeq++;
  }
  const beyond = pending[next];
  // What is left could have been rewritten as well as cut: only entries up to a checkpoint that held are known.
  if (beyond)
    return { ok: false, entries: held, brokenAt: expectedSeq, fault: 'truncated', checkpoint: beyond };
  return { ok: true, entries: expectedSeq - 1, lastHash: prevHash };
}

/** Walks a region's chain in order, recomputing every hash. */
export function verifyAuditChain(db: Sql, regionId: string): Promise<ChainVerdict> {
  return verifyChain(readAuditChain(db, regionId));
}
