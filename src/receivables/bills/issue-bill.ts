import type { Sql } from '../../db/database';
import { nextNumbers } from '../../platform/next-number';
import { ACCOUNT, postJournal, postJournals } from '../ledger/journal';
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

/**
 * Issues many bills of one region at once, each as `issueBill` would (its own kode bayar, lines and assessment
 * journal, at its own time), in a few statements: the kode bayar blocks claimed per series, the bills, their lines and
 * their journals written together. For a bulk load (the demo's earlier months); answers in the order given.
 */
export async function issueBills(
  tx: Sql,
  regionId: string,
  bills: readonly (NewBill & { at: Date })[],
): Promise<{ id: number; billingCode: string }[]> {
  if (bills.length === 0) return [];
  if (bills.some((b) => b.regionId !== regionId))
    throw new RangeError('bills issued together belong to one region');
  const series = new Map<string, number>();
  for (const b of bills) {
    const key = `bill:${b.billingCodeType}:${b.issueDay.slice(0, 4)}`;
    series.set(key, (series.get(key) ?? 0) + 1);
  }
  const next = new Map<string, number>();
  for (const [key, count] of series) next.set(key, await nextNumbers(tx, regionId, key, count));
  const codes = bills.map((b) => {
    const key = `bill:${b.billingCodeType}:${b.issueDay.slice(0, 4)}`;
    const sequence = next.get(key) as number;
    next.set(key, sequence + 1);
    return makeBillingCode({
      regionId,
      taxTypeCode: b.billingCodeType,
      year: Number(b.issueDay.slice(0, 4)),
      sequence,
    });
  });
  const rows = await tx.query<{ id: number; billingCode: string }>(
    `INSERT INTO bill (region_id, billing_code, taxpayer_id, object_id, tax_code, period, origin_kind, origin_id,
                       principal, due_date, accrues_interest, status, issued_at)
     SELECT $1, x.billing_code, x.taxpayer_id, x.object_id, x.tax_code, x.period, x.origin_kind, x.origin_id,
            x.principal, x.due_date, x.accrues_interest, 'open', x.issued_at
       FROM jsonb_to_recordset($2::jsonb) AS x(billing_code text, taxpayer_id bigint, object_id bigint, tax_code text,
            period text, origin_kind text, origin_id bigint, principal bigint, due_date date, accrues_interest boolean,
            issued_at timestamptz)
     RETURNING id, billing_code AS "billingCode"`,
    [
      regionId,
      JSON.stringify(
        bills.map((b, i) => ({
          billing_code: codes[i],
          taxpayer_id: b.taxpayerId,
          object_id: b.objectId,
          tax_code: b.taxCode,
          period: b.period,
          origin_kind: b.origin.kind,
          origin_id: b.origin.id,
          principal: billTotal(b.lines),
          due_date: b.dueDate,
          accrues_interest: b.accruesInterest,
          issued_at: b.at.toISOString(),
        })),
      ),
    ],
  );
  const idOf = new Map(rows.map((r) => [r.billingCode, r.id]));
  const ids = codes.map((c) => idOf.get(c) as number);
  const lines = bills.flatMap((b, i) =>
    b.lines.map((l, n) => ({
      bill_id: ids[i],
      line_no: n + 1,
      kind: l.kind,
      amount: l.amount,
      account: l.account,
      interest_account: l.interestAccount,
    })),
  );
  await tx.query(
    `INSERT INTO bill_line (region_id, bill_id, line_no, kind, amount, account, interest_account)
     SELECT $1, l.bill_id, l.line_no, l.kind, l.amount, l.account, l.interest_account
       FROM jsonb_to_recordset($2::jsonb) AS l(bill_id bigint, line_no smallint, kind text, amount bigint,
            account text, interest_account text)`,
    [regionId, JSON.stringify(lines)],
  );
  await postJournals(
    tx,
    bills.map((b, i) => ({
      regionId,
      kind: 'assessment' as const,
      at: b.at,
      billId: ids[i],
      memo: b.memo,
      actorId: b.actorId,
      lines: [
        { account: ACCOUNT.receivable, taxpayerId: b.taxpayerId, billId: ids[i], debit: billTotal(b.lines) },
        ...assessmentCredits(b.lines),
      ],
    })),
  );
  return codes.map((billingCode, i) => ({ id: ids[i] as number, billingCode }));
}
