import { randomUUID } from 'node:crypto';
import type { Sql } from '../../db/database';
import { localDate } from '../../platform/clock';
import { type AmountDue, billSummaries, findBills, priceBills } from '../../receivables';
import { type Partner, partnersOf } from '../partner';
import { virtualAccountNo } from './va-number';
import type { VirtualAccountRegistry } from './virtual-account-registry';

export interface VaRefreshSummary {
  partnerId: string;
  /** Another refresh of this bank was running: this one told the bank nothing. */
  busy: boolean;
  created: number;
  updated: number;
  deleted: number;
  unchanged: number;
}

const BATCH = 1_000;
/** How long a refresh may go without renewing its lease before another may take over (its holder died). */
const LEASE_MS = 10 * 60_000;

/**
 * Keeps each bank's virtual accounts in step with a region's bills (domain notes §4.4): at every bank of the region
 * with a VA prefix, every open bill has a VA for its amount due today, valid until the last day that amount holds;
 * a bill no longer open (paid, cancelled, written off) loses its VA. Interest grows when a month of lateness
 * begins, so run daily: the day after `validUntil` the amount has changed and the VA is registered again with the
 * new amount and expiry (Bank Jatim's TanggalExp rule). A second run on the same day changes nothing.
 */
export async function refreshVirtualAccounts(
  db: Sql,
  at: Date,
  regionId: string,
  registryOf: (partner: Partner) => VirtualAccountRegistry,
): Promise<VaRefreshSummary[]> {
  const banks = (await partnersOf(db, regionId)).filter((p) => p.active && p.vaPrefix);
  const summaries: VaRefreshSummary[] = [];
  for (const bank of banks) summaries.push(await refreshBank(db, at, bank, registryOf(bank)));
  return summaries;
}

async function refreshBank(
  db: Sql,
  at: Date,
  bank: Partner,
  registry: VirtualAccountRegistry,
): Promise<VaRefreshSummary> {
  const summary = {
    partnerId: bank.partnerId,
    busy: false,
    created: 0,
    updated: 0,
    deleted: 0,
    unchanged: 0,
  };
  const holder = randomUUID();
  if (!(await holdLease(db, bank, holder))) return { ...summary, busy: true };
  try {
    await refreshHeld(db, at, bank, registry, holder, summary);
  } finally {
    await db.query('DELETE FROM va_refresh_lease WHERE region_id = $1 AND partner_id = $2 AND holder = $3', [
      bank.regionId,
      bank.partnerId,
      holder,
    ]);
  }
  return summary;
}

/**
 * Takes the bank's refresh lease, or renews it for its holder; false while another holder's lease runs. Timed by
 * the wall clock, not the business clock: a lease is about processes, and a pinned demo clock never moves.
 */
async function holdLease(db: Sql, bank: Partner, holder: string): Promise<boolean> {
  const now = new Date();
  const rows = await db.query(
    `INSERT INTO va_refresh_lease (region_id, partner_id, holder, expires_at) VALUES ($1, $2, $3, $4)
     ON CONFLICT (region_id, partner_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
     WHERE va_refresh_lease.holder = excluded.holder OR va_refresh_lease.expires_at <= $5
     RETURNING holder`,
    [bank.regionId, bank.partnerId, holder, new Date(now.getTime() + LEASE_MS), now],
  );
  return rows.length === 1;
}

async function refreshHeld(
  db: Sql,
  at: Date,
  bank: Partner,
  registry: VirtualAccountRegistry,
  holder: string,
  summary: VaRefreshSummary,
): Promise<void> {
  const day = localDate(at, bank.timeZone);
  const prefix = bank.vaPrefix as string;

  let after = 0;
  for (;;) {
    const bills = await findBills(db, bank.regionId, {
      status: 'open',
      afterId: after,
      order: 'id',
      limit: BATCH,
      names: true,
    });
    const registered = await registeredVas(
      db,
      bank,
      bills.map((b) => b.id),
    );
    if (!(await holdLease(db, bank, holder)))
      throw new Error(`the VA refresh lease of ${bank.partnerId} was taken over: this refresh stopped`);
    const prices = await priceBills(db, bank.regionId, day, bills);
    for (const [i, bill] of bills.entries()) {
      const due = prices[i] as AmountDue;
      const known = registered.get(bill.id);
      const va = {
        virtualAccountNo: virtualAccountNo(prefix, bill.billingCode),
        name: bill.debtorName,
        amount: due.total,
        validUntil: due.validUntil,
      };
      if (known && known.amount === va.amount && known.validUntil === va.validUntil) {
        summary.unchanged++;
        continue;
      }
      const isNew = !known;
      await (isNew ? registry.create(va) : registry.update(va));
      await db.query(
        `INSERT INTO virtual_account (region_id, partner_id, bill_id, virtual_account_no, amount, valid_until,
           registered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (region_id, partner_id, bill_id) DO UPDATE SET virtual_account_no = excluded.virtual_account_no,
           amount = excluded.amount, valid_until = excluded.valid_until, registered_at = excluded.registered_at,
           deleted_at = NULL`,
        [bank.regionId, bank.partnerId, bill.id, va.virtualAccountNo, va.amount, va.validUntil, at],
      );
      if (isNew) summary.created++;
      else summary.updated++;
    }
    if (bills.length < BATCH) break;
    after = (bills.at(-1) as { id: number }).id;
  }

  // The bank's live VAs whose bills are no longer open (paid, cancelled, written off).
  const live = await db.query<{ billId: number; virtualAccountNo: string }>(
    `SELECT v.bill_id AS "billId", v.virtual_account_no AS "virtualAccountNo"
     FROM virtual_account v WHERE v.region_id = $1 AND v.partner_id = $2 AND v.deleted_at IS NULL`,
    [bank.regionId, bank.partnerId],
  );
  const bills = await billSummaries(
    db,
    bank.regionId,
    live.map((va) => va.billId),
  );
  const closed = live.filter((va) => bills.get(va.billId)?.status !== 'open');
  for (const va of closed) {
    await registry.delete(va.virtualAccountNo);
    await db.query(
      `UPDATE virtual_account SET deleted_at = $4 WHERE region_id = $1 AND partner_id = $2 AND bill_id = $3`,
      [bank.regionId, bank.partnerId, va.billId, at],
    );
    summary.deleted++;
  }
}

/** The bank's live VAs of these bills, by bill: what the bank was last told. */
async function registeredVas(
  db: Sql,
  bank: Partner,
  billIds: readonly number[],
): Promise<Map<number, { amount: number; validUntil: string }>> {
  const rows = await db.query<{ billId: number; amount: number; validUntil: string }>(
    `SELECT bill_id AS "billId", amount, valid_until AS "validUntil" FROM virtual_account
     WHERE region_id = $1 AND partner_id = $2 AND bill_id = ANY($3::bigint[]) AND deleted_at IS NULL`,
    [bank.regionId, bank.partnerId, billIds],
  );
  return new Map(rows.map((r) => [r.billId, { amount: r.amount, validUntil: r.validUntil }]));
}
