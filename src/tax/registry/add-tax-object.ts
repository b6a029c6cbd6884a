import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { assertVillageInRegion } from './kelurahan';
import { assertTaxTypeAndCategory, auditView, loadTaxObject, type TaxObject } from './tax-object';
import { loadTaxpayer, type Viewer } from './taxpayer';

export interface NewTaxObject {
  taxCode: string;
  category: string;
  name: string;
  address: string;
  villageCode: string;
  openedOn: string;
  details: TaxObject['details'];
}

/**
 * Adds an Objek Pajak to a taxpayer. An officer's entry is active at once; a taxpayer's own entry waits, pending,
 * for an officer to verify it (decide-tax-object.ts).
 */
export async function addTaxObject(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  taxpayerId: number,
  input: NewTaxObject,
  addedBy: Viewer,
): Promise<TaxObject> {
  return db.transaction(async (tx) => {
    const taxpayer = await loadTaxpayer(tx, regionId, taxpayerId, addedBy, true);
    if (taxpayer.status === 'rejected') throw new Problem(409, 'TAXPAYER_REJECTED', { taxpayerId });
    await assertTaxTypeAndCategory(tx, input.taxCode, input.category);
    await assertVillageInRegion(tx, regionId, input.villageCode);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO tax_object (region_id, taxpayer_id, tax_code, category, name, address, village_code, opened_on,
         status, details, registered_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [
        regionId,
        taxpayerId,
        input.taxCode,
        input.category,
        input.name,
        input.address,
        input.villageCode,
        input.openedOn,
        addedBy.kind === 'staff' ? 'active' : 'pending',
        JSON.stringify(input.details),
        at,
      ],
    );
    const object = await loadTaxObject(tx, regionId, taxpayerId, (row as { id: number }).id, addedBy);
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'tax_object.add',
      entity: 'tax_object',
      entityId: String(object.id),
      after: auditView(object),
    });
    return object;
  });
}
