import type { Sql } from '../../db/database';
import { localDate, type TimeZone } from '../../platform/clock';
import { nextNumbers } from '../../platform/next-number';
import { taxPolicyOn } from '../policy';
import { formatNpwpd } from '../rules/npwpd';
import { districtPart } from './kelurahan';

/** The counter in `region_counter` that numbers a region's NPWPDs. */
export const NPWPD_COUNTER = 'npwpd';

/** `{type}` in a taxpayer-level NPWPD: the number belongs to the taxpayer, not to one tax. */
const TAXPAYER_LEVEL_TYPE = '00';

/**
 * Issues NPWPDs for taxpayers verified at `at`, one per kelurahan code given, in that order, from the template
 * of the region's tax policy in force that day. `{district}` is the kecamatan of the taxpayer's kelurahan and
 * `{year}` the year of verification in the region's time zone. The counter advances once for the whole batch.
 */
export async function issueNpwpds(
  tx: Sql,
  regionId: string,
  at: Date,
  villageCodes: string[],
): Promise<string[]> {
  if (villageCodes.length === 0) return [];
  const [region] = await tx.query<{ timeZone: TimeZone }>(
    'SELECT time_zone AS "timeZone" FROM region WHERE region_id = $1',
    [regionId],
  );
  if (!region) throw new Error(`region ${regionId} is not hosted`);
  const day = localDate(at, region.timeZone);
  const { policy } = await taxPolicyOn(tx, regionId, day);
  const first = await nextNumbers(tx, regionId, NPWPD_COUNTER, villageCodes.length);
  return villageCodes.map((villageCode, i) =>
    formatNpwpd(policy.npwpdTemplate, {
      regionId,
      districtCode: districtPart(villageCode),
      taxTypeCode: TAXPAYER_LEVEL_TYPE,
      year: Number(day.slice(0, 4)),
      sequence: first + i,
    }),
  );
}
