import type { Sql } from '../../db/database';
import {
  containsPattern,
  inKecamatanPattern,
  listPage,
  orderSql,
  type SortOf,
} from '../../platform/list-page';
import type { Lang } from '../../platform/problem';
import { TAX_OBJECT_COLUMNS, type TaxObject } from './tax-object';

/** The columns the objects list can be ordered by; `name` unless asked otherwise. */
export const OBJECT_SORT_COLUMNS = [
  'name',
  'taxpayer',
  'tax',
  'kelurahan',
  'opened',
  'status',
  'registered',
] as const;
export type ObjectSort = SortOf<(typeof OBJECT_SORT_COLUMNS)[number]>;

const ORDER: Record<(typeof OBJECT_SORT_COLUMNS)[number], string | readonly string[]> = {
  name: 'name',
  taxpayer: ['"taxpayerName"', 'name'],
  tax: ['"taxName"', 'name'],
  kelurahan: ['"villageName"', 'name'],
  opened: '"openedOn"',
  status: ['status', 'name'],
  registered: '"registeredAt"',
};

export interface TaxObjectFilter {
  status?: TaxObject['status'];
  taxCode?: string;
  /** A kecamatan's Kemendagri code, or one kelurahan's. */
  kecamatan?: string;
  kelurahan?: string;
  /**
   * A fragment of the object's name or address or of its taxpayer's name, or an NPWPD (whole or its beginning), or
   * the object's number in the earlier system (NOP).
   */
  q?: string;
}

/** An object as the region's list shows it: with its place, its tax's name and its taxpayer. */
export interface ListedTaxObject extends TaxObject {
  villageName: string;
  districtName: string;
  taxName: string;
  taxpayerName: string;
  npwpd: string | null;
}

/** A page of the region's tax objects that match, in the order asked, and how many match in all. */
export async function listTaxObjects(
  db: Sql,
  regionId: string,
  f: TaxObjectFilter & { sort: ObjectSort; limit: number; offset: number; lang?: Lang },
): Promise<{ total: number; items: ListedTaxObject[] }> {
  const q = f.q?.trim();
  const select = `SELECT ${TAX_OBJECT_COLUMNS}, v.name AS "villageName", d.name AS "districtName",
      ${f.lang === 'en' ? 'tt.name_en' : 'tt.name_id'} AS "taxName", t.name AS "taxpayerName", t.npwpd
    FROM tax_object o
    JOIN taxpayer t ON t.region_id = $1 AND t.id = o.taxpayer_id
    JOIN tax_type tt ON tt.code = o.tax_code
    JOIN village v ON v.code = o.village_code
    JOIN district d ON d.code = v.district_code
    WHERE o.region_id = $1 AND ($2::text IS NULL OR o.status = $2) AND ($3::text IS NULL OR o.tax_code = $3)
      AND ($4::text IS NULL OR o.village_code LIKE $4) AND ($5::text IS NULL OR o.village_code = $5)
      AND ($6::text IS NULL OR o.name ILIKE $6 OR o.address ILIKE $6 OR t.name ILIKE $6
           OR t.npwpd LIKE $7 OR o.legacy_ref = $8)`;
  return listPage<ListedTaxObject>(
    db,
    select,
    [
      regionId,
      f.status ?? null,
      f.taxCode ?? null,
      f.kecamatan ? inKecamatanPattern(f.kecamatan) : null,
      f.kelurahan ?? null,
      q ? containsPattern(q) : null,
      q ? `${q.replace(/[\\%_]/g, '\\$&')}%` : null,
      q ?? null,
    ],
    orderSql(f.sort, ORDER, 'id'),
    f,
  );
}
