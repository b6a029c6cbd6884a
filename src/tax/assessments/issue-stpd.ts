import type { Database } from '../../db/database';
import { compareDates } from '../../platform/calendar';
import { localDate, type TimeZone } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import {
  billLines,
  formatBillingCode,
  interestParts,
  markInterestBilled,
  quoteBill,
} from '../../receivables';
import { taxPolicyOn } from '../policy';
import { loadReturn } from '../returns/tax-return';
import { type Assessment, issueAssessment } from './assessment';

/**
 * STPD for the interest an overdue bill has run up to today (PP 35/2023 Pasal 59(7)). The interest becomes its own
 * bill, which accrues no interest of its own, and the bill remembers the months billed so that paying it later
 * charges only the months after them.
 */
export async function issueInterestStpd(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  input: { regionId: string; billId: number },
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const { bill, due } = await quoteBill(tx, input.regionId, input.billId, today, { lock: true });
    if (bill.status !== 'open')
      throw new Problem(409, 'BILL_NOT_OPEN', {
        billingCode: formatBillingCode(bill.billingCode),
        status: bill.status,
      });
    if (due.penalty <= 0)
      throw new Problem(409, 'NO_INTEREST_DUE', { billingCode: formatBillingCode(bill.billingCode) });
    await markInterestBilled(tx, input.regionId, bill.id, due.chargedMonths);
    const { policy } = await taxPolicyOn(tx, input.regionId, today);
    const lines = {
      regionId: input.regionId,
      taxCode: bill.taxCode,
      opsenInterestTo: policy.opsenInterestTo,
    };
    return issueAssessment(tx, at, today, actor, {
      regionId: input.regionId,
      kind: 'STPD',
      taxpayerId: bill.taxpayerId,
      objectId: bill.objectId,
      taxCode: bill.taxCode,
      period: bill.period,
      principal: bill.outstanding,
      interest: due.penalty,
      basis: {
        reason: 'late_payment_interest',
        billingCode: bill.billingCode,
        dueDate: bill.dueDate,
        months: due.chargedMonths,
        ratePerMonthPpm: due.ratePerMonthPpm,
        regime: due.regime,
      },
      // Interest on an MBLB bill is shared with the province as the bill's own interest would be.
      bill: billLines(lines, interestParts(lines, due.penalty, bill.lines)),
    });
  });
}

/** STPD for the region's late-filing fine (denda) on an SPTPD filed after its due date, where the Perda sets one. */
export async function issueLateFilingStpd(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  input: { regionId: string; timeZone: TimeZone; returnId: number },
): Promise<Assessment> {
  return db.transaction(async (tx) => {
    const r = await loadReturn(tx, input.regionId, input.returnId, { kind: 'staff' }, true);
    const { policy } = await taxPolicyOn(tx, input.regionId, `${r.period}-01`);
    // The return carries the due date the region's rule gave it when it was filed.
    const { dueDate } = r;
    const filedOn = r.submittedAt ? localDate(r.submittedAt, input.timeZone) : null;
    if (policy.lateFilingFine <= 0) throw new Problem(409, 'NO_LATE_FILING_FINE');
    if (filedOn && compareDates(filedOn, dueDate) <= 0) throw new Problem(409, 'FILED_ON_TIME', { dueDate });
    const [existing] = await tx.query(
      `SELECT 1 FROM assessment WHERE region_id = $1 AND return_id = $2 AND kind = 'STPD' AND basis->>'reason' = 'late_filing'`,
      [input.regionId, r.id],
    );
    if (existing) throw new Problem(409, 'STPD_EXISTS', { returnId: r.id });
    return issueAssessment(tx, at, today, actor, {
      regionId: input.regionId,
      kind: 'STPD',
      taxpayerId: r.taxpayerId,
      objectId: r.objectId,
      taxCode: r.taxCode,
      period: r.period,
      returnId: r.id,
      principal: 0,
      increase: policy.lateFilingFine,
      basis: { reason: 'late_filing', dueDate, filedOn },
      bill: billLines(
        { regionId: input.regionId, taxCode: r.taxCode, opsenInterestTo: policy.opsenInterestTo },
        { sanction: policy.lateFilingFine },
      ),
    });
  });
}
