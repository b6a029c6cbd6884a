import type { Sql } from '../../db/database';

/** A payment as the staff's and the taxpayer's lists show it, with whether it was reversed or deposited. */
export interface ListedPayment {
  id: number;
  ntpd: string;
  billId: number;
  billingCode: string;
  taxpayerId: number;
  taxpayerName: string;
  taxCode: string;
  period: string | null;
  partnerId: string;
  partnerName: string;
  channel: string;
  bankReference: string;
  principal: number;
  penalty: number;
  amount: number;
  paidAt: Date;
  day: string;
  reversedAt: Date | null;
  depositNumber: string | null;
}

export interface PaymentFilter {
  paymentId?: number;
  day?: string;
  partnerId?: string;
  billId?: number;
  taxpayerId?: number;
  /** A taxpayer sees only the payments of bills linked to their account. */
  ownerUserId: number | null;
  limit: number;
  offset: number;
}

export async function findPayments(db: Sql, regionId: string, f: PaymentFilter): Promise<ListedPayment[]> {
  return db.query<ListedPayment>(
    `SELECT p.id, p.ntpd, p.bill_id AS "billId", b.billing_code AS "billingCode", b.taxpayer_id AS "taxpayerId",
            t.name AS "taxpayerName", b.tax_code AS "taxCode", b.period, p.partner_id AS "partnerId",
            pp.name AS "partnerName", p.channel, p.bank_reference AS "bankReference", p.principal, p.penalty,
            p.amount, p.paid_at AS "paidAt", p.day, rv.reversed_at AS "reversedAt", d.number AS "depositNumber"
     FROM payment p
     JOIN bill b ON b.region_id = p.region_id AND b.id = p.bill_id
     JOIN taxpayer t ON t.region_id = b.region_id AND t.id = b.taxpayer_id
     JOIN payment_partner pp ON pp.partner_id = p.partner_id
     LEFT JOIN payment_reversal rv ON rv.region_id = p.region_id AND rv.payment_id = p.id
     LEFT JOIN deposit_payment dp ON dp.region_id = p.region_id AND dp.payment_id = p.id
     LEFT JOIN deposit d ON d.region_id = dp.region_id AND d.id = dp.deposit_id
     WHERE p.region_id = $1 AND ($2::bigint IS NULL OR p.id = $2) AND ($3::date IS NULL OR p.day = $3)
       AND ($4::text IS NULL OR p.partner_id = $4) AND ($5::bigint IS NULL OR p.bill_id = $5)
       AND ($6::bigint IS NULL OR b.taxpayer_id = $6) AND ($7::bigint IS NULL OR t.user_id = $7)
     ORDER BY p.paid_at DESC, p.id DESC LIMIT $8 OFFSET $9`,
    [
      regionId,
      f.paymentId ?? null,
      f.day ?? null,
      f.partnerId ?? null,
      f.billId ?? null,
      f.taxpayerId ?? null,
      f.ownerUserId,
      f.limit,
      f.offset,
    ],
  );
}
