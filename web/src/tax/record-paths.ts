/**
 * Where one return and one bill of a taxpayer open: under the taxpayer's page, whose navigation entry they belong to
 * (src/tax/audit-vocabulary.ts and src/receivables/audit-vocabulary.ts give the audit browser the same addresses).
 */
export const returnPagePath = (taxpayerId: number, returnId: number) =>
  `/taxpayers/${taxpayerId}/returns/${returnId}`;

export const billPagePath = (taxpayerId: number, billId: number) =>
  `/taxpayers/${taxpayerId}/bills/${billId}`;
