import { createHash } from 'node:crypto';
import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { CsvSyntaxError, parseCsv } from '../../platform/csv';
import type { Bilingual } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { type ImportPlan, type ImportReject, joinReasons, planImport } from './import-rows';
import { issueNpwpds } from './issue-npwpd';
import { villageCodesOf } from './kelurahan';

export interface ImportSummary {
  sha256: string;
  rows: number;
  taxpayers: { new: number; existing: number };
  objects: { new: number; existing: number };
}

export type ImportOutcome = { ok: true; summary: ImportSummary } | { ok: false; rejects: ImportReject[] };

/** Rows per multi-row INSERT: large enough to amortise the round trip, small enough for PGlite's memory. */
const BATCH = 10_000;

/**
 * Loads taxpayers and their objects from a legacy system's CSV (columns: import-rows.ts). Every row is checked
 * first; if any is bad nothing is written and the bad rows come back with their line numbers. Otherwise all of
 * it is written in one transaction, in batches: the taxpayers verified with NPWPDs issued as one block of the
 * counter, their objects active. Idempotent by `legacy_ref`: a re-run skips what an earlier run wrote and says
 * how much was new. The audit trail gets one entry for the import (counts and the file's SHA-256), not one per row.
 */
export async function importTaxpayers(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  csv: string,
  progress?: (done: number, total: number) => void,
): Promise<ImportOutcome> {
  const sha256 = createHash('sha256').update(csv).digest('hex');
  let records: ReturnType<typeof parseCsv>;
  try {
    records = parseCsv(csv);
  } catch (err) {
    if (err instanceof CsvSyntaxError)
      return { ok: false, rejects: [{ line: err.line, reason: err.reason }] };
    throw err;
  }
  const outcome = await db.transaction(async (tx): Promise<ImportOutcome> => {
    const taxCodes = new Set(
      (await tx.query<{ code: string }>('SELECT code FROM tax_type')).map((r) => r.code),
    );
    const planned = planImport(records, { villageCodes: await villageCodesOf(tx, regionId), taxCodes });
    if ('rejects' in planned) return { ok: false, rejects: planned.rejects };
    const { plan } = planned;
    const rejects = await clashesWithRegistry(tx, regionId, plan);
    if (rejects.length > 0) return { ok: false, rejects };

    const total = plan.taxpayers.length + plan.objects.length;
    let done = 0;
    // Objects get their taxpayer's id from here (what the inserts return), not from a join on legacy_ref in the
    // INSERT, whose plan would rest on statistics that predate the rows this transaction adds.
    const idOf = new Map<string, number>();
    const findIds = async (refs: string[]) => {
      const rows = await tx.query<{ ref: string; id: number }>(
        'SELECT legacy_ref AS ref, id FROM taxpayer WHERE region_id = $1 AND legacy_ref = ANY($2::text[])',
        [regionId, refs],
      );
      for (const r of rows) idOf.set(r.ref, r.id);
    };
    await findIds(plan.taxpayers.map((t) => t.legacyRef));
    const fresh = plan.taxpayers.filter((t) => !idOf.has(t.legacyRef));
    const npwpds = await issueNpwpds(
      tx,
      regionId,
      at,
      fresh.map((t) => t.villageCode),
    );
    let newTaxpayers = 0;
    for (let start = 0; start < fresh.length; start += BATCH) {
      const batch = fresh.slice(start, start + BATCH);
      const column = <K extends keyof (typeof batch)[number]>(k: K) => batch.map((t) => t[k]);
      const added = await tx.query<{ ref: string; id: number }>(
        `INSERT INTO taxpayer (region_id, npwpd, kind, nik, npwp, name, address, village_code, phone, email,
           status, legacy_ref, registered_at, decided_at, decided_by)
         SELECT $1, u.npwpd, u.kind, u.nik, u.npwp, u.name, u.address, u.village_code, u.phone, u.email,
           'verified', u.legacy_ref, $2, $2, $3
         FROM unnest($4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[],
           $11::text[], $12::text[], $13::text[])
           AS u(npwpd, kind, nik, npwp, name, address, village_code, phone, email, legacy_ref)
         ON CONFLICT (region_id, legacy_ref) DO NOTHING
         RETURNING legacy_ref AS ref, id`,
        [
          regionId,
          at,
          actor.userId,
          npwpds.slice(start, start + BATCH),
          column('kind'),
          column('nik'),
          column('npwp'),
          column('name'),
          column('address'),
          column('villageCode'),
          column('phone'),
          column('email'),
          column('legacyRef'),
        ],
      );
      for (const r of added) idOf.set(r.ref, r.id);
      newTaxpayers += added.length;
      done += batch.length;
      progress?.(done, total);
    }
    done += plan.taxpayers.length - fresh.length;
    // Each object's foreign key is checked with a plan the connection may have cached while `taxpayer` was
    // small, a sequential scan that now reads every taxpayer for every object. ANALYZE (it counts this
    // transaction's rows) renews the statistics and so discards those plans. Without ownership of the table it
    // is skipped with a warning.
    if (fresh.length >= BULK) await tx.query('ANALYZE taxpayer');
    // A concurrent import of the same taxpayers won the race for some: they exist, under its ids.
    const raced = fresh.filter((t) => !idOf.has(t.legacyRef)).map((t) => t.legacyRef);
    if (raced.length > 0) await findIds(raced);

    let newObjects = 0;
    for (let start = 0; start < plan.objects.length; start += BATCH) {
      const batch = plan.objects.slice(start, start + BATCH);
      const column = <K extends keyof (typeof batch)[number]>(k: K) => batch.map((o) => o[k]);
      const [row] = await tx.query<{ n: number }>(
        `WITH added AS (
           INSERT INTO tax_object (region_id, taxpayer_id, tax_code, category, name, address, village_code,
             opened_on, status, legacy_ref, registered_at)
           SELECT $1, u.taxpayer_id, u.tax_code, u.category, u.name, u.address, u.village_code, u.opened_on::date,
             'active', u.legacy_ref, $2
           FROM unnest($3::bigint[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
             $10::text[]) AS u(taxpayer_id, legacy_ref, tax_code, category, name, address, village_code, opened_on)
           ON CONFLICT (region_id, legacy_ref) DO NOTHING
           RETURNING 1)
         SELECT count(*)::int AS n FROM added`,
        [
          regionId,
          at,
          batch.map((o) => idOf.get(o.taxpayerRef)),
          column('legacyRef'),
          column('taxCode'),
          column('category'),
          column('name'),
          column('address'),
          column('villageCode'),
          column('openedOn'),
        ],
      );
      newObjects += row?.n ?? 0;
      done += batch.length;
      progress?.(done, total);
    }

    const summary: ImportSummary = {
      sha256,
      rows: plan.rows,
      taxpayers: { new: newTaxpayers, existing: plan.taxpayers.length - newTaxpayers },
      objects: { new: newObjects, existing: plan.objects.length - newObjects },
    };
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'taxpayer.import',
      entity: 'taxpayer_import',
      entityId: sha256,
      after: {
        ...summary,
        npwpdFrom: npwpds[0] ?? null,
        npwpdTo: npwpds[npwpds.length - 1] ?? null,
      },
    });
    return { ok: true, summary };
  });
  if (outcome.ok && outcome.summary.taxpayers.new + outcome.summary.objects.new >= BULK)
    await settleIndexes(db);
  return outcome;
}

