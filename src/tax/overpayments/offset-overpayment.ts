import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { type BillWithBalance, dueTermsOn, lockOpenBills, offsetBill } from '../../receivables';
import { taxPolicyOn } from '../policy';
import { planOffset } from '../rules/kompensasi';
import { TAX_BILL_ISSUER } from '../tax-bills';
import { assertSecondOfficer, lockSkpdlb, recordSettlement } from './skpdlb';

export interface OffsetResult {
  assessmentId: number;
  used: number;
  remaining: number;
  items: { billId: number; billingCode: string; principal: number; interest: number; settles: boolean }[];
}

/**
 * Kompensasi: a supervisor sets an SKPDLB's overpayment off against the same taxpayer's open bills, oldest first
 * (rules/kompensasi.ts), as of today. For each bill the interest run up to today is booked first (receivable
 * against sanction revenue, the opsen's share to the province), then the credit pays principal and interest
 * (taxpayer's credit against receivable); a bill paid in full becomes paid. All bills and the SKPDLB are locked in
 * one transaction, so a payment or another offset of the same bills waits and then finds them paid.
 */
export async function offsetOverpayment(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  input: { regionId: string; assessmentId: number; billIds?: number[] },
): Promise<OffsetResult> {
  const { regionId } = input;
  return db.transaction(async (tx) => {
    const skpdlb = await lockSkpdlb(tx, regionId, input.assessmentId);
    assertSecondOfficer(skpdlb, actor);
    // The taxpayer's tax bills: they are priced below by the tax policy.
    const bills = await lockOpenBills(tx, regionId, {
      taxpayerId: skpdlb.taxpayerId,
      originKinds: TAX_BILL_ISSUER.kinds,
      ids: input.billIds,
      order: 'oldest',
    });
    const missing = input.billIds?.find((id) => !bills.some((b) => b.id === id));
    if (missing !== undefined) throw new Problem(422, 'BILL_NOT_OFFSETTABLE', { bill: missing });
    const { policy } = await taxPolicyOn(tx, regionId, today);
    const plan = planOffset(
      skpdlb.remaining,
      bills.map((b) => ({
        billId: b.id,
        dueDate: b.dueDate,
        outstanding: b.outstanding,
        terms: dueTermsOn(policy, b, today).interest,
      })),
      policy.rounding,
    );
    if (plan.items.length === 0) throw new Problem(409, 'NOTHING_TO_OFFSET', { number: skpdlb.number });
    const items: OffsetResult['items'] = [];
    for (const item of plan.items) {
      const bill = bills.find((b) => b.id === item.billId) as BillWithBalance;
      await offsetBill(tx, at, bill, {
        regionId,
        principal: item.principal,
        interest: item.interest,
        creditOf: skpdlb.taxpayerId,
        interestMemo: `Bunga s.d. ${today} atas ${bill.billingCode} (kompensasi ${skpdlb.number})`,
        memo: `Kompensasi ${skpdlb.number} ke ${bill.billingCode}`,
        actorId: actor.userId,
      });
      items.push({ ...item, billingCode: bill.billingCode });
    }
    await recordSettlement(tx, at, actor, regionId, {
      assessmentId: skpdlb.id,
      kind: 'offset',
      amount: plan.used,
      day: today,
      reference: null,
    });
    const result = {
      assessmentId: skpdlb.id,
      used: plan.used,
      remaining: skpdlb.remaining - plan.used,
      items,
    };
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'skpdlb.offset',
      entity: 'assessment',
      entityId: String(skpdlb.id),
      before: { number: skpdlb.number, remaining: skpdlb.remaining },
      after: result,
    });
    return result;
  });
}
