import type { Sql } from '../../db/database';
import {
  containsPattern,
  inKecamatanPattern,
  listPage,
  orderSql,
  type SortOf,
} from '../../platform/list-page';
import type { Lang } from '../../platform/problem';
import { type Bill, type BillWithBalance, billColumns, billLinesSql, outstandingSql } from './bill';
import { ownedByAccountSql } from './bill-issuers';
import { debtorNameOf, debtorNumberOf, kecamatanNameOf, placeOf, subjectOf } from './bill-listing';

/** The columns the bills list can be ordered by; `-issued` (the newest first) unless asked otherwise. */
export const BILL_SORT_COLUMNS = [
  'issued',
  'due',
  'code',
  'taxpayer',
  'period',
  'principal',
  'outstanding',
  'status',
] as const;
export type BillSort = SortOf<(typeof BILL_SORT_COLUMNS)[number]>;

const ORDER: Record<(typeof BILL_SORT_COLUMNS)[number], string | readonly string[]> = {
  issued: '"issuedAt"',
  due: '"dueDate"',
  code: '"billingCode"',
  taxpayer: ['"taxpayerName"', 'period'],
  period: ['period', '"taxpayerName"'],
  principal: 'principal',
  outstanding: 'outstanding',
  status: ['status', '"dueDate"'],
};

/** Which of a region's bills a list shows; every filter optional. */
export interface BillListFilter {
  status?: Bill['status'];
  taxpayerId?: number;
  /** Only the bills whose debtor this user account acts for (a taxpayer's own); null or absent: every bill. */
  ownerUserId?: number | null;
  taxCode?: string;
  /** The masa pajak, `YYYY-MM`. */
  period?: string;
  /** A kecamatan's Kemendagri code: the bills of what is taxed there. */
  kecamatan?: string;
  /** A fragment of the debtor's name, or the kode bayar (whole or its beginning, spaces ignored). */
  q?: string;
}

/** A bill as a list shows it: with its debtor, where it is owed and what it is for in the reader's language. */
export type ListedBill = BillWithBalance & {
  taxpayerName: string;
  npwpd: string | null;
  kecamatan: string | null;
  taxName: string;
};

/** A page of the region's bills that match, in the order asked, and how many match in all. */
export async function listBills(
  db: Sql,
  regionId: string,
  f: BillListFilter & { sort: BillSort; limit: number; offset: number; lang?: Lang },
): Promise<{ total: number; items: ListedBill[] }> {
  const q = f.q?.trim();
  const code = q?.replace(/\s/g, '').replace(/[\\%_]/g, '');
  const select = `SELECT ${billColumns('$1', false)}, ${outstandingSql('$1')},
      ${debtorNameOf('b', '$1')} AS "taxpayerName"
    FROM bill b
    WHERE b.region_id = $1 AND ($2::text IS NULL OR b.status = $2) AND ($3::bigint IS NULL OR b.taxpayer_id = $3)
      AND ($4::bigint IS NULL OR ${ownedByAccountSql('b', '$1', '$4')})
      AND ($5::text IS NULL OR b.tax_code = $5) AND ($6::text IS NULL OR b.period = $6)
      AND ($7::text IS NULL OR ${placeOf('b', '$1')} LIKE $7)
      AND ($8::text IS NULL OR ${debtorNameOf('b', '$1')} ILIKE $8 OR b.billing_code LIKE $9)`;
  return listPage<ListedBill>(
    db,
    select,
    [
      regionId,
      f.status ?? null,
      f.taxpayerId ?? null,
      f.ownerUserId ?? null,
      f.taxCode ?? null,
      f.period ?? null,
      f.kecamatan ? inKecamatanPattern(f.kecamatan) : null,
      q ? containsPattern(q) : null,
      code ? `${code}%` : null,
    ],
    orderSql(f.sort, ORDER, 'id DESC'),
    f,
    `${billLinesSql('$1', 'page.id')} AS lines, d.*`,
    // What only the page's rows need: each bill's NPWPD, kecamatan and tax name.
    `LEFT JOIN LATERAL (SELECT ${debtorNumberOf('b', '$1')} AS npwpd,
       ${kecamatanNameOf(placeOf('b', '$1'))} AS kecamatan, ${subjectOf('b', f.lang)} AS "taxName"
       FROM bill b WHERE b.region_id = $1 AND b.id = page.id) d ON true`,
  );
}
