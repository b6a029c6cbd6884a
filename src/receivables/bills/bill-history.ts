import type { Sql } from '../../db/database';
import type { JournalKind } from '../ledger/journal';

/**
 * One movement of a bill's receivable, as the ledger booked it: issuing it (`assessment`), late interest booked with a
 * payment, a payment, a bank's reversal, an offset from an overpayment, a correction by a pembetulan, a write-off. The
 * amounts are what the journal did to the bill's receivable (`piutang`): `debit` raised it, `credit` lowered it;
 * `balance` is what the bill owed after it.
 */
export interface BillHistoryEntry {
  journalId: number;
  kind: JournalKind;
  at: Date;
  memo: string;
  debit: number;
  credit: number;
  balance: number;
  /** Who booked it, when a person did (a bank's payment, the demo's teller: none). */
  actor: string | null;
}

/**
 * A bill's history from the receivables ledger, oldest first, with the running balance: the same lines
 * `outstanding` sums, so the last balance is what the bill owes now (before today's interest).
 */
export async function billHistory(db: Sql, regionId: string, billId: number): Promise<BillHistoryEntry[]> {
  const rows = await db.query<Omit<BillHistoryEntry, 'balance'>>(
    `SELECT j.id AS "journalId", j.kind, j.at, j.memo,
            coalesce(sum(l.debit), 0)::int8 AS debit, coalesce(sum(l.credit), 0)::int8 AS credit,
            (SELECT u.name FROM app_user u WHERE u.id = j.actor_id) AS actor
     FROM journal j
     JOIN journal_line l ON l.region_id = $1 AND l.journal_id = j.id AND l.account = 'piutang' AND l.bill_id = $2
     WHERE j.region_id = $1
     GROUP BY j.id, j.kind, j.at, j.memo, j.actor_id
     ORDER BY j.at, j.id`,
    [regionId, billId],
  );
  let balance = 0;
  return rows.map((r) => {
    balance += r.debit - r.credit;
    return { ...r, balance };
  });
}
