import { z } from 'zod';
import type { Sql } from '../db/database';
import { bilingualIssue, bilingualMessage, Problem } from '../platform/problem';
import { amnestyProblem } from '../receivables';
import { DEFAULT_BASE_DROP } from './returns/declared-base-drop';
import { npwpdTemplateReason, validateNpwpdTemplate } from './rules/npwpd';
import { patTiersProblem } from './rules/pat';

/**
 * A region's tax rules other than rates, as effective-dated data (its Perda PDRD and Perkada set them):
 * rounding, due dates, the late-payment interest regime and its transition date, amnesty windows (pemutihan),
 * the late-filing fine and the NPWPD template. Stored in `tax_policy`, validated by this schema before storing.
 */
const regime = z.strictObject({
  name: z.enum(['HKPD', 'PDRD']),
  ratePerMonthPpm: z.number().int().min(0).max(1_000_000),
  maxMonths: z.number().int().min(1).max(120),
});

export const taxPolicySchema = z.strictObject({
  rounding: z.strictObject({
    mode: z.enum(['down', 'half-up', 'up']),
    unit: z.union([z.literal(1), z.literal(10), z.literal(100), z.literal(1000)]),
  }),
  /** When an SPTPD for masa M is due (filing and payment). */
  returnDue: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('day-of-next-month'), day: z.number().int().min(1).max(28) }),
    z.strictObject({ kind: z.literal('end-of-next-month') }),
  ]),
  /** When an SKPD, SKPDKB or STPD is due after its issue date. */
  assessmentDue: z.strictObject({
    kind: z.literal('months-after-issue'),
    months: z.number().int().min(1).max(12),
  }),
  interest: z.strictObject({
    /** Bills due before this date keep the old regime (e.g. PDRD 2% for pre-2024 arrears). */
    transitionDate: z.iso.date(),
    before: regime,
    from: regime,
  }),
  amnesties: z
    .array(
      z.strictObject({
        from: z.iso.date(),
        to: z.iso.date(),
        waivePpm: z.number().int().min(0).max(1_000_000),
        legalBasis: z.string(),
      }),
    )
    .default([]),
  /**
   * The allowances subtracted before PBB-P2 and BPHTB are computed, in rupiah, with the law's minimums enforced:
   * NJOPTKP once per taxpayer per year (UU 1/2022 Pasal 40(4): at least Rp10,000,000); NPOPTKP on a taxpayer's
   * first acquisition in the region (Pasal 46: at least Rp80,000,000); NPOPTKP for an inheritance or testamentary
   * gift within the direct line of family (Rp300,000,000 under PDRD; the HKPD floor is UNCONFIRMED, so not enforced).
   */
  propertyAllowances: z
    .strictObject({
      njoptkp: z
        .number()
        .int()
        .min(
          10_000_000,
          bilingualMessage({
            id: 'UU 1/2022 Pasal 40 ayat (4): NJOPTKP paling sedikit Rp 10.000.000',
            en: 'UU 1/2022 Article 40(4): NJOPTKP is at least Rp 10.000.000',
          }),
        )
        .max(10_000_000_000),
      npoptkp: z
        .number()
        .int()
        .min(
          80_000_000,
          bilingualMessage({
            id: 'UU 1/2022 Pasal 46: NPOPTKP paling sedikit Rp 80.000.000',
            en: 'UU 1/2022 Article 46: NPOPTKP is at least Rp 80.000.000',
          }),
        )
        .max(100_000_000_000),
      npoptkpInheritance: z.number().int().min(0).max(100_000_000_000),
    })
    .default({ njoptkp: 10_000_000, npoptkp: 80_000_000, npoptkpInheritance: 300_000_000 }),
  /**
   * Taxes the law lets a taxpayer self-assess that this region assesses instead: the Perda PDRD says which taxes are
   * paid on the head of region's assessment (SKPD) and which on the taxpayer's own return. Reklame and PAT are
   * assessed everywhere; a code here stops SPTPD filing for the tax and lets an officer issue its SKPD on a base.
   */
  officialAssessment: z.array(z.string().min(1).max(40)).max(20).default([]),
  /** Fine per SPTPD filed late or not at all, in rupiah (0 where the Perda sets none). */
  lateFilingFine: z.number().int().min(0).max(100_000_000),
  /** Checked when saved: a template that cannot render an NPWPD would only fail at the next verification. */
  npwpdTemplate: z
    .string()
    .min(5)
    .max(80)
    .superRefine((template, ctx) => {
      const problem = validateNpwpdTemplate(template);
      if (problem) ctx.addIssue(bilingualIssue(npwpdTemplateReason(problem)));
    }),
  /**
   * Where late-payment interest on the province's opsen MBLB is booked. The opsen is tax owed on the same bill and
   * due on the same day (UU 1/2022 Pasal 83(1)), so interest runs on it like on the tax (PP 35/2023 Pasal 59(7));
   * that this interest follows the opsen to the province is Balai's reading, not a rule the domain notes confirm
   * (UNCONFIRMED), hence a setting: `province` (default) or `region` (the kab/kota's sanction revenue).
   */
  opsenInterestTo: z.enum(['province', 'region']).default('province'),
  /** Nilai Sewa Reklame tariffs (Perkada): per m² per period unit, by reklame type and location class. */
  reklameTariffs: z
    .array(
      z.strictObject({
        reklameType: z.string().min(1).max(60),
        locationClass: z.string().min(1).max(20),
        periodUnit: z.enum(['year', 'month', 'day', 'event']),
        tariffPerSquareMeterPerUnit: z.number().int().min(0).max(1_000_000_000),
      }),
    )
    .default([]),
  /** Groundwater base prices (Perkada): progressive volume tiers per usage; the last tier has no upper bound. */
  patPrices: z
    .array(
      z.strictObject({
        usage: z.string().min(1).max(60),
        tiers: z
          .array(
            z.strictObject({
              upToM3: z.number().int().positive().nullable(),
              pricePerM3: z.number().int().min(0),
            }),
          )
          .min(1),
      }),
    )
    .default([]),
  /**
   * When the review queue flags an SPTPD whose base fell sharply against the object's own earlier masa
   * (returns/declared-base-drop.ts): a thing for the officer to check, not a finding.
   */
  reviewBaseDrop: z
    .strictObject({
      percent: z.number().int().min(1).max(99),
      months: z.number().int().min(1).max(24),
      minMonths: z.number().int().min(1).max(24),
    })
    .default(DEFAULT_BASE_DROP),
});
export type TaxPolicy = z.infer<typeof taxPolicySchema>;

