import type { Sql } from '../../db/database';

/**
 * The receivables ledger (double-entry, append-only). Every movement of money owed is a balanced journal;
 * balances are derived from lines, never stored. A correction is a new journal, never an edit. The database
 * refuses UPDATE/DELETE and an unbalanced journal (migrations 0002, 0025); this writer checks first so that
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

/**
 * A journal as the one writer, the SQL function post_journals (migration 0020), takes it: the same shape from
 * `postJournals` and from a settlement the bank's payment writes in one statement (bills/settle-at-once.ts).
 */
export interface JournalRecord {
  id?: number;
  kind: JournalKind;
  at: Date;
  billId: number | null;
  memo: string;
  actorId: number | null;
  returnId: number | null;
  lines: JournalLine[];
}

/** Checks each journal and shapes it for post_journals, numbered with `ids` when the caller numbered them. */
export function journalRecords(journals: readonly NewJournal[], ids?: readonly number[]): JournalRecord[] {
  return journals.map((j, i) => {
    checkBalanced(j);
    return {
      ...(ids ? { id: ids[i] } : {}),
      kind: j.kind,
      at: j.at,
      billId: j.billId ?? null,
      memo: j.memo,
      actorId: j.actorId ?? null,
      returnId: j.returnId ?? null,
      lines: j.lines,
    };
  });
}

/**
 * Posts journals of one region, in order, in one round trip (a payment posts two, and round trips are its cost);
 * answers their ids. Every journal and line is written by post_journals, whichever path posts it.
 */
export async function postJournals(tx: Sql, journals: readonly NewJournal[]): Promise<number[]> {
  const [first] = journals;
  if (!first) return [];
  if (journals.some((j) => j.regionId !== first.regionId))
    throw new RangeError('journals posted together belong to one region');
  const rows = await tx.query<{ id: number }>(
    'SELECT u.id FROM unnest(post_journals($1, $2::jsonb)) WITH ORDINALITY AS u(id, n) ORDER BY u.n',
    [first.regionId, JSON.stringify(journalRecords(journals))],
  );
  return rows.map((r) => r.id);
}

export async function postJournal(tx: Sql, j: NewJournal): Promise<number> {
  const [id] = await postJournals(tx, [j]);
  return id as number;
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
