import type { Sql } from '../../db/database';
import { containsPattern, type SortOf } from '../../platform/list-page';
import type { Lang } from '../../platform/problem';
import { taxPolicyOn } from '../policy';
import { type BaseDrop, type BaseDropSetting, declaredBaseDrop } from '../returns/declared-base-drop';
import { type EarlierMonth, earlierMonthsSql } from '../returns/review-queue';
import type { ComplianceFilter } from './compliance-filter';

/** The columns the base drops can be ordered by; `-drop` (the steepest fall first) unless asked otherwise. */
export const BASE_DROP_SORT_COLUMNS = ['drop', 'period', 'taxpayer', 'gross'] as const;
export type BaseDropSort = SortOf<(typeof BASE_DROP_SORT_COLUMNS)[number]>;

/** A return whose declared base fell sharply against the object's own earlier masa, with those masa beside it. */
export interface BaseDropReturn {
  id: number;
  period: string;
  revision: number;
  status: 'submitted' | 'verified';
  taxCode: string;
  taxName: string;
  taxpayerId: number;
  taxpayerName: string;
  npwpd: string | null;
  objectId: number;
  objectName: string;
  gross: number;
  tax: number;
  /** The object's earlier masa within the region's window, newest first (what the check compared with). */
  history: EarlierMonth[];
  baseDrop: BaseDrop;
}

/** Fewest rows first, then the tie-break (the return's id) so pages never overlap. */
const COMPARE: Record<
  (typeof BASE_DROP_SORT_COLUMNS)[number],
  (a: BaseDropReturn, b: BaseDropReturn) => number
> = {
  drop: (a, b) => (a.baseDrop.dropPercent ?? 0) - (b.baseDrop.dropPercent ?? 0),
  period: (a, b) => a.period.localeCompare(b.period) || a.taxpayerName.localeCompare(b.taxpayerName),
  taxpayer: (a, b) => a.taxpayerName.localeCompare(b.taxpayerName) || a.period.localeCompare(b.period),
  gross: (a, b) => a.gross - b.gross,
};

/**
 * The returns in force (submitted or verified) for the masa asked whose declared base fell sharply against the
 * object's own history: the review queue's check (`declaredBaseDrop`, the region's `reviewBaseDrop` in force today)
 * over the same history (`earlierMonthsSql`), so a return flagged in the queue is flagged here and no other rule
 * decides. A list to check, not a finding: a business may truly have had a bad month.
 *
 * The check is a median over each object's history, worked out in code, so the masa asked (at most a year) bound
 * the rows read; the flagged ones are ordered and paged here.
 */
export async function baseDrops(
  db: Sql,
  regionId: string,
  today: string,
  f: ComplianceFilter & { sort: BaseDropSort; limit: number; offset: number; lang: Lang },
): Promise<{ total: number; setting: BaseDropSetting; items: BaseDropReturn[] }> {
  const setting = (await taxPolicyOn(db, regionId, today)).policy.reviewBaseDrop;
  const q = f.q?.trim();
  const rows = await db.query<Omit<BaseDropReturn, 'baseDrop'>>(
    `SELECT r.id, r.period, r.revision, r.status, r.tax_code AS "taxCode",
       ${f.lang === 'en' ? 'tt.name_en' : 'tt.name_id'} AS "taxName", r.taxpayer_id AS "taxpayerId",
       t.name AS "taxpayerName", t.npwpd, r.object_id AS "objectId", o.name AS "objectName", r.gross, r.tax,
       ${earlierMonthsSql('$1', 'r.object_id', 'r.period', '$2')} AS history
     FROM tax_return r
     JOIN taxpayer t ON t.region_id = $1 AND t.id = r.taxpayer_id
     JOIN tax_object o ON o.region_id = $1 AND o.id = r.object_id
     JOIN tax_type tt ON tt.code = r.tax_code
     WHERE r.region_id = $1 AND r.status IN ('submitted', 'verified') AND r.period BETWEEN $3 AND $4
       AND ($5::text IS NULL OR r.tax_code = $5)
       AND ($6::text IS NULL OR t.name ILIKE $6 OR o.name ILIKE $6 OR t.npwpd LIKE $7)`,
    [
      regionId,
      setting.months,
      f.from,
      f.to,
      f.taxCode ?? null,
      q ? containsPattern(q) : null,
      q ? `${q.replace(/[\\%_]/g, '\\$&')}%` : null,
    ],
  );
  const flagged = rows
    .map((r) => ({
      ...r,
      baseDrop: declaredBaseDrop(
        r.gross,
        r.history.map((h) => h.gross),
        setting,
      ),
    }))
    .filter((r) => r.baseDrop.flagged);
  const descending = f.sort.startsWith('-');
  const compare = COMPARE[(descending ? f.sort.slice(1) : f.sort) as keyof typeof COMPARE];
  flagged.sort((a, b) => (descending ? -compare(a, b) : compare(a, b)) || b.id - a.id);
  return { total: flagged.length, setting, items: flagged.slice(f.offset, f.offset + f.limit) };
}
