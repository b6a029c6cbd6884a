import type { Sql } from '../../db/database';
import { Problem } from '../../platform/problem';
import { assertCategory } from '../rates';
import { ownerFilter, type Viewer } from './taxpayer';

/** An Objek Pajak: the outlet, hotel, parking lot, venue, billboard, well or quarry a taxpayer is taxed on. */
export interface TaxObject {
  id: number;
  taxpayerId: number;
  taxCode: string;
  category: string;
  name: string;
  address: string;
  villageCode: string;
  openedOn: string;
  closedOn: string | null;
  status: 'pending' | 'active' | 'rejected' | 'closed';
  rejectionReason: string | null;
  details: Record<string, string | number | boolean | null>;
  legacyRef: string | null;
  registeredAt: Date;
}

export const TAX_OBJECT_COLUMNS = `o.id, o.taxpayer_id AS "taxpayerId", o.tax_code AS "taxCode", o.category, o.name,
  o.address, o.village_code AS "villageCode", o.opened_on AS "openedOn", o.closed_on AS "closedOn", o.status,
  o.rejection_reason AS "rejectionReason", o.details, o.legacy_ref AS "legacyRef", o.registered_at AS "registeredAt"`;

/** An object of the taxpayer in the path, in this region, that the viewer may see; otherwise 404. */
export async function loadTaxObject(
  tx: Sql,
  regionId: string,
  taxpayerId: number,
  objectId: number,
  viewer: Viewer,
  lock = false,
): Promise<TaxObject> {
  const [row] = await tx.query<TaxObject>(
    `SELECT ${TAX_OBJECT_COLUMNS} FROM tax_object o JOIN taxpayer t ON t.region_id = o.region_id AND t.id = o.taxpayer_id
     WHERE o.region_id = $1 AND o.taxpayer_id = $2 AND o.id = $3 AND ($4::bigint IS NULL OR t.user_id = $4)
     ${lock ? 'FOR UPDATE OF o' : ''}`,
    [regionId, taxpayerId, objectId, ownerFilter(viewer)],
  );
  if (!row) throw new Problem(404, 'TAX_OBJECT_NOT_FOUND', { objectId });
  return row;
}

/** The tax must be one of `tax_type`, and the category one that tax distinguishes (e.g. hiburan 'khusus'). */
export async function assertTaxTypeAndCategory(tx: Sql, taxCode: string, category: string): Promise<void> {
  const [known] = await tx.query('SELECT 1 FROM tax_type WHERE code = $1', [taxCode]);
  if (!known) throw new Problem(422, 'UNKNOWN_TAX_TYPE', { taxCode });
  assertCategory(taxCode, category);
}

export function auditView(o: TaxObject) {
  return {
    taxpayerId: o.taxpayerId,
    taxCode: o.taxCode,
    category: o.category,
    name: o.name,
    address: o.address,
    villageCode: o.villageCode,
    openedOn: o.openedOn,
    closedOn: o.closedOn,
    status: o.status,
    rejectionReason: o.rejectionReason,
    details: o.details,
  };
}
