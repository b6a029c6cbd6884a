import type { Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { nextNumbers } from '../../platform/next-number';
import type { Actor } from '../../platform/users';
import { type BillLine, billTotal } from '../../receivables';
import { taxPolicyOn } from '../policy';
import { assessmentDueDate } from '../rules/tax-period';
import { issueTaxBill } from '../tax-bills';
import type { AssessmentKind } from './assessment-kinds';

export interface Assessment {
  id: number;
  kind: AssessmentKind;
  number: string;
  taxpayerId: number;
  objectId: number | null;
  taxCode: string;
  period: string | null;
  returnId: number | null;
  principal: number;
  interest: number;
  increase: number;
  credit: number;
  issueDate: string;
  dueDate: string;
  basis: Record<string, unknown>;
  billId: number | null;
  billingCode: string | null;
}

export const ASSESSMENT_COLUMNS = `a.id, a.kind, a.number, a.taxpayer_id AS "taxpayerId", a.object_id AS "objectId",
  a.tax_code AS "taxCode", a.period, a.return_id AS "returnId", a.principal, a.interest, a.increase, a.credit,
  a.issue_date AS "issueDate", a.due_date AS "dueDate", a.basis,
  (SELECT b.id FROM bill b WHERE b.region_id = $1 AND b.assessment_id = a.id) AS "billId",
  (SELECT b.billing_code FROM bill b WHERE b.region_id = $1 AND b.assessment_id = a.id) AS "billingCode"`;

export interface NewAssessment {
  regionId: string;
  kind: AssessmentKind;
  taxpayerId: number;
  objectId: number | null;
  taxCode: string;
  period: string | null;
  returnId?: number | null;
  /** Tax assessed (for an STPD: the tax the interest is on, for the record; it is not billed again). */
  principal: number;
  interest?: number;
  increase?: number;
  /** Kredit pajak: tax already paid, set against the principal (an SKPDLB's exceeds it). */
  credit?: number;
  basis: Record<string, unknown>;
  /**
   * What the assessment makes payable, line by line (tax, opsen, sanctions); empty when nothing is (an SKPDN, an
   * SKPDLB). An STPD bills only its sanctions: its principal was billed already.
   */
  bill: BillLine[];
}

/**
 * Issues an assessment: numbers it per region, kind and year, sets its due date by the region's rule, bills what
 * it makes payable (each line to its account) and audits it, in one transaction.
 */
export async function issueAssessment(
  tx: Sql,
  at: Date,
  today: string,
  actor: Actor,
  a: NewAssessment,
): Promise<Assessment> {
  const { policy } = await taxPolicyOn(tx, a.regionId, today);
  const year = Number(today.slice(0, 4));
  const seq = await nextNumbers(tx, a.regionId, `assessment:${a.kind}:${year}`);
  const number = `${a.kind}/${String(seq).padStart(6, '0')}/${a.regionId}/${year}`;
  const dueDate = assessmentDueDate(today, policy.assessmentDue);
  const interest = a.interest ?? 0;
  const increase = a.increase ?? 0;
  const credit = a.credit ?? 0;
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO assessment (region_id, kind, number, taxpayer_id, object_id, tax_code, period, return_id, principal,
                             interest, increase, credit, issue_date, due_date, basis, issued_at, issued_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17) RETURNING id`,
    [
      a.regionId,
      a.kind,
      number,
      a.taxpayerId,
      a.objectId,
      a.taxCode,
      a.period,
      a.returnId ?? null,
      a.principal,
      interest,
      increase,
      credit,
      today,
      dueDate,
      JSON.stringify(a.basis),
      at,
      actor.userId,
    ],
  );
  const id = (row as { id: number }).id;
  const bill =
    billTotal(a.bill) > 0
      ? await issueTaxBill(tx, at, {
          regionId: a.regionId,
          taxpayerId: a.taxpayerId,
          objectId: a.objectId,
          taxCode: a.taxCode,
          period: a.period,
          assessmentId: id,
          stpd: a.kind === 'STPD',
          lines: a.bill,
          dueDate,
          // Interest is not charged on interest: an STPD's bill does not accrue more.
          accruesInterest: a.kind !== 'STPD',
          issueDay: today,
          memo: `${number}`,
          actorId: actor.userId,
        })
      : null;
  const assessment: Assessment = {
    id,
    kind: a.kind,
    number,
    taxpayerId: a.taxpayerId,
    objectId: a.objectId,
    taxCode: a.taxCode,
    period: a.period,
    returnId: a.returnId ?? null,
    principal: a.principal,
    interest,
    increase,
    credit,
    issueDate: today,
    dueDate,
    basis: a.basis,
    billId: bill?.id ?? null,
    billingCode: bill?.billingCode ?? null,
  };
  await appendAudit(tx, at, {
    regionId: a.regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: `assessment.${a.kind.toLowerCase() as Lowercase<AssessmentKind>}`,
    entity: 'assessment',
    entityId: String(id),
    after: assessment,
  });
  return assessment;
}
