import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { auditView, loadTaxObject, type TaxObject } from './tax-object';

/**
 * Tutup usaha: the business behind an object has closed, so no returns are expected after `closedOn`. The date
 * cannot be before the object opened, and closing is final (a reopened business is a new object).
 */
export async function closeTaxObject(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  taxpayerId: number,
  objectId: number,
  closedOn: string,
): Promise<TaxObject> {
  return db.transaction(async (tx) => {
    const before = await loadTaxObject(tx, regionId, taxpayerId, objectId, { kind: 'staff' }, true);
    if (before.status === 'closed') {
      throw new Problem(409, 'OBJECT_ALREADY_CLOSED', { objectId, closedOn: before.closedOn ?? '' });
    }
    if (before.status !== 'active')
      throw new Problem(409, 'OBJECT_NOT_ACTIVE', { objectId, status: before.status });
    if (closedOn < before.openedOn) {
      throw new Problem(422, 'CLOSE_BEFORE_OPEN', { closedOn, openedOn: before.openedOn });
    }
    await tx.query(
      `UPDATE tax_object SET status = 'closed', closed_on = $3 WHERE region_id = $1 AND id = $2`,
      [regionId, objectId, closedOn],
    );
    const after = await loadTaxObject(tx, regionId, taxpayerId, objectId, { kind: 'staff' });
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'tax_object.close',
      entity: 'tax_object',
      entityId: String(objectId),
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
