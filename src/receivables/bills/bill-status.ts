import type { Sql } from '../../db/database';

/**
 * The one place a bill's row changes once it is issued (issue 12): its status, kept in step with its receivable in the
 * same transaction (`balai ledger verify` checks), and the months of interest an STPD billed apart. Receivables' use
 * cases call these after booking the journal that moves the receivable, with the bill locked and checked; each change
 * names the status it leaves, so a caller that skipped the check fails instead of overwriting. The fast posting path's
 * twin is the SQL function settle_bill_at_once (migration 0020), which does the same as `markSettled(…, 'paid')`.
 */
export type SettledStatus = 'paid' | 'written_off' | 'cancelled';

/** Open → paid (nothing owed), written off (the region gave it up) or cancelled (a correction took it all back). */
export async function markSettled(
  tx: Sql,
  regionId: string,
  billId: number,
  status: SettledStatus,
  at: Date,
): Promise<void> {
  const rows = await tx.query(
    `UPDATE bill SET status = $3, settled_at = $4 WHERE region_id = $1 AND id = $2 AND status = 'open' RETURNING id`,
    [regionId, billId, status, at],
  );
  if (rows.length !== 1)
    throw new Error(`bill ${billId} of ${regionId} is not open: it cannot become ${status}`);
}

/** Paid → open: its payment was reversed, so it owes again. */
export async function markReopened(tx: Sql, regionId: string, billId: number): Promise<void> {
  const rows = await tx.query(
    `UPDATE bill SET status = 'open', settled_at = NULL WHERE region_id = $1 AND id = $2 AND status = 'paid'
     RETURNING id`,
    [regionId, billId],
  );
  if (rows.length !== 1) throw new Error(`bill ${billId} of ${regionId} is not paid: it cannot reopen`);
}

/** An open bill's interest for `months` was billed apart (an STPD): paying it later charges only the months after. */
export async function markInterestBilled(
  tx: Sql,
  regionId: string,
  billId: number,
  months: number,
): Promise<void> {
  const rows = await tx.query(
    `UPDATE bill SET interest_billed_months = interest_billed_months + $3
     WHERE region_id = $1 AND id = $2 AND status = 'open' RETURNING id`,
    [regionId, billId, months],
  );
  if (rows.length !== 1)
    throw new Error(`bill ${billId} of ${regionId} is not open: its interest cannot be billed`);
}

/** Many open bills → paid at once, each at its own time (a bulk settlement); fails, changing none, if one is not open. */
export async function markManyPaid(
  tx: Sql,
  regionId: string,
  settled: readonly { billId: number; at: Date }[],
): Promise<void> {
  if (settled.length === 0) return;
  const rows = await tx.query(
    `UPDATE bill b SET status = 'paid', settled_at = x.at
       FROM unnest($2::bigint[], $3::timestamptz[]) AS x(id, at)
      WHERE b.region_id = $1 AND b.id = x.id AND b.status = 'open' RETURNING b.id`,
    [regionId, settled.map((s) => s.billId), settled.map((s) => s.at)],
  );
  if (rows.length !== settled.length)
    throw new Error(
      `${settled.length - rows.length} of the bills of ${regionId} are not open: they cannot be paid`,
    );
}
