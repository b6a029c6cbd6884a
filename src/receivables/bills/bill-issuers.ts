import type { Sql } from '../../db/database';
import type { Lang } from '../../platform/problem';
import type { Rounding } from '../../platform/rounding';
import type { Amnesty, InterestPolicy } from '../rules/penalty';

/**
 * The rules an overdue bill is priced by on a day, as its issuing area sets them for the region: the rounding, the
 * late-interest regime (and the Perda's transition from PDRD to HKPD) and any amnesty (pemutihan) in force. For tax,
 * parts of its policy (src/tax/policy.ts), which a supervisor records with the rest.
 */
export interface CollectionPolicy {
  rounding: Rounding;
  interest: InterestPolicy;
  amnesties: readonly Amnesty[];
}

/**
 * What receivables asks of the area that issues a kind of bill. Receivables imports no business area: each area that
 * issues bills registers itself here for its origin kinds (the rows its migration added to bill_origin_kind), and
 * receivables asks it, per bill, what only that area knows. Tax registers `sptpd`, `skpd` and `stpd`
 * (src/tax/tax-bills.ts); an SPPT or a levy will register its own.
 *
 * The SQL members are expressions receivables places inside its own statements, so that the bank's inquiry and
 * payment stay one round trip each (issue 4): an issuer writes SQL over its own tables only, and a bill's columns only
 * through the alias it is given.
 */
export interface BillIssuer {
  /** The issuing area's name (src/app.ts), for messages. */
  readonly area: string;
  /** The origin kinds it issues (bill.origin_kind). */
  readonly kinds: readonly string[];
  /** The region's pricing rules in force on a day. */
  collectionPolicyOn(db: Sql, regionId: string, day: string): Promise<CollectionPolicy>;
  /**
   * The same in two steps, for a read that must stay one statement: an SQL expression of a text key naming the rules in
   * force in region `regionSql` on day `daySql` (null: none), and the rules of such a key. A key names the same rules
   * for ever, so the issuer may keep them in memory.
   */
  collectionPolicyKeySql(regionSql: string, daySql: string): string;
  collectionPolicyOfKey(
    db: Sql,
    regionId: string,
    key: string | null,
    day: string,
  ): Promise<CollectionPolicy>;
  /**
   * SQL expression over bill row `bill` of region `regionSql` (the statement's region parameter, which the issuer's
   * tables are filtered by: see `billColumns`): the debtor's name, as a payer or a bank teller is shown it.
   */
  debtorNameSql(bill: string, regionSql: string): string;
  /** SQL expression over bill row `bill`: what it is for (the tax type's name), as a payer is shown it, in `lang`. */
  subjectSql(bill: string, lang?: Lang): string;
  /**
   * For lists of bills (the arrears, bills and receipts, and their downloads): SQL expressions over bill row `bill` of
   * region `regionSql`, the debtor's registration number (the NPWPD) and the Kemendagri code of the kelurahan where
   * what it taxes is (its object's, else the debtor's), which a list is filtered by kecamatan on. Null when absent.
   */
  debtorNumberSql?(bill: string, regionSql: string): string;
  placeSql?(bill: string, regionSql: string): string;
  /**
   * SQL subquery of the debtors (bill.taxpayer_id) of region `regionSql` that user account `userSql` acts for: a
   * taxpayer sees only the bills of the taxpayers linked to their own account.
   */
  debtorsOfAccountSql(regionSql: string, userSql: string): string;
}

const byKind = new Map<string, BillIssuer>();
/** Changes with every registration: SQL built from the issuers is kept until it does. */
let registrations = 0;

/** The number of registrations so far, for a caller that keeps SQL built from the issuers. */
export function issuersVersion(): number {
  return registrations;
}

/**
 * Registers an area's bill issuer for its kinds; the same issuer again changes nothing, a kind claimed by another
 * issuer is refused. An area registers when its description is loaded (src/tax/tax-area.ts), so every process built
 * from the area list (server, command line, demo, tests) has every issuer.
 */
export function registerBillIssuer(issuer: BillIssuer): void {
  for (const kind of issuer.kinds) {
    const known = byKind.get(kind);
    if (known && known !== issuer)
      throw new Error(`bills of kind ${kind} are issued by ${known.area}, not also by ${issuer.area}`);
  }
  for (const kind of issuer.kinds) {
    if (byKind.get(kind) !== issuer) registrations++;
    byKind.set(kind, issuer);
  }
}

/** The issuer of a kind of bill. */
export function issuerOf(kind: string): BillIssuer {
  const issuer = byKind.get(kind);
  if (!issuer)
    throw new Error(`no area has registered bills of kind ${kind} (src/receivables/bills/bill-issuers.ts)`);
  return issuer;
}

/** Every registered issuer, once each. */
function issuers(): BillIssuer[] {
  return [...new Set(byKind.values())];
}

const quoted = (kinds: readonly string[]) => kinds.map((k) => `'${k.replace(/'/g, "''")}'`).join(', ');

/**
 * One SQL expression that asks each issuer its own expression for bill row `bill`, by the bill's kind: what receivables
 * places in a statement over bills of any origin. Null for a bill no issuer claims.
 */
export function byIssuerSql(bill: string, expression: (issuer: BillIssuer) => string): string {
  const branches = issuers().map(
    (issuer) => `WHEN ${bill}.origin_kind IN (${quoted(issuer.kinds)}) THEN (${expression(issuer)})`,
  );
  return branches.length === 0 ? 'NULL' : `CASE ${branches.join(' ')} END`;
}

/** A condition that bill row `bill`'s debtor is one user account `userSql` acts for, in region `regionSql`. */
export function ownedByAccountSql(bill: string, regionSql: string, userSql: string): string {
  const branches = issuers().map(
    (issuer) =>
      `(${bill}.origin_kind IN (${quoted(issuer.kinds)}) AND ${bill}.taxpayer_id IN (${issuer.debtorsOfAccountSql(regionSql, userSql)}))`,
  );
  return branches.length === 0 ? 'false' : `(${branches.join(' OR ')})`;
}

/**
 * The pricing rules of a region on a day for bills of each kind, each issuer asked once: a report or a page pricing
 * many bills of one region asks through one of these.
 */
export class CollectionPolicies {
  private readonly known = new Map<BillIssuer, Promise<CollectionPolicy>>();
  constructor(
    private readonly db: Sql,
    private readonly regionId: string,
    private readonly day: string,
  ) {}

  of(kind: string): Promise<CollectionPolicy> {
    const issuer = issuerOf(kind);
    let policy = this.known.get(issuer);
    if (!policy) {
      policy = issuer.collectionPolicyOn(this.db, this.regionId, this.day);
      this.known.set(issuer, policy);
    }
    return policy;
  }
}
