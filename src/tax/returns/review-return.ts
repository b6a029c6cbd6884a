import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { auditView, loadReturn, type TaxReturn } from './tax-return';

/**
 * Penelitian: an officer verifies a submitted SPTPD or rejects it with a reason (the taxpayer then amends it).
 * The return is locked while it is decided, so of two officers acting at once one wins and the other is told
 * it was already reviewed.
 */
export async function reviewReturn(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  returnId: number,
  decision: { verdict: 'verify' } | { verdict: 'reject'; reason: string },
): Promise<TaxReturn> {
  return db.transaction(async (tx) => {
    const r = await loadReturn(tx, regionId, returnId, { kind: 'staff' }, true);
    if (r.status === 'verified' || r.status === 'rejected') {
      throw new Problem(409, 'RETURN_ALREADY_REVIEWED', { returnId, status: r.status });
    }
    if (r.status !== 'submitted')
      throw new Problem(409, 'RETURN_NOT_SUBMITTED', { returnId, status: r.status });
    const status = decision.verdict === 'verify' ? 'verified' : 'rejected';
    const reason = decision.verdict === 'reject' ? decision.reason : null;
    await tx.query(
      `UPDATE tax_return SET status = $3, rejection_reason = $4, reviewed_at = $5, reviewed_by = $6
       WHERE region_id = $1 AND id = $2`,
      [regionId, returnId, status, reason, at, actor.userId],
    );
    const reviewed: TaxReturn = {
      ...r,
      status,
      rejectionReason: reason,
      reviewedAt: at,
      reviewedBy: actor.userId,
    };
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: decision.verdict === 'verify' ? 'sptpd.verify' : 'sptpd.reject',
      entity: 'tax_return',
      entityId: String(returnId),
      before: auditView(r),
      after: { ...auditView(reviewed), reason },
    });
    return reviewed;
  });
}
