import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentBase } from '../../documents/layout';
import { Problem } from '../../platform/problem';
import { billSummaries, parseBillingCode } from '../../receivables';
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

/** The file name an STS is offered under: `sts-000001-35-73-2025.pdf`. */
export function stsFileName(sts: Pick<StsDocument, 'number'>): string {
  return `${sts.number
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .toLowerCase()}.pdf`;
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
  const rows = await rowsByTax(db, regionId, depositId);
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

/**
 * A deposit's receipts summed per tax, in the order of the taxes' codes in the kode bayar (`RRRR TT …`): the bills
 * are receivables', which says what each is for.
 */
async function rowsByTax(db: Sql, regionId: string, depositId: number): Promise<StsDocument['rows']> {
  const perBill = await db.query<{ billId: number; principal: number; penalty: number }>(
    `SELECT p.bill_id AS "billId", sum(p.principal)::int8 AS principal, sum(p.penalty)::int8 AS penalty
     FROM deposit_payment dp
     JOIN payment p ON p.region_id = dp.region_id AND p.id = dp.payment_id
     WHERE dp.region_id = $1 AND dp.deposit_id = $2
     GROUP BY p.bill_id`,
    [regionId, depositId],
  );
  const bills = await billSummaries(
    db,
    regionId,
    perBill.map((r) => r.billId),
  );
  const byTax = new Map<string, { taxName: string; principal: number; penalty: number; order: string }>();
  for (const r of perBill) {
    const bill = bills.get(r.billId);
    if (!bill) continue;
    const row = byTax.get(bill.taxCode) ?? {
      taxName: bill.subject,
      principal: 0,
      penalty: 0,
      order: taxTypeCodeOf(bill.billingCode),
    };
    row.principal += r.principal;
    row.penalty += r.penalty;
    byTax.set(bill.taxCode, row);
  }
  return [...byTax.values()]
    .sort((a, b) => a.order.localeCompare(b.order))
    .map(({ taxName, principal, penalty }) => ({ taxName, principal, penalty }));
}

function taxTypeCodeOf(billingCode: string): string {
  const parsed = parseBillingCode(billingCode);
  return parsed.ok ? parsed.parts.taxTypeCode : '';
}