/**
 * What a supervisor may record: the stored shape, and tables the rules can use. An amnesty that ends before it
 * starts or a price table without an open last tier would otherwise be refused only when the next bill is priced;
 * two rows for the same reklame tariff or water usage would leave the rule to pick one. Stored revisions are read
 * with the plain schema, so a check added here never makes an existing revision unreadable.
 */
const PERIOD_UNIT_ID = { year: 'tahun', month: 'bulan', day: 'hari', event: 'penyelenggaraan' } as const;

export const recordablePolicySchema = taxPolicySchema.superRefine((policy, ctx) => {
  for (const [i, amnesty] of policy.amnesties.entries()) {
    const problem = amnestyProblem(amnesty);
    if (problem) ctx.addIssue(bilingualIssue(problem, ['amnesties', i, 'to']));
    if (amnesty.legalBasis.trim().length < 3) {
      ctx.addIssue(
        bilingualIssue(
          { id: 'Sebutkan dasar hukum pemutihan (Perkada)', en: 'Name the amnesty’s legal basis (Perkada)' },
          ['amnesties', i, 'legalBasis'],
        ),
      );
    }
  }
  const tariffs = new Set<string>();
  for (const [i, t] of policy.reklameTariffs.entries()) {
    const key = `${t.reklameType}|${t.locationClass}|${t.periodUnit}`;
    if (tariffs.has(key)) {
      ctx.addIssue(
        bilingualIssue(
          {
            id: `Tarif reklame ${t.reklameType}, kelas ${t.locationClass}, per ${PERIOD_UNIT_ID[t.periodUnit]} tertulis dua kali`,
            en: `the reklame tariff ${t.reklameType}, class ${t.locationClass}, per ${t.periodUnit} is there twice`,
          },
          ['reklameTariffs', i],
        ),
      );
    }
    tariffs.add(key);
  }
  const usages = new Set<string>();
  for (const [i, prices] of policy.patPrices.entries()) {
    if (usages.has(prices.usage)) {
      ctx.addIssue(
        bilingualIssue(
          {
            id: `Harga air tanah untuk ${prices.usage} tertulis dua kali`,
            en: `the groundwater prices for ${prices.usage} are there twice`,
          },
          ['patPrices', i, 'usage'],
        ),
      );
    }
    usages.add(prices.usage);
    const problem = patTiersProblem(prices.tiers);
    if (problem) ctx.addIssue(bilingualIssue(problem, ['patPrices', i, 'tiers']));
  }
});

