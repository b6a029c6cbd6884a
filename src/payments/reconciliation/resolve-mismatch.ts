import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { findMismatches } from './find-mismatches';
import { type Mismatch, type Resolution, resolutionAllowed } from './mismatches';

/**
 * The treasurer decides one mismatch of the queue, once, with a note saying why (what the bank said, the letter or
 * call it rests on). The decision is a legal record of the reconciliation: audited, and never changed; a second
 * decision of the same mismatch is refused. It waits for a deposit of the same day to finish (the statement row
 * is locked by both), so a deposit never counts a decision made while it ran; and for a replacement of the
 * statement, after which the mismatch is withdrawn and no longer decided (the new file has its own).
 */
export async function resolveMismatch(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  mismatchId: number,
  decision: { resolution: Resolution; note: string },
): Promise<Mismatch> {
  return db.transaction(async (tx) => {
    const [seen] = await findMismatches(tx, regionId, { mismatchId });
    if (!seen) throw new Problem(404, 'MISMATCH_NOT_FOUND', { mismatchId });
    await tx.query('SELECT 1 FROM bank_statement WHERE region_id = $1 AND id = $2 FOR UPDATE', [
      regionId,
      seen.statementId,
    ]);
    // Read again under the lock: a replacement that committed while this waited has withdrawn it.
    const [found] = (await findMismatches(tx, regionId, { mismatchId })) as [Mismatch];
    if (found.withdrawal) throw new Problem(409, 'MISMATCH_WITHDRAWN', { mismatchId });
    if (!resolutionAllowed(found.kind, decision.resolution)) {
      throw new Problem(422, 'RESOLUTION_NOT_ALLOWED', { kind: found.kind, resolution: decision.resolution });
    }
    const inserted = await tx.query(
      `INSERT INTO reconciliation_resolution (region_id, mismatch_id, resolution, note, resolved_at, resolved_by)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING RETURNING mismatch_id`,
      [regionId, mismatchId, decision.resolution, decision.note, at, actor.userId],
    );
    if (inserted.length === 0) throw new Problem(409, 'MISMATCH_ALREADY_RESOLVED', { mismatchId });
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'reconciliation.resolve',
      entity: 'reconciliation_mismatch',
      entityId: String(mismatchId),
      before: { kind: found.kind, partnerId: found.partnerId, day: found.day, resolution: null },
      after: {
        kind: found.kind,
        partnerId: found.partnerId,
        day: found.day,
        lineNo: found.lineNo,
        paymentId: found.paymentId,
        bankAmount: found.bankAmount,
        balaiAmount: found.balaiAmount,
        resolution: decision.resolution,
        note: decision.note,
      },
    });
    const [resolved] = await findMismatches(tx, regionId, { mismatchId });
    return resolved as Mismatch;
  });
}
