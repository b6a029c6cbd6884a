import type { Sql } from '../../db/database';
import { Problem } from '../../platform/problem';
import { parseBillingCode } from '../rules/billing-code';
import { ownedByAccountSql } from './bill-issuers';
import type { BillLine } from './bill-lines';

/** A bill as stored. What is still owed comes from the ledger (`outstanding`), never from this row. */
export interface Bill {
  id: number;
  billingCode: string;
  taxpayerId: number;
  objectId: number | null;
  taxCode: string;
  period: string | null;
  /** Where it comes from (migration 0019): a kind its issuing area registered, and that area's reference. */
  originKind: string;
  originId: number;
  /** The reference again for the tax kinds whose foreign keys the schema keeps: an SPTPD's, an assessment's. */
  returnId: number | null;
  assessmentId: number | null;
  principal: number;
  dueDate: string;
  accruesInterest: boolean;
  interestBilledMonths: number;
  status: 'open' | 'paid' | 'written_off' | 'cancelled';
  issuedAt: Date;
  settledAt: Date | null;
  /** What it collects, line by line; the principal is their sum. */
  lines: BillLine[];
}

/**
 * SQL for bill row `b`'s columns, its lines read in region `region` (the query's region parameter, e.g. `$1`). Every
 * tenant table a statement reads, subqueries included, is filtered by the region parameter itself, not by a column of
 * another row: Citus routes a statement to one region's shards only when each of its tables names the region.
 */
export const billColumns = (
  region: string,
  withLines = true,
) => `b.id, b.billing_code AS "billingCode", b.taxpayer_id AS "taxpayerId", b.object_id AS "objectId",
  b.tax_code AS "taxCode", b.period, b.origin_kind AS "originKind", b.origin_id AS "originId",
  b.return_id AS "returnId", b.assessment_id AS "assessmentId", b.principal,
  b.due_date AS "dueDate", b.accrues_interest AS "accruesInterest",
  b.interest_billed_months AS "interestBilledMonths", b.status, b.issued_at AS "issuedAt",
  b.settled_at AS "settledAt"${withLines ? `, ${billLinesSql(region, 'b.id')} AS lines` : ''}`;

/** SQL for the lines of bill `billId` in region `region`, in their order, as JSON (what `billColumns` reads). */
export const billLinesSql = (
  region: string,
  billId: string,
) => `(SELECT coalesce(jsonb_agg(jsonb_build_object(
     'kind', bl.kind, 'amount', bl.amount, 'account', bl.account, 'interestAccount', bl.interest_account)
     ORDER BY bl.line_no), '[]')
   FROM bill_line bl WHERE bl.region_id = ${region} AND bl.bill_id = ${billId})`;

/** The bill with its principal still outstanding on the receivables ledger. */
export interface BillWithBalance extends Bill {
  outstanding: number;
}

/**
 * SQL for a bill `b`'s outstanding principal in region `region` (as `billColumns`): its receivable balance on the
 * ledger. One definition for every query.
 */
export const outstandingSql = (
  region: string,
) => `coalesce((SELECT sum(l.debit - l.credit) FROM journal_line l
  WHERE l.region_id = ${region} AND l.bill_id = b.id AND l.account = 'piutang'), 0)::int8 AS outstanding`;

/**
 * A bill by id or kode bayar, with its outstanding principal; `ownerUserId` finds it only if its debtor is linked to
 * that account (a taxpayer's own bills), `lock` holds it for a change in the caller's transaction.
 */
export async function loadBill(
  db: Sql,
  regionId: string,
  by: { id: number } | { billingCode: string },
  options: { lock?: boolean; ownerUserId?: number | null } = {},
): Promise<BillWithBalance> {
  const key = 'id' in by ? by.id : by.billingCode;
  if ('billingCode' in by && !parseBillingCode(by.billingCode).ok)
    throw new Problem(404, 'BILL_NOT_FOUND', { bill: key });
  const rows = await db.query<BillWithBalance>(
    `SELECT ${billColumns('$1')}, ${outstandingSql('$1')}
     FROM bill b
     WHERE b.region_id = $1 AND ${'id' in by ? 'b.id = $2' : 'b.billing_code = $2'}
       AND ($3::bigint IS NULL OR ${ownedByAccountSql('b', '$1', '$3')})
     ${options.lock ? 'FOR UPDATE OF b' : ''}`,
    [regionId, 'id' in by ? by.id : by.billingCode.replace(/\s/g, ''), options.ownerUserId ?? null],
  );
  const bill = rows[0];
  if (!bill) throw new Problem(404, 'BILL_NOT_FOUND', { bill: key });
  return bill;
}

/** Which open bills `lockOpenBills` holds. */
export interface OpenBillFilter {
  taxpayerId?: number;
  objectId?: number;
  period?: string;
  originKinds?: readonly string[];
  ids?: readonly number[];
  /** `oldest` first (by id) or `newest` first. */
  order: 'oldest' | 'newest';
}

/**
 * Open bills of a region with their outstanding principal, locked for a change in the caller's transaction (an offset
 * pays them, a correction takes from them), in a fixed order so that two such changes queue rather than deadlock.
 */
export async function lockOpenBills(
  tx: Sql,
  regionId: string,
  f: OpenBillFilter,
): Promise<BillWithBalance[]> {
  return tx.query<BillWithBalance>(
    `SELECT ${billColumns('$1')}, ${outstandingSql('$1')}
     FROM bill b
     WHERE b.region_id = $1 AND b.status = 'open' AND ($2::bigint IS NULL OR b.taxpayer_id = $2)
       AND ($3::bigint IS NULL OR b.object_id = $3) AND ($4::text IS NULL OR b.period = $4)
       AND ($5::text[] IS NULL OR b.origin_kind = ANY($5)) AND ($6::bigint[] IS NULL OR b.id = ANY($6))
     ORDER BY b.id ${f.order === 'newest' ? 'DESC' : ''} FOR UPDATE OF b`,
    [
      regionId,
      f.taxpayerId ?? null,
      f.objectId ?? null,
      f.period ?? null,
      f.originKinds ?? null,
      f.ids ?? null,
    ],
  );
}

/** How many bills of a taxpayer are still open. */
export async function countOpenBills(db: Sql, regionId: string, taxpayerId: number): Promise<number> {
  const [row] = await db.query<{ count: number }>(
    `SELECT count(*)::int AS count FROM bill WHERE region_id = $1 AND taxpayer_id = $2 AND status = 'open'`,
    [regionId, taxpayerId],
  );
  return row?.count ?? 0;
}
