import type { Sql } from '../../db/database';
import { nextNumbers } from '../../platform/next-number';
import { ACCOUNT, postJournal } from '../ledger/journal';
import { makeBillingCode } from '../rules/billing-code';
import { assessmentCredits, type BillLine, billTotal } from './bill-lines';

/**
 * Where a bill comes from: a kind its issuing area registered (table bill_origin_kind, migration 0019: `sptpd`, `skpd`,
 * `stpd` by tax) and the reference of the document in that area (an SPTPD's or an assessment's id).
 */
export interface BillOrigin {
  kind: string;
  id: number;
}

export interface NewBill {
  regionId: string;
  taxpayerId: number;
  objectId: number | null;
  taxCode: string;
  period: string | null;
  origin: BillOrigin;
  /** The two digits the kode bayar carries for what is billed (a tax type's billing code): its series is numbered. */
  billingCodeType: string;
  /** What the bill collects (tax, sanctions, opsen): its principal is their sum. */
  lines: BillLine[];
  dueDate: string;
  /** False for a bill of interest itself (an STPD): interest is not charged on interest. */
  accruesInterest: boolean;
  /** The region's calendar day of issue: its year goes into the billing code. */
  issueDay: string;
  memo: string;
  actorId: number | null;
}

/**
 * Issues a bill under a new kode bayar and books it: the taxpayer's receivable is debited with the principal and
 * each line's account credited (the tax's revenue, sanction revenue, the province's opsen), in the caller's
 * transaction. Billing codes are numbered per region, billing code type and year.
 */
export async function issueBill(tx: Sql, at: Date, b: NewBill): Promise<{ id: number; billingCode: string }> {
  const principal = billTotal(b.lines);
  const year = Number(b.issueDay.slice(0, 4));
  const sequence = await nextNumbers(tx, b.regionId, `bill:${b.billingCodeType}:${year}`);
  const billingCode = makeBillingCode({
    regionId: b.regionId,
    taxTypeCode: b.billingCodeType,
    year,
    sequence,
  });
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO bill (region_id, billing_code, taxpayer_id, object_id, tax_code, period, origin_kind, origin_id,
                       principal, due_date, accrues_interest, status, issued_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'open', $12) RETURNING id`,
    [
      b.regionId,
      billingCode,
      b.taxpayerId,
      b.objectId,
      b.taxCode,
      b.period,
      b.origin.kind,
      b.origin.id,
      principal,
      b.dueDate,
      b.accruesInterest,
      at,
    ],
  );
  const id = (row as { id: number }).id;
  await tx.query(
    `INSERT INTO bill_line (region_id, bill_id, line_no, kind, amount, account, interest_account)
     SELECT $1, $2, n, k, a, acc, ia
     FROM unnest($3::smallint[], $4::text[], $5::bigint[], $6::text[], $7::text[]) AS l(n, k, a, acc, ia)`,
    [
      b.regionId,
      id,
      b.lines.map((_, i) => i + 1),
      b.lines.map((l) => l.kind),
      b.lines.map((l) => l.amount),
      b.lines.map((l) => l.account),
      b.lines.map((l) => l.interestAccount),
    ],
  );
  await postJournal(tx, {
    regionId: b.regionId,
    kind: 'assessment',
    at,
    billId: id,
    memo: b.memo,
    actorId: b.actorId,
    lines: [
      { account: ACCOUNT.receivable, taxpayerId: b.taxpayerId, billId: id, debit: principal },
      ...assessmentCredits(b.lines),
    ],
  });
  return { id, billingCode };
}
