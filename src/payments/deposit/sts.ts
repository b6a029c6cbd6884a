import type { Sql } from '../../db/database';
import { Problem } from '../../platform/problem';
import { documentBase } from '../../tax/documents/document-base';
import type { DocumentBase } from '../../tax/documents/layout';
import type { RkudAccount } from '../rkud/rkud-account';

/** The STS as printed: which receipts, of which bank and day, went to the treasury account, by tax. */
export interface StsDocument extends DocumentBase {
  depositId: number;
  number: string;
  /** The day the receipts were taken by the bank. */
  day: string;
  /** ISO 8601 instant of the deposit. */
  depositedAt: string;
  bank: { name: string };
  /** The treasury account the money went to, as the region had it set on the day of the deposit; null if unset. */
  rkud: (RkudAccount & { exampleOnly: boolean }) | null;
  /** The treasurer who made the deposit, by name. */
  treasurer: string | null;
  amount: number;
  paymentCount: number;
  /** For a follow-up STS (STS susulan): the day's first STS, which did not carry these receipts. */
  follows: { number: string; depositedAt: string } | null;
  /** Per tax: its principal and the interest (sanksi administratif) paid with it. */
  rows: { taxName: string; principal: number; penalty: number }[];
}

export async function loadSts(
  db: Sql,
  regionId: string,
  depositId: number,
  today: string,
  baseUrl: string,
  secret: string,
): Promise<StsDocument> {
  const [deposit] = await db.query<{
    number: string;
    day: string;
    depositedAt: Date;
    bankName: string;
    treasurer: string | null;
    amount: number;
    paymentCount: number;
    followsNumber: string | null;
    followsAt: Date | null;
    rkudBankName: string | null;
    rkudAccountNumber: string | null;
    rkudAccountName: string | null;
    rkudExampleOnly: boolean | null;
  }>(
    `SELECT d.number, d.day, d.deposited_at AS "depositedAt", pp.name AS "bankName", u.name AS treasurer, d.amount,
            d.payment_count AS "paymentCount", f.number AS "followsNumber", f.deposited_at AS "followsAt",
            d.rkud_bank_name AS "rkudBankName", d.rkud_account_number AS "rkudAccountNumber",
            d.rkud_account_name AS "rkudAccountName", d.rkud_example_only AS "rkudExampleOnly"
     FROM deposit d JOIN payment_partner pp ON pp.partner_id = d.partner_id
     LEFT JOIN app_user u ON u.id = d.deposited_by
     LEFT JOIN deposit f ON f.region_id = d.region_id AND f.id = d.follows_deposit_id
     WHERE d.region_id = $1 AND d.id = $2`,
    [regionId, depositId],
  );
  if (!deposit) throw new Problem(404, 'DOCUMENT_NOT_FOUND');
  const rows = await db.query<{ taxName: string; principal: number; penalty: number }>(
    `SELECT tt.name_id AS "taxName", sum(p.principal)::int8 AS principal,
            sum(p.penalty)::int8 AS penalty
     FROM deposit_payment dp
     JOIN payment p ON p.region_id = dp.region_id AND p.id = dp.payment_id
     JOIN bill b ON b.region_id = p.region_id AND b.id = p.bill_id
     JOIN tax_type tt ON tt.code = b.tax_code
     WHERE dp.region_id = $1 AND dp.deposit_id = $2
     GROUP BY b.tax_code, tt.name_id, tt.billing_code ORDER BY tt.billing_code`,
    [regionId, depositId],
  );
  const base = await documentBase(db, regionId, 'deposit', depositId, today, baseUrl, secret);
  return {
    ...base,
    depositId,
    number: deposit.number,
    day: deposit.day,
    depositedAt: deposit.depositedAt.toISOString(),
    bank: { name: deposit.bankName },
    rkud:
      deposit.rkudBankName === null
        ? null
        : {
            bankName: deposit.rkudBankName,
            accountNumber: deposit.rkudAccountNumber ?? '',
            accountName: deposit.rkudAccountName ?? '',
            exampleOnly: deposit.rkudExampleOnly === true,
          },
    treasurer: deposit.treasurer,
    amount: deposit.amount,
    paymentCount: deposit.paymentCount,
    follows:
      deposit.followsNumber === null
        ? null
        : { number: deposit.followsNumber, depositedAt: (deposit.followsAt as Date).toISOString() },
    rows,
  };
}
