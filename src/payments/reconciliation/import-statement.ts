import { createHash } from 'node:crypto';
import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { localDate } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { compareDates } from '../../tax/rules/calendar';
import { matchDay, type Statement, statementOf } from './day-reconciliation';
import { type MismatchFinding, mismatchKey } from './match-statement';
import { readStatement } from './statement-format';
import { findStatementFormat, partnerOfRegion } from './statement-formats';

/** Namespace of the advisory lock that serialises imports of one partner's day (see audit.ts, migrate.ts). */
const STATEMENT_LOCK = 7_302_009;

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
 * another file for a day already imported is refused, because the first one is the record that was reconciled.
 * A file with a bad line is refused whole, with every bad line named.
 */
export async function importStatement(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  upload: StatementUpload,
): Promise<{ statement: Statement; replayed: boolean; newMismatches: number }> {
  const partner = await partnerOfRegion(db, regionId, upload.partnerId);
  if (compareDates(upload.day, localDate(at, partner.timeZone)) >= 0) {
    throw new Problem(422, 'STATEMENT_DAY_NOT_OVER', { day: upload.day });
  }
  const format = await findStatementFormat(db, regionId, partner.partnerId);
  if (!format) throw new Problem(422, 'STATEMENT_FORMAT_MISSING', { partnerId: partner.partnerId });
  const fileHash = createHash('sha256').update(upload.content).digest('hex');

  return db.transaction(async (tx) => {
    // Two imports of one day queue here; the second finds the first's statement.
    await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
      STATEMENT_LOCK,
      `${regionId}/${partner.partnerId}/${upload.day}`,
    ]);
    const earlier = await statementOf(tx, regionId, partner.partnerId, upload.day, { lock: true });
    if (earlier && earlier.fileHash !== fileHash) {
      throw new Problem(409, 'STATEMENT_CONFLICT', {
        partnerId: partner.partnerId,
        day: upload.day,
        fileName: earlier.fileName,
      });
    }
    let statement = earlier;
    if (!statement) {
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
        `INSERT INTO bank_statement (region_id, partner_id, day, file_name, file_hash, content, imported_at, imported_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
        [
          regionId,
          partner.partnerId,
          upload.day,
          upload.fileName,
          fileHash,
          upload.content,
          at,
          actor.userId,
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
      statement = (await statementOf(tx, regionId, partner.partnerId, upload.day)) as Statement;
    }
    const newMismatches = await recordMismatches(tx, at, regionId, statement);
    if (!earlier || newMismatches > 0) {
      await appendAudit(tx, at, {
        regionId,
        actorId: actor.userId,
        actor: actor.label,
        ip: actor.ip,
        action: earlier ? 'statement.rematch' : 'statement.import',
        entity: 'bank_statement',
        entityId: String(statement.id),
        after: {
          partnerId: partner.partnerId,
          day: upload.day,
          fileName: statement.fileName,
          fileHash,
          lines: statement.lineCount,
          total: statement.total,
          newMismatches,
        },
      });
    }
    return { statement, replayed: earlier !== null, newMismatches };
  });
}

/** Matches the statement against the day's payments now and queues each mismatch not queued before. */
async function recordMismatches(tx: Sql, at: Date, regionId: string, statement: Statement): Promise<number> {
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