export interface PolicyVersion {
  validFrom: string;
  revision: number;
  policy: TaxPolicy;
  legalBasis: string;
  exampleOnly: boolean;
}

/** Whether a tax is assessed by the region (SKPD) rather than self-assessed, by the law's kind and the Perda. */
export function officiallyAssessed(
  lawKind: string,
  policy: Pick<TaxPolicy, 'officialAssessment'>,
  taxCode: string,
) {
  return lawKind === 'official' || policy.officialAssessment.includes(taxCode);
}

/** The policy in force on a day: the latest version that started on or before it, at its latest revision. */
export async function taxPolicyOn(db: Sql, regionId: string, day: string): Promise<PolicyVersion> {
  const [row] = await db.query<PolicyVersion & { policy: unknown }>(
    `SELECT valid_from AS "validFrom", revision, policy, legal_basis AS "legalBasis", example_only AS "exampleOnly"
     FROM tax_policy WHERE region_id = $1 AND valid_from <= $2
     ORDER BY valid_from DESC, revision DESC LIMIT 1`,
    [regionId, day],
  );
  if (!row) throw new Problem(409, 'TAX_POLICY_MISSING', { regionId, day });
  return { ...row, policy: parsedPolicy(regionId, row) };
}

/** Names the policy revision in force on a day, for a query that reads it along with other things. */
export interface PolicyKey {
  validFrom: string;
  revision: number;
}

/**
 * The key as an SQL expression of text (`validFrom#revision`, null when no revision is in force) of region `regionSql`
 * on day `daySql`, for a read that places it in its own statement: receivables' bank read asks it through tax's bill
 * issuer, so that a bank's request reads bill and policy in one round trip.
 */
export function taxPolicyKeySql(regionSql: string, daySql: string): string {
  return `SELECT to_char(valid_from, 'YYYY-MM-DD') || '#' || revision FROM tax_policy
    WHERE region_id = ${regionSql} AND valid_from <= ${daySql}
    ORDER BY valid_from DESC, revision DESC LIMIT 1`;
}

/** A key read by `taxPolicyKeySql`. */
export function policyKeyOf(text: string | null): PolicyKey | null {
  if (text === null) return null;
  const [validFrom = '', revision = ''] = text.split('#');
  return { validFrom, revision: Number(revision) };
}

/** Per database, since tests run many side by side: a revision's number means nothing outside its own. */
const policiesByKey = new WeakMap<Sql, Map<string, TaxPolicy>>();

/**
 * The policy of a key read by `taxPolicyKeySql`, from memory after its first use: a revision is never changed once
 * written (a change is a new revision), so what was read once holds.
 */
export async function taxPolicyOfKey(
  db: Sql,
  regionId: string,
  key: PolicyKey | null,
  day: string,
): Promise<TaxPolicy> {
  if (!key) throw new Problem(409, 'TAX_POLICY_MISSING', { regionId, day });
  let known = policiesByKey.get(db);
  if (!known) {
    known = new Map();
    policiesByKey.set(db, known);
  }
  const id = `${regionId}|${key.validFrom}|${key.revision}`;
  let policy = known.get(id);
  if (!policy) {
    const [row] = await db.query<{ validFrom: string; revision: number; policy: unknown }>(
      `SELECT valid_from AS "validFrom", revision, policy FROM tax_policy
       WHERE region_id = $1 AND valid_from = $2 AND revision = $3`,
      [regionId, key.validFrom, key.revision],
    );
    if (!row) throw new Problem(409, 'TAX_POLICY_MISSING', { regionId, day });
    policy = parsedPolicy(regionId, row);
    known.set(id, policy);
  }
  return policy;
}

/**
 * A policy revision never changes once written (a change is a new revision), so its validated form is kept:
 * every bill priced, every bank inquiry, reads the policy, and validating it each time was most of their CPU.
 */
const parsedPolicies = new Map<string, TaxPolicy>();

function parsedPolicy(
  regionId: string,
  row: { validFrom: string; revision: number; policy: unknown },
): TaxPolicy {
  const key = `${regionId}|${row.validFrom}|${row.revision}|${JSON.stringify(row.policy)}`;
  let policy = parsedPolicies.get(key);
  if (!policy) {
    if (parsedPolicies.size > 1000) parsedPolicies.clear();
    policy = taxPolicySchema.parse(row.policy);
    parsedPolicies.set(key, policy);
  }
  return policy;
}
