import type { Sql } from '../../db/database';
import { taxPolicyOn } from '../policy';
import { type BaseDrop, type BaseDropSetting, declaredBaseDrop } from './declared-base-drop';
import { paidForMasaSql } from './review-return';
import { RETURN_COLUMNS, type TaxReturn } from './tax-return';

/** The orders the review queue can be read in; `-` reverses. `submitted`: the one waiting longest first. */
export const REVIEW_SORTS = [
  'submitted',
  '-submitted',
  'taxpayer',
  '-taxpayer',
  'period',
  '-period',
  'gross',
  '-gross',
  'tax',
  '-tax',
] as const;
export type ReviewSort = (typeof REVIEW_SORTS)[number];

const ORDER: Record<ReviewSort, string> = {
  submitted: 'r.submitted_at NULLS FIRST',
  '-submitted': 'r.submitted_at DESC NULLS LAST',
  taxpayer: 't.name, r.period',
  '-taxpayer': 't.name DESC, r.period',
  period: 'r.period, t.name',
  '-period': 'r.period DESC, t.name',
  gross: 'r.gross',
  '-gross': 'r.gross DESC',
  tax: 'r.tax',
  '-tax': 'r.tax DESC',
};

/** One earlier masa of the same object: the return in force for it (submitted or verified). */
export interface EarlierMonth {
  period: string;
  gross: number;
  tax: number;
  status: 'submitted' | 'verified';
}

/**
 * The object's earlier masa as JSON (`EarlierMonth[]`, newest first): the returns in force for the `months` masa before
 * `period`. The one history the falling-base check compares with, in the review queue and in the compliance list.
 */
export const earlierMonthsSql = (region: string, object: string, period: string, months: string) =>
  `(SELECT coalesce(json_agg(json_build_object('period', h.period, 'gross', h.gross, 'tax', h.tax,
            'status', h.status) ORDER BY h.period DESC), '[]'::json)
    FROM tax_return h
    WHERE h.region_id = ${region} AND h.object_id = ${object} AND h.status IN ('submitted', 'verified')
      AND h.period < ${period}
      AND h.period >= to_char(to_date(${period}, 'YYYY-MM') - make_interval(months => ${months}::int), 'YYYY-MM'))`;

export interface QueuedReturn extends TaxReturn {
  taxpayerName: string;
  npwpd: string | null;
  objectName: string;
  /** What has been paid for the masa on its SPTPD bills (a rejection must acknowledge it). */
  paid: number;
  /** The object's earlier masa within the region's window, newest first. */
  history: EarlierMonth[];
  baseDrop: BaseDrop;
}

/**
 * Penelitian SPTPD: the submitted returns of the region, a page at a time, each beside the same object's earlier
 * masa (the `months` before its own, as the region's `reviewBaseDrop` says) and whether its base fell sharply
 * against them. One statement; every read of a tenant table, the history's included, names the region parameter.
 */
export async function reviewQueue(
  db: Sql,
  regionId: string,
  today: string,
  page: { sort: ReviewSort; limit: number; offset: number },
): Promise<{ total: number; setting: BaseDropSetting; items: QueuedReturn[] }> {
  const setting = (await taxPolicyOn(db, regionId, today)).policy.reviewBaseDrop;
  const where = `r.region_id = $1 AND t.region_id = $1 AND o.region_id = $1 AND r.status = 'submitted'`;
  const from = `tax_return r
    JOIN taxpayer t ON t.region_id = r.region_id AND t.id = r.taxpayer_id
    JOIN tax_object o ON o.region_id = r.region_id AND o.id = r.object_id`;
  const rows = await db.query<Omit<QueuedReturn, 'baseDrop'> & { total: number }>(
    `SELECT ${RETURN_COLUMNS}, t.name AS "taxpayerName", t.npwpd, o.name AS "objectName",
       ${paidForMasaSql('$1', 'r.object_id', 'r.period')} AS paid,
       count(*) OVER () AS total,
       ${earlierMonthsSql('$1', 'r.object_id', 'r.period', '$2')} AS history
     FROM ${from}
     WHERE ${where}
     ORDER BY ${ORDER[page.sort]}, r.id
     LIMIT $3 OFFSET $4`,
    [regionId, setting.months, page.limit, page.offset],
  );
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && page.offset > 0) {
    const [row] = await db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM ${from} WHERE ${where}`,
      [regionId],
    );
    total = row?.total ?? 0;
  }
  return {
    total,
    setting,
    items: rows.map(({ total: _, ...r }) => ({
      ...r,
      baseDrop: declaredBaseDrop(
        r.gross,
        r.history.map((h) => h.gross),
        setting,
      ),
    })),
  };
}
