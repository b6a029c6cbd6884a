import type { Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { coversYear, monthlyRealisation, recordsBegin } from '../realisation/realisation';
import { assertBreakdown, equalTwelfths, spreadByPattern } from './monthly-breakdown';

export const TARGET_STAGES = ['murni', 'perubahan'] as const;
/** APBD murni (the original budget) or APBD perubahan (its revision). */
export type TargetStage = (typeof TARGET_STAGES)[number];

/** Where a target's months came from: entered, spread by last year's realisation, or in equal twelfths. */
export const TARGET_SPREADS = ['last_year', 'equal'] as const;
export type TargetSpread = (typeof TARGET_SPREADS)[number];
export type MonthsFrom = 'entered' | TargetSpread;

/** A revenue target as stored, with who entered it and whether (and by whom) it was approved. */
export interface RevenueTarget {
  id: number;
  year: number;
  taxCode: string;
  stage: TargetStage;
  amount: number;
  monthly: number[];
  decreeRef: string;
  decreeDate: string;
  effectiveFrom: string;
  recordedAt: Date;
  recordedBy: string | null;
  approvedAt: Date | null;
  approvedBy: string | null;
}

/** A target as entered: its months given, or to be spread (by last year's pattern when neither is said). */
export interface NewTarget {
  year: number;
  taxCode: string;
  stage: TargetStage;
  amount: number;
  monthly?: readonly number[] | undefined;
  spread?: TargetSpread | undefined;
  decreeRef: string;
  decreeDate: string;
  effectiveFrom: string;
}

/** How far back and ahead a budget year may be entered: ten years of history, and next year's budget. */
export const YEARS_BACK = 10;
export const YEARS_AHEAD = 1;

/** Refuses a budget year outside the years a region plans or records (its today's year −10 … +1). */
export function assertBudgetYear(year: number, today: string): void {
  const current = Number(today.slice(0, 4));
  const from = current - YEARS_BACK;
  const to = current + YEARS_AHEAD;
  if (!Number.isInteger(year) || year < from || year > to)
    throw new Problem(422, 'TARGET_YEAR_OUT_OF_RANGE', { year, firstYear: from, lastYear: to });
}

const TARGET_COLUMNS = `t.id, t.budget_year AS year, t.tax_code AS "taxCode", t.stage, t.amount, to_jsonb(t.monthly) AS monthly,
  t.decree_ref AS "decreeRef", t.decree_date AS "decreeDate", t.effective_from AS "effectiveFrom",
  t.recorded_at AS "recordedAt", ru.name AS "recordedBy", a.approved_at AS "approvedAt", au.name AS "approvedBy"`;

const TARGET_FROM = `revenue_target t
  LEFT JOIN revenue_target_approval a ON a.region_id = $1 AND a.target_id = t.id
  LEFT JOIN app_user ru ON ru.id = t.recorded_by
  LEFT JOIN app_user au ON au.id = a.approved_by`;

/** A year's targets, every stage and revision, by tax code, then in the order they take effect and were entered. */
export async function findTargets(db: Sql, regionId: string, year: number): Promise<RevenueTarget[]> {
  return db.query<RevenueTarget>(
    `SELECT ${TARGET_COLUMNS} FROM ${TARGET_FROM}
      WHERE t.region_id = $1 AND t.budget_year = $2
      ORDER BY t.tax_code, t.effective_from, t.id`,
    [regionId, year],
  );
}

export async function loadTarget(db: Sql, regionId: string, targetId: number): Promise<RevenueTarget> {
  const [row] = await db.query<RevenueTarget>(
    `SELECT ${TARGET_COLUMNS} FROM ${TARGET_FROM} WHERE t.region_id = $1 AND t.id = $2`,
    [regionId, targetId],
  );
  if (!row) throw new Problem(404, 'TARGET_NOT_FOUND', { targetId });
  return row;
}

/**
 * The tax codes a region levies in a year (a rate of its own recorded by then): the taxes a target may be set for.
 * PBJT's sub-types are tax codes of their own.
 */
export async function leviedTaxCodes(db: Sql, regionId: string, year: number): Promise<string[]> {
  const rows = await db.query<{ taxCode: string }>(
    `SELECT DISTINCT tax_code AS "taxCode" FROM tax_rate WHERE region_id = $1 AND valid_from <= $2::date ORDER BY 1`,
    [regionId, `${year}-12-31`],
  );
  return rows.map((r) => r.taxCode);
}

/**
 * The months of a new target: as entered, checked to add up to the year; or the year spread by last year's
 * realisation of the same tax month by month (largest remainder), in equal twelfths when last year is not recorded
 * from its January or collected nothing.
 */
export async function monthsOf(
  db: Sql,
  regionId: string,
  t: NewTarget,
): Promise<{ monthly: number[]; from: MonthsFrom }> {
  if (t.amount < 0) throw new Problem(422, 'TARGET_AMOUNT_NEGATIVE', { amount: t.amount });
  if (t.monthly) {
    assertBreakdown(t.amount, t.monthly);
    return { monthly: [...t.monthly], from: 'entered' };
  }
  if (t.spread !== 'equal') {
    const lastYear = t.year - 1;
    const pattern = coversYear(await recordsBegin(db, regionId), lastYear)
      ? (await monthlyRealisation(db, regionId, lastYear, t.taxCode)).get(t.taxCode)
      : undefined;
    if (pattern?.some((m) => m > 0))
      return { monthly: spreadByPattern(t.amount, pattern), from: 'last_year' };
  }
  return { monthly: equalTwelfths(t.amount), from: 'equal' };
}

/**
 * Checks a target as entered against the region's rules, without writing: a budget year in range, an effective date
 * inside it, a tax the region levies, no negative amount, months adding up to the year.
 */
export async function checkTarget(
  db: Sql,
  regionId: string,
  today: string,
  t: NewTarget,
): Promise<{ monthly: number[]; from: MonthsFrom }> {
  assertBudgetYear(t.year, today);
  if (!t.effectiveFrom.startsWith(`${t.year}-`))
    throw new Problem(422, 'TARGET_EFFECTIVE_OUTSIDE_YEAR', { effectiveFrom: t.effectiveFrom, year: t.year });
  if (!(await leviedTaxCodes(db, regionId, t.year)).includes(t.taxCode))
    throw new Problem(422, 'TAX_NOT_LEVIED', { taxCode: t.taxCode, year: t.year });
  return monthsOf(db, regionId, t);
}

/**
 * Records a target (a new row: a revision never overwrites what it revises), audited, in the caller's transaction.
 * Entered by the head of Bapenda (`approve`), it is approved at once; otherwise it waits for the head's approval.
 */
export async function recordTarget(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  t: NewTarget & { monthly: readonly number[] },
  options: { approve: boolean; monthsFrom: MonthsFrom; importedFrom?: string },
): Promise<RevenueTarget> {
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO revenue_target (region_id, budget_year, tax_code, stage, amount, monthly, decree_ref, decree_date,
                                 effective_from, recorded_at, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6::bigint[], $7, $8, $9, $10, $11) RETURNING id`,
    [
      regionId,
      t.year,
      t.taxCode,
      t.stage,
      t.amount,
      t.monthly,
      t.decreeRef,
      t.decreeDate,
      t.effectiveFrom,
      at,
      actor.userId,
    ],
  );
  const id = (row as { id: number }).id;
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip ?? null,
    action: 'revenue_target.record',
    entity: 'revenue_target',
    entityId: String(id),
    after: {
      year: t.year,
      taxCode: t.taxCode,
      stage: t.stage,
      amount: t.amount,
      monthly: t.monthly,
      spread: options.monthsFrom,
      decreeRef: t.decreeRef,
      decreeDate: t.decreeDate,
      effectiveFrom: t.effectiveFrom,
      ...(options.importedFrom ? { importedFrom: options.importedFrom } : {}),
    },
  });
  if (options.approve) await approveTarget(tx, at, actor, regionId, id);
  return loadTarget(tx, regionId, id);
}

/**
 * The head of Bapenda's approval, after which the target counts (from its effective date). Once: a second approval
 * is refused with when the first was given, also when two arrive together (the approval's key lets one win).
 */
export async function approveTarget(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  targetId: number,
): Promise<RevenueTarget> {
  const target = await loadTarget(tx, regionId, targetId);
  if (actor.userId === null) throw new Error('a target is approved by a person');
  const inserted = await tx.query(
    `INSERT INTO revenue_target_approval (region_id, target_id, approved_at, approved_by)
     VALUES ($1, $2, $3, $4) ON CONFLICT (region_id, target_id) DO NOTHING RETURNING target_id`,
    [regionId, targetId, at, actor.userId],
  );
  if (inserted.length === 0) {
    const [first] = await tx.query<{ approvedAt: Date }>(
      `SELECT approved_at AS "approvedAt" FROM revenue_target_approval WHERE region_id = $1 AND target_id = $2`,
      [regionId, targetId],
    );
    throw new Problem(409, 'TARGET_ALREADY_APPROVED', {
      targetId,
      approvedAt: (first?.approvedAt ?? at).toISOString(),
    });
  }
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip ?? null,
    action: 'revenue_target.approve',
    entity: 'revenue_target',
    entityId: String(targetId),
    before: { approvedAt: null },
    after: {
      approvedAt: at,
      year: target.year,
      taxCode: target.taxCode,
      stage: target.stage,
      amount: target.amount,
    },
  });
  return loadTarget(tx, regionId, targetId);
}
