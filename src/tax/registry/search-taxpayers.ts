import type { Sql } from '../../db/database';
import { digitsOf } from './identity-numbers';
import { ownerFilter, type Viewer } from './taxpayer';

/** The orders a list of taxpayers can be read in; `-` reverses. `relevance` is the best match first. */
export const TAXPAYER_SORTS = [
  'relevance',
  'name',
  '-name',
  'npwpd',
  '-npwpd',
  'kelurahan',
  '-kelurahan',
  'status',
  '-status',
  'registered',
  '-registered',
] as const;
export type TaxpayerSort = (typeof TAXPAYER_SORTS)[number];

export interface TaxpayerSearch {
  /**
   * NPWPD (prefix), NIK or NPWP (exact), an object's number in the earlier system (exact), or a fragment of the
   * name or address of the taxpayer or of one of their objects (the trade name on the sign), typos forgiven.
   */
  q?: string;
  villageCode?: string;
  /** A kecamatan's Kemendagri code: the taxpayers registered in one of its kelurahan. */
  districtCode?: string;
  taxCode?: string;
  status?: 'pending' | 'verified' | 'rejected';
  /** The registration queue: taxpayers awaiting verification, or with an object that is (declared later). */
  awaitingDecision?: boolean;
  sort?: TaxpayerSort;
  limit: number;
  offset: number;
}

/** An object of a hit: what the taxpayer trades as. */
export interface HitObject {
  id: number;
  name: string;
  taxCode: string;
  status: 'pending' | 'active' | 'rejected' | 'closed';
  legacyRef: string | null;
}

