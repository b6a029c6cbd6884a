import type { Sql } from '../../db/database';
import { TAX_OBJECT_COLUMNS, type TaxObject } from './tax-object';
import { loadTaxpayer, type Taxpayer, type Viewer } from './taxpayer';

export interface TaxpayerFile extends Taxpayer {
  villageName: string;
  districtName: string;
  objects: (TaxObject & { villageName: string })[];
}

/** One taxpayer with their kelurahan and kecamatan names and all their objects: the basis of the 360° view. */
export async function findTaxpayer(
  db: Sql,
  regionId: string,
  taxpayerId: number,
  viewer: Viewer,
): Promise<TaxpayerFile> {
  const taxpayer = await loadTaxpayer(db, regionId, taxpayerId, viewer);
  const [place] = await db.query<{ villageName: string; districtName: string }>(
    `SELECT v.name AS "villageName", d.name AS "districtName"
     FROM village v JOIN district d ON d.code = v.district_code WHERE v.code = $1`,
    [taxpayer.villageCode],
  );
  const objects = await db.query<TaxObject & { villageName: string }>(
    `SELECT ${TAX_OBJECT_COLUMNS}, v.name AS "villageName"
     FROM tax_object o JOIN village v ON v.code = o.village_code
     WHERE o.region_id = $1 AND o.taxpayer_id = $2 ORDER BY o.opened_on, o.id`,
    [regionId, taxpayerId],
  );
  return {
    ...taxpayer,
    villageName: place?.villageName ?? '',
    districtName: place?.districtName ?? '',
    objects,
  };
}
