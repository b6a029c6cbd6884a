import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { auditView, loadTaxObject, type TaxObject } from './tax-object';
import { loadTaxpayer } from './taxpayer';

export type TaxObjectDecision = { decision: 'verify' } | { decision: 'reject'; reason: string };

/**
 * An officer's decision on an object a taxpayer declared: active (it will be taxed from now on) or rejected
 * with a reason. Only a verified taxpayer's object can become active: an object needs an NPWPD to be billed.
 */
export async function decideTaxObject(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  taxpayerId: number,
  objectId: number,
  decision: TaxObjectDecision,
): Promise<TaxObject> {
  return db.transaction(async (tx) => {
    const taxpayer = await loadTaxpayer(tx, regionId, taxpayerId, { kind: 'staff' });
    const before = await loadTaxObject(tx, regionId, taxpayerId, objectId, { kind: 'staff' }, true);
    if (before.status !== 'pending') {
      throw new Problem(409, 'OBJECT_ALREADY_DECIDED', { objectId, status: before.status });
    }
    if (decision.decision === 'verify') {
      if (taxpayer.status !== 'verified') throw new Problem(409, 'TAXPAYER_NOT_VERIFIED', { taxpayerId });
      await tx.query(`UPDATE tax_object SET status = 'active' WHERE region_id = $1 AND id = $2`, [
        regionId,
        objectId,
      ]);
    } else {
      await tx.query(
        `UPDATE tax_object SET status = 'rejected', rejection_reason = $3 WHERE region_id = $1 AND id = $2`,
        [regionId, objectId, decision.reason],
      );
    }
    const after = await loadTaxObject(tx, regionId, taxpayerId, objectId, { kind: 'staff' });
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: decision.decision === 'verify' ? 'tax_object.verify' : 'tax_object.reject',
      entity: 'tax_object',
      entityId: String(objectId),
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
