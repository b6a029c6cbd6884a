import type { Sql } from '../../db/database';

/**
 * What has been received on a bill, read from the receivables ledger (never from a payment row or the bill's own
 * columns): the money that settled it (payments and offsets, less what a bank reversed), the late-payment interest
 * booked with it (less interest a reversal took back), and the principal that money paid. A paid bill's slip and card
 * print these, so they agree with the SSPD of each payment, whose principal and interest are booked the same way.
 */
export interface BillSettlement {
  /** Principal paid: `total − interest`. */
  principal: number;
  /** Late-payment interest (bunga) paid with it. */
  interest: number;
  /** All that was received on the bill. */
  total: number;
  /** When the last payment or offset that stands was booked; null if none. */
  lastPaidAt: Date | null;
}

/** The settlement of each bill of `billIds` in one region, from its journals on the receivable account. */
export async function billSettlements(
  db: Sql,
  regionId: string,
  billIds: readonly number[],
): Promise<Map<number, BillSettlement>> {
  const found = new Map<number, BillSettlement>();
  if (billIds.length === 0) return found;
  const rows = await db.query<{ billId: number; interest: number; total: number; lastPaidAt: Date | null }>(
    `SELECT l.bill_id AS "billId",
            coalesce(sum(CASE WHEN j.kind = 'interest' THEN l.debit WHEN j.kind = 'reversal' THEN -l.credit END), 0)::int8
              AS interest,
            coalesce(sum(CASE WHEN j.kind IN ('payment', 'offset') THEN l.credit WHEN j.kind = 'reversal' THEN -l.debit END), 0)::int8
              AS total,
            max(j.at) FILTER (WHERE j.kind IN ('payment', 'offset')) AS "lastPaidAt"
     FROM journal_line l
     JOIN journal j ON j.region_id = $1 AND j.id = l.journal_id
     WHERE l.region_id = $1 AND l.bill_id = ANY($2::bigint[]) AND l.account = 'piutang'
     GROUP BY l.bill_id`,
    [regionId, billIds],
  );
  for (const r of rows) {
    found.set(r.billId, {
      principal: r.total - r.interest,
      interest: r.interest,
      total: r.total,
      lastPaidAt: r.total > 0 ? r.lastPaidAt : null,
    });
  }
  return found;
}
