import type { Sql } from '../db/database';
import { localDate } from '../platform/clock';
import { Problem } from '../platform/problem';
import type { AmountDue } from '../tax/billing/amount-due';
import { quoteBill } from '../tax/billing/quote-bill';
import type { Partner } from './partner';

export interface BillInquiry {
  billingCode: string;
  taxpayerName: string;
  taxType: string;
  dueDate: string;
  due: AmountDue;
}

export type InquiryOutcome =
  | { kind: 'found'; inquiry: BillInquiry }
  | { kind: 'bill_not_found' }
  | { kind: 'already_paid' };

/**
 * What a bank's teller or app shows before taking the money: the bill's principal and interest as of now, and
 * the day the total holds until (interest grows at a month boundary, domain notes §4.6 rule 1). Only bills of the
 * partner's own region are found; any other code is simply "not found".
 */
export async function inquireBill(
  db: Sql,
  at: Date,
  partner: Partner,
  billingCode: string,
): Promise<InquiryOutcome> {
  let quote: Awaited<ReturnType<typeof quoteBill>>;
  try {
    quote = await quoteBill(db, partner.regionId, { billingCode }, localDate(at, partner.timeZone));
  } catch (err) {
    if (err instanceof Problem && err.code === 'BILL_NOT_FOUND') return { kind: 'bill_not_found' };
    throw err;
  }
  const { bill, due } = quote;
  if (bill.status === 'paid') return { kind: 'already_paid' };
  if (bill.status !== 'open') return { kind: 'bill_not_found' };
  const [names] = await db.query<{ taxpayerName: string; taxType: string }>(
    `SELECT t.name AS "taxpayerName", tt.name_id AS "taxType"
     FROM taxpayer t, tax_type tt WHERE t.region_id = $1 AND t.id = $2 AND tt.code = $3`,
    [partner.regionId, bill.taxpayerId, bill.taxCode],
  );
  return {
    kind: 'found',
    inquiry: {
      billingCode: bill.billingCode,
      taxpayerName: names?.taxpayerName ?? '',
      taxType: names?.taxType ?? bill.taxCode,
      dueDate: bill.dueDate,
      due,
    },
  };
}
