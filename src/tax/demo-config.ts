import type { Database } from '../db/database';
import { SYSTEM_ACTOR } from '../platform/users';
import { HKPD_INTEREST, PDRD_INTEREST } from '../receivables';
import type { TaxPolicy } from './policy';
import { type NewTaxRate, recordTaxPolicy, recordTaxRate } from './rates';

/**
 * Demo tax configuration. Kota Malang: its PDRD Perda 4/2023 applies from 1 January 2024 (LD 2024 No. 1);
 * where the domain reference gives no Malang value the HKPD maximum stands in and is flagged as an example.
 * Kabupaten Bangka: HKPD's maximums throughout, flagged as examples to replace with the regency's Perda.
 */
const PERDA_START = '2024-01-01';
// The policy record starts earlier so that arrears of the PDRD era are priced by the same rules (its transition
// date picks their 2% regime).
const POLICY_START = '2010-01-01';

const ratesAtHkpdMaximum = (legalBasis: string, khususPpm: number): NewTaxRate[] =>
  [
    ['pbjt_makanan_minuman', 'umum', 100_000],
    ['pbjt_tenaga_listrik', 'umum', 100_000],
    ['pbjt_tenaga_listrik', 'industri_migas_tambang', 30_000],
    ['pbjt_tenaga_listrik', 'pembangkit_sendiri', 15_000],
    ['pbjt_perhotelan', 'umum', 100_000],
    ['pbjt_parkir', 'umum', 100_000],
    ['pbjt_kesenian_hiburan', 'umum', 100_000],
    ['pbjt_kesenian_hiburan', 'khusus', khususPpm],
    ['reklame', 'umum', 250_000],
    ['pat', 'umum', 200_000],
    ['mblb', 'umum', 200_000],
    ['sarang_walet', 'umum', 100_000],
  ].map(([taxCode, category, ratePpm]) => ({
    taxCode: taxCode as string,
    category: category as string,
    ratePpm: ratePpm as number,
    validFrom: PERDA_START,
    legalBasis,
    exampleOnly: true,
  }));

const basePolicy: TaxPolicy = {
  rounding: { mode: 'down', unit: 1 },
  returnDue: { kind: 'end-of-next-month' },
  assessmentDue: { kind: 'months-after-issue', months: 1 },
  interest: { transitionDate: PERDA_START, before: PDRD_INTEREST, from: HKPD_INTEREST },
  amnesties: [],
  // The law's minimums (UU 1/2022 Pasal 40(4) and 46) and the PDRD inheritance NPOPTKP: example values until the
  // region's Perda amounts are entered.
  propertyAllowances: { njoptkp: 10_000_000, npoptkp: 80_000_000, npoptkpInheritance: 300_000_000 },
  officialAssessment: [],
  lateFilingFine: 0,
  npwpdTemplate: 'P.{region}.{seq:7}.{district}',
  opsenInterestTo: 'province',
  // The review queue's check of a falling base (issue 14): Balai's default until the region sets its own.
  reviewBaseDrop: { percent: 50, months: 6, minMonths: 3 },
  // Example tariffs to show the shape of a Perkada's tables; each region replaces them with its own.
  reklameTariffs: [
    {
      reklameType: 'billboard',
      locationClass: 'A',
      periodUnit: 'year',
      tariffPerSquareMeterPerUnit: 750_000,
    },
    {
      reklameType: 'billboard',
      locationClass: 'B',
      periodUnit: 'year',
      tariffPerSquareMeterPerUnit: 500_000,
    },
    {
      reklameType: 'billboard',
      locationClass: 'C',
      periodUnit: 'year',
      tariffPerSquareMeterPerUnit: 300_000,
    },
    {
      reklameType: 'videotron',
      locationClass: 'A',
      periodUnit: 'year',
      tariffPerSquareMeterPerUnit: 1_500_000,
    },
    { reklameType: 'baliho', locationClass: 'A', periodUnit: 'month', tariffPerSquareMeterPerUnit: 60_000 },
    { reklameType: 'baliho', locationClass: 'B', periodUnit: 'month', tariffPerSquareMeterPerUnit: 40_000 },
    { reklameType: 'spanduk', locationClass: 'A', periodUnit: 'day', tariffPerSquareMeterPerUnit: 5_000 },
    { reklameType: 'spanduk', locationClass: 'B', periodUnit: 'day', tariffPerSquareMeterPerUnit: 3_000 },
  ],
  patPrices: [
    {
      usage: 'niaga',
      tiers: [
        { upToM3: 50, pricePerM3: 3_000 },
        { upToM3: 500, pricePerM3: 4_500 },
        { upToM3: null, pricePerM3: 6_000 },
      ],
    },
    {
      usage: 'industri',
      tiers: [
        { upToM3: 500, pricePerM3: 5_000 },
        { upToM3: null, pricePerM3: 7_500 },
      ],
    },
  ],
};

export const DEMO_TAX_CONFIG: Record<
  string,
  { policy: TaxPolicy; legalBasis: string; exampleOnly: boolean; rates: NewTaxRate[] }
> = {
  '35.73': {
    // Due at the end of the month after the masa pajak (Kota Malang's APIN practice, domain §1.9).
    policy: basePolicy,
    legalBasis: 'Perda Kota Malang 4/2023 (PDRD) jo. Perda 1/2025; PP 35/2023 Pasal 59',
    exampleOnly: false,
    // The values are HKPD's maximums until checked against the Perda: flagged `exampleOnly`, which the staff who
    // keep the rates see. The legal basis is what a taxpayer reads (simulator, SKPD), so it holds no caveat.
    rates: ratesAtHkpdMaximum('UU 1/2022 (tarif tertinggi); Perda Kota Malang 4/2023', 400_000),
  },
  '19.01': {
    // Example values: the 10th of the next month (as in Sleman's Perda) and a Rp25,000 late-filing fine
    // (as in Kab. Semarang) show how a Perda's choices are configured.
    policy: { ...basePolicy, returnDue: { kind: 'day-of-next-month', day: 10 }, lateFilingFine: 25_000 },
    // Flagged `exampleOnly` for the staff to replace with the regency's Perda PDRD; no caveat in the legal basis,
    // which taxpayers read.
    legalBasis: 'UU 1/2022 (batas tertinggi); PP 35/2023',
    exampleOnly: true,
    rates: ratesAtHkpdMaximum('UU 1/2022 (tarif tertinggi)', 750_000),
  },
};

export async function seedDemoTaxConfig(db: Database, at: Date): Promise<void> {
  await db.transaction(async (tx) => {
    for (const [regionId, config] of Object.entries(DEMO_TAX_CONFIG)) {
      await recordTaxPolicy(tx, at, SYSTEM_ACTOR, regionId, {
        validFrom: POLICY_START,
        policy: config.policy,
        legalBasis: config.legalBasis,
        exampleOnly: config.exampleOnly,
      });
      for (const rate of config.rates) await recordTaxRate(tx, at, SYSTEM_ACTOR, regionId, rate);
    }
  });
}
