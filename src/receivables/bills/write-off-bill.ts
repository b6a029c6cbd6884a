import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { ACCOUNT, postJournal } from '../ledger/journal';
import { formatBillingCode } from '../rules/billing-code';
import { loadBill } from './bill';
import { writeOffDebits } from './bill-lines';
import { markSettled } from './bill-status';

export interface WriteOff {
  billId: number;
  billingCode: string;
  amount: number;
  decreeNumber: string;
  reason: string;
  journalId: number;
}

/**
 * Penghapusan piutang: a supervisor writes off a bill the region cannot collect (the taxpayer is gone or bankrupt,
 * the claim past its five-year daluwarsa: domain notes §1.10, §1.11, §2.1), under the head of region's decree. The
 * principal still owed leaves the receivable in one journal (write-off expense, and for MBLB the province's opsen
 * share taken back from what is owed to it); interest never booked was never a receivable and needs none. Once per
 * bill, with the bill locked, audited.
 */
export async function writeOffBill(
  db: Database,
  at: Date,
  actor: Actor,
  input: { regionId: string; billId: number; decreeNumber: string; reason: string },
): Promise<WriteOff> {
  const { regionId } = input;
  return db.transaction(async (tx) => {
    const bill = await loadBill(tx, regionId, { id: input.billId }, { lock: true });
    if (bill.status !== 'open' || bill.outstanding <= 0)
      throw new Problem(409, 'BILL_NOT_OPEN', {
        billingCode: formatBillingCode(bill.billingCode),
        status: bill.status,
      });
    const journalId = await postJournal(tx, {
      regionId,
      kind: 'write_off',
      at,
      billId: bill.id,
      memo: `Penghapusan piutang ${bill.billingCode}, keputusan ${input.decreeNumber}`,
      actorId: actor.userId,
      lines: [
        ...writeOffDebits(bill.outstanding, bill.lines),
        {
          account: ACCOUNT.receivable,
          taxpayerId: bill.taxpayerId,
          billId: bill.id,
          credit: bill.outstanding,
        },
      ],
    });
    await markSettled(tx, regionId, bill.id, 'written_off', at);
    await tx.query(
      `INSERT INTO bill_write_off (region_id, bill_id, amount, decree_number, reason, decided_at, decided_by, journal_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [regionId, bill.id, bill.outstanding, input.decreeNumber, input.reason, at, actor.userId, journalId],
    );
    const writeOff = {
      billId: bill.id,
      billingCode: bill.billingCode,
      amount: bill.outstanding,
      decreeNumber: input.decreeNumber,
      reason: input.reason,
      journalId,
    };
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'bill.write_off',
      entity: 'bill',
      entityId: String(bill.id),
      before: { status: bill.status, outstanding: bill.outstanding },
      after: writeOff,
    });
    return writeOff;
  });
}
