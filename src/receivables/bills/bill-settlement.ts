import type { Sql } from '../../db/database';

/**
 * What has been received on a bill, read from the receivables ledger (never from a payment row or the bill's own
 * columns): the money that settled it (payments and offsets, less what a bank reversed), the late-payment interest
 * booked with it (less interest a reversal took back), and the principal that money paid. A paid bill's slip and card
 * print these, so they agree with the SSPD of each payment, whose principal and interest are booked the same way.
 * Every area that needs what was paid asks here (`billSettlements`, `paidOnBills`, or in a list's one statement the
 * fragments `paidSql`/`paidSplitSql`): the sum is defined once, by the two expressions below.
 */
export interface PaidSplit {
  /** Principal paid: `total − interest`. */
  principal: number;
  /** Late-payment interest (bunga) paid with it. */
  interest: number;
  /** All that was received. */
  total: number;
}

export interface BillSettlement extends PaidSplit {
  /** When the last payment or offset that stands was booked; null if none. */
  lastPaidAt: Date | null;
}

/**
 * What a line `l` of journal `j` on a bill's receivable (`piutang`) adds to the money received on the bill: a payment
 * or an offset credits the receivable by what it paid; a reversal debits it back by all the payment paid, interest
 * included (reopen-bill.ts).
 */
const received = (l: string, j: string) =>
  `CASE WHEN ${j}.kind IN ('payment', 'offset') THEN ${l}.credit WHEN ${j}.kind = 'reversal' THEN -${l}.debit END`;

/**
 * What it adds to the interest received: the interest journal booked with a payment debits the receivable by it; the
 * reversal of that payment credits it back.
 */
const interestReceived = (l: string, j: string) =>
  `CASE WHEN ${j}.kind = 'interest' THEN ${l}.debit WHEN ${j}.kind = 'reversal' THEN -${l}.credit END`;

/**
 * Which of a region's bills a sum covers: each field an SQL expression of the calling statement (a column such as
 * `r.object_id`, a parameter such as `$2`, a literal such as `'sptpd'`); a field left out does not narrow the set.
 */
export interface BillSetSql {
  /** One bill's id, or `ANY(<array of ids>)`. */
  billId?: string;
  taxpayerId?: string;
  objectId?: string;
  period?: string;
  originKind?: string;
}

/**
 * The receivable lines of the bills of `bills` in region `region` (the statement's region parameter, as
 * `billColumns('$1')`), under aliases of their own so that the caller's `b`, `l` or `j` are not shadowed.
 */
function receivableLinesOf(region: string, bills: BillSetSql): string {
  const narrow = [
    bills.billId && `paid_b.id = ${bills.billId}`,
    bills.taxpayerId && `paid_b.taxpayer_id = ${bills.taxpayerId}`,
    bills.objectId && `paid_b.object_id = ${bills.objectId}`,
    bills.period && `paid_b.period = ${bills.period}`,
    bills.originKind && `paid_b.origin_kind = ${bills.originKind}`,
  ].filter(Boolean);
  return `bill paid_b
    JOIN journal_line paid_l ON paid_l.region_id = ${region} AND paid_l.bill_id = paid_b.id AND paid_l.account = 'piutang'
    JOIN journal paid_j ON paid_j.region_id = ${region} AND paid_j.id = paid_l.journal_id
    WHERE paid_b.region_id = ${region}${narrow.map((n) => ` AND ${n}`).join('')}`;
}

/** SQL (a scalar subquery, `int8`) for all that was received on the bills of `bills`, interest included. */
export const paidSql = (region: string, bills: BillSetSql) =>
  `(SELECT coalesce(sum(${received('paid_l', 'paid_j')}), 0)::int8 FROM ${receivableLinesOf(region, bills)})`;

/** SQL (a scalar subquery, JSON `{ principal, interest, total }`: a `PaidSplit`) for what was received on `bills`. */
export const paidSplitSql = (region: string, bills: BillSetSql) =>
  `(SELECT json_build_object('principal', s.total - s.interest, 'interest', s.interest, 'total', s.total)
    FROM (SELECT coalesce(sum(${received('paid_l', 'paid_j')}), 0)::int8 AS total,
                 coalesce(sum(${interestReceived('paid_l', 'paid_j')}), 0)::int8 AS interest
          FROM ${receivableLinesOf(region, bills)}) s)`;

/** Which bills `paidOnBills` sums; each field left out does not narrow the set. */
export interface BillSet {
  billIds?: readonly number[];
  taxpayerId?: number;
  objectId?: number;
  period?: string;
  originKind?: string;
}

/** What was received on a set of a region's bills, all together: e.g. every SPTPD bill of an object's masa. */
export async function paidOnBills(db: Sql, regionId: string, set: BillSet): Promise<PaidSplit> {
  const params: unknown[] = [regionId];
  const param = (value: unknown, cast: string) => {
    params.push(value);
    return `$${params.length}::${cast}`;
  };
  const bills: BillSetSql = {};
  if (set.billIds) bills.billId = `ANY(${param(set.billIds, 'bigint[]')})`;
  if (set.taxpayerId !== undefined) bills.taxpayerId = param(set.taxpayerId, 'bigint');
  if (set.objectId !== undefined) bills.objectId = param(set.objectId, 'bigint');
  if (set.period !== undefined) bills.period = param(set.period, 'text');
  if (set.originKind !== undefined) bills.originKind = param(set.originKind, 'text');
  const [row] = await db.query<{ paid: PaidSplit }>(`SELECT ${paidSplitSql('$1', bills)} AS paid`, params);
  return row?.paid ?? { principal: 0, interest: 0, total: 0 };
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
            coalesce(sum(${interestReceived('l', 'j')}), 0)::int8 AS interest,
            coalesce(sum(${received('l', 'j')}), 0)::int8 AS total,
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
