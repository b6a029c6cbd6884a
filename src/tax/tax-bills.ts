import type { Sql } from '../db/database';
import { type BillIssuer, type BillOrigin, issueBill, type NewBill } from '../receivables';
import { policyKeyOf, taxPolicyKeySql, taxPolicyOfKey, taxPolicyOn } from './policy';

/**
 * The bills tax issues on receivables, by the origin kinds it registered (migration 0019): `sptpd` for a return's tax
 * (or its pembetulan's shortfall), `skpd` for an assessment of the SKPD family, `stpd` for an STPD.
 */
export interface TaxBill extends Omit<NewBill, 'origin' | 'billingCodeType'> {
  /** The SPTPD billed… */
  returnId?: number;
  /** …or the assessment, and whether it is an STPD (a surat tagihan) rather than of the SKPD family. */
  assessmentId?: number;
  stpd?: boolean;
}

export function taxBillOrigin(b: Pick<TaxBill, 'returnId' | 'assessmentId' | 'stpd'>): BillOrigin {
  if (b.returnId !== undefined) return { kind: 'sptpd', id: b.returnId };
  if (b.assessmentId !== undefined) return { kind: b.stpd ? 'stpd' : 'skpd', id: b.assessmentId };
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
  const { returnId, assessmentId, stpd, ...bill } = b;
  return issueBill(tx, at, {
    ...bill,
    origin: taxBillOrigin({ returnId, assessmentId, stpd }),
    billingCodeType: type?.billingCode ?? '',
  });
}

/**
 * What receivables asks of tax about the bills tax issues (src/receivables/bills/bill-issuers.ts): their pricing
 * rules are the region's tax policy (rounding, interest regime, amnesties), their debtor is a taxpayer of the
 * registry, what they are for is a tax type.
 */
export const TAX_BILL_ISSUER: BillIssuer = {
  area: 'tax',
  kinds: ['sptpd', 'skpd', 'stpd'],
  collectionPolicyOn: async (db, regionId, day) => (await taxPolicyOn(db, regionId, day)).policy,
  collectionPolicyKeySql: taxPolicyKeySql,
  collectionPolicyOfKey: (db, regionId, key, day) => taxPolicyOfKey(db, regionId, policyKeyOf(key), day),
  debtorNameSql: (bill, regionSql) =>
    `SELECT t.name FROM taxpayer t WHERE t.region_id = ${regionSql} AND t.id = ${bill}.taxpayer_id`,
  subjectSql: (bill, lang = 'id') =>
    `SELECT tt.${lang === 'en' ? 'name_en' : 'name_id'} FROM tax_type tt WHERE tt.code = ${bill}.tax_code`,
  debtorNumberSql: (bill, regionSql) =>
    `SELECT t.npwpd FROM taxpayer t WHERE t.region_id = ${regionSql} AND t.id = ${bill}.taxpayer_id`,
  // Where the object is (a bill of the taxpayer as a whole, where they are registered).
  placeSql: (bill, regionSql) =>
    `coalesce((SELECT o.village_code FROM tax_object o WHERE o.region_id = ${regionSql} AND o.id = ${bill}.object_id),
              (SELECT t.village_code FROM taxpayer t WHERE t.region_id = ${regionSql} AND t.id = ${bill}.taxpayer_id))`,
  debtorsOfAccountSql: (regionSql, userSql) =>
    `SELECT t.id FROM taxpayer t WHERE t.region_id = ${regionSql} AND t.user_id = ${userSql}`,
};
