import type { Sql } from '../../db/database';

export interface LedgerFinding {
  kind:
    | 'UNBALANCED_JOURNAL'
    | 'EMPTY_JOURNAL'
    | 'BILL_STATUS_MISMATCH'
    | 'NEGATIVE_RECEIVABLE'
    | 'BILL_LINES_MISMATCH';
  journalId?: number;
  billId?: number;
  detail: string;
}

export interface LedgerVerdict {
  ok: boolean;
  journals: number;
  bills: number;
  findings: LedgerFinding[];
}

/**
 * Proves a region's ledger: every journal has lines and balances, no bill's receivable is negative, every bill's
 * status agrees with its receivable balance (open ⇔ something is owed), and every bill's lines add up to its
 * principal.
 */
export async function verifyLedger(db: Sql, regionId: string): Promise<LedgerVerdict> {
  const findings: LedgerFinding[] = [];
  const unbalanced = await db.query<{ journalId: number; difference: number }>(
    `SELECT journal_id AS "journalId", (sum(debit) - sum(credit))::int8 AS difference
     FROM journal_line WHERE region_id = $1 GROUP BY journal_id HAVING sum(debit) <> sum(credit)`,
    [regionId],
  );
  for (const u of unbalanced) {
    findings.push({
      kind: 'UNBALANCED_JOURNAL',
      journalId: u.journalId,
      detail: `debit - credit = ${u.difference}`,
    });
  }
  const empty = await db.query<{ id: number }>(
    `SELECT j.id FROM journal j WHERE j.region_id = $1
     AND NOT EXISTS (SELECT 1 FROM journal_line l WHERE l.region_id = $1 AND l.journal_id = j.id)`,
    [regionId],
  );
  for (const e of empty)
    findings.push({ kind: 'EMPTY_JOURNAL', journalId: e.id, detail: 'journal has no lines' });

  const bills = await db.query<{ id: number; status: string; balance: number }>(
    `SELECT b.id, b.status, coalesce(r.balance, 0)::int8 AS balance
     FROM bill b LEFT JOIN (
       SELECT bill_id, sum(debit - credit) AS balance FROM journal_line
       WHERE region_id = $1 AND account = 'piutang' AND bill_id IS NOT NULL GROUP BY bill_id
     ) r ON r.bill_id = b.id
     WHERE b.region_id = $1 AND (coalesce(r.balance, 0) < 0 OR (b.status = 'open') <> (coalesce(r.balance, 0) > 0))`,
    [regionId],
  );
  for (const b of bills) {
    findings.push(
      b.balance < 0
        ? { kind: 'NEGATIVE_RECEIVABLE', billId: b.id, detail: `receivable ${b.balance}` }
        : {
            kind: 'BILL_STATUS_MISMATCH',
            billId: b.id,
            detail: `status ${b.status} but receivable ${b.balance}`,
          },
    );
  }
  const misbilled = await db.query<{ id: number; principal: number; lines: number }>(
    `SELECT b.id, b.principal, coalesce(l.total, 0)::int8 AS lines
     FROM bill b LEFT JOIN (
       SELECT bill_id, sum(amount) AS total FROM bill_line WHERE region_id = $1 GROUP BY bill_id
     ) l ON l.bill_id = b.id
     WHERE b.region_id = $1 AND b.principal <> coalesce(l.total, 0)`,
    [regionId],
  );
  for (const b of misbilled) {
    findings.push({
      kind: 'BILL_LINES_MISMATCH',
      billId: b.id,
      detail: `principal ${b.principal} but lines add up to ${b.lines}`,
    });
  }
  const [counts] = await db.query<{ journals: number; bills: number }>(
    `SELECT (SELECT count(*) FROM journal WHERE region_id = $1)::int AS journals,
            (SELECT count(*) FROM bill WHERE region_id = $1)::int AS bills`,
    [regionId],
  );
  return { ok: findings.length === 0, journals: counts?.journals ?? 0, bills: counts?.bills ?? 0, findings };
}
