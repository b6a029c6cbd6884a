import type { Sql } from '../../db/database';
import { parseBillingCode } from '../rules/billing-code';
import { amountDueOn } from './amount-due';
import { type BillWithBalance, billColumns, outstandingSql } from './bill';
import { byIssuerSql, issuerOf, issuersVersion } from './bill-issuers';
import type { BillQuote } from './quote-bill';

/** A bill as a collector (a bank, an acquirer) is shown it: priced on the day, with whose it is and what it is for. */
export interface CollectionQuote extends BillQuote {
  debtorName: string;
  subject: string;
}

/**
 * An expression of the caller's own tables read in the same statement; its parameters are numbered from `first`, the
 * region is `$1` (and filters each of its tables, as `billColumns` says).
 */
export type Alongside = (first: number) => { sql: string; params: unknown[] };

export interface CollectionRead<A> {
  /** The bill, priced; null when the code names no bill of the region (a check digit that fails is not looked up). */
  quote: CollectionQuote | null;
  /** What `alongside` read, as the database answered it. */
  alongside: A | null;
  /** Fresh journal numbers, as many as asked: a settlement at once (`settlementAtOnce`) is numbered with them. */
  journalIds: number[];
}

/**
 * The statement's own columns, built once per set of registered issuers: the bank's busiest read should not rebuild
 * them on every request.
 */
let columns: { version: number; sql: string } | null = null;
function collectionColumns(): string {
  if (columns?.version !== issuersVersion()) {
    columns = {
      version: issuersVersion(),
      sql: `${billColumns('$1')}, ${outstandingSql('$1')},
       ${byIssuerSql('b', (issuer) => issuer.debtorNameSql('b', '$1'))} AS "debtorName",
       ${byIssuerSql('b', (issuer) => issuer.subjectSql('b'))} AS "subject",
       ${byIssuerSql('b', (issuer) => issuer.collectionPolicyKeySql('$1', '$3::date'))} AS "policyKey"`,
    };
  }
  return columns.sql;
}

const JOURNAL_NUMBERS = Array.from({ length: 4 }, (_, i) => `, nextval('journal_id_seq') AS "journal${i}"`);

type Row = Partial<BillWithBalance> & {
  debtorName: string | null;
  subject: string | null;
  policyKey: string | null;
  alongside?: unknown;
} & Record<`journal${number}`, number>;

/**
 * A bank's inquiry or payment in one round trip (issue 4: a bank's request costs round trips more than anything
 * else): the bill by its kode bayar with its ledger balance and lines, its debtor's name and what it is for, the key of
 * its pricing rules in force on the day (its issuer's), fresh journal numbers for a settlement at once, and whatever
 * the caller reads alongside from its own tables (a payment's earlier posting under the same bank reference). Priced by
 * the same rule as every bill (`amountDueOn`), with the rules its issuer names by the key.
 */
export async function billForCollection<A = unknown>(
  db: Sql,
  regionId: string,
  billingCode: string,
  day: string,
  options: { journalNumbers?: number; alongside?: Alongside } = {},
): Promise<CollectionRead<A>> {
  const code = billingCode.replace(/\s/g, '');
  // A code whose check digit fails names no bill; it is not looked up.
  const known = parseBillingCode(code).ok;
  const params: unknown[] = [regionId, code, day, known];
  const alongside = options.alongside?.(params.length + 1);
  if (alongside) params.push(...alongside.params);
  const numbers = JOURNAL_NUMBERS.slice(0, options.journalNumbers ?? 0);
  if (numbers.length !== (options.journalNumbers ?? 0)) throw new RangeError('at most 4 journal numbers');
  const [row] = await db.query<Row>(
    `SELECT ${collectionColumns()}${alongside ? `, (${alongside.sql}) AS alongside` : ''}${numbers.join('')}
     FROM (SELECT 1) AS one
     LEFT JOIN bill b ON $4::boolean AND b.region_id = $1 AND b.billing_code = $2`,
    params,
  );
  if (!row) throw new Error('the collection read answers one row');
  const journalIds = numbers.map((_, i) => Number(row[`journal${i}`]));
  const read = (row.alongside ?? null) as A | null;
  if (row.id === null || row.id === undefined) return { quote: null, alongside: read, journalIds };
  const bill = row as BillWithBalance;
  const policy = await issuerOf(bill.originKind).collectionPolicyOfKey(db, regionId, row.policyKey, day);
  // Objects written field by field, not spread: this is the bank's busiest read.
  return {
    quote: {
      bill,
      due: amountDueOn(policy, { ...bill, principal: bill.outstanding }, day),
      debtorName: row.debtorName ?? '',
      subject: row.subject ?? bill.taxCode,
    },
    alongside: read,
    journalIds,
  };
}
