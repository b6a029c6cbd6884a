import type { Sql } from '../../db/database';

/** A deposit (STS) as listed, with its bank and the treasurer who made it. */
export interface ListedDeposit {
  id: number;
  number: string;
  partnerId: string;
  partnerName: string;
  day: string;
  amount: number;
  paymentCount: number;
  depositedAt: Date;
  depositedBy: string | null;
  /** For a follow-up STS (STS susulan): the day's first STS it follows. */
  follows: { id: number; number: string } | null;
}

export async function findDeposits(
  db: Sql,
  regionId: string,
  f: { depositId?: number; partnerId?: string; day?: string; limit: number },
): Promise<ListedDeposit[]> {
  const rows = await db.query<
    Omit<ListedDeposit, 'follows'> & { followsId: number | null; followsNumber: string | null }
  >(
    `SELECT d.id, d.number, d.partner_id AS "partnerId", pp.name AS "partnerName", d.day, d.amount,
            d.payment_count AS "paymentCount", d.deposited_at AS "depositedAt", u.email AS "depositedBy",
            f.id AS "followsId", f.number AS "followsNumber"
     FROM deposit d JOIN payment_partner pp ON pp.partner_id = d.partner_id
     LEFT JOIN app_user u ON u.id = d.deposited_by
     LEFT JOIN deposit f ON f.region_id = d.region_id AND f.id = d.follows_deposit_id
     WHERE d.region_id = $1 AND ($2::bigint IS NULL OR d.id = $2) AND ($3::text IS NULL OR d.partner_id = $3)
       AND ($4::date IS NULL OR d.day = $4)
     ORDER BY d.deposited_at DESC, d.id DESC LIMIT $5`,
    [regionId, f.depositId ?? null, f.partnerId ?? null, f.day ?? null, f.limit],
  );
  return rows.map(({ followsId, followsNumber, ...d }) => ({
    ...d,
    follows: followsId === null ? null : { id: followsId, number: followsNumber as string },
  }));
}
