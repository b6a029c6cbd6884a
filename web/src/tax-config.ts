import type { Lang } from './api';

/** Tax types, rates and policy of a region as the API answers them. */

export interface TaxType {
  code: string;
  billingCode: string;
  nameId: string;
  nameEn: string;
  assessment: 'self' | 'official';
  legalBasis: string;
  categories: string[];
}

export interface TaxRate {
  taxCode: string;
  category: string;
  validFrom: string;
  revision: number;
  ratePpm: number;
  legalBasis: string;
  exampleOnly: boolean;
}

interface InterestRegime {
  name: 'HKPD' | 'PDRD';
  ratePerMonthPpm: number;
  maxMonths: number;
}

export interface TaxPolicy {
  rounding: { mode: 'down' | 'half-up' | 'up'; unit: number };
  returnDue: { kind: 'day-of-next-month'; day: number } | { kind: 'end-of-next-month' };
  assessmentDue: { kind: 'months-after-issue'; months: number };
  interest: { transitionDate: string; before: InterestRegime; from: InterestRegime };
  amnesties: { from: string; to: string; waivePpm: number; legalBasis: string }[];
  propertyAllowances: { njoptkp: number; npoptkp: number; npoptkpInheritance: number };
  officialAssessment: string[];
  lateFilingFine: number;
  npwpdTemplate: string;
  reklameTariffs: {
    reklameType: string;
    locationClass: string;
    periodUnit: 'year' | 'month' | 'day' | 'event';
    tariffPerSquareMeterPerUnit: number;
  }[];
  patPrices: { usage: string; tiers: { upToM3: number | null; pricePerM3: number }[] }[];
}

export interface PolicyVersion {
  validFrom: string;
  revision: number;
  policy: TaxPolicy;
  legalBasis: string;
  exampleOnly: boolean;
}

export function taxName(type: TaxType | undefined, code: string, lang: Lang): string {
  if (!type) return code;
  return lang === 'id' ? type.nameId : type.nameEn;
}

/** The PBJT sub-type of a tax code, for the public simulator (`pbjt_parkir` → `parkir`), or null. */
export function pbjtSubType(taxCode: string): string | null {
  return taxCode.startsWith('pbjt_') ? taxCode.slice('pbjt_'.length) : null;
}
