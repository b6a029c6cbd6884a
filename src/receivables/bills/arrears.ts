import type { Database } from '../../db/database';
import { containsPattern, inKecamatanPattern, type SortOf } from '../../platform/list-page';
import type { Lang } from '../../platform/problem';
import { formatBillingCode } from '../rules/billing-code';
import { amountDueWith, type DueTerms, dueTermsOn } from './amount-due';
import { CollectionPolicies, type CollectionPolicy } from './bill-issuers';
import { debtorNameOf, debtorNumberOf, kecamatanNameOf, placeOf, subjectOf } from './bill-listing';

/** The columns the arrears can be ordered by; `-total` (the largest first) unless asked otherwise. */
export const ARREARS_SORT_COLUMNS = [
  'total',
  'principal',
  'penalty',
  'months',
  'due',
  'taxpayer',
  'period',
  'code',
] as const;
export type ArrearsSort = SortOf<(typeof ARREARS_SORT_COLUMNS)[number]>;

/** Which overdue bills the arrears list: every filter optional. */
export interface ArrearsFilter {
  taxCode?: string;
  /** A kecamatan's Kemendagri code: the bills of what is taxed there. */
  kecamatan?: string;
  /** The masa pajak, `YYYY-MM`. */
  period?: string;
  /** A fragment of the debtor's name, or the kode bayar (whole or its beginning, spaces ignored). */
  q?: string;
}

/** Only what pricing and ordering need: the pass reads a million of these, the page gets its details after. */
interface OverdueRow {
  id: number;
  originKind: string;
  dueDate: string;
  accruesInterest: boolean;
  interestBilledMonths: number;
  outstanding: number;
  period: string | null;
  billingCode: string;
  taxpayerId: number;
  /** Read only when the list is ordered by it. */
  taxpayerName: string | null;
}

type PricedRow = OverdueRow & { months: number; penalty: number; total: number };

export interface ArrearsItem {
  billId: number;
  billingCode: string;
  /** The kode bayar grouped as it is read aloud, `3573 01 25 0000001 1`. */
  billingCodeDisplay: string;
  taxpayerId: number;
  taxpayerName: string;
  npwpd: string | null;
  kecamatan: string | null;
  taxCode: string;
  /** What the bill is for (the tax type's name) in the language asked for. */
  taxName: string;
  period: string | null;
  dueDate: string;
  principal: number;
  months: number;
  penalty: number;
  total: number;
}

const BATCH = 20_000;

const collator = new Intl.Collator('id');
const nullsLast = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : collator.compare(a, b);

/** How two priced rows compare in a column, ascending. */
const COMPARE: Record<(typeof ARREARS_SORT_COLUMNS)[number], (a: PricedRow, b: PricedRow) => number> = {
  total: (a, b) => a.total - b.total,
  principal: (a, b) => a.outstanding - b.outstanding,
  penalty: (a, b) => a.penalty - b.penalty,
  months: (a, b) => a.months - b.months,
  due: (a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0),
  taxpayer: (a, b) => nullsLast(a.taxpayerName, b.taxpayerName),
  period: (a, b) => nullsLast(a.period, b.period),
  code: (a, b) => (a.billingCode < b.billingCode ? -1 : a.billingCode > b.billingCode ? 1 : 0),
};

/** The order of a sort, the bill's id breaking ties so that pages never overlap. */
function comparator(sort: ArrearsSort): (a: PricedRow, b: PricedRow) => number {
  const descending = sort.startsWith('-');
  const compare = COMPARE[(descending ? sort.slice(1) : sort) as keyof typeof COMPARE];
  return (a, b) => (descending ? compare(b, a) : compare(a, b)) || a.id - b.id;
}

/** One overdue bill as the pass priced it, for a reader that sums the arrears its own way (collection's ageing). */
export interface PricedArrear {
  billId: number;
  taxpayerId: number;
  dueDate: string;
  principal: number;
  penalty: number;
  total: number;
}

/**
 * Tunggakan: every open bill past its due date, priced as of a day by the same rule that bills (amountDueOn),
 * with the region's totals of those that match the filters and a page of them in the order asked (the largest
 * first unless told otherwise).
 */