export interface TaxpayerHit {
  id: number;
  npwpd: string | null;
  kind: 'person' | 'entity';
  nik: string | null;
  npwp: string | null;
  name: string;
  address: string;
  villageCode: string;
  villageName: string;
  districtName: string;
  status: 'pending' | 'verified' | 'rejected';
  registeredAt: Date;
  taxCodes: string[];
  objects: HitObject[];
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/** Ranks of a match: an identifier given whole beats its beginning, which beats any name or address. */
const EXACT_IDENTIFIER = 4;
const NPWPD_PREFIX = 3;

const ORDER: Record<TaxpayerSort, string> = {
  relevance: 'rank DESC, name',
  name: 'name',
  '-name': 'name DESC',
  npwpd: 'npwpd NULLS LAST',
  '-npwpd': 'npwpd DESC NULLS LAST',
  kelurahan: '"villageName", name',
  '-kelurahan': '"villageName" DESC, name',
  status: 'status, name',
  '-status': 'status DESC, name',
  registered: 'registered_at',
  '-registered': 'registered_at DESC',
};

/**
 * The search as SQL, exposed so that the benchmark can EXPLAIN exactly what runs. The taxpayers that match are
 * gathered from two index-answered reads of the region, one of `taxpayer` and one of `tax_object` (officers
 * search by the trade name on the sign, e.g. "Kedai Kopi Sawojajar", as often as by the owner): each alternative
 * of `q` is one an index answers (the GIN trigram indexes on names and addresses, the NPWPD prefix index, the
 * NIK/NPWP indexes of migration 0003, the legacy_ref unique indexes), so PostgreSQL combines them with a BitmapOr
 * instead of reading every row of the region. A name matches by substring (ILIKE) or, to forgive a typo, by
 * pg_trgm's word similarity (`<%`: q is close to some run of words in the name); an address by substring. A NIK
 * or NPWP is only tried when `q` is made of 15 or 16 digits. Both reads and every subquery name the region
 * parameter, so on Citus the statement goes to the region's shard alone.
 *
 * Rank: an identifier given whole (NPWPD, NIK, NPWP, an object's earlier number) first, then an NPWPD's
 * beginning, then names and addresses that contain q (1 + word similarity), then names only similar to it.
 */
export function taxpayerSearchSql(regionId: string, search: TaxpayerSearch, viewer: Viewer) {
  const params: unknown[] = [regionId];
  const param = (value: unknown) => {
    params.push(value);
    return `$${params.length}`;
  };
  const where = ['t.region_id = $1'];
  const owner = ownerFilter(viewer);
  if (owner !== null) where.push(`t.user_id = ${param(owner)}`);
  const q = search.q?.trim();
  let matched = '';
  let from = 'taxpayer t';
  let rank = '0';
  if (q) {
    const contains = param(`%${escapeLike(q)}%`);
    const text = param(q);
    const similar = (column: string) => `word_similarity(${text}, ${column})`;
    const npwpdPrefix = param(`${escapeLike(q)}%`);
    const taxpayerArms = [
      `t.name ILIKE ${contains}`,
      `${text} <% t.name`,
      `t.address ILIKE ${contains}`,
      `t.npwpd LIKE ${npwpdPrefix}`,
      `t.legacy_ref = ${text}`,
    ];
    const exact = [`t.npwpd = ${text}`, `t.legacy_ref = ${text}`];
    const digits = digitsOf(q);
    if (/^\d{15,16}$/.test(digits)) {
      const d = param(digits);
      if (digits.length === 16) {
        taxpayerArms.push(`t.nik = ${d}`);
        exact.push(`t.nik = ${d}`);
      }
      taxpayerArms.push(`t.npwp = ${d}`);
      exact.push(`t.npwp = ${d}`);
    }
    const textRank = (name: string, address: string) =>
      `CASE WHEN ${name} ILIKE ${contains} OR ${address} ILIKE ${contains}
         THEN 1 + greatest(${similar(name)}, ${similar(address)}) ELSE ${similar(name)} END`;
    matched = `WITH matched AS (
      SELECT t.id AS taxpayer_id,
        CASE WHEN ${exact.join(' OR ')} THEN ${EXACT_IDENTIFIER}
             WHEN t.npwpd LIKE ${npwpdPrefix} THEN ${NPWPD_PREFIX}
             ELSE ${textRank('t.name', 't.address')} END AS rank
      FROM taxpayer t WHERE t.region_id = $1 AND (${taxpayerArms.join(' OR ')})
      UNION ALL
      SELECT o.taxpayer_id,
        CASE WHEN o.legacy_ref = ${text} THEN ${EXACT_IDENTIFIER} ELSE ${textRank('o.name', 'o.address')} END
      FROM tax_object o WHERE o.region_id = $1
        AND (o.name ILIKE ${contains} OR ${text} <% o.name OR o.address ILIKE ${contains} OR o.legacy_ref = ${text})
    ), best AS (SELECT taxpayer_id, max(rank) AS rank FROM matched GROUP BY taxpayer_id)
    `;
    from = 'taxpayer t JOIN best m ON m.taxpayer_id = t.id';
    rank = 'm.rank';
  }
  if (search.villageCode) where.push(`t.village_code = ${param(search.villageCode)}`);
  if (search.districtCode) where.push(`t.village_code LIKE ${param(`${search.districtCode}.%`)}`);
  if (search.status) where.push(`t.status = ${param(search.status)}`);
  if (search.awaitingDecision) {
    where.push(`(t.status = 'pending' OR EXISTS (SELECT 1 FROM tax_object o WHERE o.region_id = $1
      AND o.taxpayer_id = t.id AND o.status = 'pending'))`);
  }
  if (search.taxCode) {
    where.push(`EXISTS (SELECT 1 FROM tax_object o WHERE o.region_id = $1 AND o.taxpayer_id = t.id
      AND o.tax_code = ${param(search.taxCode)} AND o.status <> 'rejected')`);
  }
  const order = `${ORDER[search.sort ?? 'relevance']}, id`;
  const limit = param(search.limit);
  const offset = param(search.offset);
  const text = `${matched}${matched ? ',' : 'WITH'} listed AS (
      SELECT t.region_id, t.id, t.npwpd, t.kind, t.nik, t.npwp, t.name, t.address, t.village_code, t.status,
        t.registered_at, v.name AS "villageName", d.name AS "districtName", ${rank} AS rank
      FROM ${from} JOIN village v ON v.code = t.village_code JOIN district d ON d.code = v.district_code
      WHERE ${where.join(' AND ')}),
    page AS (SELECT *, count(*) OVER () AS total FROM listed ORDER BY ${order} LIMIT ${limit} OFFSET ${offset})
    SELECT p.id, p.npwpd, p.kind, p.nik, p.npwp, p.name, p.address, p.village_code AS "villageCode",
      p."villageName", p."districtName", p.status, p.registered_at AS "registeredAt", p.total,
      array(SELECT DISTINCT o.tax_code FROM tax_object o
            WHERE o.region_id = $1 AND o.taxpayer_id = p.id AND o.status <> 'rejected'
            ORDER BY 1) AS "taxCodes",
      (SELECT coalesce(json_agg(json_build_object('id', o.id, 'name', o.name, 'taxCode', o.tax_code,
                'status', o.status, 'legacyRef', o.legacy_ref) ORDER BY o.id), '[]'::json)
       FROM tax_object o WHERE o.region_id = $1 AND o.taxpayer_id = p.id AND o.status <> 'rejected') AS objects
    FROM page p
    ORDER BY ${order}`;
  return {
    text,
    params,
    countText: `${matched}SELECT count(*)::int AS total FROM ${from} WHERE ${where.join(' AND ')}`,
  };
}

/** A page of the region's taxpayers that match, best match first, and how many match in all. */
export async function searchTaxpayers(
  db: Sql,
  regionId: string,
  search: TaxpayerSearch,
  viewer: Viewer,
): Promise<{ total: number; items: TaxpayerHit[] }> {
  const sql = taxpayerSearchSql(regionId, search, viewer);
  const rows = await db.query<TaxpayerHit & { total: number }>(sql.text, sql.params);
  let total = rows[0]?.total ?? 0;
  if (rows.length === 0 && search.offset > 0) {
    // Past the last page the window count has no row to ride on.
    const [row] = await db.query<{ total: number }>(sql.countText, sql.params.slice(0, -2));
    total = row?.total ?? 0;
  }
  return { total, items: rows.map(({ total: _, ...hit }) => hit) };
}
