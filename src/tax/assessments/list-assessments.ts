import type { Sql } from '../../db/database';
import { containsPattern, listPage, orderSql, type SortOf } from '../../platform/list-page';
import type { Lang } from '../../platform/problem';
import { SETTLEMENT_COLUMNS } from '../overpayments/skpdlb';
import { ASSESSMENT_COLUMNS, type Assessment } from './assessment';
import type { AssessmentKind } from './assessment-kinds';

/** The columns the assessments can be ordered by; `-issued` (the latest first) unless asked otherwise. */
export const ASSESSMENT_SORT_COLUMNS = ['issued', 'number', 'kind', 'taxpayer', 'due', 'payable'] as const;
export type AssessmentSort = SortOf<(typeof ASSESSMENT_SORT_COLUMNS)[number]>;

const ORDER: Record<(typeof ASSESSMENT_SORT_COLUMNS)[number], string | readonly string[]> = {
  issued: ['"issueDate"', 'id'],
  number: 'number',
  kind: ['kind', '"issueDate"'],
  taxpayer: ['"taxpayerName"', '"issueDate"'],
  due: '"dueDate"',
  payable: 'payable',
};

/**
 * What an assessment makes payable, as the web app's `payableOf` says: the tax (an STPD bills only its sanctions) and
 * an SKPDKB's opsen on MBLB, plus interest and increase, less credit; an SKPDLB nothing (it finds an overpayment).
 */
const PAYABLE_SQL = `CASE WHEN a.kind = 'SKPDLB' THEN 0 ELSE
  (CASE WHEN a.kind = 'STPD' THEN 0 ELSE a.principal END)
  + coalesce(CASE WHEN jsonb_typeof(a.basis -> 'opsen') = 'number' THEN (a.basis ->> 'opsen')::int8 END, 0)
  + a.interest + a.increase - a.credit END`;

export interface AssessmentFilter {
  /** One assessment (the answer of `GET /assessments/{id}`). */
  id?: number;
  kind?: AssessmentKind;
  taxpayerId?: number;
  /** A taxpayer sees only their own (the account's id); null: every assessment of the region. */
  ownerUserId: number | null;
  taxCode?: string;
  period?: string;
  /** A fragment of the taxpayer's name, or the assessment's number (whole or its beginning). */
  q?: string;
}

export interface ListedAssessmentRow extends Assessment {
  taxpayerName: string;
  npwpd: string | null;
  taxName: string;
  payable: number;
  offsetAmount: number;
  refundedAmount: number;
}

/** A page of the region's assessments that match, in the order asked, and how many match in all. */
export async function listAssessments(
  db: Sql,
  regionId: string,
  f: AssessmentFilter & { sort: AssessmentSort; limit: number; offset: number; lang?: Lang },
): Promise<{ total: number; items: ListedAssessmentRow[] }> {
  const q = f.q?.trim();
  const select = `SELECT ${ASSESSMENT_COLUMNS}, ${SETTLEMENT_COLUMNS}, t.name AS "taxpayerName", t.npwpd,
      ${f.lang === 'en' ? 'tt.name_en' : 'tt.name_id'} AS "taxName", (${PAYABLE_SQL})::int8 AS payable
    FROM assessment a
    JOIN taxpayer t ON t.region_id = $1 AND t.id = a.taxpayer_id
    JOIN tax_type tt ON tt.code = a.tax_code
    WHERE a.region_id = $1 AND ($2::bigint IS NULL OR t.user_id = $2) AND ($3::bigint IS NULL OR a.taxpayer_id = $3)
      AND ($4::text IS NULL OR a.kind = $4) AND ($5::text IS NULL OR a.tax_code = $5)
      AND ($6::text IS NULL OR a.period = $6)
      AND ($7::text IS NULL OR t.name ILIKE $7 OR a.number ILIKE $8) AND ($9::bigint IS NULL OR a.id = $9)`;
  return listPage<ListedAssessmentRow>(
    db,
    select,
    [
      regionId,
      f.ownerUserId,
      f.taxpayerId ?? null,
      f.kind ?? null,
      f.taxCode ?? null,
      f.period ?? null,
      q ? containsPattern(q) : null,
      q ? `${q.replace(/[\\%_]/g, '\\$&')}%` : null,
      f.id ?? null,
    ],
    orderSql(f.sort, ORDER, 'id DESC'),
    f,
  );
}
