import type { Sql } from '../db/database';
import { amountDueOn } from '../receivables/bills/amount-due';
import { BILL_COLUMNS, type BillWithBalance, OUTSTANDING } from '../receivables/bills/bill';
import type { BillQuote } from '../receivables/bills/quote-bill';
import { parseBillingCode } from '../receivables/rules/billing-code';
import { type PolicyKey, policyKeyColumns, taxPolicyOfKey } from '../tax/policy';
import type { Partner } from './partner';
import type { StoredPayment } from './post-payment';

/** What a bank's inquiry or payment needs to know, read without a lock. */
export interface BillForBank {
  /** The bill with what it costs on the day; null when the code names no bill of the partner's region. */
  quote: (BillQuote & { taxpayerName: string; taxType: string }) | null;
  /** The partner's earlier payment under the same bank reference, if any (payments only). */
  earlier: StoredPayment | null;
  /** Two fresh journal numbers, for the interest and the payment journal of a posting (payments only). */
  journalIds: [number, number] | null;
}

type Row = Partial<BillWithBalance> & {
  taxpayerName: string | null;
  taxType: string | null;
  policyFrom: string | null;
  policyRevision: number | null;
  earlier: (Omit<StoredPayment, 'paidAt'> & { paidAt: string }) | null;
  journalA?: number;
  journalB?: number;
};

/**
 * One round trip for a bank request: the bill by its kode bayar with its ledger balance, lines and names, the key
 * of the region's policy in force on the day, and for a payment the partner's earlier payment under the same
 * reference and two journal numbers. A bank's request costs round trips more than anything else (issue 4's
 * benchmark), so what used to be four queries is one. Priced by the same rule as every bill (`amountDueOn`).
 */
export async function billForBank(
  db: Sql,
  partner: Partner,
  billingCode: string,
  day: string,
  payment?: { bankReference: string },
): Promise<BillForBank> {
  const code = billingCode.replace(/\s/g, '');
  // A code whose check digit fails names no bill; it is not looked up.
  const known = parseBillingCode(code).ok;
  const [row] = await db.query<Row>(
    `SELECT ${BILL_COLUMNS}, ${OUTSTANDING}, t.name AS "taxpayerName", tt.name_id AS "taxType",
       ${
         payment
           ? `(SELECT json_build_object('id', p.id, 'regionId', p.region_id, 'ntpd', p.ntpd,
                 'billingCode', pb.billing_code, 'amount', p.amount, 'paidAt', p.paid_at, 'requestHash', p.request_hash,
                 'day', p.day, 'billId', p.bill_id, 'principal', p.principal, 'penalty', p.penalty,
                 'reversed', EXISTS (SELECT 1 FROM payment_reversal r
                                     WHERE r.region_id = p.region_id AND r.payment_id = p.id))
               FROM payment p JOIN bill pb ON pb.region_id = p.region_id AND pb.id = p.bill_id
               WHERE p.partner_id = $5 AND p.bank_reference = $6) AS earlier,
             nextval('journal_id_seq') AS "journalA", nextval('journal_id_seq') AS "journalB",`
           : ''
       }
       ${policyKeyColumns('$1', '$3::date')}
     LEFT JOIN bill b ON $4::boolean AND b.region_id = $1 AND b.billing_code = $2
     LEFT JOIN taxpayer t ON t.region_id = b.region_id AND t.id = b.taxpayer_id
     LEFT JOIN tax_type tt ON tt.code = b.tax_code`,
    payment
      ? [partner.regionId, code, day, known, partner.partnerId, payment.bankReference]
      : [partner.regionId, code, day, known],
  );
  if (!row) throw new Error('the bank read answers one row');
  const earlier = row.earlier ? { ...row.earlier, paidAt: new Date(row.earlier.paidAt) } : null;
  const journalIds: [number, number] | null = payment ? [Number(row.journalA), Number(row.journalB)] : null;
  if (row.id === null || row.id === undefined) return { quote: null, earlier, journalIds };
  const bill = row as BillWithBalance;
  const key: PolicyKey | null =
    row.policyFrom && row.policyRevision !== null
      ? { validFrom: row.policyFrom, revision: row.policyRevision }
      : null;
  const policy = await taxPolicyOfKey(db, partner.regionId, key, day);
  return {
    quote: {
      bill,
      due: amountDueOn(policy, { ...bill, principal: bill.outstanding }, day),
      taxpayerName: row.taxpayerName ?? '',
      taxType: row.taxType ?? bill.taxCode,
    },
    earlier,
    journalIds,
  };
}
