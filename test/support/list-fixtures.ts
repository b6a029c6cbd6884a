import type { Database } from '../../src/db/database';
import { billLines } from '../../src/receivables/bills/bill-lines';
import { issueTaxBill } from '../../src/tax/tax-bills';
import { restaurantFixture } from './tax-fixtures';

/** What `billedObject` made: a taxpayer, their object, its submitted SPTPD and the SPTPD's bill. */
export interface Billed {
  taxpayerId: number;
  objectId: number;
  returnId: number;
  billId: number;
  billingCode: string;
  name: string;
}

/**
 * A verified taxpayer with one active object in a kelurahan, its SPTPD for a masa submitted and billed, written
 * straight to the tables (filing and billing have their own tests): a row of every list of the region.
 */
export async function billedObject(
  db: Database,
  o: {
    regionId?: string;
    name: string;
    objectName: string;
    taxCode?: string;
    villageCode?: string;
    principal: number;
    dueDate: string;
    period: string;
  },
): Promise<Billed> {
  const regionId = o.regionId ?? '35.73';
  const taxCode = o.taxCode ?? 'pbjt_makanan_minuman';
  const { taxpayerId, objectId } = await restaurantFixture(db, {
    regionId,
    name: o.name,
    objectName: o.objectName,
    taxCode,
    villageCode: o.villageCode,
  });
  return db.transaction(async (tx) => {
    const [filed] = await tx.query<{ id: number }>(
      `INSERT INTO tax_return (region_id, object_id, taxpayer_id, tax_code, period, gross, rate_ppm, tax, status,
         due_date, created_at, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, 100000, $7, 'submitted', $8, now(), now()) RETURNING id`,
      [regionId, objectId, taxpayerId, taxCode, o.period, o.principal * 10, o.principal, o.dueDate],
    );
    const returnId = filed?.id as number;
    const bill = await issueTaxBill(tx, new Date('2025-02-10T03:00:00Z'), {
      regionId,
      taxpayerId,
      objectId,
      taxCode,
      period: o.period,
      returnId,
      lines: billLines({ regionId, taxCode, opsenInterestTo: 'province' }, { tax: o.principal }),
      dueDate: o.dueDate,
      accruesInterest: true,
      issueDay: '2025-02-10',
      memo: 'list fixture',
      actorId: null,
    });
    return { taxpayerId, objectId, returnId, billId: bill.id, billingCode: bill.billingCode, name: o.name };
  });
}
