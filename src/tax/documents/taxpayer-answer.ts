import { z } from 'zod';
import type { Sql } from '../../db/database';
import type { PageRow, Text } from '../../documents/document-kind';
import { TEXT } from '../../documents/document-kind';
import { formatMonth } from '../../platform/human-format';
import { formatBillingCode } from '../../receivables';

/**
 * What the public verify answer of a document about one taxpayer's tax says of them, before its kind: tax's documents
 * and payments' SSPD (an STS is about a bank's day, not a taxpayer). Names, NPWPD and the object's name only.
 */
export const TAXPAYER_ABOUT = {
  taxpayer: z.object({ name: z.string(), npwpd: z.string().nullable() }),
  object: z.object({ name: z.string() }).nullable(),
  taxType: z.string(),
  period: z.string().nullable(),
};

export type TaxpayerAbout = z.infer<z.ZodObject<typeof TAXPAYER_ABOUT>>;

/** The answer's fields about the taxpayer, from what the document prints of them. */
export function taxpayerAbout(document: {
  taxpayer: { name: string; npwpd: string | null };
  object: { name: string } | null;
  taxType: { name: string };
  period: string | null;
}): TaxpayerAbout {
  return {
    taxpayer: document.taxpayer,
    object: document.object,
    taxType: document.taxType.name,
    period: document.period,
  };
}

/** The verify page's lines about the taxpayer, after the document's title and number. */
export function taxpayerRows(v: TaxpayerAbout): PageRow[] {
  return [
    { label: { id: 'Wajib pajak', en: 'Taxpayer' }, value: v.taxpayer.name },
    { label: { id: 'NPWPD', en: 'Regional taxpayer number' }, value: v.taxpayer.npwpd ?? '-' },
    { label: { id: 'Objek pajak', en: 'Tax object' }, value: v.object?.name ?? '-' },
    { label: { id: 'Jenis pajak', en: 'Tax' }, value: v.taxType },
    { label: { id: 'Masa pajak', en: 'Tax period' }, value: v.period ? formatMonth(v.period, 'id') : '-' },
  ];
}

const BILL_STATUS = z.enum(['open', 'paid', 'written_off', 'cancelled']);
type BillStatus = z.infer<typeof BILL_STATUS>;

export const BILL_STATUS_TEXT: Record<BillStatus, Text> = {
  open: { id: 'Belum dibayar', en: 'Unpaid' },
  paid: { id: 'Lunas', en: 'Paid' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
  written_off: { id: 'Dihapuskan', en: 'Written off' },
};

/** The state of the bill that collects an SPTPD or an assessment, as their verify answers give it. */
export const PAYMENT_STATE = z
  .object({ billingCode: z.string(), status: BILL_STATUS, statusText: TEXT })
  .nullable()
  .describe('the bill that collects it, if any');

export type PaymentState = z.infer<typeof PAYMENT_STATE>;

/** The latest bill of a return or an assessment (a cancelled one only if it has no other), and its state. */
export async function paymentOf(
  db: Sql,
  regionId: string,
  link: 'return_id' | 'assessment_id',
  id: number,
): Promise<PaymentState> {
  const [row] = await db.query<{ billingCode: string; status: BillStatus }>(
    `SELECT billing_code AS "billingCode", status FROM bill WHERE region_id = $1 AND ${link} = $2
     ORDER BY status = 'cancelled', id DESC LIMIT 1`,
    [regionId, id],
  );
  return row ? { ...row, statusText: BILL_STATUS_TEXT[row.status] } : null;
}

export function paymentRow(payment: PaymentState): PageRow {
  const label = { id: 'Pembayaran', en: 'Payment' };
  if (!payment) return { label, value: { id: 'Tidak ada tagihan', en: 'Nothing to pay' } };
  return {
    label,
    value: {
      id: `${payment.statusText.id} (kode bayar ${formatBillingCode(payment.billingCode)})`,
      en: payment.statusText.en,
    },
  };
}