/** From this many new rows on, an import is a bulk load worth tidying up after. */
const BULK = 1_000;

/**
 * After a bulk load the GIN trigram indexes hold the new rows in their pending list, which every search must
 * scan and which makes the planner shun those indexes until autovacuum merges it, a minute or more later; the
 * table statistics are stale too. Merging and analysing now takes well under a second for 100,000 rows. It
 * needs ownership of the tables, so where the application's role lacks it this is skipped and autovacuum
 * does the same work later.
 */
async function settleIndexes(db: Database): Promise<void> {
  try {
    await db.query(
      `SELECT gin_clean_pending_list(i::regclass)
       FROM unnest(ARRAY['taxpayer_name_trgm', 'taxpayer_address_trgm', 'tax_object_name_trgm']) AS i`,
    );
    await db.query('ANALYZE taxpayer, tax_object');
  } catch {
    // not the owner: autovacuum will do it
  }
}

/**
 * What the file may not do to the registry as it stands: give a NIK or NPWP that another living taxpayer holds
 * (one registered online, or under another legacy_ref), or move an object imported earlier to another taxpayer.
 */
async function clashesWithRegistry(tx: Sql, regionId: string, plan: ImportPlan): Promise<ImportReject[]> {
  const rejects: ImportReject[] = [];
  for (const column of ['nik', 'npwp'] as const) {
    const mine = plan.taxpayers.filter((t) => t[column] !== null);
    const clashes = await tx.query<{ line: number; value: string; npwpd: string | null }>(
      `SELECT u.line, u.value, t.npwpd
       FROM unnest($2::int[], $3::text[], $4::text[]) AS u(line, value, legacy_ref)
       JOIN taxpayer t ON t.region_id = $1 AND t.${column} = u.value AND t.status <> 'rejected'
       WHERE t.legacy_ref IS DISTINCT FROM u.legacy_ref`,
      [regionId, mine.map((t) => t.line), mine.map((t) => t[column]), mine.map((t) => t.legacyRef)],
    );
    for (const c of clashes) {
      const npwpd = c.npwpd ? ` (NPWPD ${c.npwpd})` : '';
      rejects.push({
        line: c.line,
        reason: {
          id: `${column.toUpperCase()} ${c.value} sudah terdaftar atas wajib pajak lain${npwpd}`,
          en: `${column.toUpperCase()} ${c.value} is already registered to another taxpayer${npwpd}`,
        },
      });
    }
  }
  const moved = await tx.query<{ line: number; ref: string; owner: string | null }>(
    `SELECT u.line, u.ref, t.legacy_ref AS owner
     FROM unnest($2::int[], $3::text[], $4::text[]) AS u(line, ref, taxpayer_ref)
     JOIN tax_object o ON o.region_id = $1 AND o.legacy_ref = u.ref
     JOIN taxpayer t ON t.region_id = o.region_id AND t.id = o.taxpayer_id
     WHERE t.legacy_ref IS DISTINCT FROM u.taxpayer_ref`,
    [
      regionId,
      plan.objects.map((o) => o.line),
      plan.objects.map((o) => o.legacyRef),
      plan.objects.map((o) => o.taxpayerRef),
    ],
  );
  for (const m of moved) {
    rejects.push({
      line: m.line,
      reason: {
        id: `objek ${m.ref} sudah pernah diimpor untuk wajib pajak ${m.owner ?? '(tanpa legacy_ref)'}`,
        en: `object ${m.ref} was imported before for taxpayer ${m.owner ?? '(none)'}`,
      },
    });
  }
  const byLine = new Map<number, Bilingual[]>();
  for (const r of rejects) byLine.set(r.line, [...(byLine.get(r.line) ?? []), r.reason]);
  return [...byLine.entries()].sort(([a], [b]) => a - b).map(([line, reasons]) => joinReasons(line, reasons));
}
