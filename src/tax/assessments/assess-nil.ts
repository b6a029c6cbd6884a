import type { Database } from '../../db/database';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { loadReturn } from '../returns/tax-return';
import { type Assessment, issueAssessment } from './assessment';

/** SKPDN (nihil): penelitian or pemeriksaan confirms the tax declared is the tax owed; nothing more is payable. */
export async function assessNil(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  input: { regionId: string; returnId: number; finding: string },
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const r = await loadReturn(tx, input.regionId, input.returnId, { kind: 'staff' }, true);
    if (r.status !== 'verified')
      throw new Problem(409, 'RETURN_NOT_VERIFIED', { returnId: r.id, status: r.status });
    return issueAssessment(tx, at, today, actor, {
      regionId: input.regionId,
      kind: 'SKPDN',
      taxpayerId: r.taxpayerId,
      objectId: r.objectId,
      taxCode: r.taxCode,
      period: r.period,
      returnId: r.id,
      principal: r.tax,
      basis: { finding: input.finding, declaredGross: r.gross, declaredTax: r.tax },
      bill: [],
    });
  });
}
