import type { Sql } from '../db/database';

/**
 * Takes the next `count` numbers of a per-region counter (NPWPD, document numbers) and returns the first.
 * One upsert claims the whole block atomically; concurrent callers queue on the counter's row until the
 * holder commits, so no two transactions ever get the same number. A rolled-back claim leaves no gap because
 * the counter row rolls back with it.
 */
export async function nextNumbers(tx: Sql, regionId: string, name: string, count = 1): Promise<number> {
  if (!Number.isSafeInteger(count) || count < 1)
    throw new RangeError(`count must be 1 or more, got ${count}`);
  const [row] = await tx.query<{ value: number }>(
    `INSERT INTO region_counter (region_id, name, value) VALUES ($1, $2, $3)
     ON CONFLICT (region_id, name) DO UPDATE SET value = region_counter.value + $3
     RETURNING value`,
    [regionId, name, count],
  );
  if (!row) throw new Error('region_counter upsert returned no row');
  return row.value - count + 1;
}
