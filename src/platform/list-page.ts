import { z } from 'zod';
import type { Sql } from '../db/database';

/**
 * What every long list of the API shares (issue 14, "lists that work"): an order chosen by column, `-` before it for
 * descending, and pages of `limit` rows from `offset` with `total`, the number of rows that match. Its download takes
 * the same filters and order and holds every row that matches (platform/spreadsheet.ts).
 */

/** A list's order: a column ascending, or `-column` descending. */
export type SortOf<C extends string> = C | `-${C}`;

/** Every order a list offers: each column ascending and descending. */
export function sortsOf<const C extends string>(columns: readonly C[]): readonly SortOf<C>[] {
  return columns.flatMap((c) => [c, `-${c}` as const]);
}

/** The `sort` query parameter of a list. */
export function sortQuery<const C extends string>(columns: readonly C[], fallback: SortOf<C>) {
  return z
    .enum(sortsOf(columns) as readonly [SortOf<C>, ...SortOf<C>[]])
    .default(fallback as never)
    .describe(`A column (${columns.map((c) => `\`${c}\``).join(', ')}), \`-\` before it for descending`);
}

/** The `limit` and `offset` query parameters of a list's page. */
export function pageQuery(defaultLimit = 25, maxLimit = 200) {
  return {
    limit: z.coerce.number().int().min(1).max(maxLimit).default(defaultLimit).describe('Rows a page'),
    offset: z.coerce
      .number()
      .int()
      .min(0)
      .max(10_000_000)
      .default(0)
      .describe('Rows before the page (paging: the previous `offset` plus `limit`)'),
  };
}

/**
 * ORDER BY for a sort: the column's expressions in its direction, nulls last either way (a missing NPWPD is at the
 * end whichever way one reads), then `tieBreak` so that pages never overlap.
 */
export function orderSql<C extends string>(
  sort: SortOf<C>,
  columns: Record<C, string | readonly string[]>,
  tieBreak: string,
): string {
  const descending = sort.startsWith('-');
  const column = (descending ? sort.slice(1) : sort) as C;
  const expressions = columns[column];
  const direction = descending ? 'DESC' : 'ASC';
  return [...(typeof expressions === 'string' ? [expressions] : expressions)]
    .map((e) => `${e} ${direction} NULLS LAST`)
    .concat(tieBreak)
    .join(', ');
}

/**
 * A page of a list and how many rows match in all. `select` is a whole SELECT over the region's rows (every tenant
 * table filtered by the region parameter, as everywhere) with the columns the list is filtered and ordered by; the
 * page is read from it in `order` (over its output columns) with the count riding on the rows, so one statement
 * answers; only past the last page does a second count. `details` adds columns worked out for the page's rows alone
 * (a correlated sum, an aggregate of lines), over the page's columns as `page."column"`, and `detailsJoin` a LATERAL
 * join they may name.
 */
export async function listPage<R>(
  db: Sql,
  select: string,
  params: readonly unknown[],
  order: string,
  page: { limit: number; offset: number },
  details?: string,
  detailsJoin?: string,
): Promise<{ total: number; items: R[] }> {
  const n = params.length;
  const rows = await db.query<R & { listTotal: number }>(
    `SELECT page.*${details ? `, ${details}` : ''} FROM (
       SELECT listed.*, count(*) OVER () AS "listTotal" FROM (${select}) listed
       ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}) page ${detailsJoin ?? ''}
     ORDER BY ${order}`,
    [...params, page.limit, page.offset],
  );
  let total = rows[0]?.listTotal ?? 0;
  if (rows.length === 0 && page.offset > 0) {
    const [row] = await db.query<{ total: number }>(
      `SELECT count(*)::int AS total FROM (${select}) listed`,
      params as unknown[],
    );
    total = row?.total ?? 0;
  }
  return { total, items: rows.map(({ listTotal: _, ...row }) => row as R) };
}

/** A search text as a LIKE pattern that finds it anywhere (its `%`, `_` and `\` taken literally). */
export function containsPattern(text: string): string {
  return `%${text.trim().replace(/[\\%_]/g, '\\$&')}%`;
}

/** The `kecamatan` filter: a district's Kemendagri code. */
export const kecamatanQuery = z
  .string()
  .regex(/^\d{2}\.\d{2}\.\d{2}$/)
  .describe('A kecamatan by its Kemendagri code (`35.73.02`)');

/** A filter on a kelurahan code column: the kelurahan of this kecamatan (`35.73.02.%`). */
export function inKecamatanPattern(districtCode: string): string {
  return `${districtCode}.%`;
}
