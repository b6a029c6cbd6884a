import { z } from 'zod';
import type { Sql } from '../../db/database';
import { documentBase } from '../../documents/document-base';
import type { DocumentKind, PageRow } from '../../documents/document-kind';
import { formatDateTime, formatRupiah } from '../../platform/human-format';
import { Problem } from '../../platform/problem';
import { billSummaries, formatBillingCode } from '../../receivables';
import {
  receiptParticulars,
  TAXPAYER_ABOUT,
  type TaxpayerAbout,
  taxpayerAbout,
  taxpayerRows,
} from '../../tax';
import { renderSspdPdf, type SspdDocument } from './sspd-pdf';

/** What the verify answer says of an SSPD besides its taxpayer. */
const PAYMENT_DETAILS = z.object({
  ntpd: z.string(),
  billingCode: z.string(),
  principal: z.number(),
  penalty: z.number(),
  amount: z.number(),
  bank: z.string(),
  bankReference: z.string(),
  paidAt: z.string(),
  reversedAt: z
    .string()
    .nullable()
    .describe('when the bank took the payment back; the SSPD then proves nothing'),
  depositNumber: z.string().nullable().describe('the STS that deposited it to the treasury account'),
});

type PaymentAnswer = TaxpayerAbout & { payment: z.infer<typeof PAYMENT_DETAILS> };

/**
 * The SSPD (kind `payment`, codes beginning with S), one per payment row. It stands unless the bank reversed the
 * payment: then it is genuine but proves nothing, and its page says so.
 */
export const SSPD_DOCUMENT: DocumentKind<SspdDocument, PaymentAnswer> = {
  name: 'payment',
  letter: 'S',
  load: loadSspd,
  render: renderSspdPdf,
  fileName: sspdFileName,
  verification: {
    current: 'a payment (SSPD) the bank did not reverse',
    about: TAXPAYER_ABOUT,
    details: PAYMENT_DETAILS,
    answer: async (p) => ({
      current: p.reversedAt === null,
      title: 'SURAT SETORAN PAJAK DAERAH (SSPD)',
      reference: `NTPD ${p.ntpd}`,
      status: p.reversedAt ? 'reversed' : 'paid',
      statusText: p.reversedAt
        ? { id: 'Pembayaran dibatalkan oleh bank', en: 'Payment reversed by the bank' }
        : { id: 'Pembayaran diterima', en: 'Payment received' },
      ...taxpayerAbout(p),
      payment: {
        ntpd: p.ntpd,
        billingCode: p.billingCode,
        principal: p.principal,
        penalty: p.penalty,
        amount: p.amount,
        bank: p.bank.name,
        bankReference: p.bankReference,
        paidAt: p.paidAt,
        reversedAt: p.reversedAt,
        depositNumber: p.depositNumber,
      },
    }),
    rows(v) {
      const p = v.payment;
      const rows: PageRow[] = [
        ...taxpayerRows(v),
        { label: { id: 'Kode bayar', en: 'Payment code' }, value: formatBillingCode(p.billingCode) },
        { label: { id: 'Pokok pajak', en: 'Principal' }, value: formatRupiah(p.principal) },
        { label: { id: 'Sanksi bunga', en: 'Interest' }, value: formatRupiah(p.penalty) },
        { label: { id: 'Jumlah dibayar', en: 'Amount paid' }, value: formatRupiah(p.amount) },
        { label: { id: 'Dibayar melalui', en: 'Paid through' }, value: p.bank },
        { label: { id: 'Referensi bank', en: 'Bank reference' }, value: p.bankReference },
        {
          label: { id: 'Waktu pembayaran', en: 'Paid at' },
          value: formatDateTime(new Date(p.paidAt), v.region.timeZone, 'id'),
        },
      ];
      if (p.reversedAt) {
        rows.push({
          label: { id: 'Dibatalkan bank', en: 'Reversed by the bank' },
          value: formatDateTime(new Date(p.reversedAt), v.region.timeZone, 'id'),
        });
      }
      if (p.depositNumber)
        rows.push({ label: { id: 'Disetor dengan', en: 'Deposited with' }, value: p.depositNumber });
      return rows;
    },
    // A reversed payment's SSPD is worse than out of date: whoever holds it has not paid.
    verdict: (v) =>
      v.current
        ? null
        : {
            tone: 'warn',
            notes: [
              {
                id: 'SSPD ini asli, tetapi pembayarannya telah dibatalkan oleh bank: SSPD ini bukan bukti pembayaran dan tagihannya belum lunas.',
                en: 'This SSPD is genuine, but the bank reversed the payment: it is no proof of payment and the bill is not paid.',
              },
            ],
          },
  },
};

/** The file name an SSPD is offered under: `sspd-357325031000000042.pdf`. */
export function sspdFileName(sspd: Pick<SspdDocument, 'ntpd'>): string {
  return `sspd-${sspd.ntpd}.pdf`;
}

/** What the SSPD of a payment row prints: the payment, and what its bill is for and whose it is. */
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
  const base = await documentBase(db, regionId, SSPD_DOCUMENT, paymentId, today, baseUrl, secret);
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
