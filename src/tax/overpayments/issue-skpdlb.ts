import type { Database } from '../../db/database';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { type Assessment, issueAssessment } from '../assessments/assessment';
import { loadReturn } from '../returns/tax-return';
import { overpaymentsAwaitingSkpdlb } from './awaiting-skpdlb';

/**
 * SKPDLB (lebih bayar): the assessment that the tax paid for an object and masa pajak exceeds the tax owed, after a
 * pembetulan credited the difference (domain notes §2.1, §2.2). It is issued on the month's current SPTPD for all
 * of that month's credit not assessed yet; the tax owed is the return's tax (and opsen), the kredit pajak what was
 * paid, and the difference the overpayment that is then offset or refunded (offset-overpayment.ts,
 * refund-overpayment.ts). It bills nothing. The return is locked, so two officers cannot assess one credit twice.
 */
export async function issueSkpdlb(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  input: { regionId: string; returnId: number; finding: string },
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const r = await loadReturn(tx, input.regionId, input.returnId, { kind: 'staff' }, true);
    if (r.status === 'superseded' || r.status === 'draft') {
      throw new Problem(409, 'RETURN_NOT_CURRENT', { returnId: r.id, status: r.status });
    }
    const [awaiting] = await overpaymentsAwaitingSkpdlb(tx, input.regionId, {
      objectId: r.objectId,
      period: r.period,
    });
    if (!awaiting) throw new Problem(409, 'NO_OVERPAYMENT', { period: r.period });
    const owed = r.tax + r.opsen;
    return issueAssessment(tx, at, today, actor, {
      regionId: input.regionId,
      kind: 'SKPDLB',
      taxpayerId: r.taxpayerId,
      objectId: r.objectId,
      taxCode: r.taxCode,
      period: r.period,
      returnId: r.id,
      principal: owed,
      credit: owed + awaiting.amount,
      basis: {
        finding: input.finding,
        overpayment: awaiting.amount,
        ...(r.opsen > 0 ? { returnTax: r.tax, returnOpsen: r.opsen } : {}),
      },
      bill: [],
    });
  });
}
