import type { Database, Sql } from '../../db/database';
import { sqlState } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { compareDates, lastDayOfMonth } from '../../platform/calendar';
import { Problem } from '../../platform/problem';
import { applyRate } from '../../platform/rounding';
import type { Actor } from '../../platform/users';
import { billLines } from '../../receivables';
import { officiallyAssessed, taxPolicyOn } from '../policy';
import { taxRateOn } from '../rates';
import { loadTaxObject, type TaxObject } from '../registry/tax-object';
import type { Viewer } from '../registry/taxpayer';
import { opsenMblb } from '../rules/mblb';
import { canFile, dueDateFor } from '../rules/tax-period';
import { issueTaxBill } from '../tax-bills';
import { assertLinesAddUp, auditView, type ReturnLine, type TaxReturn } from './tax-return';

export interface ReturnFiling {
  regionId: string;
  taxpayerId: number;
  objectId: number;
  period: string;
  gross: number;
  lines: ReturnLine[];
  submit: boolean;
}

/**
 * Files an SPTPD for one object and one masa pajak (a calendar month that has ended). The tax is computed by the
 * rate and rounding in force in that month; the due date by the region's rule. A submitted return with tax to pay
 * gets its bill and kode bayar at once; a nil return is allowed and bills nothing. A second return for the same
 * object and month is refused: the taxpayer amends (pembetulan) instead.
 */
export async function fileReturn(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  viewer: Viewer,
  f: ReturnFiling,
): Promise<TaxReturn & { billingCode: string | null }> {
  assertLinesAddUp(f.gross, f.lines);
  if (!canFile(f.period, today)) throw new Problem(422, 'PERIOD_NOT_ENDED', { period: f.period });
  try {
    return await db.transaction(async (tx) => {
      const object = await loadTaxObject(tx, f.regionId, f.taxpayerId, f.objectId, viewer, true);
      assertObjectOpenIn(object, f.period);
      const [existing] = await tx.query(
        'SELECT 1 FROM tax_return WHERE region_id = $1 AND object_id = $2 AND period = $3',
        [f.regionId, f.objectId, f.period],
      );
      if (existing) throw new Problem(409, 'RETURN_EXISTS', { period: f.period });
      const computed = await computeReturn(tx, f.regionId, object, f.period, f.gross);
      const status = f.submit ? 'submitted' : 'draft';
      const [row] = await tx.query<{ id: number }>(
        `INSERT INTO tax_return (region_id, object_id, taxpayer_id, tax_code, period, revision, gross, rate_ppm, tax, opsen,
                                 lines, status, due_date, created_at, created_by, submitted_at)
         VALUES ($1, $2, $3, $4, $5, 0, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15) RETURNING id`,
        [
          f.regionId,
          f.objectId,
          object.taxpayerId,
          object.taxCode,
          f.period,
          f.gross,
          computed.ratePpm,
          computed.tax,
          computed.opsen,
          JSON.stringify(f.lines),
          status,
          computed.dueDate,
          at,
          actor.userId,
          f.submit ? at : null,
        ],
      );
      const id = (row as { id: number }).id;
      const saved: TaxReturn = {
        id,
        objectId: f.objectId,
        taxpayerId: object.taxpayerId,
        taxCode: object.taxCode,
        period: f.period,
        revision: 0,
        gross: f.gross,
        ratePpm: computed.ratePpm,
        tax: computed.tax,
        opsen: computed.opsen,
        lines: f.lines,
        status,
        rejectionReason: null,
        dueDate: computed.dueDate,
        createdAt: at,
        submittedAt: f.submit ? at : null,
        reviewedAt: null,
        reviewedBy: null,
      };
      const bill = f.submit ? await billReturn(tx, at, today, actor, f.regionId, saved, saved) : null;
      await appendAudit(tx, at, {
        regionId: f.regionId,
        actorId: actor.userId,
        actor: actor.label,
        ip: actor.ip,
        action: f.submit ? 'sptpd.submit' : 'sptpd.draft',
        entity: 'tax_return',
        entityId: String(id),
        after: { ...auditView(saved), billingCode: bill?.billingCode ?? null },
      });
      return { ...saved, billingCode: bill?.billingCode ?? null };
    });
  } catch (err) {
    // Two filings of one object and month racing: the unique key (object, period, revision) lets one win.
    if (sqlState(err) === '23505') throw new Problem(409, 'RETURN_EXISTS', { period: f.period });
    throw err;
  }
}

