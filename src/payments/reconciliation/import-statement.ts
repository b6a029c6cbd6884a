import { createHash } from 'node:crypto';
import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { compareDates } from '../../platform/calendar';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import type { Partner } from '../partner';
import { lockDay, matchDay, type Statement, statementById, statementOf } from './day-reconciliation';
import { type MismatchFinding, mismatchKey } from './match-statement';
import { readStatement } from './read-statement';
import type { StatementFormat } from './statement-format';
import { findStatementFormat, partnerOfRegion } from './statement-formats';

export interface StatementUpload {
  partnerId: string;
  /** The day the statement covers, in the region's calendar. */
  day: string;
  fileName: string;
  content: string;
}

/**
 * The treasurer imports a bank's statement of one day and Balai matches it to that partner's payments of the day;
 * every mismatch joins the treasurer's queue. Importing is idempotent: the same file again (by its SHA-256) adds no
 * statement and no line, but matches afresh, so that a payment posted or reversed since then joins the queue;
 * another file for a day already imported is refused, because the first one is the record that was reconciled
 * (a wrong file is replaced on purpose, with a reason: replace-statement.ts).
 * A file with a bad line is refused whole, with every bad line named.
 */
export async function importStatement(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  upload: StatementUpload,
): Promise<{ statement: Statement; replayed: boolean; newMismatches: number }> {
  const { partner, format } = await statementSetup(db, at, regionId, upload.partnerId, upload.day);
  const fileHash = fileHashOf(upload.content);

  return db.transaction(async (tx) => {
    // Two imports of one day queue here; the second finds the first's statement.
    await lockDay(tx, regionId, partner.partnerId, upload.day);
    const earlier = await statementOf(tx, regionId, partner.partnerId, upload.day, { lock: true });
    if (earlier && earlier.fileHash !== fileHash) {
      throw new Problem(409, 'STATEMENT_CONFLICT', {
        partnerId: partner.partnerId,
        day: upload.day,
        fileName: earlier.fileName,
      });
    }
    if (earlier) {
      return {
        statement: earlier,
        replayed: true,
        newMismatches: await rematch(tx, at, actor, regionId, earlier),
      };
    }
    const statement = await storeStatement(tx, at, actor, regionId, partner, format, upload, null);
    const newMismatches = await recordMismatches(tx, at, regionId, statement);
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'statement.import',
      entity: 'bank_statement',
      entityId: String(statement.id),
      after: { ...statementFacts(statement), newMismatches },
    });
    return { statement, replayed: false, newMismatches };
  });
}

/**
 * Matches a day's current statement against its payments again, as importing the same file does: a payment posted
 * onto the day since (a bank's late notice, the sweeper) or reversed joins the queue. Allowed after the day's STS,
 * which is how a late payment reaches a follow-up deposit.
 */
export async function rematchStatement(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  statementId: number,
): Promise<{ statement: Statement; newMismatches: number }> {
  const found = await statementById(db, regionId, statementId);
  if (!found) throw new Problem(404, 'STATEMENT_NOT_FOUND', { statementId });
  return db.transaction(async (tx) => {
    await lockDay(tx, regionId, found.partnerId, found.day);
    const statement = await currentStatement(tx, regionId, found);
    return { statement, newMismatches: await rematch(tx, at, actor, regionId, statement) };
  });
}

/** The day's current statement, which must be `found`: a superseded one is named with the file that replaced it. */
export async function currentStatement(tx: Sql, regionId: string, found: Statement): Promise<Statement> {
  const current = await statementOf(tx, regionId, found.partnerId, found.day, { lock: true });
  if (!current || current.id !== found.id) {
    throw new Problem(409, 'STATEMENT_SUPERSEDED', {
      statementId: found.id,
      fileName: found.fileName,
      current: current?.fileName ?? '—',
    });
  }
  return current;
}

async function rematch(tx: Sql, at: Date, actor: Actor, regionId: string, statement: Statement) {
  const newMismatches = await recordMismatches(tx, at, regionId, statement);
  if (newMismatches > 0) {
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'statement.rematch',
      entity: 'bank_statement',
      entityId: String(statement.id),
      after: { ...statementFacts(statement), newMismatches },
    });
  }
  return newMismatches;
}

