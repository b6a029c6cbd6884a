import type { Sql } from '../../db/database';
import { type Finding, matchStatement } from './match-statement';

/**
 * Namespace of the advisory lock that serialises what changes one partner's day: importing, replacing or matching
 * its statement again, and depositing it (see audit.ts, migrate.ts for the other namespaces).
 */
const DAY_LOCK = 7_302_009;

/**
 * Takes the day's lock for the rest of the transaction. Taken before the day's statement is read, so that the read
 * sees what a replacement or deposit that held the lock committed (a row lock alone would not: the statement row a
 * replacement supersedes is not changed, so a waiting `FOR UPDATE` would still return it as current).
 */
export async function lockDay(tx: Sql, regionId: string, partnerId: string, day: string): Promise<void> {
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [
    DAY_LOCK,
    `${regionId}/${partnerId}/${day}`,
  ]);
}

/** The statement a day's receipts are reconciled on: the one no later import replaced. */
const CURRENT = `NOT EXISTS (SELECT 1 FROM bank_statement n
  WHERE n.region_id = $1 AND n.replaces_statement_id = s.id)`;

const STATEMENT_COLUMNS = `s.id, s.partner_id AS "partnerId", s.day, s.file_name AS "fileName",
  s.file_hash AS "fileHash", s.imported_at AS "importedAt",
  (SELECT count(*) FROM bank_statement_line l WHERE l.region_id = $1 AND l.statement_id = s.id)::int
    AS "lineCount",
  (SELECT coalesce(sum(l.amount), 0) FROM bank_statement_line l
    WHERE l.region_id = $1 AND l.statement_id = s.id)::int8 AS total`;

/** A bank statement as imported: the current one of a partner's day, or one a replacement superseded. */
export interface Statement {
  id: number;
  partnerId: string;
  day: string;
  fileName: string;
  fileHash: string;
  importedAt: Date;
  lineCount: number;
  total: number;
}

export async function statementOf(
  db: Sql,
  regionId: string,
  partnerId: string,
  day: string,
  options: { lock?: boolean } = {},
): Promise<Statement | null> {
  const [row] = await db.query<Statement>(
    `SELECT ${STATEMENT_COLUMNS}
     FROM bank_statement s WHERE s.region_id = $1 AND s.partner_id = $2 AND s.day = $3 AND ${CURRENT}
     ${options.lock ? 'FOR UPDATE OF s' : ''}`,
    [regionId, partnerId, day],
  );
  return row ?? null;
}

/** A statement by its id, current or not, with the file that replaced it when one did. */
export async function statementById(
  db: Sql,
  regionId: string,
  statementId: number,
): Promise<(Statement & { replacedBy: { id: number; fileName: string } | null }) | null> {
  const [row] = await db.query<Statement & { replacedById: number | null; replacedByFile: string | null }>(
    `SELECT ${STATEMENT_COLUMNS}, n.id AS "replacedById", n.file_name AS "replacedByFile"
     FROM bank_statement s
     LEFT JOIN bank_statement n ON n.region_id = s.region_id AND n.replaces_statement_id = s.id
     WHERE s.region_id = $1 AND s.id = $2`,
    [regionId, statementId],
  );
  if (!row) return null;
  const { replacedById, replacedByFile, ...statement } = row;
  return {
    ...statement,
    replacedBy: replacedById === null ? null : { id: replacedById, fileName: replacedByFile as string },
  };
}

/** A statement a replacement superseded: kept as evidence, with who replaced it, when, why and by which file. */
export interface SupersededStatement extends Statement {
  importedBy: string | null;
  replacedBy: { id: number; fileName: string };
  supersededAt: Date;
  supersededBy: string | null;
  reason: string;
  /** Its mismatches that were still open when it was replaced, and so left the queue. */
  withdrawnMismatches: number;
}

/** The day's superseded statements, oldest first. */
export async function supersededStatementsOf(
  db: Sql,
  regionId: string,
  partnerId: string,
  day: string,
): Promise<SupersededStatement[]> {
  const rows = await db.query<
    Omit<SupersededStatement, 'replacedBy'> & { replacedById: number; replacedByFile: string }
  >(
    `SELECT ${STATEMENT_COLUMNS}, iu.email AS "importedBy", n.id AS "replacedById", n.file_name AS "replacedByFile",
            n.imported_at AS "supersededAt", nu.email AS "supersededBy", n.replacement_reason AS reason,
            (SELECT count(*) FROM reconciliation_withdrawal w
             JOIN reconciliation_mismatch m ON m.region_id = w.region_id AND m.id = w.mismatch_id
             WHERE m.region_id = $1 AND m.statement_id = s.id)::int AS "withdrawnMismatches"
     FROM bank_statement s
     JOIN bank_statement n ON n.region_id = s.region_id AND n.replaces_statement_id = s.id
     LEFT JOIN app_user iu ON iu.id = s.imported_by
     LEFT JOIN app_user nu ON nu.id = n.imported_by
     WHERE s.region_id = $1 AND s.partner_id = $2 AND s.day = $3
     ORDER BY s.id`,
    [regionId, partnerId, day],
  );
  return rows.map(({ replacedById, replacedByFile, ...s }) => ({
    ...s,
    replacedBy: { id: replacedById, fileName: replacedByFile },
  }));
}

/** A payment Balai posted for the partner on the day, live or reversed. */
export interface DayPayment {
  id: number;
  bankReference: string;
  amount: number;
  channel: string;
  reversed: boolean;
}

export async function paymentsOfDay(
  db: Sql,
  regionId: string,
  partnerId: string,
  day: string,
): Promise<DayPayment[]> {
  return db.query<DayPayment>(
    `SELECT p.id, p.bank_reference AS "bankReference", p.amount, p.channel, r.payment_id IS NOT NULL AS reversed
     FROM payment p LEFT JOIN payment_reversal r ON r.region_id = p.region_id AND r.payment_id = p.id
     WHERE p.region_id = $1 AND p.day = $2 AND p.partner_id = $3 ORDER BY p.id`,
    [regionId, day, partnerId],
  );
}

/** The statement matched against the day's payments as they stand now. */
export async function matchDay(
  db: Sql,
  regionId: string,
  statement: Statement,
): Promise<{ findings: Finding[]; payments: DayPayment[] }> {
  const lines = await db.query<{ lineNo: number; bankReference: string; amount: number }>(
    `SELECT line_no AS "lineNo", bank_reference AS "bankReference", amount FROM bank_statement_line
     WHERE region_id = $1 AND statement_id = $2 ORDER BY line_no`,
    [regionId, statement.id],
  );
  const payments = await paymentsOfDay(db, regionId, statement.partnerId, statement.day);
  return { findings: matchStatement(lines, payments), payments };
}
