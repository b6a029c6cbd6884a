import type { Sql } from '../db/database';

/** A posted payment as the bank is told about it. */
export interface PostedPayment {
  ntpd: string;
  /** The bill it paid. */
  billId: number;
  billingCode: string;
  amount: number;
  paidAt: Date;
  reversed: boolean;
}

/** A posted payment as stored: its fields never change once written (a reversal is its own row). */
export type StoredPayment = PostedPayment & {
  id: number;
  regionId: string;
  principal: number;
  penalty: number;
  requestHash: string;
  day: string;
};

/** A partner's payment by its bank reference (the retry key), whether reversed since; null if there is none. */
export async function paymentByReference(
  db: Sql,
  partnerId: string,
  bankReference: string,
): Promise<StoredPayment | null> {
  const [row] = await db.query<StoredPayment>(
    `SELECT p.id, p.region_id AS "regionId", p.ntpd, p.billing_code AS "billingCode", p.amount, p.paid_at AS "paidAt",
       p.request_hash AS "requestHash", p.day, p.bill_id AS "billId", p.principal, p.penalty,
       r.payment_id IS NOT NULL AS reversed
     FROM payment p
     LEFT JOIN payment_reversal r ON r.region_id = p.region_id AND r.payment_id = p.id
     WHERE p.partner_id = $1 AND p.bank_reference = $2`,
    [partnerId, bankReference],
  );
  return row ?? null;
}
