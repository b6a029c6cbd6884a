import type { Sql } from '../db/database';
import { localDate } from '../platform/clock';
import type { AmountDue } from '../receivables';
import { billForBank } from './bill-for-bank';
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
  const { quote } = await billForBank(db, partner, billingCode, localDate(at, partner.timeZone));
  if (!quote) return { kind: 'bill_not_found' };
  const { bill, due } = quote;
  if (bill.status === 'paid') return { kind: 'already_paid' };
  if (bill.status !== 'open') return { kind: 'bill_not_found' };
  return {
    kind: 'found',
    inquiry: {
      billingCode: bill.billingCode,
      taxpayerName: quote.taxpayerName,
      taxType: quote.taxType,
      dueDate: bill.dueDate,
      due,
    },
  };
}
