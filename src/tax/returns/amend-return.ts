import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import { allocateRupiah } from '../../platform/rounding';
import type { Actor } from '../../platform/users';
import { ACCOUNT, type JournalLine, lockOpenBills, postJournal, reduceBill } from '../../receivables';
import { loadTaxObject } from '../registry/tax-object';
import type { Viewer } from '../registry/taxpayer';
import { assertObjectOpenIn, billReturn, computeReturn } from './file-return';
import { assertLinesAddUp, auditView, loadReturn, type ReturnLine, type TaxReturn } from './tax-return';

export interface Amendment {
  returnId: number;
  gross: number;
  lines: ReturnLine[];
}

export interface AmendResult {
  taxReturn: TaxReturn;
  /** A new bill for the shortfall, due on the original due date so interest runs from it. */
  billingCode: string | null;
  /** How much of still-unpaid bills of this month the amendment cancelled. */
  reducedOpenBills: number;
  /** Tax (and opsen) already paid above the amended amounts: the taxpayer's credit (the SKPDLB path). */
  overpayment: number;
}

/** A return's two amounts that a pembetulan moves: the tax and, for MBLB, the province's opsen. */
interface TaxAndOpsen {
  tax: number;
  opsen: number;
}

/**
 * Pembetulan: the taxpayer corrects a filed SPTPD with a new revision. An underpayment is billed as a new bill due
 * on the original due date, so it carries interest from then (PP 35/2023: 1% a month on the shortfall). An
 * overpayment first reduces what is still unpaid for that month; what was already paid beyond the new tax becomes
 * the taxpayer's credit (lebih bayar), each movement its own balanced journal.
 */
export async function amendReturn(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  viewer: Viewer,
  regionId: string,
  a: Amendment,
): Promise<AmendResult> {
  assertLinesAddUp(a.gross, a.lines);
  return db.transaction(async (tx) => {
    const previous = await loadReturn(tx, regionId, a.returnId, viewer, true);
    if (previous.status === 'superseded')
      throw new Problem(409, 'RETURN_SUPERSEDED', { returnId: a.returnId });
    if (previous.status === 'draft')
      throw new Problem(409, 'RETURN_NOT_SUBMITTED', { returnId: a.returnId, status: 'draft' });
    const object = await loadTaxObject(tx, regionId, previous.taxpayerId, previous.objectId, viewer, true);
    assertObjectOpenIn(object, previous.period);
    const computed = await computeReturn(tx, regionId, object, previous.period, a.gross);
    const revision = previous.revision + 1;
    await tx.query(`UPDATE tax_return SET status = 'superseded' WHERE region_id = $1 AND id = $2`, [
      regionId,
      previous.id,
    ]);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO tax_return (region_id, object_id, taxpayer_id, tax_code, period, revision, gross, rate_ppm, tax, opsen,
                               lines, status, due_date, created_at, created_by, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, 'submitted', $12, $13, $14, $13) RETURNING id`,
      [
        regionId,
        previous.objectId,
        previous.taxpayerId,
        previous.taxCode,
        previous.period,
        revision,
        a.gross,
        computed.ratePpm,
        computed.tax,
        computed.opsen,
        JSON.stringify(a.lines),
        previous.dueDate,
        at,
        actor.userId,
      ],
    );
    const amended: TaxReturn = {
      ...previous,
      id: (row as { id: number }).id,
      revision,
      gross: a.gross,
      ratePpm: computed.ratePpm,
      tax: computed.tax,
      opsen: computed.opsen,
      lines: a.lines,
      status: 'submitted',
      rejectionReason: null,
      createdAt: at,
      submittedAt: at,
      reviewedAt: null,
      reviewedBy: null,
    };
    const more = {
      tax: Math.max(0, amended.tax - previous.tax),
      opsen: Math.max(0, amended.opsen - previous.opsen),
    };
    const less = {
      tax: Math.max(0, previous.tax - amended.tax),
      opsen: Math.max(0, previous.opsen - amended.opsen),
    };
    const bill = await billReturn(tx, at, today, actor, regionId, amended, more);
    const credit =
      less.tax + less.opsen > 0 ? await creditOverstatement(tx, at, actor, regionId, amended, less) : null;
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'sptpd.amend',
      entity: 'tax_return',
      entityId: String(amended.id),
      before: { ...auditView(previous), returnId: previous.id },
      after: { ...auditView(amended), billingCode: bill?.billingCode ?? null, ...credit },
    });
    return {
      taxReturn: amended,
      billingCode: bill?.billingCode ?? null,
      reducedOpenBills: credit?.reducedOpenBills ?? 0,
      overpayment: credit?.overpayment ?? 0,
    };
  });
}

/**
 * Takes an overstated tax (and opsen) back: first off the return's own unpaid bills of that month (newest first),
 * the rest as the taxpayer's credit. An STPD or SKPDKB of the month is an assessment of its own and stays as it
 * is. Each amount taken is shared between the tax's revenue and the province's opsen in proportion to what is
 * left of each, so that both end at the amended return's figures.
 */
async function creditOverstatement(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  r: TaxReturn,
  amount: TaxAndOpsen,
): Promise<{ reducedOpenBills: number; overpayment: number }> {
  // The month's bills of SPTPDs (of any revision), newest first.
  const open = await lockOpenBills(tx, regionId, {
    objectId: r.objectId,
    period: r.period,
    originKinds: ['sptpd'],
    order: 'newest',
  });
  const left = { ...amount };
  const take = (total: number): JournalLine[] => {
    const [tax = 0, opsen = 0] = allocateRupiah(total, [left.tax, left.opsen]);
    left.tax -= tax;
    left.opsen -= opsen;
    return [
      ...(tax > 0 ? [{ account: ACCOUNT.revenue(r.taxCode), debit: tax }] : []),
      ...(opsen > 0 ? [{ account: ACCOUNT.provinceOpsen(regionId), debit: opsen }] : []),
    ];
  };
  const total = amount.tax + amount.opsen;
  let reduced = 0;
  for (const bill of open) {
    const taken = Math.min(total - reduced, bill.outstanding);
    if (taken <= 0) continue;
    await reduceBill(tx, at, bill, {
      regionId,
      amount: taken,
      debits: take(taken),
      returnId: r.id,
      memo: `Pembetulan SPTPD ${r.period} revisi ${r.revision}: koreksi ${bill.billingCode}`,
      actorId: actor.userId,
    });
    reduced += taken;
  }
  const overpayment = total - reduced;
  if (overpayment > 0) {
    await postJournal(tx, {
      regionId,
      kind: 'credit',
      at,
      returnId: r.id,
      memo: `Pembetulan SPTPD ${r.period} revisi ${r.revision}: lebih bayar`,
      actorId: actor.userId,
      lines: [
        ...take(overpayment),
        { account: ACCOUNT.taxpayerCredit, taxpayerId: r.taxpayerId, credit: overpayment },
      ],
    });
  }
  return { reducedOpenBills: reduced, overpayment };
}
