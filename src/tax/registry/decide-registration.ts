import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { issueNpwpds } from './issue-npwpd';
import { auditView, loadTaxpayer, type Taxpayer } from './taxpayer';

export type RegistrationDecision = { decision: 'verify' } | { decision: 'reject'; reason: string };

/**
 * An officer's decision on a pending registration: verified, with an NPWPD issued from the region's template,
 * or rejected with the reason the applicant will read. A decision is final; a rejected applicant registers again.
 */
export async function decideRegistration(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  taxpayerId: number,
  decision: RegistrationDecision,
): Promise<Taxpayer> {
  return db.transaction(async (tx) => {
    const before = await loadTaxpayer(tx, regionId, taxpayerId, { kind: 'staff' }, true);
    if (before.status !== 'pending') {
      throw new Problem(409, 'REGISTRATION_ALREADY_DECIDED', { taxpayerId, status: before.status });
    }
    if (decision.decision === 'verify') {
      const [npwpd] = await issueNpwpds(tx, regionId, at, [before.villageCode]);
      await tx.query(
        `UPDATE taxpayer SET status = 'verified', npwpd = $3, decided_at = $4, decided_by = $5
         WHERE region_id = $1 AND id = $2`,
        [regionId, taxpayerId, npwpd, at, actor.userId],
      );
    } else {
      await tx.query(
        `UPDATE taxpayer SET status = 'rejected', rejection_reason = $3, decided_at = $4, decided_by = $5
         WHERE region_id = $1 AND id = $2`,
        [regionId, taxpayerId, decision.reason, at, actor.userId],
      );
    }
    const after = await loadTaxpayer(tx, regionId, taxpayerId, { kind: 'staff' });
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: decision.decision === 'verify' ? 'taxpayer.verify' : 'taxpayer.reject',
      entity: 'taxpayer',
      entityId: String(taxpayerId),
      before: auditView(before),
      after: auditView(after),
    });
    return after;
  });
}
