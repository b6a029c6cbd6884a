import type { Sql } from '../../db/database';
import { Problem } from '../../platform/problem';

/** A taxpayer's or object's kelurahan/desa must be one of the region's own (its `region_village` rows). */
export async function assertVillageInRegion(tx: Sql, regionId: string, villageCode: string): Promise<void> {
  const [hit] = await tx.query('SELECT 1 FROM region_village WHERE region_id = $1 AND village_code = $2', [
    regionId,
    villageCode,
  ]);
  if (!hit) throw new Problem(422, 'UNKNOWN_VILLAGE', { villageCode, regionId });
}

export async function villageCodesOf(tx: Sql, regionId: string): Promise<Set<string>> {
  const rows = await tx.query<{ code: string }>(
    'SELECT village_code AS code FROM region_village WHERE region_id = $1',
    [regionId],
  );
  return new Set(rows.map((r) => r.code));
}

/** The 2-digit kecamatan part of a Kemendagri kelurahan code: `35.73.02.1001` → `02`. */
export function districtPart(villageCode: string): string {
  const part = villageCode.split('.')[2];
  if (!part || !/^\d{2}$/.test(part)) throw new RangeError(`not a kelurahan code: ${villageCode}`);
  return part;
}
