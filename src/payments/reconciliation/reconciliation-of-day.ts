import type { Sql } from '../../db/database';
import type { Problem } from '../../platform/problem';
import { type DepositedDay, planDeposit } from '../deposit/plan-deposit';
import type { Partner } from '../partner';
import { matchDay, paymentsOfDay, type Statement } from './day-reconciliation';
import { findMismatches, type Mismatch } from './mismatches';

/** The treasurer's view of one partner's day: the statement, what matched, the queue, and the deposit. */
export interface DayReconciliation {
  partner: { partnerId: string; name: string; channel: string };
  day: string;
  statement: Statement | null;
  /** Balai's payments of the day that stand (reversed ones apart). */
  payments: { count: number; amount: number; reversed: number };
  matched: { count: number; amount: number };
  mismatches: Mismatch[];
  deposit: DepositedDay | null;
  /** What a deposit now would carry, when one can be made. */
  depositable: { amount: number; paymentCount: number } | null;
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
  return {
    partner: { partnerId: partner.partnerId, name: partner.name, channel: partner.channel },
    day,
    statement,
    payments: {
      count: live.length,
      amount: live.reduce((sum, p) => sum + p.amount, 0),
      reversed: payments.length - live.length,
    },
    matched: { count: matched.length, amount: matched.reduce((sum, f) => sum + f.amount, 0) },
    mismatches: statement ? await findMismatches(db, regionId, { statementId: statement.id }) : [],
    deposit: plan.deposited,
    depositable: plan.blocker ? null : { amount: plan.amount, paymentCount: plan.payments.length },
    blocker: plan.blocker,
  };
}

/** A recent day of a partner: its receipts and how far its reconciliation and deposit have come. */
export interface ReceiptsDay {
  day: string;
  payments: number;
  amount: number;
  statementImported: boolean;
  openMismatches: number;
  depositNumber: string | null;
}

/** The partner's days with payments or a statement in the `days` days before `today`, newest first. */
export async function recentReceiptsDays(
  db: Sql,
  regionId: string,
  partnerId: string,
  today: string,
  days = 31,
): Promise<ReceiptsDay[]> {
  return db.query<ReceiptsDay>(
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
             WHERE m.region_id = $1 AND m.statement_id = s.id AND NOT EXISTS (
               SELECT 1 FROM reconciliation_resolution res WHERE res.region_id = m.region_id AND res.mismatch_id = m.id
             ))::int AS "openMismatches",
            dep.number AS "depositNumber"
     FROM days d
     LEFT JOIN payment p ON p.region_id = $1 AND p.partner_id = $2 AND p.day = d.day
     LEFT JOIN payment_reversal r ON r.region_id = p.region_id AND r.payment_id = p.id
     LEFT JOIN bank_statement s ON s.region_id = $1 AND s.partner_id = $2 AND s.day = d.day
     LEFT JOIN deposit dep ON dep.region_id = $1 AND dep.partner_id = $2 AND dep.day = d.day
     GROUP BY d.day, s.id, dep.number
     ORDER BY d.day DESC`,
    [regionId, partnerId, today, days],
  );
}
