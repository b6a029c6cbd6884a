import type { Sql } from '../db/database';

/** A payment Balai expects through a channel it started (a dynamic QRIS shown for a bill; a VA registered). */
export interface PaymentIntent {
  id: number;
  regionId: string;
  billId: number;
  billingCode: string;
  partnerId: string;
  amount: number;
  reference: string;
  createdAt: Date;
  expiresAt: Date;
  state: 'pending' | 'paid' | 'expired' | 'stuck' | 'resolved';
  checkedAt: Date | null;
  checkCount: number;
  note: string | null;
}

export const INTENT_SELECT = `SELECT i.id, i.region_id AS "regionId", i.bill_id AS "billId", i.billing_code AS "billingCode",
  i.partner_id AS "partnerId", i.amount, i.reference, i.created_at AS "createdAt", i.expires_at AS "expiresAt", i.state,
  i.checked_at AS "checkedAt", i.check_count AS "checkCount", i.note
  FROM payment_intent i`;

/**
 * Notes that a payment may arrive for a bill through a partner, for this amount, until `expiresAt`. Showing the
 * same QR again does not add a second expectation: a pending one for the same bill, partner and amount is reused.
 */
export async function expectPayment(
  db: Sql,
  at: Date,
  i: {
    regionId: string;
    billId: number;
    billingCode: string;
    partnerId: string;
    amount: number;
    reference: string;
    expiresAt: Date;
  },
): Promise<number> {
  const [existing] = await db.query<{ id: number }>(
    `SELECT id FROM payment_intent WHERE region_id = $1 AND bill_id = $2 AND partner_id = $3 AND amount = $4
       AND state = 'pending'`,
    [i.regionId, i.billId, i.partnerId, i.amount],
  );
  if (existing) return existing.id;
  const [row] = await db.query<{ id: number }>(
    `INSERT INTO payment_intent (region_id, bill_id, billing_code, partner_id, amount, reference, created_at,
                                 expires_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
    [i.regionId, i.billId, i.billingCode, i.partnerId, i.amount, i.reference, at, i.expiresAt],
  );
  return (row as { id: number }).id;
}

/** Closes a partner's pending expectations of a bill once its notification has posted the payment. */
export async function settleIntents(
  db: Sql,
  at: Date,
  i: { regionId: string; billingCode: string; partnerId: string },
): Promise<void> {
  await db.query(
    `UPDATE payment_intent SET state = 'paid', checked_at = $4
     WHERE region_id = $1 AND billing_code = $2 AND partner_id = $3 AND state = 'pending'`,
    [i.regionId, i.billingCode, i.partnerId, at],
  );
}
