import type { Database } from '../../db/database';
import { amountDueWith, type DueTerms, dueTermsOn } from './amount-due';
import { byIssuerSql, CollectionPolicies, type CollectionPolicy } from './bill-issuers';

/** Only what pricing needs: the pass reads a million of these, the largest few get their details after. */
interface OverdueRow {
  id: number;
  originKind: string;
  dueDate: string;
  accruesInterest: boolean;
  interestBilledMonths: number;
  outstanding: number;
}

export interface ArrearsItem {
  billId: number;
  billingCode: string;
  taxpayerId: number;
  taxpayerName: string;
  taxCode: string;
  period: string | null;
  dueDate: string;
  principal: number;
  months: number;
  penalty: number;
  total: number;
}

const BATCH = 20_000;

/**
 * Tunggakan: every open bill past its due date, priced as of a day by the same rule that bills (amountDueOn),
 * with the region's totals and the largest items.
 */
export async function arrears(
  db: Database,
  regionId: string,
  asOf: string,
  options: { taxCode?: string; limit: number },
) {
  // The rules of each kind of bill, asked once and then known: the pass prices a million rows and must not wait on
  // each.
  const policyOf = new Map<string, CollectionPolicy>();
  let count = 0;
  let principal = 0;
  let penalty = 0;
  let top: (OverdueRow & { months: number; penalty: number; total: number })[] = [];
  let threshold = -1;
  // Bills falling due on the same day (priced by the same rules) share their months late, regime and amnesty: work
  // them out once.
  const termsByDue = new Map<string, DueTerms>();
  // One pass over the open bills joined to their ledger balances (one hash aggregate over the region's
  // receivable lines), read through a cursor in batches so memory stays flat however many bills there are.
  await db.transaction(async (tx) => {
    const policies = new CollectionPolicies(tx, regionId, asOf);
    await tx.query("SET LOCAL work_mem = '64MB'");
    await tx.query(
      `DECLARE arrears_cursor NO SCROLL CURSOR FOR
       SELECT b.id, b.origin_kind AS "originKind", b.due_date AS "dueDate", b.accrues_interest AS "accruesInterest",
              b.interest_billed_months AS "interestBilledMonths", coalesce(l.balance, 0)::int8 AS outstanding
       FROM bill b LEFT JOIN (
         SELECT bill_id, sum(debit - credit) AS balance FROM journal_line
         WHERE region_id = $1 AND account = 'piutang' AND bill_id IS NOT NULL GROUP BY bill_id) l ON l.bill_id = b.id
       WHERE b.region_id = $1 AND b.status = 'open' AND b.due_date < $2 AND ($3::text IS NULL OR b.tax_code = $3)`,
      [regionId, asOf, options.taxCode ?? null],
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
        // Only a bill above the smallest of the current top can still enter it.
        if (due.total > threshold) {
          top.push({ ...row, months: due.chargedMonths, penalty: due.penalty, total: due.total });
          if (top.length >= options.limit * 4) {
            top = largest(top, options.limit);
            threshold = (top.at(-1) as { total: number }).total;
          }
        }
      }
      if (batch.length < BATCH) break;
    }
    await tx.query('CLOSE arrears_cursor');
  });
  top = largest(top, options.limit);
  const details = new Map(
    (
      await db.query<{
        id: number;
        billingCode: string;
        taxpayerId: number;
        taxpayerName: string;
        taxCode: string;
        period: string | null;
      }>(
        `SELECT b.id, b.billing_code AS "billingCode", b.taxpayer_id AS "taxpayerId",
                ${byIssuerSql('b', (issuer) => issuer.debtorNameSql('b', '$1'))} AS "taxpayerName", b.tax_code AS "taxCode",
                b.period
         FROM bill b
         WHERE b.region_id = $1 AND b.id = ANY($2::bigint[])`,
        [regionId, top.map((t) => t.id)],
      )
    ).map((d) => [d.id, d]),
  );
  const items: ArrearsItem[] = top.map((t) => {
    const d = details.get(t.id);
    return {
      billId: t.id,
      billingCode: d?.billingCode ?? '',
      taxpayerId: d?.taxpayerId ?? 0,
      taxpayerName: d?.taxpayerName ?? '',
      taxCode: d?.taxCode ?? '',
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

function largest<T extends { total: number; id: number }>(rows: T[], n: number): T[] {
  return rows.sort((a, b) => b.total - a.total || a.id - b.id).slice(0, n);
}
