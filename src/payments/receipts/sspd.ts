import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentBase } from '../../documents/layout';
import { Problem } from '../../platform/problem';
import { billSummaries } from '../../receivables';
import { receiptParticulars } from '../../tax';

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

/** The file name an SSPD is offered under: `sspd-357325031000000042.pdf`. */
export function sspdFileName(sspd: Pick<SspdDocument, 'ntpd'>): string {
  return `sspd-${sspd.ntpd}.pdf`;
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
    billId: number;
    billingCode: string;
    principal: number;
    penalty: number;
    amount: number;
    bankName: string;
    bankReference: string;
    paidAt: Date;
    reversedAt: Date | null;
    depositNumber: string | null;
  }>(
    `SELECT p.ntpd, p.bill_id AS "billId", p.billing_code AS "billingCode", p.principal, p.penalty, p.amount,
            pp.name AS "bankName", p.bank_reference AS "bankReference", p.paid_at AS "paidAt",
            rv.reversed_at AS "reversedAt", d.number AS "depositNumber"
     FROM payment p
     JOIN payment_partner pp ON pp.partner_id = p.partner_id
     LEFT JOIN payment_reversal rv ON rv.region_id = p.region_id AND rv.payment_id = p.id
     LEFT JOIN deposit_payment dp ON dp.region_id = p.region_id AND dp.payment_id = p.id
     LEFT JOIN deposit d ON d.region_id = dp.region_id AND d.id = dp.deposit_id
     WHERE p.region_id = $1 AND p.id = $2`,
    [regionId, paymentId],
  );
  if (!row) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  // The bill is receivables'; who paid and for which object is tax's.
  const bill = (await billSummaries(db, regionId, [row.billId])).get(row.billId);
  if (!bill) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const tax = await receiptParticulars(db, regionId, bill);
  const base = await documentBase(db, regionId, 'payment', paymentId, today, baseUrl, secret);
  return {
    ...base,
    paymentId,
    ntpd: row.ntpd,
    billingCode: row.billingCode,
    taxpayer: { name: tax.taxpayerName, npwpd: tax.npwpd },
    object: tax.objectName ? { name: tax.objectName } : null,
    taxType: { name: bill.subject },
    period: bill.period ?? tax.returnPeriod,
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
