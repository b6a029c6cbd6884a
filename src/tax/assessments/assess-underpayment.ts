import type { Database } from '../../db/database';
import { Problem } from '../../platform/problem';
import { applyRate } from '../../platform/rounding';
import type { Actor } from '../../platform/users';
import { billLines, interestParts, lateInterest, regimeFor } from '../../receivables';
import { taxPolicyOn } from '../policy';
import { loadReturn } from '../returns/tax-return';
import { opsenMblb } from '../rules/mblb';
import { type Assessment, issueAssessment } from './assessment';

/**
 * SKPDKB (kurang bayar) after penelitian or pemeriksaan finds the declared tax too low, and SKPDKBT (kurang
 * bayar tambahan) when new data adds to an earlier SKPDKB. The shortfall is the correct tax less what the latest
 * return and earlier SKPDKB(T)s already assessed; interest runs by the region's regime from the return's due
 * date to the issue date (its SKPDKB rate is UNCONFIRMED in PP 35/2023: the regime's monthly rate is used); the
 * increase (kenaikan) is the percentage the Perda sets, entered by the officer. For MBLB the province's opsen on
 * the shortfall (UU 1/2022 Pasal 83(1)) is assessed with it and bears interest like it; the increase is on the
 * kab/kota's tax alone, the one the Perda sets it on.
 */
export async function assessUnderpayment(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  input: {
    regionId: string;
    kind: 'SKPDKB' | 'SKPDKBT';
    returnId: number;
    correctGross: number;
    increasePpm: number;
    finding: string;
  },
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const r = await loadReturn(tx, input.regionId, input.returnId, { kind: 'staff' }, true);
    if (r.status === 'superseded' || r.status === 'draft') {
      throw new Problem(409, 'RETURN_NOT_CURRENT', { returnId: r.id, status: r.status });
    }
    const earlier = await tx.query<{ kind: string; principal: number; opsen: number }>(
      `SELECT kind, principal, coalesce((basis->>'opsen')::int8, 0) AS opsen FROM assessment
       WHERE region_id = $1 AND object_id = $2 AND period = $3 AND kind IN ('SKPDKB', 'SKPDKBT')`,
      [input.regionId, r.objectId, r.period],
    );
    if (input.kind === 'SKPDKB' && earlier.length > 0)
      throw new Problem(409, 'SKPDKB_EXISTS', { period: r.period });
    if (input.kind === 'SKPDKBT' && earlier.length === 0)
      throw new Problem(409, 'SKPDKB_REQUIRED', { period: r.period });
    const { policy } = await taxPolicyOn(tx, input.regionId, today);
    const correctTax = applyRate(input.correctGross, r.ratePpm, policy.rounding);
    const assessed = r.tax + earlier.reduce((s, e) => s + e.principal, 0);
    const shortfall = correctTax - assessed;
    if (shortfall <= 0) throw new Problem(422, 'NO_SHORTFALL', { correctTax, assessed });
    const opsenShortfall =
      r.taxCode === 'mblb'
        ? Math.max(
            0,
            opsenMblb(correctTax, policy.rounding) - r.opsen - earlier.reduce((s, e) => s + e.opsen, 0),
          )
        : 0;
    const interest = lateInterest({
      principal: shortfall + opsenShortfall,
      dueDate: r.dueDate,
      paymentDate: today,
      regime: regimeFor(policy.interest, r.dueDate),
      rounding: policy.rounding,
    });
    const increase = applyRate(shortfall, input.increasePpm, policy.rounding);
    const lines = { regionId: input.regionId, taxCode: r.taxCode, opsenInterestTo: policy.opsenInterestTo };
    const owed = { tax: shortfall, opsen: opsenShortfall };
    const sanctions = interestParts(lines, interest.penalty, billLines(lines, owed));
    return issueAssessment(tx, at, today, actor, {
      regionId: input.regionId,
      kind: input.kind,
      taxpayerId: r.taxpayerId,
      objectId: r.objectId,
      taxCode: r.taxCode,
      period: r.period,
      returnId: r.id,
      principal: shortfall,
      interest: interest.penalty,
      increase,
      basis: {
        finding: input.finding,
        declaredGross: r.gross,
        correctGross: input.correctGross,
        ratePpm: r.ratePpm,
        correctTax,
        alreadyAssessed: assessed,
        interestMonths: interest.chargedMonths,
        regime: interest.regime,
        increasePpm: input.increasePpm,
        ...(opsenShortfall > 0 ? { opsen: opsenShortfall } : {}),
      },
      bill: billLines(lines, {
        ...owed,
        sanction: sanctions.sanction + increase,
        opsenSanction: sanctions.opsenSanction,
      }),
    });
  });
}
