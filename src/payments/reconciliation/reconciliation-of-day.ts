import type { Sql } from '../../db/database';
import type { Problem } from '../../platform/problem';
import { type DepositedDay, type PaymentStanding, planDeposit } from '../deposit/plan-deposit';
import type { Partner } from '../partner';
import {
  matchDay,
  paymentsOfDay,
  type Statement,
  type SupersededStatement,
  supersededStatementsOf,
} from './day-reconciliation';
import { findMismatches } from './find-mismatches';
import type { Mismatch } from './mismatches';

/** A payment of a deposited day that no STS carries yet, and why (see PaymentStanding). */
export interface UndepositedPayment {
  paymentId: number;
  ntpd: string;
  bankReference: string;
  amount: number;
  paidAt: Date;
  postedAt: Date;
  standing: Exclude<PaymentStanding, 'deposited'>;
}

/** The treasurer's view of one partner's day: the statement, what matched, the queue, and the deposit. */
export interface DayReconciliation {
  partner: { partnerId: string; name: string; channel: string };
  day: string;
  statement: Statement | null;
  /** Statements of the day that a replacement superseded, oldest first: kept, no longer counted. */
  supersededStatements: SupersededStatement[];
  /** Balai's payments of the day that stand (reversed ones apart). */
  payments: { count: number; amount: number; reversed: number };
  matched: { count: number; amount: number };
  mismatches: Mismatch[];
  /** The day's first STS. */
  deposit: DepositedDay | null;
  /** Its follow-up STS (STS susulan), oldest first. */
  followUps: DepositedDay[];
  /** Once the day has its first STS: what of its receipts no STS carries yet. */
  undeposited: UndepositedPayment[];
  /** What a deposit now would carry, when one can be made: the first STS, or a follow-up once there is one. */
  depositable: { amount: number; paymentCount: number; followUp: boolean } | null;
  /** Why the day cannot be deposited now. */
  blocker: Problem | null;
}

export async function reconciliationOfDay(
  db: Sql,
  regionId: string,
  partner: Partner,
  day: string,
  today: string,
): Promise<DayReconciliation> {
  const plan = await planDeposit(db, regionId, partner.partnerId, day, today);
  const { statement } = plan;
  const { findings, payments } = statement
    ? await matchDay(db, regionId, statement)
    : { findings: [], payments: await paymentsOfDay(db, regionId, partner.partnerId, day) };
  const matched = findings.filter((f) => f.kind === 'matched');
  const live = payments.filter((p) => !p.reversed);
  const standing = new Map(plan.undeposited.map((u) => [u.id, u.standing]));
  return {
    partner: { partnerId: partner.partnerId, name: partner.name, channel: partner.channel },
    day,
    statement,
    supersededStatements: await supersededStatementsOf(db, regionId, partner.partnerId, day),
    payments: {
      count: live.length,
      amount: live.reduce((sum, p) => sum + p.amount, 0),
      reversed: payments.length - live.length,
    },
    matched: { count: matched.length, amount: matched.reduce((sum, f) => sum + f.amount, 0) },
    mismatches: statement ? await findMismatches(db, regionId, { statementId: statement.id }) : [],
    deposit: plan.deposited,
    followUps: plan.followUps,
    undeposited:
      plan.deposited && standing.size > 0
        ? (await paymentDetails(db, regionId, [...standing.keys()])).map((p) => ({
            ...p,
            standing: standing.get(p.paymentId) as UndepositedPayment['standing'],
          }))
        : [],
    depositable: plan.blocker
      ? null
      : { amount: plan.amount, paymentCount: plan.payments.length, followUp: plan.deposited !== null },
    blocker: plan.blocker,
  };
}

async function paymentDetails(
  db: Sql,
  regionId: string,
  ids: number[],
): Promise<Omit<UndepositedPayment, 'standing'>[]> {
  return db.query(
    `SELECT id AS "paymentId", ntpd, bank_reference AS "bankReference", amount, paid_at AS "paidAt",
            posted_at AS "postedAt"
     FROM payment WHERE region_id = $1 AND id = ANY($2::bigint[]) ORDER BY paid_at, id`,
    [regionId, ids],
  );
}

