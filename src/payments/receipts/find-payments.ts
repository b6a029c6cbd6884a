import type { Sql } from '../../db/database';
import {
  containsPattern,
  inKecamatanPattern,
  listPage,
  orderSql,
  type SortOf,
} from '../../platform/list-page';
import type { Lang } from '../../platform/problem';
import {
  billIdsOf,
  debtorNameOf,
  debtorNumberOf,
  kecamatanNameOf,
  placeOf,
  subjectOf,
} from '../../receivables';

/** A payment as the staff's and the taxpayer's lists show it, with whether it was reversed or deposited. */
export interface ListedPayment {
  id: number;
  ntpd: string;
  billId: number;
  billingCode: string;
  taxpayerId: number;
  taxpayerName: string;
  npwpd: string | null;
  kecamatan: string | null;
  taxCode: string;
  /** What the bill is for (the tax type's name) in the language asked for. */
  taxName: string;
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

/** The columns the receipts can be ordered by; `-paid` (the latest first) unless asked otherwise. */
export const PAYMENT_SORT_COLUMNS = [
  'paid',
  'amount',
  'principal',
  'penalty',
  'taxpayer',
  'ntpd',
  'code',
  'partner',
  'period',
] as const;
export type PaymentSort = SortOf<(typeof PAYMENT_SORT_COLUMNS)[number]>;

const ORDER: Record<(typeof PAYMENT_SORT_COLUMNS)[number], string | readonly string[]> = {
  paid: '"paidAt"',
  amount: 'amount',
  principal: 'principal',
  penalty: 'penalty',
  taxpayer: ['"taxpayerName"', '"paidAt"'],
  ntpd: 'ntpd',
  code: '"billingCode"',
  partner: ['"partnerName"', '"paidAt"'],
  period: ['period', '"taxpayerName"'],
};

/** Which payments stand and where they went: reversed by the bank, or standing and deposited with an STS or not yet. */
export const PAYMENT_STATES = ['standing', 'reversed', 'deposited', 'undeposited'] as const;

export interface PaymentFilter {
  paymentId?: number;
  /** One day of payments, or a range of days (both included), on the region's calendar. */
  day?: string;
  from?: string;
  to?: string;
  partnerId?: string;
  billId?: number;
  taxpayerId?: number;
  taxCode?: string;
  /** A kecamatan's Kemendagri code: the payments of bills of what is taxed there. */
  kecamatan?: string;
  state?: (typeof PAYMENT_STATES)[number];
  /** A fragment of the taxpayer's name, or an NTPD, a kode bayar or a bank's reference (whole or its beginning). */
  q?: string;
  /** A taxpayer sees only the payments of bills linked to their account. */
  ownerUserId: number | null;
  sort?: PaymentSort;
  lang?: Lang;
  limit: number;
  offset: number;
}

const STATE_SQL: Record<(typeof PAYMENT_STATES)[number], string> = {
  standing: 'rv.reversed_at IS NULL',
  reversed: 'rv.reversed_at IS NOT NULL',
  deposited: 'rv.reversed_at IS NULL AND d.number IS NOT NULL',
  undeposited: 'rv.reversed_at IS NULL AND d.number IS NULL',
};

/**
 * A page of the region's payments that match, in the order asked (the latest first by default), and how many match.
 * Whose and what for are the paid bill's, as its issuer names them (receivables' listing expressions), read in the
 * same statement so that a list can be ordered and searched by them.
 */
export async function findPayments(
  db: Sql,
  regionId: string,
  f: PaymentFilter,
): Promise<{ total: number; items: ListedPayment[] }> {
  // A debtor's or an account's payments are those of its bills, which receivables knows.
  const billIds =
    f.taxpayerId !== undefined || f.ownerUserId !== null
      ? await billIdsOf(db, regionId, { taxpayerId: f.taxpayerId, ownerUserId: f.ownerUserId })
      : null;
  const q = f.q?.trim();
  const prefix = q ? `${q.replace(/\s/g, '').replace(/[\\%_]/g, '\\$&')}%` : null;
  const select = `SELECT p.id, p.ntpd, p.bill_id AS "billId", p.billing_code AS "billingCode",
        b.taxpayer_id AS "taxpayerId", ${debtorNameOf('b', '$1')} AS "taxpayerName", b.tax_code AS "taxCode", b.period,
        p.partner_id AS "partnerId", pp.name AS "partnerName", p.channel, p.bank_reference AS "bankReference",
        p.principal, p.penalty, p.amount, p.paid_at AS "paidAt", p.day, rv.reversed_at AS "reversedAt",
        d.number AS "depositNumber"
     FROM payment p
     JOIN bill b ON b.region_id = $1 AND b.id = p.bill_id
     JOIN payment_partner pp ON pp.partner_id = p.partner_id
     LEFT JOIN payment_reversal rv ON rv.region_id = $1 AND rv.payment_id = p.id
     LEFT JOIN deposit_payment dp ON dp.region_id = $1 AND dp.payment_id = p.id
     LEFT JOIN deposit d ON d.region_id = $1 AND d.id = dp.deposit_id
     WHERE p.region_id = $1 AND ($2::bigint IS NULL OR p.id = $2) AND ($3::date IS NULL OR p.day = $3)
       AND ($4::text IS NULL OR p.partner_id = $4) AND ($5::bigint IS NULL OR p.bill_id = $5)
       AND ($6::bigint[] IS NULL OR p.bill_id = ANY($6))
       AND ($7::date IS NULL OR p.day >= $7) AND ($8::date IS NULL OR p.day <= $8)
       AND ($9::text IS NULL OR b.tax_code = $9)
       AND ($10::text IS NULL OR ${placeOf('b', '$1')} LIKE $10)
       AND ($11::text IS NULL OR ${debtorNameOf('b', '$1')} ILIKE $11 OR p.ntpd LIKE $12
            OR p.billing_code LIKE $12 OR p.bank_reference ILIKE $12)
       ${f.state ? `AND ${STATE_SQL[f.state]}` : ''}`;
  return listPage<ListedPayment>(
    db,
    select,
    [
      regionId,
      f.paymentId ?? null,
      f.day ?? null,
      f.partnerId ?? null,
      f.billId ?? null,
      billIds,
      f.from ?? null,
      f.to ?? null,
      f.taxCode ?? null,
      f.kecamatan ? inKecamatanPattern(f.kecamatan) : null,
      q ? containsPattern(q) : null,
      prefix,
    ],
    orderSql(f.sort ?? '-paid', ORDER, 'id DESC'),
    f,
    'd.*',
    // What only the page's rows need: the NPWPD, kecamatan and tax name of each paid bill.
    `LEFT JOIN LATERAL (SELECT ${debtorNumberOf('b', '$1')} AS npwpd,
       ${kecamatanNameOf(placeOf('b', '$1'))} AS kecamatan, ${subjectOf('b', f.lang)} AS "taxName"
       FROM bill b WHERE b.region_id = $1 AND b.id = page."billId") d ON true`,
  );
}