export async function arrears(
  db: Database,
  regionId: string,
  asOf: string,
  options: ArrearsFilter & {
    sort?: ArrearsSort;
    limit: number;
    offset?: number;
    lang?: Lang;
    /** Told of every overdue bill that matches, priced: the same pass and the same prices as the sums. */
    each?: (bill: PricedArrear) => void;
  },
) {
  const sort = options.sort ?? '-total';
  const offset = options.offset ?? 0;
  const compare = comparator(sort);
  // The rows the page is cut from: the first `keep` in the order asked, found in one pass without sorting them all.
  const keep = offset + options.limit;
  // The rules of each kind of bill, asked once and then known: the pass prices a million rows and must not wait on
  // each.
  const policyOf = new Map<string, CollectionPolicy>();
  let count = 0;
  let principal = 0;
  let penalty = 0;
  let top: PricedRow[] = [];
  let threshold: PricedRow | undefined;
  // Bills falling due on the same day (priced by the same rules) share their months late, regime and amnesty: work
  // them out once.
  const termsByDue = new Map<string, DueTerms>();
  const q = options.q?.trim();
  const code = q?.replace(/\s/g, '');
  // One pass over the open bills joined to their ledger balances (one hash aggregate over the region's
  // receivable lines), read through a cursor in batches so memory stays flat however many bills there are.
  await db.transaction(async (tx) => {
    const policies = new CollectionPolicies(tx, regionId, asOf);
    await tx.query("SET LOCAL work_mem = '64MB'");
    const byName = sort === 'taxpayer' || sort === '-taxpayer';
    await tx.query(
      `DECLARE arrears_cursor NO SCROLL CURSOR FOR
       SELECT b.id, b.origin_kind AS "originKind", b.due_date AS "dueDate", b.accrues_interest AS "accruesInterest",
              b.interest_billed_months AS "interestBilledMonths", coalesce(l.balance, 0)::int8 AS outstanding,
              b.period, b.billing_code AS "billingCode", b.taxpayer_id AS "taxpayerId",
              ${byName ? debtorNameOf('b', '$1') : 'NULL'} AS "taxpayerName"
       FROM bill b LEFT JOIN (
         SELECT bill_id, sum(debit - credit) AS balance FROM journal_line
         WHERE region_id = $1 AND account = 'piutang' AND bill_id IS NOT NULL GROUP BY bill_id) l ON l.bill_id = b.id
       WHERE b.region_id = $1 AND b.status = 'open' AND b.due_date < $2 AND ($3::text IS NULL OR b.tax_code = $3)
         AND ($4::text IS NULL OR b.period = $4)
         AND ($5::text IS NULL OR ${placeOf('b', '$1')} LIKE $5)
         AND ($6::text IS NULL OR ${debtorNameOf('b', '$1')} ILIKE $6 OR b.billing_code LIKE $7)`,
      [
        regionId,
        asOf,
        options.taxCode ?? null,
        options.period ?? null,
        options.kecamatan ? inKecamatanPattern(options.kecamatan) : null,
        q ? containsPattern(q) : null,
        code ? `${code.replace(/[\\%_]/g, '')}%` : null,
      ],
    );
    for (;;) {
      const batch = await tx.query<OverdueRow>(`FETCH ${BATCH} FROM arrears_cursor`);
      for (const row of batch) {
        let policy = policyOf.get(row.originKind);
        if (!policy) {
          policy = await policies.of(row.originKind);
          policyOf.set(row.originKind, policy);
        }
        const key = `${row.originKind}|${row.dueDate}|${row.accruesInterest}|${row.interestBilledMonths}`;
        let terms = termsByDue.get(key);
        if (!terms) {
          terms = dueTermsOn(policy, row, asOf);
          termsByDue.set(key, terms);
        }
        const due = amountDueWith(policy, terms, row.outstanding);
        count++;
        principal += due.principal;
        penalty += due.penalty;
        options.each?.({
          billId: row.id,
          taxpayerId: row.taxpayerId,
          dueDate: row.dueDate,
          principal: due.principal,
          penalty: due.penalty,
          total: due.total,
        });
        const priced = { ...row, months: due.chargedMonths, penalty: due.penalty, total: due.total };
        // Only a bill before the last of the current first `keep` can still enter them.
        if (!threshold || compare(priced, threshold) < 0) {
          top.push(priced);
          if (top.length >= keep * 4) {
            top = top.sort(compare).slice(0, keep);
            threshold = top.at(-1);
          }
        }
      }
      if (batch.length < BATCH) break;
    }
    await tx.query('CLOSE arrears_cursor');
  });
  const page = top.sort(compare).slice(offset, keep);
  const details = new Map(
    (
      await db.query<{
        id: number;
        billingCode: string;
        taxpayerId: number;
        taxpayerName: string;
        npwpd: string | null;
        kecamatan: string | null;
        taxCode: string;
        taxName: string;
        period: string | null;
      }>(
        `SELECT b.id, b.billing_code AS "billingCode", b.taxpayer_id AS "taxpayerId",
                ${debtorNameOf('b', '$1')} AS "taxpayerName", ${debtorNumberOf('b', '$1')} AS npwpd,
                ${kecamatanNameOf(placeOf('b', '$1'))} AS kecamatan,
                b.tax_code AS "taxCode", ${subjectOf('b', options.lang)} AS "taxName", b.period
         FROM bill b
         WHERE b.region_id = $1 AND b.id = ANY($2::bigint[])`,
        [regionId, page.map((t) => t.id)],
      )
    ).map((d) => [d.id, d]),
  );
  const items: ArrearsItem[] = page.map((t) => {
    const d = details.get(t.id);
    return {
      billId: t.id,
      billingCode: d?.billingCode ?? '',
      billingCodeDisplay: formatBillingCode(d?.billingCode ?? ''),
      taxpayerId: d?.taxpayerId ?? 0,
      taxpayerName: d?.taxpayerName ?? '',
      npwpd: d?.npwpd ?? null,
      kecamatan: d?.kecamatan ?? null,
      taxCode: d?.taxCode ?? '',
      taxName: d?.taxName ?? '',
      period: d?.period ?? null,
      dueDate: t.dueDate,
      principal: t.outstanding,
      months: t.months,
      penalty: t.penalty,
      total: t.total,
    };
  });
  return { asOf, count, principal, penalty, total: principal + penalty, items };
}
