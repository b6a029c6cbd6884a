import type { Sql } from '../../db/database';

/** An overpayment that a pembetulan credited for one object and masa pajak and no SKPDLB has assessed yet. */
export interface OverpaymentAwaitingSkpdlb {
  taxpayerId: number;
  objectId: number;
  objectName: string;
  taxCode: string;
  period: string;
  /** The current return of that object and month: the SKPDLB is issued on it. */
  returnId: number;
  amount: number;
}

/**
 * Credits (lebih bayar) booked by pembetulan, per object and masa pajak, less what SKPDLBs already assessed of them.
 * One definition for the officer's list and for the SKPDLB that assesses one of them.
 */
export async function overpaymentsAwaitingSkpdlb(
  db: Sql,
  regionId: string,
  filter: { taxpayerId?: number; objectId?: number; period?: string },
): Promise<OverpaymentAwaitingSkpdlb[]> {
  return db.query<OverpaymentAwaitingSkpdlb>(
    `WITH credited AS (
       SELECT r.taxpayer_id, r.object_id, r.period, sum(l.credit - l.debit) AS amount
       FROM journal j
       JOIN journal_line l ON l.region_id = j.region_id AND l.journal_id = j.id AND l.account = 'lebih_bayar'
       JOIN tax_return r ON r.region_id = j.region_id AND r.id = j.return_id
       WHERE j.region_id = $1 AND j.kind = 'credit'
         AND ($2::bigint IS NULL OR r.taxpayer_id = $2) AND ($3::bigint IS NULL OR r.object_id = $3)
         AND ($4::text IS NULL OR r.period = $4)
       GROUP BY r.taxpayer_id, r.object_id, r.period),
     assessed AS (
       SELECT a.object_id, a.period, sum(a.credit - a.principal) AS amount FROM assessment a
       WHERE a.region_id = $1 AND a.kind = 'SKPDLB' AND ($2::bigint IS NULL OR a.taxpayer_id = $2)
         AND ($3::bigint IS NULL OR a.object_id = $3) AND ($4::text IS NULL OR a.period = $4)
       GROUP BY a.object_id, a.period)
     SELECT c.taxpayer_id AS "taxpayerId", c.object_id AS "objectId", o.name AS "objectName", o.tax_code AS "taxCode",
            c.period, latest.id AS "returnId", (c.amount - coalesce(s.amount, 0))::int8 AS amount
     FROM credited c
     JOIN tax_object o ON o.region_id = $1 AND o.id = c.object_id
     LEFT JOIN assessed s ON s.object_id = c.object_id AND s.period = c.period
     CROSS JOIN LATERAL (
       SELECT r.id FROM tax_return r WHERE r.region_id = $1 AND r.object_id = c.object_id AND r.period = c.period
       ORDER BY r.revision DESC LIMIT 1) latest
     WHERE c.amount > coalesce(s.amount, 0)
     ORDER BY c.period, c.object_id`,
    [regionId, filter.taxpayerId ?? null, filter.objectId ?? null, filter.period ?? null],
  );
}
