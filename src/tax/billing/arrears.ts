import type { Sql } from '../../db/database';
import { taxPolicyOn } from '../policy';
import { amountDueOn } from './amount-due';

interface OverdueRow {
  id: number;
  billingCode: string;
  taxpayerId: number;
  taxCode: string;
  period: string | null;
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

const PAGE = 50_000;

/**
 * Tunggakan: every open bill past its due date, priced as of a day by the same rule that bills (amountDueOn),
 * with the region's totals and the largest items. Bills are read in id pages with their ledger balance, so the
 * report runs in constant memory however many bills a region has.
 */
export async function arrears(
  db: Sql,
  regionId: string,
  asOf: string,
  options: { taxCode?: string; limit: number },
) {
  const { policy } = await taxPolicyOn(db, regionId, asOf);
  let count = 0;
  let principal = 0;
  let penalty = 0;
  let top: (OverdueRow & { months: number; penalty: number; total: number })[] = [];
  let afterId = 0;
  for (;;) {
    const page = await db.query<OverdueRow>(
      `SELECT b.id, b.billing_code AS "billingCode", b.taxpayer_id AS "taxpayerId", b.tax_code AS "taxCode", b.period,
              b.due_date AS "dueDate", b.accrues_interest AS "accruesInterest",
              b.interest_billed_months AS "interestBilledMonths", coalesce(l.balance, 0)::int8 AS outstanding
       FROM (SELECT * FROM bill WHERE region_id = $1 AND status = 'open' AND due_date < $2 AND id > $3
               AND ($4::text IS NULL OR tax_code = $4)
             ORDER BY id LIMIT $5) b
       LEFT JOIN LATERAL (SELECT sum(debit - credit) AS balance FROM journal_line
                          WHERE region_id = b.region_id AND bill_id = b.id AND account = 'piutang') l ON true
       ORDER BY b.id`,
      [regionId, asOf, afterId, options.taxCode ?? null, PAGE],
    );
    for (const row of page) {
      const due = amountDueOn(policy, { ...row, principal: row.outstanding }, asOf);
      count++;
      principal += due.principal;
      penalty += due.penalty;
      top.push({ ...row, months: due.chargedMonths, penalty: due.penalty, total: due.total });
      if (top.length >= options.limit * 4) top = largest(top, options.limit);
    }
    if (page.length < PAGE) break;
    afterId = (page.at(-1) as OverdueRow).id;
  }
  top = largest(top, options.limit);
  const names = new Map(
    (
      await db.query<{ id: number; name: string }>(
        'SELECT id, name FROM taxpayer WHERE region_id = $1 AND id = ANY($2::bigint[])',
        [regionId, top.map((t) => t.taxpayerId)],
      )
    ).map((t) => [t.id, t.name]),
  );
  const items: ArrearsItem[] = top.map((t) => ({
    billId: t.id,
    billingCode: t.billingCode,
    taxpayerId: t.taxpayerId,
    taxpayerName: names.get(t.taxpayerId) ?? '',
    taxCode: t.taxCode,
    period: t.period,
    dueDate: t.dueDate,
    principal: t.outstanding,
    months: t.months,
    penalty: t.penalty,
    total: t.total,
  }));
  return { asOf, count, principal, penalty, total: principal + penalty, items };
}

function largest<T extends { total: number; id: number }>(rows: T[], n: number): T[] {
  return rows.sort((a, b) => b.total - a.total || a.id - b.id).slice(0, n);
}
