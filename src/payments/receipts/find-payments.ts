import type { Sql } from '../../db/database';
import { billIdsOf, billSummaries } from '../../receivables';

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
  // A debtor's or an account's payments are those of its bills, which receivables knows.
  const billIds =
    f.taxpayerId !== undefined || f.ownerUserId !== null
      ? await billIdsOf(db, regionId, { taxpayerId: f.taxpayerId, ownerUserId: f.ownerUserId })
      : null;
  const rows = await db.query<Omit<ListedPayment, 'taxpayerId' | 'taxpayerName' | 'taxCode' | 'period'>>(
    `SELECT p.id, p.ntpd, p.bill_id AS "billId", p.billing_code AS "billingCode", p.partner_id AS "partnerId",
            pp.name AS "partnerName", p.channel, p.bank_reference AS "bankReference", p.principal, p.penalty,
            p.amount, p.paid_at AS "paidAt", p.day, rv.reversed_at AS "reversedAt", d.number AS "depositNumber"
     FROM payment p
     JOIN payment_partner pp ON pp.partner_id = p.partner_id
     LEFT JOIN payment_reversal rv ON rv.region_id = p.region_id AND rv.payment_id = p.id
     LEFT JOIN deposit_payment dp ON dp.region_id = p.region_id AND dp.payment_id = p.id
     LEFT JOIN deposit d ON d.region_id = dp.region_id AND d.id = dp.deposit_id
     WHERE p.region_id = $1 AND ($2::bigint IS NULL OR p.id = $2) AND ($3::date IS NULL OR p.day = $3)
       AND ($4::text IS NULL OR p.partner_id = $4) AND ($5::bigint IS NULL OR p.bill_id = $5)
       AND ($6::bigint[] IS NULL OR p.bill_id = ANY($6))
     ORDER BY p.paid_at DESC, p.id DESC LIMIT $7 OFFSET $8`,
    [
      regionId,
      f.paymentId ?? null,
      f.day ?? null,
      f.partnerId ?? null,
      f.billId ?? null,
      billIds,
      f.limit,
      f.offset,
    ],
  );
  const bills = await billSummaries(
    db,
    regionId,
    rows.map((r) => r.billId),
  );
  return rows.map((r) => {
    const bill = bills.get(r.billId);
    return {
      ...r,
      taxpayerId: bill?.taxpayerId ?? 0,
      taxpayerName: bill?.debtorName ?? '',
      taxCode: bill?.taxCode ?? '',
      period: bill?.period ?? null,
    };
  });
}
