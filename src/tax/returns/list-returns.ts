import type { Sql } from '../../db/database';
import {
  containsPattern,
  inKecamatanPattern,
  listPage,
  orderSql,
  type SortOf,
} from '../../platform/list-page';
import type { Lang } from '../../platform/problem';
import { paidForMasaSql } from './review-return';
import { RETURN_COLUMNS, type TaxReturn } from './tax-return';

/**
 * The columns the returns can be ordered by; `-submitted` (the latest first, drafts not yet submitted before them)
 * unless asked otherwise.
 */
export const RETURN_SORT_COLUMNS = [
  'submitted',
  'period',
  'taxpayer',
  'object',
  'gross',
  'tax',
  'status',
  'due',
] as const;
export type ReturnSort = SortOf<(typeof RETURN_SORT_COLUMNS)[number]>;

const ORDER: Record<(typeof RETURN_SORT_COLUMNS)[number], string | readonly string[]> = {
  // A draft is not submitted yet: it counts as the latest.
  submitted: 'coalesce("submittedAt", \'infinity\'::timestamptz)',
  period: ['period', '"taxpayerName"', '"objectName"'],
  taxpayer: ['"taxpayerName"', 'period'],
  object: ['"objectName"', 'period'],
  gross: 'gross',
  tax: 'tax',
  status: ['status', 'period'],
  due: ['"dueDate"', '"taxpayerName"'],
};

export interface ReturnFilter {
  status?: TaxReturn['status'];
  period?: string;
  taxpayerId?: number;
  objectId?: number;
  /** A taxpayer sees only their own returns (the account's id); null: every return of the region. */
  ownerUserId: number | null;
  taxCode?: string;
  /** A kecamatan's Kemendagri code: the returns of objects there. */
  kecamatan?: string;
  /** A fragment of the taxpayer's or the object's name, or an NPWPD (whole or its beginning). */
  q?: string;
}

/** A return as a list shows it: whose, for which object where, and what has been paid for its masa. */
export interface ListedReturn extends TaxReturn {
  taxpayerName: string;
  npwpd: string | null;
  objectName: string;
  districtName: string;
  taxName: string;
  billingCode: string | null;
  /** Paid for the object's masa on its SPTPD bills, interest included (payments and offsets). */
  paid: number;
}

/** A page of the region's returns that match, in the order asked, and how many match in all. */
export async function listReturns(
  db: Sql,
  regionId: string,
  f: ReturnFilter & { sort: ReturnSort; limit: number; offset: number; lang?: Lang },
): Promise<{ total: number; items: ListedReturn[] }> {
  const q = f.q?.trim();
  const select = `SELECT ${RETURN_COLUMNS}, t.name AS "taxpayerName", t.npwpd, o.name AS "objectName",
      d.name AS "districtName", ${f.lang === 'en' ? 'tt.name_en' : 'tt.name_id'} AS "taxName"
    FROM tax_return r
    JOIN taxpayer t ON t.region_id = $1 AND t.id = r.taxpayer_id
    JOIN tax_object o ON o.region_id = $1 AND o.id = r.object_id
    JOIN tax_type tt ON tt.code = r.tax_code
    JOIN village v ON v.code = o.village_code
    JOIN district d ON d.code = v.district_code
    WHERE r.region_id = $1 AND ($2::bigint IS NULL OR t.user_id = $2) AND ($3::text IS NULL OR r.status = $3)
      AND ($4::text IS NULL OR r.period = $4) AND ($5::bigint IS NULL OR r.taxpayer_id = $5)
      AND ($6::bigint IS NULL OR r.object_id = $6) AND ($7::text IS NULL OR r.tax_code = $7)
      AND ($8::text IS NULL OR o.village_code LIKE $8)
      AND ($9::text IS NULL OR t.name ILIKE $9 OR o.name ILIKE $9 OR t.npwpd LIKE $10)`;
  return listPage<ListedReturn>(
    db,
    select,
    [
      regionId,
      f.ownerUserId,
      f.status ?? null,
      f.period ?? null,
      f.taxpayerId ?? null,
      f.objectId ?? null,
      f.taxCode ?? null,
      f.kecamatan ? inKecamatanPattern(f.kecamatan) : null,
      q ? containsPattern(q) : null,
      q ? `${q.replace(/[\\%_]/g, '\\$&')}%` : null,
    ],
    orderSql(f.sort, ORDER, 'id DESC'),
    f,
    `(SELECT b.billing_code FROM bill b WHERE b.region_id = $1 AND b.return_id = page.id) AS "billingCode",
     ${paidForMasaSql('$1', 'page."objectId"', 'page.period')} AS paid`,
  );
}
