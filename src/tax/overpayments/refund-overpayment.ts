import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { compareDates } from '../../platform/calendar';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { ACCOUNT, countOpenBills, postJournal } from '../../receivables';
import { assertSecondOfficer, lockSkpdlb, recordSettlement } from './skpdlb';

export interface RefundResult {
  assessmentId: number;
  amount: number;
  refundDate: string;
  reference: string;
  journalId: number;
}

/**
 * Restitusi: a supervisor records the refund of what is left of an SKPDLB's overpayment, once, with the day the
 * region pays it and the payment's reference (SP2D or transfer). The law has an overpayment pay the taxpayer's
 * other tax debts first (UU 28/2009 Pasal 107 and its Perdas; PP 35/2023 keeps the instrument, domain notes §1.11),
 * so a refund waits while the taxpayer has an open bill: offset first. The credit moves to a refund payable that the
 * treasury's payment order settles outside this ledger. Interest for a refund later than the law allows (imbalan
 * bunga: 2% a month under the PDRD Perdas, the HKPD figure UNCONFIRMED) is not computed here.
 */
export async function refundOverpayment(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  input: { regionId: string; assessmentId: number; refundDate: string; reference: string },
): Promise<RefundResult> {
  const { regionId } = input;
  return db.transaction(async (tx) => {
    const skpdlb = await lockSkpdlb(tx, regionId, input.assessmentId);
    assertSecondOfficer(skpdlb, actor);
    if (compareDates(input.refundDate, skpdlb.issueDate) < 0 || compareDates(input.refundDate, today) > 0) {
      throw new Problem(422, 'REFUND_DATE_OUT_OF_RANGE', { issueDate: skpdlb.issueDate, today });
    }
    const open = await countOpenBills(tx, regionId, skpdlb.taxpayerId);
    if (open > 0) throw new Problem(409, 'OPEN_BILLS_FIRST', { number: skpdlb.number, count: open });
    const journalId = await postJournal(tx, {
      regionId,
      kind: 'refund',
      at,
      memo: `Restitusi ${skpdlb.number}: ${input.reference}`,
      actorId: actor.userId,
      lines: [
        { account: ACCOUNT.taxpayerCredit, taxpayerId: skpdlb.taxpayerId, debit: skpdlb.remaining },
        { account: ACCOUNT.refundPayable, taxpayerId: skpdlb.taxpayerId, credit: skpdlb.remaining },
      ],
    });
    await recordSettlement(tx, at, actor, regionId, {
      assessmentId: skpdlb.id,
      kind: 'refund',
      amount: skpdlb.remaining,
      day: input.refundDate,
      reference: input.reference,
    });
    const result = {
      assessmentId: skpdlb.id,
      amount: skpdlb.remaining,
      refundDate: input.refundDate,
      reference: input.reference,
      journalId,
    };
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'skpdlb.refund',
      entity: 'assessment',
      entityId: String(skpdlb.id),
      before: { number: skpdlb.number, remaining: skpdlb.remaining },
      after: result,
    });
    return result;
  });
}
