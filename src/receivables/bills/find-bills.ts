import type { Sql } from '../../db/database';
import { type AmountDue, amountDueOn } from './amount-due';
import { type Bill, type BillWithBalance, billColumns, outstandingSql } from './bill';
import { byIssuerSql, CollectionPolicies, ownedByAccountSql } from './bill-issuers';

/** Which bills `findBills` lists, in which order. */
export interface BillFilter {
  status?: Bill['status'];
  taxpayerId?: number;
  /** Only the bills whose debtor this user account acts for (a taxpayer's own); null or absent: every bill. */
  ownerUserId?: number | null;
  ids?: readonly number[];
  /** Bills falling due on or after this day. */
  dueOnOrAfter?: string;
  /** Keyset paging by id, with order `id`. */
  afterId?: number;
  /** `issued`: newest issued first; `id`: by id; `due`: earliest due first. */
  order: 'issued' | 'id' | 'due';
  limit: number;
  offset?: number;
  /** Whether to read the debtor's name and what the bill is for (empty otherwise). */
  names?: boolean;
}

/** A bill with its outstanding principal, and, as a payer is shown them, its debtor's name and what it is for. */
export type FoundBill = BillWithBalance & { debtorName: string; subject: string };

const ORDER = {
  issued: 'b.issued_at DESC, b.id DESC',
  id: 'b.id',
  due: 'b.due_date, b.id',
} as const;

/** A region's bills with their outstanding principal, filtered and ordered. */
export async function findBills(db: Sql, regionId: string, f: BillFilter): Promise<FoundBill[]> {
  return db.query<FoundBill>(
    `SELECT ${billColumns('$1')}, ${outstandingSql('$1')},
       ${f.names ? `coalesce(${byIssuerSql('b', (issuer) => issuer.debtorNameSql('b', '$1'))}, '')` : "''"} AS "debtorName",
       ${f.names ? `coalesce(${byIssuerSql('b', (issuer) => issuer.subjectSql('b'))}, b.tax_code)` : "''"} AS "subject"
     FROM bill b
     WHERE b.region_id = $1 AND ($2::text IS NULL OR b.status = $2) AND ($3::bigint IS NULL OR b.taxpayer_id = $3)
       AND ($4::bigint IS NULL OR ${ownedByAccountSql('b', '$1', '$4')}) AND ($5::bigint[] IS NULL OR b.id = ANY($5))
       AND ($6::date IS NULL OR b.due_date >= $6) AND ($7::bigint IS NULL OR b.id > $7)
     ORDER BY ${ORDER[f.order]} LIMIT $8 OFFSET $9`,
    [
      regionId,
      f.status ?? null,
      f.taxpayerId ?? null,
      f.ownerUserId ?? null,
      f.ids ?? null,
      f.dueOnOrAfter ?? null,
      f.afterId ?? null,
      f.limit,
      f.offset ?? 0,
    ],
  );
}

/** What each bill costs on a day (null for a bill not open), each priced by its issuer's rules in force that day. */
export async function priceBills(
  db: Sql,
  regionId: string,
  day: string,
  bills: readonly BillWithBalance[],
): Promise<(AmountDue | null)[]> {
  const policies = new CollectionPolicies(db, regionId, day);
  const prices: (AmountDue | null)[] = [];
  for (const b of bills) {
    prices.push(
      b.status === 'open'
        ? amountDueOn(await policies.of(b.originKind), { ...b, principal: b.outstanding }, day)
        : null,
    );
  }
  return prices;
}

/** What another area shows of a bill beside its own records (a receipt, a reconciliation line, an STS). */
export interface BillSummary {
  id: number;
  billingCode: string;
  status: Bill['status'];
  taxpayerId: number;
  debtorName: string;
  objectId: number | null;
  taxCode: string;
  subject: string;
  period: string | null;
  originKind: string;
  originId: number;
  returnId: number | null;
}

/** The bills of these ids, by id (an id of no bill of the region is left out). */
export async function billSummaries(
  db: Sql,
  regionId: string,
  ids: readonly number[],
): Promise<Map<number, BillSummary>> {
  if (ids.length === 0) return new Map();
  const rows = await db.query<BillSummary>(
    `SELECT b.id, b.billing_code AS "billingCode", b.status, b.taxpayer_id AS "taxpayerId",
       coalesce(${byIssuerSql('b', (issuer) => issuer.debtorNameSql('b', '$1'))}, '') AS "debtorName",
       b.object_id AS "objectId", b.tax_code AS "taxCode",
       coalesce(${byIssuerSql('b', (issuer) => issuer.subjectSql('b'))}, b.tax_code) AS "subject", b.period,
       b.origin_kind AS "originKind", b.origin_id AS "originId", b.return_id AS "returnId"
     FROM bill b WHERE b.region_id = $1 AND b.id = ANY($2::bigint[])`,
    [regionId, [...new Set(ids)]],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/** The ids of a region's bills of one debtor, or of the debtors a user account acts for (both when both are given). */
export async function billIdsOf(
  db: Sql,
  regionId: string,
  f: { taxpayerId?: number | null; ownerUserId?: number | null },
): Promise<number[]> {
  const rows = await db.query<{ id: number }>(
    `SELECT b.id FROM bill b
     WHERE b.region_id = $1 AND ($2::bigint IS NULL OR b.taxpayer_id = $2)
       AND ($3::bigint IS NULL OR ${ownedByAccountSql('b', '$1', '$3')})`,
    [regionId, f.taxpayerId ?? null, f.ownerUserId ?? null],
  );
  return rows.map((r) => r.id);
}
