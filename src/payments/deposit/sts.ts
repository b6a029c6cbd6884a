import { z } from 'zod';
import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentKind } from '../../documents/document-kind';
import { formatDate, formatDateTime, formatRupiah } from '../../platform/human-format';
import { Problem } from '../../platform/problem';
import { billSummaries, parseBillingCode } from '../../receivables';
import { renderStsPdf, type StsDocument } from './sts-pdf';

/** What the verify answer says of an STS: it is about a bank's day, not a taxpayer. */
const DEPOSIT_DETAILS = z.object({
  day: z.string().describe('the day the bank took the receipts'),
  bank: z.string(),
  amount: z.number(),
  paymentCount: z.number(),
  depositedAt: z.string(),
  followsNumber: z.string().nullable().describe('for a follow-up STS (STS susulan): the day’s first STS'),
});

type DepositAnswer = { deposit: z.infer<typeof DEPOSIT_DETAILS> };

/** The STS (kind `deposit`, codes beginning with T, the S being the SSPD's). A deposit made stays made: always current. */
export const STS_DOCUMENT: DocumentKind<StsDocument, DepositAnswer> = {
  name: 'deposit',
  letter: 'T',
  load: loadSts,
  render: renderStsPdf,
  fileName: stsFileName,
  verification: {
    current: 'an STS always',
    details: DEPOSIT_DETAILS,
    answer: async (sts) => ({
      current: true,
      title: sts.follows ? 'SURAT TANDA SETORAN (STS SUSULAN)' : 'SURAT TANDA SETORAN (STS)',
      reference: sts.number,
      status: 'deposited',
      statusText: { id: 'Telah disetor ke kas daerah', en: 'Deposited to the regional treasury' },
      deposit: {
        day: sts.day,
        bank: sts.bank.name,
        amount: sts.amount,
        paymentCount: sts.paymentCount,
        depositedAt: sts.depositedAt,
        followsNumber: sts.follows?.number ?? null,
      },
    }),
    rows: ({ deposit: d, region }) => [
      { label: { id: 'Penerimaan melalui', en: 'Received through' }, value: d.bank },
      { label: { id: 'Tanggal penerimaan', en: 'Received on' }, value: formatDate(d.day, 'id') },
      ...(d.followsNumber
        ? [{ label: { id: 'Susulan atas STS', en: 'Follow-up of STS' }, value: d.followsNumber }]
        : []),
      { label: { id: 'Jumlah SSPD', en: 'Payments' }, value: String(d.paymentCount) },
      { label: { id: 'Jumlah disetor', en: 'Amount deposited' }, value: formatRupiah(d.amount) },
      {
        label: { id: 'Disetor pada', en: 'Deposited at' },
        value: formatDateTime(new Date(d.depositedAt), region.timeZone, 'id'),
      },
    ],
  },
};

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
  const base = await documentBase(db, regionId, STS_DOCUMENT, depositId, today, baseUrl, secret);
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
