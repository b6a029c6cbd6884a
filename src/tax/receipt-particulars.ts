import type { Sql } from '../db/database';

/** What a receipt for a tax bill prints of tax's records: names and NPWPD, never NIK, NPWP or contact data. */
export interface ReceiptParticulars {
  taxpayerName: string;
  npwpd: string | null;
  objectName: string | null;
  /** The masa pajak of the SPTPD a bill came from, for a bill that names none itself. */
  returnPeriod: string | null;
}

/** The taxpayer, tax object and SPTPD a receipt (an SSPD) names, as tax's registry and returns hold them. */
export async function receiptParticulars(
  db: Sql,
  regionId: string,
  of: { taxpayerId: number; objectId: number | null; returnId: number | null },
): Promise<ReceiptParticulars> {
  const [row] = await db.query<ReceiptParticulars>(
    `SELECT t.name AS "taxpayerName", t.npwpd,
            (SELECT o.name FROM tax_object o WHERE o.region_id = $1 AND o.id = $3) AS "objectName",
            (SELECT r.period FROM tax_return r WHERE r.region_id = $1 AND r.id = $4) AS "returnPeriod"
     FROM taxpayer t WHERE t.region_id = $1 AND t.id = $2`,
    [regionId, of.taxpayerId, of.objectId, of.returnId],
  );
  return row ?? { taxpayerName: '', npwpd: null, objectName: null, returnPeriod: null };
}
