import type { Sql } from '../../db/database';
import { MONTHS } from '../../platform/human-format';
import type { Bilingual } from '../../platform/problem';

/** The ways the realisation is broken down: by tax type, month, kecamatan, kelurahan, payment channel or bank. */
export const REALISATION_DIMENSIONS = [
  'taxCode',
  'month',
  'kecamatan',
  'kelurahan',
  'channel',
  'bank',
] as const;
export type RealisationDimension = (typeof REALISATION_DIMENSIONS)[number];

export interface RealisationFilter {
  year: number;
  by: RealisationDimension;
  taxCode?: string | undefined;
  /** 1–12: one month of the year. */
  month?: number | undefined;
}

/** One row of the breakdown: what it is (its key, the drill-down filter's value) and what came in. */
export interface RealisationRow {
  key: string;
  label: Bilingual;
  principal: number;
  penalty: number;
  total: number;
  /** Payments less reversals. */
  payments: number;
}

/** The SQL key of each dimension over `revenue_month m`. */
const KEY: Record<RealisationDimension, string> = {
  taxCode: 'm.tax_code',
  month: `to_char(m.month, 'YYYY-MM')`,
  kecamatan: `CASE WHEN m.village_code = '-' THEN '-' ELSE left(m.village_code, 8) END`,
  kelurahan: 'm.village_code',
  channel: 'm.channel',
  bank: 'm.partner_id',
};

/**
 * A year's realisation (or one month's) broken down by one dimension, largest first (by month: in calendar order),
 * from the rollup. Each row's key is what the drill-down (`findRealisationEntries`) takes to list the payments behind it.
 */
export async function realisationTable(
  db: Sql,
  regionId: string,
  f: RealisationFilter,
): Promise<RealisationRow[]> {
  const from = f.month ? `${f.year}-${String(f.month).padStart(2, '0')}-01` : `${f.year}-01-01`;
  const to = f.month ? from : `${f.year}-12-01`;
  const rows = await db.query<
    Omit<RealisationRow, 'label'> & { label: string | null; labelEn: string | null }
  >(
    `SELECT g.key, g.principal, g.penalty, g.principal + g.penalty AS total, g.payments,
            ${labelSql(f.by)}
       FROM (SELECT ${KEY[f.by]} AS key, sum(m.principal)::int8 AS principal, sum(m.penalty)::int8 AS penalty,
                    sum(m.payments)::int AS payments
               FROM revenue_month m
              WHERE m.region_id = $1 AND m.month BETWEEN $2::date AND $3::date
                AND ($4::text IS NULL OR m.tax_code = $4)
              GROUP BY 1) g
      ORDER BY ${f.by === 'month' ? 'g.key' : 'g.principal + g.penalty DESC, g.key'}`,
    [regionId, from, to, f.taxCode ?? null],
  );
  return rows.map(({ label, labelEn, ...r }) => ({
    ...r,
    label: wordsFor(f.by, r.key, label, labelEn),
  }));
}

/** The name of a row's key from the catalogue (kecamatan, kelurahan), the tax types, the channels or the banks. */
function labelSql(by: RealisationDimension): string {
  switch (by) {
    case 'taxCode':
      return `(SELECT tt.name_id FROM tax_type tt WHERE tt.code = g.key) AS label,
              (SELECT tt.name_en FROM tax_type tt WHERE tt.code = g.key) AS "labelEn"`;
    case 'kecamatan':
      return `(SELECT d.name FROM district d WHERE d.code = g.key) AS label, NULL AS "labelEn"`;
    case 'kelurahan':
      return `(SELECT v.name || ', ' || d.name FROM village v JOIN district d ON d.code = v.district_code
                WHERE v.code = g.key) AS label, NULL AS "labelEn"`;
    case 'bank':
      return `(SELECT p.name FROM payment_partner p WHERE p.partner_id = g.key) AS label, NULL AS "labelEn"`;
    case 'channel':
      // A channel is named by the partners that pay through it (bank_jatim: "Bank Jatim"), never its bare code.
      return `(SELECT min(p.name) FROM payment_partner p WHERE p.channel = g.key) AS label, NULL AS "labelEn"`;
    default:
      return `NULL AS label, NULL AS "labelEn"`;
  }
}

function wordsFor(
  by: RealisationDimension,
  key: string,
  label: string | null,
  labelEn: string | null,
): Bilingual {
  if (key === '-') return { id: 'Tanpa objek pajak', en: 'No tax object' };
  if (by === 'month') {
    const [y, m] = key.split('-').map(Number) as [number, number];
    return { id: `${MONTHS.id[m - 1]} ${y}`, en: `${MONTHS.en[m - 1]} ${y}` };
  }
  if (by === 'kecamatan' && label) return { id: `Kecamatan ${label}`, en: `${label} district` };
  return { id: label ?? key, en: labelEn ?? label ?? key };
}

/** The drill-down's filters that are rollup dimensions, by their query parameter. */
export const FILTER_DIMENSIONS = {
  taxCode: 'taxCode',
  districtCode: 'kecamatan',
  villageCode: 'kelurahan',
  channel: 'channel',
  partnerId: 'bank',
} as const satisfies Record<string, RealisationDimension>;
export type FilterKey = keyof typeof FILTER_DIMENSIONS;

/** One filter of the drill-down in words: the tax type's, kelurahan's, channel's or bank's name, not its code. */
export interface FilterLabel {
  key: FilterKey;
  value: string;
  label: Bilingual;
}

/**
 * The names of the drill-down's filters (a tax code, a kecamatan or kelurahan code, a channel, a bank), as the
 * breakdown names its rows (`labelSql`, `wordsFor`): one query per filter given, at most five.
 */
export async function filterLabels(
  db: Sql,
  filter: Partial<Record<FilterKey, string | undefined>>,
): Promise<FilterLabel[]> {
  const labels: FilterLabel[] = [];
  for (const key of Object.keys(FILTER_DIMENSIONS) as FilterKey[]) {
    const value = filter[key];
    if (value === undefined || value === '') continue;
    const by = FILTER_DIMENSIONS[key];
    const [row] = await db.query<{ label: string | null; labelEn: string | null }>(
      `SELECT ${labelSql(by)} FROM (SELECT $1::text AS key) g`,
      [value],
    );
    labels.push({ key, value, label: wordsFor(by, value, row?.label ?? null, row?.labelEn ?? null) });
  }
  return labels;
}
