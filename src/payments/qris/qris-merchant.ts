import type { Sql } from '../../db/database';
import type { QrisMerchant } from './qris';

/** A region's static QRIS as stored: the string its bank issued and the merchant read from it. */
export interface StoredQris extends QrisMerchant {
  payload: string;
  updatedAt: Date;
}

export const QRIS_COLUMNS = `payload, guid, merchant_pan AS "merchantPan", merchant_id AS "merchantId",
  merchant_criteria AS "merchantCriteria", nmid, mcc, currency, country_code AS "countryCode",
  merchant_name AS "merchantName", merchant_city AS "merchantCity", postal_code AS "postalCode",
  updated_at AS "updatedAt"`;

/** The region's static QRIS, or null when its administrator has not pasted one. */
export async function findQris(db: Sql, regionId: string): Promise<StoredQris | null> {
  const [row] = await db.query<StoredQris>(`SELECT ${QRIS_COLUMNS} FROM qris_merchant WHERE region_id = $1`, [
    regionId,
  ]);
  return row ?? null;
}
