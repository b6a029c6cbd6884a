import type { Sql } from '../../db/database';
import { listPage, orderSql, type SortOf } from '../../platform/list-page';

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

/** The columns the deposits can be ordered by; `-deposited` (the latest first) unless asked otherwise. */
export const DEPOSIT_SORT_COLUMNS = ['deposited', 'day', 'number', 'partner', 'amount', 'payments'] as const;
export type DepositSort = SortOf<(typeof DEPOSIT_SORT_COLUMNS)[number]>;

const ORDER: Record<(typeof DEPOSIT_SORT_COLUMNS)[number], string | readonly string[]> = {
  deposited: '"depositedAt"',
  day: ['day', '"depositedAt"'],
  number: 'number',
  partner: ['"partnerName"', 'day'],
  amount: 'amount',
  payments: '"paymentCount"',
};

export interface DepositFilter {
  depositId?: number;
  partnerId?: string;
  /** One day deposited, or a range of days (both included). */
  day?: string;
  from?: string;
  to?: string;
  /** An STS number, whole or its beginning. */
  q?: string;
  sort?: DepositSort;
  limit: number;
  offset?: number;
}

/** A page of the region's deposits that match, in the order asked (the latest first), and how many match. */
export async function listDeposits(
  db: Sql,
  regionId: string,
  f: DepositFilter,
): Promise<{ total: number; items: ListedDeposit[] }> {
  const select = `SELECT d.id, d.number, d.partner_id AS "partnerId", pp.name AS "partnerName", d.day, d.amount,
        d.payment_count AS "paymentCount", d.deposited_at AS "depositedAt", u.email AS "depositedBy",
        CASE WHEN f.id IS NULL THEN NULL ELSE json_build_object('id', f.id, 'number', f.number) END AS follows
     FROM deposit d JOIN payment_partner pp ON pp.partner_id = d.partner_id
     LEFT JOIN app_user u ON u.id = d.deposited_by
     LEFT JOIN deposit f ON f.region_id = $1 AND f.id = d.follows_deposit_id
     WHERE d.region_id = $1 AND ($2::bigint IS NULL OR d.id = $2) AND ($3::text IS NULL OR d.partner_id = $3)
       AND ($4::date IS NULL OR d.day = $4) AND ($5::date IS NULL OR d.day >= $5) AND ($6::date IS NULL OR d.day <= $6)
       AND ($7::text IS NULL OR d.number ILIKE $7)`;
  const q = f.q?.trim();
  return listPage<ListedDeposit>(
    db,
    select,
    [
      regionId,
      f.depositId ?? null,
      f.partnerId ?? null,
      f.day ?? null,
      f.from ?? null,
      f.to ?? null,
      q ? `${q.replace(/[\\%_]/g, '\\$&')}%` : null,
    ],
    orderSql(f.sort ?? '-deposited', ORDER, 'id DESC'),
    { limit: f.limit, offset: f.offset ?? 0 },
  );
}

/** The region's deposits that match, the latest first (one by its id, the day's of a bank). */
export async function findDeposits(db: Sql, regionId: string, f: DepositFilter): Promise<ListedDeposit[]> {
  return (await listDeposits(db, regionId, f)).items;
}
