import type { Sql } from '../../db/database';
import { Problem } from '../../platform/problem';
import { documentBase } from '../../tax/documents/document-base';
import type { DocumentBase } from '../../tax/documents/layout';

/**
 * The SSPD (Surat Setoran Pajak Daerah, domain notes §2.1): the taxpayer's proof that a bill was paid into the
 * region's account, one per payment row. It prints what the payment row and its bill hold, never more: names,
 * NPWPD, object name and amounts, no NIK, NPWP or contact data.
 */
export interface SspdDocument extends DocumentBase {
  paymentId: number;
  /** Balai's transaction number given to the bank (18 digits). */
  ntpd: string;
  billingCode: string;
  taxpayer: { name: string; npwpd: string | null };
  object: { name: string } | null;
  taxType: { name: string };
  /** Masa pajak (`YYYY-MM`) or tax year of the bill, if it has one. */
  period: string | null;
  principal: number;
  /** Late-payment interest paid with it. */
  penalty: number;
  amount: number;
  bank: { name: string };
  /** The bank's own reference (NTB), what a teller or a bank statement shows. */
  bankReference: string;
  /** ISO 8601 instant the bank says it was paid. */
  paidAt: string;
  /** ISO 8601 instant the bank took it back, if it did: the SSPD then proves nothing. */
  reversedAt: string | null;
  /** The STS that deposited it to the treasury account, once deposited. */
  depositNumber: string | null;
}

export async function loadSspd(
  db: Sql,
  regionId: string,
  paymentId: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<SspdDocument> {
  const [row] = await db.query<{
    ntpd: string;
    billingCode: string;
    taxpayerName: string;
    npwpd: string | null;
    objectName: string | null;
    taxName: string;
    period: string | null;
    principal: number;
    penalty: number;
    amount: number;
    bankName: string;
    bankReference: string;
    paidAt: Date;
    reversedAt: Date | null;
    depositNumber: string | null;
  }>(
    `SELECT p.ntpd, b.billing_code AS "billingCode", t.name AS "taxpayerName", t.npwpd, o.name AS "objectName",
            tt.name_id AS "taxName", coalesce(b.period, r.period) AS period, p.principal, p.penalty, p.amount,
            pp.name AS "bankName", p.bank_reference AS "bankReference", p.paid_at AS "paidAt",
            rv.reversed_at AS "reversedAt", d.number AS "depositNumber"
     FROM payment p
     JOIN bill b ON b.region_id = p.region_id AND b.id = p.bill_id
     JOIN taxpayer t ON t.region_id = b.region_id AND t.id = b.taxpayer_id
     JOIN tax_type tt ON tt.code = b.tax_code
     JOIN payment_partner pp ON pp.partner_id = p.partner_id
     LEFT JOIN tax_object o ON o.region_id = b.region_id AND o.id = b.object_id
     LEFT JOIN tax_return r ON r.region_id = b.region_id AND r.id = b.return_id
     LEFT JOIN payment_reversal rv ON rv.region_id = p.region_id AND rv.payment_id = p.id
     LEFT JOIN deposit_payment dp ON dp.region_id = p.region_id AND dp.payment_id = p.id
     LEFT JOIN deposit d ON d.region_id = dp.region_id AND d.id = dp.deposit_id
     WHERE p.region_id = $1 AND p.id = $2`,
    [regionId, paymentId],
  );
  if (!row) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const base = await documentBase(db, regionId, 'payment', paymentId, today, baseUrl, secret);
  return {
    ...base,
    paymentId,
    ntpd: row.ntpd,
    billingCode: row.billingCode,
    taxpayer: { name: row.taxpayerName, npwpd: row.npwpd },
    object: row.objectName ? { name: row.objectName } : null,
    taxType: { name: row.taxName },
    period: row.period,
    principal: row.principal,
    penalty: row.penalty,
    amount: row.amount,
    bank: { name: row.bankName },
    bankReference: row.bankReference,
    paidAt: row.paidAt.toISOString(),
    reversedAt: row.reversedAt?.toISOString() ?? null,
    depositNumber: row.depositNumber,
  };
}
