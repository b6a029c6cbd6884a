import type { Sql } from '../../db/database';
import { formatBillingCode, type PaidSplit } from '../../receivables';
import type { Viewer } from '../registry/taxpayer';
import { billingOfReturns, type ReturnBilling } from './return-amount-due';
import { paidForMasaSplit } from './review-return';
import { loadReturn, type TaxReturn } from './tax-return';

/** One revision of a masa's return, as its history lists it. */
export interface ReturnRevision {
  id: number;
  revision: number;
  status: TaxReturn['status'];
  gross: number;
  tax: number;
  submittedAt: Date | null;
  reviewedAt: Date | null;
  rejectionReason: string | null;
  billingCode: string | null;
  billingCodeDisplay: string | null;
  billId: number | null;
  billStatus: ReturnBilling['billStatus'] | null;
}

/**
 * One SPTPD as its page shows it: the return with whom and what it is for, who reviewed it, its bill and what that
 * costs today, what was paid for the masa (all its SPTPD bills, as receivables sums the ledger: principal and
 * sanctions), and every revision of the masa (the history a pembetulan leaves), oldest first.
 */
export interface ReturnDetail extends TaxReturn {
  taxpayerName: string;
  npwpd: string | null;
  objectName: string;
  reviewedByName: string | null;
  billingCode: string | null;
  billingCodeDisplay: string | null;
  billing: ReturnBilling | null;
  paid: PaidSplit;
  revisions: ReturnRevision[];
}

/** A return the viewer may see (a taxpayer only their own; else 404), with its page's facts as of `today`. */
export async function returnDetail(
  db: Sql,
  regionId: string,
  returnId: number,
  viewer: Viewer,
  today: string,
): Promise<ReturnDetail> {
  const r = await loadReturn(db, regionId, returnId, viewer);
  const [who] = await db.query<{
    taxpayerName: string;
    npwpd: string | null;
    objectName: string;
    reviewedByName: string | null;
  }>(
    `SELECT t.name AS "taxpayerName", t.npwpd, o.name AS "objectName", u.name AS "reviewedByName"
     FROM taxpayer t
     JOIN tax_object o ON o.region_id = $1 AND o.id = $3
     LEFT JOIN app_user u ON u.id = $4::bigint
     WHERE t.region_id = $1 AND t.id = $2`,
    [regionId, r.taxpayerId, r.objectId, r.reviewedBy],
  );
  const revisions = await db.query<Omit<ReturnRevision, 'billingCodeDisplay' | 'billId' | 'billStatus'>>(
    `SELECT r.id, r.revision, r.status, r.gross, r.tax, r.submitted_at AS "submittedAt",
            r.reviewed_at AS "reviewedAt", r.rejection_reason AS "rejectionReason",
            (SELECT b.billing_code FROM bill b WHERE b.region_id = $1 AND b.return_id = r.id
              ORDER BY (b.status = 'cancelled'), b.id DESC LIMIT 1) AS "billingCode"
     FROM tax_return r
     WHERE r.region_id = $1 AND r.object_id = $2 AND r.period = $3
     ORDER BY r.revision, r.id`,
    [regionId, r.objectId, r.period],
  );
  const billing = await billingOfReturns(
    db,
    regionId,
    today,
    revisions.map((x) => x.id),
  );
  const display = (code: string | null) => (code === null ? null : formatBillingCode(code));
  const own = revisions.find((x) => x.id === r.id);
  return {
    ...r,
    taxpayerName: who?.taxpayerName ?? '',
    npwpd: who?.npwpd ?? null,
    objectName: who?.objectName ?? '',
    reviewedByName: who?.reviewedByName ?? null,
    billingCode: own?.billingCode ?? null,
    billingCodeDisplay: display(own?.billingCode ?? null),
    billing: billing.get(r.id) ?? null,
    paid: await paidForMasaSplit(db, regionId, r.objectId, r.period),
    revisions: revisions.map((x) => ({
      ...x,
      billingCodeDisplay: display(x.billingCode),
      billId: billing.get(x.id)?.billId ?? null,
      billStatus: billing.get(x.id)?.billStatus ?? null,
    })),
  };
}