/** A recent day of a partner: its receipts and how far its reconciliation and deposit have come. */
export interface ReceiptsDay {
  day: string;
  payments: number;
  amount: number;
  statementImported: boolean;
  openMismatches: number;
  /** The day's first STS. */
  depositNumber: string | null;
  /** Its follow-up STS, oldest first. */
  followUpNumbers: string[];
  /** Once the day has its first STS: its live payments that no STS carries yet (withheld ones included). */
  undeposited: { count: number; amount: number };
}

/** The partner's days with payments or a statement in the `days` days before `today`, newest first. */
export async function recentReceiptsDays(
  db: Sql,
  regionId: string,
  partnerId: string,
  today: string,
  days = 31,
): Promise<ReceiptsDay[]> {
  const rows = await db.query<
    Omit<ReceiptsDay, 'undeposited'> & { undepositedCount: number; undepositedAmount: number }
  >(
    `WITH days AS (
       SELECT DISTINCT p.day FROM payment p
       WHERE p.region_id = $1 AND p.partner_id = $2 AND p.day >= $3::date - $4::int AND p.day < $3::date
       UNION
       SELECT s.day FROM bank_statement s
       WHERE s.region_id = $1 AND s.partner_id = $2 AND s.day >= $3::date - $4::int AND s.day < $3::date
     )
     SELECT d.day,
            count(p.id) FILTER (WHERE r.payment_id IS NULL)::int AS payments,
            coalesce(sum(p.amount) FILTER (WHERE r.payment_id IS NULL), 0)::int8 AS amount,
            s.id IS NOT NULL AS "statementImported",
            (SELECT count(*) FROM reconciliation_mismatch m
             WHERE m.region_id = $1 AND m.statement_id = s.id
               AND NOT EXISTS (SELECT 1 FROM reconciliation_resolution res
                               WHERE res.region_id = $1 AND res.mismatch_id = m.id)
               AND NOT EXISTS (SELECT 1 FROM reconciliation_withdrawal w
                               WHERE w.region_id = $1 AND w.mismatch_id = m.id))::int AS "openMismatches",
            dep.number AS "depositNumber",
            coalesce((SELECT array_agg(f.number ORDER BY f.sequence) FROM deposit f
                      WHERE f.region_id = $1 AND f.follows_deposit_id = dep.id), '{}') AS "followUpNumbers",
            count(p.id) FILTER (WHERE r.payment_id IS NULL AND dp.payment_id IS NULL AND dep.id IS NOT NULL)::int
              AS "undepositedCount",
            coalesce(sum(p.amount) FILTER (WHERE r.payment_id IS NULL AND dp.payment_id IS NULL AND dep.id IS NOT NULL), 0)::int8
              AS "undepositedAmount"
     FROM days d
     LEFT JOIN payment p ON p.region_id = $1 AND p.partner_id = $2 AND p.day = d.day
     LEFT JOIN payment_reversal r ON r.region_id = p.region_id AND r.payment_id = p.id
     LEFT JOIN deposit_payment dp ON dp.region_id = p.region_id AND dp.payment_id = p.id
     LEFT JOIN bank_statement s ON s.region_id = $1 AND s.partner_id = $2 AND s.day = d.day
       AND NOT EXISTS (SELECT 1 FROM bank_statement n WHERE n.region_id = $1 AND n.replaces_statement_id = s.id)
     LEFT JOIN deposit dep ON dep.region_id = $1 AND dep.partner_id = $2 AND dep.day = d.day AND dep.sequence = 0
     GROUP BY d.day, s.id, dep.id, dep.number
     ORDER BY d.day DESC`,
    [regionId, partnerId, today, days],
  );
  return rows.map(({ undepositedCount, undepositedAmount, ...d }) => ({
    ...d,
    undeposited: { count: undepositedCount, amount: undepositedAmount },
  }));
}
