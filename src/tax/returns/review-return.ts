import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { type BillSetSql, type PaidSplit, paidOnBills, paidSql } from '../../receivables';
import { auditView, loadReturn, type TaxReturn } from './tax-return';

export type ReviewDecision =
  | { verdict: 'verify' }
  | {
      verdict: 'reject';
      reason: string;
      /** What the officer was shown as already paid for the masa (the confirmation's figure), in rupiah. */
      paidAcknowledged?: number | undefined;
    };

/**
 * Rejecting an SPTPD whose masa is already (partly) paid. A payment of regional tax goes back to the taxpayer only
 * through an SKPDLB, by refund (restitusi) or offset (kompensasi) (UU 1/2022 and PP 35/2023; domain notes §1.11,
 * §2.1 "SKPDLB … leads to refund or offset"); a rejection in penelitian is no assessment, so it neither refunds nor
 * cancels a payment. The payment stays credited to the object's masa and the taxpayer's pembetulan is reckoned
 * against it: a lower tax turns the excess into lebih bayar (an SKPDLB, then a refund or an offset), a higher one is
 * billed as a shortfall with interest from the original due date (amend-return.ts). Because that is not what an
 * officer may expect of "reject", the rejection is accepted only when it acknowledges exactly the amount paid as it
 * stands now: a payment that arrived after the officer's confirmation was shown refuses the rejection.
 */
export function paidRejectionProblem(
  returnId: number,
  paid: number,
  acknowledged: number | undefined,
): Problem | null {
  if (paid === 0 && (acknowledged === undefined || acknowledged === 0)) return null;
  if (acknowledged === paid) return null;
  return new Problem(409, 'RETURN_PAID_REJECTION_UNCONFIRMED', { returnId, paid });
}

/** An object's masa's SPTPD bills (every revision), as receivables' `BillSetSql`: SQL expressions of the caller. */
const masaBills = (object: string, period: string): BillSetSql => ({
  objectId: object,
  period,
  originKind: `'sptpd'`,
});

/**
 * SQL for what the taxpayer has paid for an object's masa on its SPTPD bills, interest included, as receivables sums
 * it from its ledger (`paidSql`). `region`, `object` and `period` are SQL expressions (the region always the
 * statement's region parameter). One definition for the review queue, the returns list and the rule.
 */
export const paidForMasaSql = (region: string, object: string, period: string) =>
  paidSql(region, masaBills(object, period));

/** What was paid for an object's masa on its SPTPD bills, split into principal and sanctions, asked of receivables. */
export function paidForMasaSplit(
  db: Sql,
  regionId: string,
  objectId: number,
  period: string,
): Promise<PaidSplit> {
  return paidOnBills(db, regionId, { objectId, period, originKind: 'sptpd' });
}

async function paidForMasa(db: Sql, regionId: string, objectId: number, period: string): Promise<number> {
  return (await paidForMasaSplit(db, regionId, objectId, period)).total;
}

/**
 * Penelitian: an officer verifies a submitted SPTPD or rejects it with a reason (the taxpayer then amends it).
 * The return is locked while it is decided, so of two officers acting at once one wins and the other is told
 * it was already reviewed. A rejection of a paid masa must acknowledge what was paid (`paidRejectionProblem`).
 */
export async function reviewReturn(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  returnId: number,
  decision: ReviewDecision,
): Promise<TaxReturn & { paid: number }> {
  return db.transaction(async (tx) => {
    const r = await loadReturn(tx, regionId, returnId, { kind: 'staff' }, true);
    if (r.status === 'verified' || r.status === 'rejected') {
      throw new Problem(409, 'RETURN_ALREADY_REVIEWED', { returnId, status: r.status });
    }
    if (r.status !== 'submitted')
      throw new Problem(409, 'RETURN_NOT_SUBMITTED', { returnId, status: r.status });
    const paid = await paidForMasa(tx, regionId, r.objectId, r.period);
    if (decision.verdict === 'reject') {
      const refused = paidRejectionProblem(returnId, paid, decision.paidAcknowledged);
      if (refused) throw refused;
    }
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
      after: {
        ...auditView(reviewed),
        reason,
        ...(decision.verdict === 'reject' && paid > 0 ? { paid } : {}),
      },
    });
    return { ...reviewed, paid };
  });
}
