import { formatCodeWords } from '../../../../src/platform/human-format';
import type {
  policyVersionSchema,
  rateSchema,
  recordedPolicySchema,
  taxTypeSchema,
} from '../../../../src/tax/config-routes';
import type { Lang, WireOf } from '../../shell/api';

/** Tax types, rates and policy of a region as the API answers them. */

export type TaxType = WireOf<typeof taxTypeSchema>;
export type TaxRate = WireOf<typeof rateSchema>;
export type PolicyVersion = WireOf<typeof policyVersionSchema>;
export type TaxPolicy = PolicyVersion['policy'];
/** A policy version as `POST /tax/policy` answers it. */
export type RecordedPolicy = WireOf<typeof recordedPolicySchema>;

/** A tax's name in the UI language; before the list has loaded, its code as words rather than bare. */
export function taxName(type: TaxType | undefined, code: string, lang: Lang): string {
  if (!type) return formatCodeWords(code);
  return lang === 'id' ? type.nameId : type.nameEn;
}

/** The PBJT sub-type of a tax code, for the public simulator (`pbjt_parkir` → `parkir`), or null. */
export function pbjtSubType(taxCode: string): string | null {
  return taxCode.startsWith('pbjt_') ? taxCode.slice('pbjt_'.length) : null;
}
