import type { Sql } from '../db/database';
import { appendAudit } from '../platform/audit';
import { Problem } from '../platform/problem';
import type { Actor } from '../platform/users';
import { recordablePolicySchema, type TaxPolicy } from './policy';
import { checkRate, type HkpdTaxKey } from './rules/hkpd-limits';
import { type PbjtObject, pbjtLimitKey } from './rules/pbjt';
import { TAX_CATEGORIES } from './rules/tax-categories';

/**
 * Tax rates as data: per region, tax and category, effective from a date set by the region's Perda. A rate is
 * never edited: a correction is the same version at a higher revision, a Perda change is a new version.
 */
export interface TaxRate {
  taxCode: string;
  category: string;
  validFrom: string;
  revision: number;
  ratePpm: number;
  legalBasis: string;
  exampleOnly: boolean;
}

const RATE_COLUMNS = `tax_code AS "taxCode", category, valid_from AS "validFrom", revision, rate_ppm AS "ratePpm",
  legal_basis AS "legalBasis", example_only AS "exampleOnly"`;

/** The rate in force on a day for a tax and category. */
export async function taxRateOn(
  db: Sql,
  regionId: string,
  taxCode: string,
  category: string,
  day: string,
): Promise<TaxRate> {
  const [rate] = await db.query<TaxRate>(
    `SELECT ${RATE_COLUMNS} FROM tax_rate
     WHERE region_id = $1 AND tax_code = $2 AND category = $3 AND valid_from <= $4
     ORDER BY valid_from DESC, revision DESC LIMIT 1`,
    [regionId, taxCode, category, day],
  );
  if (!rate) throw new Problem(409, 'TAX_RATE_MISSING', { taxCode, category, day });
  return rate;
}

/** Every version of every rate of the region, newest first within each tax and category. */
export async function listTaxRates(db: Sql, regionId: string): Promise<TaxRate[]> {
  return db.query<TaxRate>(
    `SELECT ${RATE_COLUMNS} FROM tax_rate WHERE region_id = $1
     ORDER BY tax_code, category, valid_from DESC, revision DESC`,
    [regionId],
  );
}

export function assertCategory(taxCode: string, category: string): void {
  if (!TAX_CATEGORIES[taxCode]?.includes(category)) {
    throw new Problem(422, 'UNKNOWN_TAX_CATEGORY', { taxCode, category });
  }
}

/** The national limit (UU 1/2022) that a region's rate for this tax and category must respect. */
export function legalLimitKey(taxCode: string, category: string): HkpdTaxKey {
  if (taxCode.startsWith('pbjt_')) {
    return pbjtLimitKey({ subType: taxCode.slice('pbjt_'.length), category } as PbjtObject);
  }
  return taxCode === 'sarang_walet' ? 'walet' : (taxCode as HkpdTaxKey);
}

/** Refuses a rate outside the law's cap or band, naming the article (e.g. a 12% PBJT: Pasal 58(1) caps it at 10%). */
export function assertRateWithinLaw(taxCode: string, category: string, ratePpm: number): void {
  assertCategory(taxCode, category);
  const problem = checkRate(legalLimitKey(taxCode, category), ratePpm);
  if (!problem) return;
  throw new Problem(422, problem.code, {
    // In ppm: the message writes them as percentages in the caller's language (`{rate, percent}`).
    rate: ratePpm,
    min: problem.minPpm ?? 0,
    max: problem.maxPpm,
    article: problem.confirmed ? problem.article : `${problem.article} (unverified)`,
  });
}

export interface NewTaxRate {
  taxCode: string;
  category: string;
  validFrom: string;
  ratePpm: number;
  legalBasis: string;
  exampleOnly?: boolean;
}

/** Records a rate version after checking it against the law's caps and bands. */
export async function recordTaxRate(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  input: NewTaxRate,
): Promise<TaxRate> {
  assertRateWithinLaw(input.taxCode, input.category, input.ratePpm);
  const [row] = await tx.query<TaxRate>(
    `INSERT INTO tax_rate (region_id, tax_code, category, valid_from, revision, rate_ppm, legal_basis, example_only,
                           recorded_at, recorded_by)
     SELECT $1, $2, $3, $4, coalesce(max(revision), 0) + 1, $5, $6, $7, $8, $9
     FROM tax_rate WHERE region_id = $1 AND tax_code = $2 AND category = $3 AND valid_from = $4
     RETURNING ${RATE_COLUMNS}`,
    [
      regionId,
      input.taxCode,
      input.category,
      input.validFrom,
      input.ratePpm,
      input.legalBasis,
      input.exampleOnly ?? false,
      at,
      actor.userId,
    ],
  );
  const rate = row as TaxRate;
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: 'tax.rate.record',
    entity: 'tax_rate',
    entityId: `${rate.taxCode}/${rate.category}/${rate.validFrom}#${rate.revision}`,
    after: rate,
  });
  return rate;
}

export interface NewTaxPolicy {
  validFrom: string;
  policy: TaxPolicy;
  legalBasis: string;
  exampleOnly?: boolean;
}

export async function recordTaxPolicy(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  input: NewTaxPolicy,
) {
  const policy = recordablePolicySchema.parse(input.policy);
  const selfAssessed = new Set(
    (await tx.query<{ code: string }>(`SELECT code FROM tax_type WHERE assessment = 'self'`)).map(
      (r) => r.code,
    ),
  );
  const unknown = policy.officialAssessment.find((code) => !selfAssessed.has(code));
  if (unknown) throw new Problem(422, 'POLICY_TAX_NOT_SELF_ASSESSED', { taxCode: unknown });
  const [row] = await tx.query<{ revision: number }>(
    `INSERT INTO tax_policy (region_id, valid_from, revision, policy, legal_basis, example_only, recorded_at, recorded_by)
     SELECT $1, $2, coalesce(max(revision), 0) + 1, $3, $4, $5, $6, $7
     FROM tax_policy WHERE region_id = $1 AND valid_from = $2
     RETURNING revision`,
    [
      regionId,
      input.validFrom,
      JSON.stringify(policy),
      input.legalBasis,
      input.exampleOnly ?? false,
      at,
      actor.userId,
    ],
  );
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: 'tax.policy.record',
    entity: 'tax_policy',
    entityId: `${input.validFrom}#${row?.revision}`,
    after: { ...input, policy },
  });
  return { validFrom: input.validFrom, revision: row?.revision ?? 1, policy, legalBasis: input.legalBasis };
}
