import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import type { Viewer } from '../registry/taxpayer';
import { billReturn } from './file-return';
import { auditView, loadReturn, type TaxReturn } from './tax-return';

/** Submits a draft SPTPD: from now it is filed, and its tax is billed. */
export async function submitReturn(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  viewer: Viewer,
  regionId: string,
  returnId: number,
): Promise<TaxReturn & { billingCode: string | null }> {
  return db.transaction(async (tx) => {
    const r = await loadReturn(tx, regionId, returnId, viewer, true);
    if (r.status !== 'draft') throw new Problem(409, 'RETURN_NOT_DRAFT', { returnId, status: r.status });
    await tx.query(
      `UPDATE tax_return SET status = 'submitted', submitted_at = $3 WHERE region_id = $1 AND id = $2`,
      [regionId, returnId, at],
    );
    const submitted: TaxReturn = { ...r, status: 'submitted', submittedAt: at };
    const bill = await billReturn(tx, at, today, actor, regionId, submitted, submitted);
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'sptpd.submit',
      entity: 'tax_return',
      entityId: String(returnId),
      before: auditView(r),
      after: { ...auditView(submitted), billingCode: bill?.billingCode ?? null },
    });
    return { ...submitted, billingCode: bill?.billingCode ?? null };
  });
}
