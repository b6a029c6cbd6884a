import type { Sql } from '../../db/database';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';

/** What an SKPDLB's overpayment has been used for so far: SQL columns over an assessment `a`. */
export const SETTLEMENT_COLUMNS = `
  coalesce((SELECT sum(s.amount) FROM overpayment_settlement s
            WHERE s.region_id = $1 AND s.assessment_id = a.id AND s.kind = 'offset'), 0)::int8 AS "offsetAmount",
  coalesce((SELECT sum(s.amount) FROM overpayment_settlement s
            WHERE s.region_id = $1 AND s.assessment_id = a.id AND s.kind = 'refund'), 0)::int8 AS "refundedAmount"`;

/** An SKPDLB and how much of its overpayment is still to offset or refund. */
export interface Skpdlb {
  id: number;
  number: string;
  taxpayerId: number;
  taxCode: string;
  issueDate: string;
  issuedBy: number | null;
  overpayment: number;
  offsetAmount: number;
  refundedAmount: number;
  remaining: number;
}

/** The SKPDLB, locked for a settlement in the caller's transaction, so two settlements of it cannot both spend it. */
export async function lockSkpdlb(tx: Sql, regionId: string, assessmentId: number): Promise<Skpdlb> {
  const [row] = await tx.query<Omit<Skpdlb, 'remaining'> & { kind: string }>(
    `SELECT a.id, a.kind, a.number, a.taxpayer_id AS "taxpayerId", a.tax_code AS "taxCode", a.issue_date AS "issueDate",
            a.issued_by AS "issuedBy", (a.credit - a.principal)::int8 AS overpayment, ${SETTLEMENT_COLUMNS}
     FROM assessment a WHERE a.region_id = $1 AND a.id = $2 FOR UPDATE OF a`,
    [regionId, assessmentId],
  );
  if (!row) throw new Problem(404, 'ASSESSMENT_NOT_FOUND', { assessmentId });
  if (row.kind !== 'SKPDLB') throw new Problem(409, 'NOT_AN_SKPDLB', { number: row.number });
  const { kind: _, ...skpdlb } = row;
  const remaining = skpdlb.overpayment - skpdlb.offsetAmount - skpdlb.refundedAmount;
  if (remaining <= 0) throw new Problem(409, 'OVERPAYMENT_SETTLED', { number: skpdlb.number });
  return { ...skpdlb, remaining };
}

/**
 * Spending an overpayment is a supervisor's approval of what an officer assessed: four eyes, so the supervisor
 * who offsets or refunds it must not be the one who issued the SKPDLB.
 */
export function assertSecondOfficer(skpdlb: Skpdlb, actor: Actor): void {
  if (skpdlb.issuedBy !== null && skpdlb.issuedBy === actor.userId)
    throw new Problem(403, 'SECOND_OFFICER_REQUIRED', { number: skpdlb.number });
}

export async function recordSettlement(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  s: {
    assessmentId: number;
    kind: 'offset' | 'refund';
    amount: number;
    day: string;
    reference: string | null;
  },
): Promise<void> {
  await tx.query(
    `INSERT INTO overpayment_settlement (region_id, assessment_id, kind, amount, day, reference, decided_at, decided_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [regionId, s.assessmentId, s.kind, s.amount, s.day, s.reference, at, actor.userId],
  );
}
