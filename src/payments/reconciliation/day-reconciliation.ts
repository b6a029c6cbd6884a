import type { Sql } from '../../db/database';
import { type Finding, matchStatement } from './match-statement';

/** A bank statement as imported: one per partner and day. */
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
    `SELECT s.id, s.partner_id AS "partnerId", s.day, s.file_name AS "fileName", s.file_hash AS "fileHash",
            s.imported_at AS "importedAt",
            (SELECT count(*) FROM bank_statement_line l WHERE l.region_id = s.region_id AND l.statement_id = s.id)::int
              AS "lineCount",
            (SELECT coalesce(sum(l.amount), 0) FROM bank_statement_line l
              WHERE l.region_id = s.region_id AND l.statement_id = s.id)::int8 AS total
     FROM bank_statement s WHERE s.region_id = $1 AND s.partner_id = $2 AND s.day = $3
     ${options.lock ? 'FOR UPDATE OF s' : ''}`,
    [regionId, partnerId, day],
  );
  return row ?? null;
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
