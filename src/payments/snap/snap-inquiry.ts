import type { Sql } from '../../db/database';
import type { Partner } from '../partner';

/** Records a bank's VA inquiry and the total it was told; a repeat of the same inquiryRequestId keeps the first. */
export async function recordInquiry(
  tx: Sql,
  at: Date,
  partner: Partner,
  inquiry: { inquiryRequestId: string; virtualAccountNo: string; total: number },
): Promise<void> {
  await tx.query(
    `INSERT INTO snap_inquiry (region_id, partner_id, inquiry_request_id, virtual_account_no, total, inquired_at)
     VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
    [
      partner.regionId,
      partner.partnerId,
      inquiry.inquiryRequestId,
      inquiry.virtualAccountNo,
      inquiry.total,
      at,
    ],
  );
}

export async function inquiryOf(
  db: Sql,
  partner: Partner,
  inquiryRequestId: string,
): Promise<{ virtualAccountNo: string; total: number } | null> {
  const [row] = await db.query<{ virtualAccountNo: string; total: number }>(
    `SELECT virtual_account_no AS "virtualAccountNo", total FROM snap_inquiry
     WHERE region_id = $1 AND partner_id = $2 AND inquiry_request_id = $3`,
    [partner.regionId, partner.partnerId, inquiryRequestId],
  );
  return row ?? null;
}
