import type { Sql } from '../../db/database';
import { compareDates, lastDayOfMonth } from '../../platform/calendar';
import { taxPolicyOn } from '../policy';
import { dueDateFor } from '../rules/tax-period';

/**
 * Objects of self-assessed taxes (not those the region assesses itself) that were open during a masa pajak and have no filed SPTPD for it (a draft is not
 * a filing): the officer's list for reminders (teguran) and, once overdue, the region's late-filing fine.
 */
export async function missingReturns(db: Sql, regionId: string, period: string, today: string) {
  const firstDay = `${period}-01`;
  const { policy } = await taxPolicyOn(db, regionId, firstDay);
  const dueDate = dueDateFor(period, policy.returnDue);
  const items = await db.query<{
    objectId: number;
    objectName: string;
    taxCode: string;
    taxpayerId: number;
    taxpayerName: string;
    npwpd: string | null;
  }>(
    `SELECT o.id AS "objectId", o.name AS "objectName", o.tax_code AS "taxCode", t.id AS "taxpayerId",
            t.name AS "taxpayerName", t.npwpd
     FROM tax_object o
     JOIN tax_type ty ON ty.code = o.tax_code AND ty.assessment = 'self' AND NOT (ty.code = ANY($5::text[]))
     JOIN taxpayer t ON t.region_id = o.region_id AND t.id = o.taxpayer_id
     WHERE o.region_id = $1 AND o.status IN ('active', 'closed') AND o.opened_on <= $3
       AND (o.closed_on IS NULL OR o.closed_on >= $2)
       AND NOT EXISTS (SELECT 1 FROM tax_return r WHERE r.region_id = $1 AND r.object_id = o.id
                       AND r.period = $4 AND r.status <> 'draft')
     ORDER BY t.name, o.name`,
    [regionId, firstDay, lastDayOfMonth(period), period, policy.officialAssessment],
  );
  return {
    period,
    dueDate,
    overdue: compareDates(today, dueDate) > 0,
    lateFilingFine: policy.lateFilingFine,
    items,
  };
}
