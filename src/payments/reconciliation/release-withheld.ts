import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { findMismatches } from './find-mismatches';
import type { Mismatch } from './mismatches';

/**
 * The treasurer releases a payment withheld at reconciliation once the bank confirms its money after all (its
 * letter, a corrected statement), with a note naming that confirmation. The payment is then ready: the day's next
 * deposit carries it, the first STS or, if the day was deposited, an STS susulan. The withholding stays on record
 * as it was made; the release is its own record, audited, made once.
 *
 * Like a decision, it takes the statement's row lock, so a deposit of the same day never runs half before and half
 * after it, and a replacement of the statement cannot slip in between the checks and the release.
 */
export async function releaseWithheld(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  mismatchId: number,
  release: { note: string },
): Promise<Mismatch> {
  return db.transaction(async (tx) => {
    const [seen] = await findMismatches(tx, regionId, { mismatchId });
    if (!seen) throw new Problem(404, 'MISMATCH_NOT_FOUND', { mismatchId });
    await tx.query('SELECT 1 FROM bank_statement WHERE region_id = $1 AND id = $2 FOR UPDATE', [
      regionId,
      seen.statementId,
    ]);
    const [found] = (await findMismatches(tx, regionId, { mismatchId })) as [Mismatch];
    if (found.withdrawal) throw new Problem(409, 'MISMATCH_WITHDRAWN', { mismatchId });
    if (found.resolution?.resolution !== 'withheld' || !found.payment) {
      throw new Problem(409, 'MISMATCH_NOT_WITHHELD', { mismatchId });
    }
    if (found.release) throw new Problem(409, 'MISMATCH_ALREADY_RELEASED', { mismatchId });
    // A payment the bank reversed since is no money of the day: there is nothing to release into a deposit.
    if (found.payment.reversed)
      throw new Problem(409, 'RELEASE_OF_REVERSED_PAYMENT', { ntpd: found.payment.ntpd });
    const [successor] = await tx.query<{ fileName: string; current: string }>(
      `SELECT s.file_name AS "fileName", n.file_name AS current FROM bank_statement s
       JOIN bank_statement n ON n.region_id = s.region_id AND n.replaces_statement_id = s.id
       WHERE s.region_id = $1 AND s.id = $2`,
      [regionId, found.statementId],
    );
    // A decision on a replaced file no longer counts: the current file is matched and decided afresh.
    if (successor) throw new Problem(409, 'STATEMENT_SUPERSEDED', successor);

    await tx.query(
      `INSERT INTO reconciliation_release (region_id, mismatch_id, note, released_at, released_by)
       VALUES ($1, $2, $3, $4, $5)`,
      [regionId, mismatchId, release.note, at, actor.userId],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'reconciliation.release',
      entity: 'reconciliation_mismatch',
      entityId: String(mismatchId),
      before: {
        kind: found.kind,
        partnerId: found.partnerId,
        day: found.day,
        resolution: 'withheld',
        released: false,
      },
      after: {
        kind: found.kind,
        partnerId: found.partnerId,
        day: found.day,
        paymentId: found.paymentId,
        ntpd: found.payment.ntpd,
        amount: found.payment.amount,
        resolution: 'withheld',
        released: true,
        note: release.note,
      },
    });
    const [released] = await findMismatches(tx, regionId, { mismatchId });
    return released as Mismatch;
  });
}
