import type { Sql } from '../../db/database';

/**
 * The receivables ledger (double-entry, append-only). Every movement of money owed is a balanced journal;
 * balances are derived from lines, never stored. A correction is a new journal, never an edit. The database
 * refuses UPDATE/DELETE and an unbalanced journal at commit (migration 0002); this writer checks first so that
 * a programming error names its journal.
 */
export type JournalKind =
  | 'assessment'
  | 'interest'
  | 'payment'
  | 'reversal'
  | 'correction'
  | 'credit'
  | 'write_off'
  | 'offset'
  | 'refund'
  | 'deposit';

/**
 * Account codes. `piutang` lines carry the bill and taxpayer they belong to; `lebih_bayar` and `utang_restitusi`
 * lines the taxpayer.
 */
export const ACCOUNT = {
  receivable: 'piutang',
  revenue: (taxCode: string) => `pendapatan:${taxCode}`,
  sanctionRevenue: (taxCode: string) => `pendapatan_sanksi:${taxCode}`,
  /**
   * Owed to the province: its opsen MBLB, collected by the kab/kota with the tax (UU 1/2022 Pasal 83(1)) and not
   * the kab/kota's revenue. Keyed by the 2-digit province code, the first part of the region's Kemendagri code.
   */
  provinceOpsen: (regionId: string) => `utang_opsen:${regionId.slice(0, 2)}`,
  taxpayerCredit: 'lebih_bayar',
  /** A refund (restitusi) the region has decided to pay the taxpayer, until the treasury pays it out. */
  refundPayable: 'utang_restitusi',
  writeOff: 'penghapusan',
  cash: (channel: string) => `kas:${channel}`,
  /** The region's treasury account (RKUD): where the receipts treasurer deposits a reconciled day (STS). */
  treasury: 'kas_daerah',
} as const;

export interface JournalLine {
  account: string;
  taxpayerId?: number | null;
  billId?: number | null;
  debit?: number;
  credit?: number;
}

export interface NewJournal {
  regionId: string;
  kind: JournalKind;
  at: Date;
  billId?: number | null;
  memo: string;
  actorId?: number | null;
  /** The SPTPD a correction or credit comes from. */
  returnId?: number | null;
  lines: JournalLine[];
}

export class UnbalancedJournalError extends Error {}

/** Every line has exactly one positive whole-rupiah side, and debits equal credits. */
export function checkBalanced(j: NewJournal): void {
  let debit = 0;
  let credit = 0;
  for (const line of j.lines) {
    const d = line.debit ?? 0;
    const c = line.credit ?? 0;
    if (!Number.isSafeInteger(d) || !Number.isSafeInteger(c) || d < 0 || c < 0 || (d === 0) === (c === 0)) {
      throw new UnbalancedJournalError(
        `${j.kind} journal: a line needs exactly one positive whole-rupiah side`,
      );
    }
    debit += d;
    credit += c;
  }
  if (debit !== credit || j.lines.length < 2) {
    throw new UnbalancedJournalError(`${j.kind} journal does not balance: debit ${debit}, credit ${credit}`);
  }
}

export async function postJournal(tx: Sql, j: NewJournal): Promise<number> {
  checkBalanced(j);
  // One statement for the journal and its lines: a payment posts two journals, and round trips are its cost.
  const [row] = await tx.query<{ id: number }>(
    `WITH j AS (
       INSERT INTO journal (region_id, kind, at, bill_id, memo, actor_id, return_id)
       VALUES ($1, $2, $3, $4, $5, $6, $13) RETURNING id
     ), l AS (
       INSERT INTO journal_line (region_id, journal_id, line_no, account, taxpayer_id, bill_id, debit, credit)
       SELECT $1, j.id, n, a, t, b, d, c
       FROM j, unnest($7::smallint[], $8::text[], $9::bigint[], $10::bigint[], $11::bigint[], $12::bigint[])
         AS l(n, a, t, b, d, c)
     )
     SELECT id FROM j`,
    [
      j.regionId,
      j.kind,
      j.at,
      j.billId ?? null,
      j.memo,
      j.actorId ?? null,
      j.lines.map((_, i) => i + 1),
      j.lines.map((l) => l.account),
      j.lines.map((l) => l.taxpayerId ?? null),
      j.lines.map((l) => l.billId ?? null),
      j.lines.map((l) => l.debit ?? 0),
      j.lines.map((l) => l.credit ?? 0),
      j.returnId ?? null,
    ],
  );
  return (row as { id: number }).id;
}

/** What is still owed on a bill's principal: its receivable balance. */
export async function receivableOfBill(db: Sql, regionId: string, billId: number): Promise<number> {
  const [row] = await db.query<{ balance: number }>(
    `SELECT coalesce(sum(debit - credit), 0)::int8 AS balance FROM journal_line
     WHERE region_id = $1 AND bill_id = $2 AND account = 'piutang'`,
    [regionId, billId],
  );
  return row?.balance ?? 0;
}
