import type { Lang } from '../../platform/problem';
import { byIssuerSql } from './bill-issuers';

/**
 * What a list of bills shows of each beside its own columns, asked of the bill's issuer (receivables knows no
 * taxpayer): SQL expressions over bill row `bill` of region `region` (the statement's region parameter), for the
 * arrears, the bills list, the receipts and their downloads.
 */

/** The debtor's name; empty when no issuer names it. */
export const debtorNameOf = (bill: string, region: string) =>
  `coalesce(${byIssuerSql(bill, (issuer) => issuer.debtorNameSql(bill, region))}, '')`;

/** What the bill is for (the tax type's name) in `lang`; its tax code when no issuer names it. */
export const subjectOf = (bill: string, lang: Lang = 'id') =>
  `coalesce(${byIssuerSql(bill, (issuer) => issuer.subjectSql(bill, lang))}, ${bill}.tax_code)`;

/** The debtor's registration number (NPWPD), or null. */
export const debtorNumberOf = (bill: string, region: string) =>
  byIssuerSql(bill, (issuer) => issuer.debtorNumberSql?.(bill, region) ?? 'NULL');

/** The Kemendagri code of the kelurahan where what the bill taxes is, or null. */
export const placeOf = (bill: string, region: string) =>
  byIssuerSql(bill, (issuer) => issuer.placeSql?.(bill, region) ?? 'NULL');

/** The name of the kecamatan of a kelurahan code expression (the catalogue's, `35.73.02` of `35.73.02.1001`). */
export const kecamatanNameOf = (villageCode: string) =>
  `(SELECT d.name FROM district d WHERE d.code = left(${villageCode}, 8))`;
