import type { KeyObject } from 'node:crypto';
import fs from 'node:fs';
import type { Sql } from '../../db/database';
import { type AuditRow, CHAIN_FAULT_TEXT, type ChainVerdict, readAuditChain, verifyChain } from '../audit';
import {
  keyIdOf,
  parseCheckpoints,
  parsePublicKey,
  type SignedCheckpoint,
  verifyAgainstCheckpoints,
} from '../audit-checkpoint';
import { readAuditExport } from '../audit-export';

export interface AuditVerifyOptions {
  region?: string;
  /** An export (`GET …/audit/export`): verify it without the database. */
  file?: string;
  checkpoints?: string[];
  publicKey?: string[];
}

/**
 * `balai audit verify`: a region's chain, from the database or from an export file, checked on its own hashes and,
 * when given, against kept checkpoints under given public keys. Prints the verdict; answers whether it holds.
 */
export async function auditVerify(
  opts: AuditVerifyOptions,
  withDatabase: <T>(work: (db: Sql) => Promise<T>) => Promise<T>,
): Promise<boolean> {
  if (!opts.region && !opts.file) throw new Error('name the chain: --region, or --file with an export');
  if (!opts.checkpoints !== !opts.publicKey) {
    throw new Error('--checkpoints and --public-key go together: checkpoints prove nothing without the key');
  }
  const keys = (opts.publicKey ?? []).map(readPublicKey);
  const given = (opts.checkpoints ?? []).flatMap(readCheckpoints);
  const check = async (regionId: string, entries: AsyncIterable<AuditRow>) => {
    // An auditor's downloads overlap: the same checkpoint twice is one checkpoint.
    const mine = [
      ...new Map(
        given.filter((c) => c.regionId === regionId).map((c) => [`${c.seq} ${c.signature}`, c]),
      ).values(),
    ];
    if (keys.length > 0 && mine.length === 0)
      throw new Error(`the checkpoints given hold none of region ${regionId}`);
    const verdict =
      keys.length > 0
        ? await verifyAgainstCheckpoints(entries, regionId, mine, keys)
        : await verifyChain(entries);
    return report(regionId, verdict, mine, keys);
  };
  if (opts.file) {
    const { regionId, entries } = await exportOf(opts.file, opts.region);
    return check(regionId, entries);
  }
  const regionId = opts.region as string;
  return withDatabase((db) => check(regionId, readAuditChain(db, regionId)));
}

function report(
  regionId: string,
  verdict: ChainVerdict,
  mine: SignedCheckpoint[],
  keys: KeyObject[],
): boolean {
  if (!verdict.ok) {
    console.error(
      `balai: audit chain of ${regionId} is BROKEN at entry ${verdict.brokenAt}: ${CHAIN_FAULT_TEXT[verdict.fault].en}`,
    );
    const c = verdict.checkpoint;
    if (c)
      console.error(`balai: shown by the checkpoint of entry ${c.seq} signed ${c.signedAt} (hash ${c.hash})`);
    console.error(`balai: entries known intact before it: ${verdict.entries}`);
    return false;
  }
  console.log(
    `balai: audit chain of ${regionId} is intact: ${verdict.entries} entries, head ${verdict.lastHash}`,
  );
  if (keys.length === 0) {
    console.log(
      'balai: no checkpoints given: a tail cut off, or a chain edited and re-hashed, would pass; see README "Audit checkpoints"',
    );
    return true;
  }
  const last = Math.max(...mine.map((c) => c.seq));
  console.log(
    `balai: it passes through all ${mine.length} checkpoints given, signed by ${[...new Set(mine.map((c) => c.keyId))].join(', ')}; the last covers entry ${last}`,
  );
  console.log(
    `balai: public keys given: ${keys.map(keyIdOf).join(', ')} (compare with the fingerprint the Pemda gave you)`,
  );
  if (verdict.entries > last)
    console.log(`balai: entries ${last + 1}–${verdict.entries} are not covered by a checkpoint yet`);
  return true;
}

/** `--public-key`: a PEM file, a file holding the base64 key, or the base64 key itself, as published. */
function readPublicKey(value: string): KeyObject {
  const text = fs.existsSync(value) ? fs.readFileSync(value, 'utf8') : value;
  try {
    return parsePublicKey(text);
  } catch (err) {
    throw new Error(`--public-key ${value}: not an Ed25519 public key (${(err as Error).message})`);
  }
}

function readCheckpoints(file: string): SignedCheckpoint[] {
  try {
    return parseCheckpoints(fs.readFileSync(file, 'utf8'));
  } catch (err) {
    throw new Error(`--checkpoints ${file}: ${(err as Error).message}`);
  }
}

/** An export's entries, all of one region: `--region`, or the region of its first line. */
async function exportOf(
  file: string,
  region: string | undefined,
): Promise<{ regionId: string; entries: AsyncIterable<AuditRow> }> {
  if (!fs.existsSync(file)) throw new Error(`no such file: ${file}`);
  const rows = readAuditExport(file);
  const first = await rows.next();
  const regionId = region ?? (first.done ? undefined : first.value.regionId);
  if (!regionId) throw new Error(`${file} holds no entries`);
  async function* entries(): AsyncGenerator<AuditRow> {
    if (first.done) return;
    for (let row: AuditRow = first.value; ; ) {
      if (row.regionId !== regionId)
        throw new Error(`${file} holds entries of ${row.regionId}, not only of ${regionId}`);
      yield row;
      const next = await rows.next();
      if (next.done) return;
      row = next.value;
    }
  }
  return { regionId, entries: entries() };
}
