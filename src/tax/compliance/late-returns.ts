import type { Sql } from '../../db/database';
import type { TimeZone } from '../../platform/clock';
import { containsPattern, listPage, orderSql, type SortOf } from '../../platform/list-page';
import type { Lang } from '../../platform/problem';
import type { ComplianceFilter } from './compliance-filter';

/** The columns the late returns can be ordered by; `-late` (the latest filing first) unless asked otherwise. */
export const LATE_SORT_COLUMNS = ['late', 'period', 'taxpayer', 'filed', 'tax'] as const;
export type LateSort = SortOf<(typeof LATE_SORT_COLUMNS)[number]>;

const ORDER: Record<(typeof LATE_SORT_COLUMNS)[number], string | readonly string[]> = {
  late: '"daysLate"',
  period: ['period', '"taxpayerName"'],
  taxpayer: ['"taxpayerName"', 'period'],
  filed: '"filedOn"',
  tax: 'tax',
};

/** A masa's SPTPD filed after its due date, and how many days after. */
export interface LateReturn {
  id: number;
  period: string;
  taxCode: string;
  taxName: string;
  taxpayerId: number;
  taxpayerName: string;
  npwpd: string | null;
  objectId: number;
  objectName: string;
  status: 'submitted' | 'verified' | 'rejected' | 'superseded';
  gross: number;
  tax: number;
  dueDate: string;
  /** The region's calendar day the return was submitted. */
  filedOn: string;
  /** Days from the due date to the filing: 1 is the day after. */
  daysLate: number;
}

/**
 * Returns filed late: the first filing of a masa (revision 0; a pembetulan corrects a return already filed and is not a
 * filing of its own) submitted on a day of the region's calendar after the masa's due date (`tax_return.due_date`, set
 * by the region's `returnDue` when it was filed). Such a filing draws the region's late-filing fine (UU 1/2022 and its
 * Perda); the list is the officer's, to see who files late and how often.
 */
export async function lateReturns(
  db: Sql,
  regionId: string,
  timeZone: TimeZone,
  f: ComplianceFilter & { minDaysLate?: number; sort: LateSort; limit: number; offset: number; lang: Lang },
): Promise<{ total: number; items: LateReturn[] }> {
  const q = f.q?.trim();
  const filedOn = `(r.submitted_at AT TIME ZONE $2)::date`;
  const select = `SELECT r.id, r.period, r.tax_code AS "taxCode", ${f.lang === 'en' ? 'tt.name_en' : 'tt.name_id'} AS "taxName",
      r.taxpayer_id AS "taxpayerId", t.name AS "taxpayerName", t.npwpd, r.object_id AS "objectId",
      o.name AS "objectName", r.status, r.gross, r.tax, r.due_date AS "dueDate",
      to_char(${filedOn}, 'YYYY-MM-DD') AS "filedOn", (${filedOn} - r.due_date) AS "daysLate"
    FROM tax_return r
    JOIN taxpayer t ON t.region_id = $1 AND t.id = r.taxpayer_id
    JOIN tax_object o ON o.region_id = $1 AND o.id = r.object_id
    JOIN tax_type tt ON tt.code = r.tax_code
    WHERE r.region_id = $1 AND r.revision = 0 AND r.status <> 'draft' AND r.submitted_at IS NOT NULL
      AND ${filedOn} > r.due_date AND r.period BETWEEN $3 AND $4
      AND ($5::text IS NULL OR r.tax_code = $5)
      AND ($6::text IS NULL OR t.name ILIKE $6 OR o.name ILIKE $6 OR t.npwpd LIKE $7)
      AND (${filedOn} - r.due_date) >= $8`;
  return listPage<LateReturn>(
    db,
    select,
    [
      regionId,
      timeZone,
      f.from,
      f.to,
      f.taxCode ?? null,
      q ? containsPattern(q) : null,
      q ? `${q.replace(/[\\%_]/g, '\\$&')}%` : null,
      f.minDaysLate ?? 1,
    ],
    orderSql(f.sort, ORDER, 'id DESC'),
    f,
  );
}
