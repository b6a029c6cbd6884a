import type { Database } from '../../db/database';
import { addMonthsClamped, monthOf } from '../../platform/calendar';
import { arrears } from '../../receivables';
import { missingReturns } from '../returns/missing-returns';

/**
 * A region's local taxes at a glance, for the staff's home page: what waits for them (registrations to verify,
 * SPTPD to review, returns missing for the last ended masa pajak), what is overdue (the arrears report's totals,
 * interest as of the day) and what came in this month by tax (payments not reversed). Each figure is the one its
 * own page shows, computed by the same function, so the two never disagree.
 */
export async function taxOverview(db: Database, regionId: string, today: string) {
  const lastMasa = monthOf(addMonthsClamped(today, -1));
  const month = monthOf(today);
  const [waiting] = await db.query<{ taxpayers: number; objects: number; returns: number }>(
    `SELECT
       (SELECT count(*) FROM taxpayer WHERE region_id = $1 AND status = 'pending')::int AS taxpayers,
       (SELECT count(*) FROM tax_object WHERE region_id = $1 AND status = 'pending')::int AS objects,
       (SELECT count(*) FROM tax_return WHERE region_id = $1 AND status = 'submitted')::int AS returns`,
    [regionId],
  );
  const missing = await missingReturns(db, regionId, lastMasa, today);
  const overdue = await arrears(db, regionId, today, { limit: 1 });
  const byTax = await db.query<{ taxCode: string; amount: number; payments: number }>(
    `SELECT b.tax_code AS "taxCode", sum(p.amount)::int8 AS amount, count(*)::int AS payments
     FROM payment p
     JOIN bill b ON b.region_id = p.region_id AND b.id = p.bill_id
     WHERE p.region_id = $1 AND p.day BETWEEN $2 AND $3
       AND NOT EXISTS (SELECT 1 FROM payment_reversal r WHERE r.region_id = $1 AND r.payment_id = p.id)
     GROUP BY b.tax_code ORDER BY amount DESC, b.tax_code`,
    [regionId, `${month}-01`, today],
  );
  return {
    today,
    waiting: {
      taxpayers: waiting?.taxpayers ?? 0,
      objects: waiting?.objects ?? 0,
      returnsToReview: waiting?.returns ?? 0,
    },
    missingReturns: {
      period: missing.period,
      dueDate: missing.dueDate,
      overdue: missing.overdue,
      count: missing.items.length,
    },
    arrears: {
      count: overdue.count,
      principal: overdue.principal,
      penalty: overdue.penalty,
      total: overdue.total,
    },
    receipts: {
      month,
      total: byTax.reduce((sum, t) => sum + t.amount, 0),
      payments: byTax.reduce((sum, t) => sum + t.payments, 0),
      byTax,
    },
  };
}