/** The partner (of this region), its statement format and a day that is over: what any import needs. */
export async function statementSetup(
  db: Sql,
  at: Date,
  regionId: string,
  partnerId: string,
  day: string,
): Promise<{ partner: Partner; format: StatementFormat }> {
  const partner = await partnerOfRegion(db, regionId, partnerId);
  if (compareDates(day, localDate(at, partner.timeZone)) >= 0) {
    throw new Problem(422, 'STATEMENT_DAY_NOT_OVER', { day });
  }
  const format = await findStatementFormat(db, regionId, partner.partnerId);
  if (!format) throw new Problem(422, 'STATEMENT_FORMAT_MISSING', { partnerId: partner.partnerId });
  return { partner, format };
}

export function fileHashOf(content: string): string {
  return createHash('sha256').update(content).digest('hex');
}

/** What an audit entry says of a statement. */
export function statementFacts(s: Statement) {
  return {
    partnerId: s.partnerId,
    day: s.day,
    fileName: s.fileName,
    fileHash: s.fileHash,
    lines: s.lineCount,
    total: s.total,
  };
}

/**
 * Reads the file by the bank's format and stores it with its lines, as the day's first statement or as the
 * replacement of `replaces`. A file with a bad line is refused whole.
 */
export async function storeStatement(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  partner: Partner,
  format: StatementFormat,
  upload: StatementUpload,
  replaces: { statementId: number; reason: string } | null,
): Promise<Statement> {
  const { lines, problems } = readStatement(upload.content, format, upload.day);
  if (problems.length > 0) {
    throw new Problem(
      422,
      'STATEMENT_INVALID',
      { count: problems.length },
      problems.slice(0, 100).map((p) => ({ field: `line ${p.line}`, message: p.reason })),
    );
  }
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO bank_statement (region_id, partner_id, day, file_name, file_hash, content, imported_at, imported_by,
       replaces_statement_id, replacement_reason)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) RETURNING id`,
    [
      regionId,
      partner.partnerId,
      upload.day,
      upload.fileName,
      fileHashOf(upload.content),
      upload.content,
      at,
      actor.userId,
      replaces?.statementId ?? null,
      replaces?.reason ?? null,
    ],
  );
  await tx.query(
    `INSERT INTO bank_statement_line (region_id, statement_id, line_no, bank_reference, amount, booked_time, description)
     SELECT $1, $2, n, r, a, t, d
     FROM unnest($3::int[], $4::text[], $5::bigint[], $6::text[], $7::text[]) AS l(n, r, a, t, d)`,
    [
      regionId,
      row?.id,
      lines.map((l) => l.lineNo),
      lines.map((l) => l.bankReference),
      lines.map((l) => l.amount),
      lines.map((l) => l.bookedTime),
      lines.map((l) => l.description),
    ],
  );
  return (await statementOf(tx, regionId, partner.partnerId, upload.day)) as Statement;
}

/** Matches the statement against the day's payments now and queues each mismatch not queued before. */
export async function recordMismatches(
  tx: Sql,
  at: Date,
  regionId: string,
  statement: Statement,
): Promise<number> {
  const { findings } = await matchDay(tx, regionId, statement);
  const mismatches = findings.filter((f): f is MismatchFinding => f.kind !== 'matched');
  if (mismatches.length === 0) return 0;
  const inserted = await tx.query<{ id: number }>(
    `INSERT INTO reconciliation_mismatch (region_id, statement_id, kind, line_no, payment_id, bank_amount,
       balai_amount, found_at)
     SELECT $1, $2, k, l, p, ba, pa, $3
     FROM unnest($4::text[], $5::int[], $6::bigint[], $7::bigint[], $8::bigint[]) AS m(k, l, p, ba, pa)
     ON CONFLICT DO NOTHING RETURNING id`,
    [
      regionId,
      statement.id,
      at,
      mismatches.map((m) => m.kind),
      mismatches.map((m) => mismatchKey(m).lineNo),
      mismatches.map((m) => mismatchKey(m).paymentId),
      mismatches.map((m) => ('bankAmount' in m ? m.bankAmount : null)),
      mismatches.map((m) => ('balaiAmount' in m ? m.balaiAmount : null)),
    ],
  );
  return inserted.length;
}
