import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { defaultDueDate, QUARTERS, quarterEnd } from './quarters';

/** A quarter's due date and where it comes from: the region's setting, or the default (quarters.ts). */
export interface QuarterDeadline {
  quarter: number;
  dueDate: string;
  source: 'region' | 'default';
}

/**
 * The deadlines in force on `day` for a year's four quarters: per quarter the region's latest row whose effective_from
 * is not after `day`, else ten days after the quarter ends.
 */
export async function deadlinesOf(
  db: Sql,
  regionId: string,
  year: number,
  day: string,
): Promise<QuarterDeadline[]> {
  const rows = await db.query<{ quarter: number; dueDate: string }>(
    `SELECT DISTINCT ON (quarter) quarter, to_char(due_date, 'YYYY-MM-DD') AS "dueDate" FROM realisation_deadline
      WHERE region_id = $1 AND year = $2 AND effective_from <= $3
      ORDER BY quarter, effective_from DESC`,
    [regionId, year, day],
  );
  const set = new Map(rows.map((r) => [r.quarter, r.dueDate]));
  return QUARTERS.map((quarter) => {
    const dueDate = set.get(quarter);
    return dueDate
      ? { quarter, dueDate, source: 'region' as const }
      : { quarter, dueDate: defaultDueDate(year, quarter), source: 'default' as const };
  });
}

/**
 * The planner sets a year's deadlines from a day on (a new row per quarter; earlier rows stay for the days they were
 * in force). A deadline before its quarter ends is refused (422 REALISATION_DEADLINE_BEFORE_QUARTER_END). Audited.
 */
export async function setDeadlines(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  year: number,
  input: { effectiveFrom: string; dueDates: readonly string[] },
): Promise<void> {
  input.dueDates.forEach((dueDate, i) => {
    const endsOn = quarterEnd(year, i + 1);
    if (dueDate <= endsOn) {
      throw new Problem(422, 'REALISATION_DEADLINE_BEFORE_QUARTER_END', {
        year,
        quarter: i + 1,
        dueDate,
        endsOn,
      });
    }
  });
  await db.transaction(async (tx) => {
    const before = await deadlinesOf(tx, regionId, year, input.effectiveFrom);
    for (const [i, dueDate] of input.dueDates.entries()) {
      await tx.query(
        `INSERT INTO realisation_deadline (region_id, year, quarter, effective_from, due_date, set_at, set_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (region_id, year, quarter, effective_from)
         DO UPDATE SET due_date = EXCLUDED.due_date, set_at = EXCLUDED.set_at, set_by = EXCLUDED.set_by`,
        [regionId, year, i + 1, input.effectiveFrom, dueDate, at, actor.userId],
      );
    }
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'realisation_deadline.set',
      entity: 'realisation_deadline',
      entityId: String(year),
      before: { dueDates: before.map((d) => d.dueDate).join(', ') },
      after: { dueDates: input.dueDates.join(', '), effectiveFrom: input.effectiveFrom },
    });
  });
}
