import type { Sql } from '../db/database';
import { type BillQuote, billForCollection } from '../receivables';
import type { Partner } from './partner';
import type { StoredPayment } from './stored-payment';

/** What a bank's inquiry or payment needs to know, read without a lock. */
export interface BillForBank {
  /** The bill with what it costs on the day; null when the code names no bill of the partner's region. */
  quote: (BillQuote & { taxpayerName: string; taxType: string }) | null;
  /** The partner's earlier payment under the same bank reference, if any (payments only). */
  earlier: StoredPayment | null;
  /** Two fresh journal numbers, for the interest and the payment journal of a posting (payments only). */
  journalIds: [number, number] | null;
}

type EarlierRow = Omit<StoredPayment, 'paidAt'> & { paidAt: string };

/**
 * One round trip for a bank request: receivables' read of the bill by its kode bayar (priced on the day, with its
 * debtor's name and what it is for) and, for a payment, two journal numbers and, read alongside from payments' own
 * table, the partner's earlier payment under the same reference. A bank's request costs round trips more than
 * anything else (issue 4's benchmark), so what used to be four queries is one.
 */
export async function billForBank(
  db: Sql,
  partner: Partner,
  billingCode: string,
  day: string,
  payment?: { bankReference: string },
): Promise<BillForBank> {
  const read = await billForCollection<EarlierRow>(
    db,
    partner.regionId,
    billingCode,
    day,
    payment
      ? {
          journalNumbers: 2,
          alongside: (n) => ({
            sql: `SELECT json_build_object('id', p.id, 'regionId', p.region_id, 'ntpd', p.ntpd,
                   'billingCode', p.billing_code, 'amount', p.amount, 'paidAt', p.paid_at, 'requestHash', p.request_hash,
                   'day', p.day, 'billId', p.bill_id, 'principal', p.principal, 'penalty', p.penalty,
                   'reversed', EXISTS (SELECT 1 FROM payment_reversal r
                                       WHERE r.region_id = $1 AND r.payment_id = p.id))
                 FROM payment p WHERE p.region_id = $1 AND p.partner_id = $${n} AND p.bank_reference = $${n + 1}`,
            params: [partner.partnerId, payment.bankReference],
          }),
        }
      : {},
  );
  const earlier = read.alongside ? { ...read.alongside, paidAt: new Date(read.alongside.paidAt) } : null;
  const journalIds = payment ? (read.journalIds as [number, number]) : null;
  const q = read.quote;
  if (!q) return { quote: null, earlier, journalIds };
  return {
    quote: { bill: q.bill, due: q.due, taxpayerName: q.debtorName, taxType: q.subject },
    earlier,
    journalIds,
  };
}