/** An object is taxed for a month it was open in: opened before the month ended, not closed before it began. */
export function assertObjectOpenIn(object: TaxObject, period: string): void {
  if (object.status === 'pending' || object.status === 'rejected') {
    throw new Problem(409, 'OBJECT_NOT_ACTIVE', { objectId: object.id, status: object.status });
  }
  if (compareDates(object.openedOn, lastDayOfMonth(period)) > 0) {
    throw new Problem(409, 'PERIOD_BEFORE_OPENING', { period, openedOn: object.openedOn });
  }
  if (object.closedOn && compareDates(object.closedOn, `${period}-01`) < 0) {
    throw new Problem(409, 'OBJECT_CLOSED', { objectId: object.id, closedOn: object.closedOn });
  }
}

/**
 * Rate, tax and due date of a return, by the rules in force in its masa pajak: tax = base × rate (UU 1/2022
 * Pasal 57–58 for PBJT; the MBLB and Walet bases, nilai jual, are declared the same way). An MBLB return also
 * owes the province's opsen on its tax (Pasal 83(1)), billed on the same kode bayar.
 */
export async function computeReturn(
  tx: Sql,
  regionId: string,
  object: TaxObject,
  period: string,
  gross: number,
) {
  const [type] = await tx.query<{ assessment: string }>('SELECT assessment FROM tax_type WHERE code = $1', [
    object.taxCode,
  ]);
  const firstDay = `${period}-01`;
  const { policy } = await taxPolicyOn(tx, regionId, firstDay);
  if (!type || officiallyAssessed(type.assessment, policy, object.taxCode)) {
    throw new Problem(409, 'NOT_SELF_ASSESSED', { taxCode: object.taxCode });
  }
  const rate = await taxRateOn(tx, regionId, object.taxCode, object.category, firstDay);
  const tax = applyRate(gross, rate.ratePpm, policy.rounding);
  return {
    ratePpm: rate.ratePpm,
    tax,
    opsen: object.taxCode === 'mblb' ? opsenMblb(tax, policy.rounding) : 0,
    dueDate: dueDateFor(period, policy.returnDue),
  };
}

/**
 * The bill for a return's tax and opsen (or an amendment's shortfall of them), due on the return's own due date;
 * none when nothing is owed.
 */
export async function billReturn(
  tx: Sql,
  at: Date,
  today: string,
  actor: Actor,
  regionId: string,
  r: TaxReturn,
  amount: { tax: number; opsen: number },
): Promise<{ id: number; billingCode: string } | null> {
  if (amount.tax <= 0 && amount.opsen <= 0) return null;
  const { policy } = await taxPolicyOn(tx, regionId, `${r.period}-01`);
  return issueTaxBill(tx, at, {
    regionId,
    taxpayerId: r.taxpayerId,
    objectId: r.objectId,
    taxCode: r.taxCode,
    period: r.period,
    returnId: r.id,
    lines: billLines({ regionId, taxCode: r.taxCode, opsenInterestTo: policy.opsenInterestTo }, amount),
    dueDate: r.dueDate,
    accruesInterest: true,
    issueDay: today,
    memo: `SPTPD ${r.taxCode} ${r.period}${r.revision > 0 ? ` pembetulan ${r.revision}` : ''}`,
    actorId: actor.userId,
  });
}
