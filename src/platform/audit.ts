import { createHash } from 'node:crypto';
import type { Sql } from '../db/database';
import type { Lang } from './problem';

/**
 * The audit trail: every change to a legal or security record appends an entry to its region's hash chain.
 * Each entry's hash covers the previous entry's hash and the entry's own content, so editing, deleting or
 * reordering any past entry breaks every hash after it. The table itself refuses UPDATE and DELETE
 * (migration 0001); `verifyAuditChain` names the first entry that does not match.
 */
export interface AuditEvent {
  regionId: string;
  actorId: number | null;
  /** Who acted, as shown to an auditor: an email, `system`, or a partner's name. */
  actor: string;
  action: string;
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

/** How a chain breaks: an entry deleted, an entry not linked to the one before it, an entry's content altered. */
export type ChainFault = 'missing' | 'unlinked' | 'altered';

export const CHAIN_FAULT_TEXT: Record<ChainFault, Record<Lang, string>> = {
  missing: { id: 'entri ini hilang', en: 'this entry is missing' },
  unlinked: {
    id: 'prev_hash tidak cocok dengan entri sebelumnya',
    en: 'prev_hash does not match the entry before it',
  },
  altered: { id: 'isinya tidak cocok dengan hash-nya', en: 'its content does not match its hash' },
};

export type ChainVerdict =
  | { ok: true; entries: number; lastHash: string }
  | { ok: false; entries: number; brokenAt: number; fault: ChainFault };

const VERIFY_PAGE = 5_000;

/** Walks a region's chain in order, recomputing every hash. */
export async function verifyAuditChain(db: Sql, regionId: string): Promise<ChainVerdict> {
  let prevHash = GENESIS_HASH;
  let expectedSeq = 1;
  for (;;) {
    const page = await db.query<AuditRow>(
      `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE region_id = $1 AND seq >= $2 ORDER BY seq LIMIT $3`,
      [regionId, expectedSeq, VERIFY_PAGE],
    );
    for (const row of page) {
      const entries = expectedSeq - 1;
      if (row.seq !== expectedSeq) {
        return { ok: false, entries, brokenAt: expectedSeq, fault: 'missing' };
      }
      if (row.prevHash !== prevHash) {
        return { ok: false, entries, brokenAt: row.seq, fault: 'unlinked' };
      }
      if (entryHash(prevHash, row) !== row.hash) {
        return { ok: false, entries, brokenAt: row.seq, fault: 'altered' };
      }
      prevHash = row.hash;
      expectedSeq++;
    }
    if (page.length < VERIFY_PAGE) return { ok: true, entries: expectedSeq - 1, lastHash: prevHash };
  }
}
