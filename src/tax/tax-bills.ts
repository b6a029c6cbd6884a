import type { Sql } from '../db/database';
import { type BillOrigin, issueBill, type NewBill } from '../receivables/bills/issue-bill';
import type { AssessmentKind } from './assessments/assessment';

/**
 * The bills tax issues on receivables, by the origin kinds it registered (migration 0019): `sptpd` for a return's tax
 * (or its pembetulan's shortfall), `skpd` for an assessment of the SKPD family, `stpd` for an STPD.
 */
export interface TaxBill extends Omit<NewBill, 'origin' | 'billingCodeType'> {
  /** The SPTPD billed… */
  returnId?: number;
  /** …or the assessment, with its kind. */
  assessmentId?: number;
  assessmentKind?: AssessmentKind;
}

export function taxBillOrigin(b: Pick<TaxBill, 'returnId' | 'assessmentId' | 'assessmentKind'>): BillOrigin {
  if (b.returnId !== undefined) return { kind: 'sptpd', id: b.returnId };
  if (b.assessmentId !== undefined)
    return { kind: b.assessmentKind === 'STPD' ? 'stpd' : 'skpd', id: b.assessmentId };
  throw new RangeError('a tax bill comes from an SPTPD or an assessment');
}

/** Issues a tax bill: its kode bayar carries the tax type's two-digit billing code. */
export async function issueTaxBill(
  tx: Sql,
  at: Date,
  b: TaxBill,
): Promise<{ id: number; billingCode: string }> {
  const [type] = await tx.query<{ billingCode: string }>(
    'SELECT billing_code AS "billingCode" FROM tax_type WHERE code = $1',
    [b.taxCode],
  );
  const { returnId, assessmentId, assessmentKind, ...bill } = b;
  return issueBill(tx, at, {
    ...bill,
    origin: taxBillOrigin({ returnId, assessmentId, assessmentKind }),
    billingCodeType: type?.billingCode ?? '',
  });
}
