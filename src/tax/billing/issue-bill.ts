import type { Sql } from '../../db/database';
import { ACCOUNT, postJournal } from '../ledger/journal';
import { nextNumbers } from '../registry/next-number';
import { makeBillingCode } from '../rules/billing-code';

export interface NewBill {
  regionId: string;
  taxpayerId: number;
  objectId: number | null;
  taxCode: string;
  period: string | null;
  returnId?: number;
  assessmentId?: number;
  principal: number;
  /** The part of `principal` that is a sanction (interest, increase, fine): booked to sanction revenue. */
  sanction?: number;
  dueDate: string;
  /** False for a bill of interest itself (an STPD): interest is not charged on interest. */
  accruesInterest: boolean;
  /** The region's calendar day of issue: its year goes into the billing code. */
  issueDay: string;
  memo: string;
  actorId: number | null;
}

/**
 * Issues a bill under a new kode bayar and books it: the taxpayer's receivable is debited, the tax's revenue
 * credited with the tax and sanction revenue with any sanction, in the caller's transaction. Billing codes are numbered per region, tax type and year.
 */
export async function issueBill(tx: Sql, at: Date, b: NewBill): Promise<{ id: number; billingCode: string }> {
  const [type] = await tx.query<{ billingCode: string }>(
    'SELECT billing_code AS "billingCode" FROM tax_type WHERE code = $1',
    [b.taxCode],
  );
  const year = Number(b.issueDay.slice(0, 4));
  const sequence = await nextNumbers(tx, b.regionId, `bill:${type?.billingCode}:${year}`);
  const billingCode = makeBillingCode({
    regionId: b.regionId,
    taxTypeCode: type?.billingCode ?? '',
    year,
    sequence,
  });
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO bill (region_id, billing_code, taxpayer_id, object_id, tax_code, period, return_id, assessment_id,
                       principal, due_date, accrues_interest, status, issued_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'open', $12) RETURNING id`,
    [
      b.regionId,
      billingCode,
      b.taxpayerId,
      b.objectId,
      b.taxCode,
      b.period,
      b.returnId ?? null,
      b.assessmentId ?? null,
      b.principal,
      b.dueDate,
      b.accruesInterest,
      at,
    ],
  );
  const id = (row as { id: number }).id;
  await postJournal(tx, {
    regionId: b.regionId,
    kind: 'assessment',
    at,
    billId: id,
    memo: b.memo,
    actorId: b.actorId,
    lines: [
      { account: ACCOUNT.receivable, taxpayerId: b.taxpayerId, billId: id, debit: b.principal },
      ...(b.principal > (b.sanction ?? 0)
        ? [{ account: ACCOUNT.revenue(b.taxCode), credit: b.principal - (b.sanction ?? 0) }]
        : []),
      ...(b.sanction ? [{ account: ACCOUNT.sanctionRevenue(b.taxCode), credit: b.sanction }] : []),
    ],
  });
  return { id, billingCode };
}
