import type { Sql } from '../../db/database';
import { digitsOf } from './identity-numbers';
import { ownerFilter, type Viewer } from './taxpayer';

export interface TaxpayerSearch {
  /** NPWPD (prefix), NIK or NPWP (exact), or a fragment of the name or address (trigram match). */
  q?: string;
  villageCode?: string;
  taxCode?: string;
  status?: 'pending' | 'verified' | 'rejected';
  /** The registration queue: taxpayers awaiting verification, or with an object that is (declared later). */
  awaitingDecision?: boolean;
  limit: number;
  offset: number;
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
  status: 'pending' | 'verified' | 'rejected';
  taxCodes: string[];
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&');

/**
 * The search as SQL, exposed so that the benchmark can EXPLAIN exactly what runs. Each alternative of `q` is
 * one an index answers (the GIN trigram indexes on name and address, the NPWPD prefix index and the NIK/NPWP
 * indexes of migration 0003), so PostgreSQL combines them with a BitmapOr instead of reading every taxpayer of
 * the region. A name matches by substring (ILIKE) or, to forgive a typo, by pg_trgm's word similarity
 * (`<%`: q is close to some run of words in the name); plain `%` compares q with the whole name, which misses a
 * fragment of a long name and costs three times as much to recheck. A NIK or NPWP is only tried when `q` is
 * made of 15 or 16 digits. Best matches (by word similarity to the name or address) come first.
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
  let rank = '0';
  if (q) {
    const contains = param(`%${escapeLike(q)}%`);
    const text = param(q);
    rank = `greatest(word_similarity(${text}, t.name), word_similarity(${text}, t.address))`;
    const arms = [
      `t.name ILIKE ${contains}`,
      `${text} <% t.name`,
      `t.address ILIKE ${contains}`,
      `t.npwpd LIKE ${param(`${escapeLike(q)}%`)}`,
    ];
    const digits = digitsOf(q);
    if (/^\d{15,16}$/.test(digits)) {
      const d = param(digits);
      if (digits.length === 16) arms.push(`t.nik = ${d}`);
      arms.push(`t.npwp = ${d}`);
    }
    where.push(`(${arms.join(' OR ')})`);
  }
  if (search.villageCode) where.push(`t.village_code = ${param(search.villageCode)}`);
  if (search.status) where.push(`t.status = ${param(search.status)}`);
  if (search.awaitingDecision) {
    where.push(`(t.status = 'pending' OR EXISTS (SELECT 1 FROM tax_object o WHERE o.region_id = $1
      AND o.taxpayer_id = t.id AND o.status = 'pending'))`);
  }
  if (search.taxCode) {
    where.push(`EXISTS (SELECT 1 FROM tax_object o WHERE o.region_id = $1 AND o.taxpayer_id = t.id
      AND o.tax_code = ${param(search.taxCode)} AND o.status <> 'rejected')`);
  }
  const limit = param(search.limit);
  const offset = param(search.offset);
  const text = `WITH page AS (
      SELECT t.region_id, t.id, t.npwpd, t.kind, t.nik, t.npwp, t.name, t.address, t.village_code, t.status,
        ${rank} AS rank, count(*) OVER () AS total
      FROM taxpayer t
      WHERE ${where.join(' AND ')}
      ORDER BY rank DESC, t.name, t.id
      LIMIT ${limit} OFFSET ${offset})
    SELECT p.id, p.npwpd, p.kind, p.nik, p.npwp, p.name, p.address, p.village_code AS "villageCode",
      v.name AS "villageName", p.status, p.total,
      array(SELECT DISTINCT o.tax_code FROM tax_object o
            WHERE o.region_id = $1 AND o.taxpayer_id = p.id AND o.status <> 'rejected'
            ORDER BY 1) AS "taxCodes"
    FROM page p JOIN village v ON v.code = p.village_code
    ORDER BY p.rank DESC, p.name, p.id`;
  return {
    text,
    params,
    countText: `SELECT count(*)::int AS total FROM taxpayer t WHERE ${where.join(' AND ')}`,
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
