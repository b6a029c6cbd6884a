import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { checkWorksheet, type Evaluation, type Worksheet } from '../evaluation/lke';
import { checkPredikatScale, type PredikatScale } from '../evaluation/predikat';
import { RuleViolation } from '../rules/rule-violation';
import { misfedCriterion } from './feeds';

/** SAKIP's evaluation of performance accountability (LKE, PermenPANRB 88/2021) or RB's self-assessment (PMPRB, 9/2023). */
export const EVALUATION_KINDS = ['sakip', 'rb'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

/** What a planner records of a worksheet: the region's own, since the national letter values are UNCONFIRMED. */
export interface WorksheetInput {
  kind: EvaluationKind;
  year: number;
  name: string;
  worksheet: Worksheet;
  predikatScale: PredikatScale;
  /** The top-level part whose score the predikat grades (RB General of a PMPRB worksheet); null: the total. */
  gradedPart: string | null;
}

export interface WorksheetRecord extends WorksheetInput {
  id: number;
}

const COLUMNS = `w.id, w.kind, w.year, w.name, w.worksheet, w.predikat_scale AS "predikatScale",
  w.graded_part AS "gradedPart"`;

/** Runs a pure rule, answering what it refuses with 422 and its own code. */
export function underRule<T>(run: () => T): T {
  try {
    return run();
  } catch (e) {
    throw e instanceof RuleViolation ? e.problem(422) : e;
  }
}

/**
 * The figure a worksheet's predikat grades: its graded part's score, or its total. Under 9/2023 the published RB index
 * is RB General's score with RB Tematik beside it (lke.ts); which figure evaluators grade is UNCONFIRMED, hence data.
 */
export function gradedScore(w: Pick<WorksheetInput, 'gradedPart'>, evaluation: Evaluation): number {
  if (w.gradedPart === null) return evaluation.total;
  return evaluation.sections.find((s) => s.code === w.gradedPart)?.score ?? 0;
}

/**
 * Refuses a worksheet the engine cannot score (LKE_WORKSHEET_INVALID, LKE_WEIGHTS_DO_NOT_ADD_UP), a predikat scale
 * that leaves a score without a grade or with two (PREDIKAT_SCALE_INVALID), and a graded part that is not a top-level
 * part or can score above the scale (EVALUATION_GRADED_PART_INVALID), all 422.
 */
function checkInput(input: WorksheetInput): void {
  underRule(() => checkWorksheet(input.worksheet));
  underRule(() => checkPredikatScale(input.predikatScale));
  const misfed = misfedCriterion(input.worksheet);
  if (misfed) throw new Problem(422, 'EVALUATION_FEED_SCALE', { criterion: misfed.code, feed: misfed.feed });
  const part =
    input.gradedPart === null ? null : input.worksheet.sections.find((s) => s.code === input.gradedPart);
  const max = part === null ? input.worksheet.total : part?.weight;
  if (max === undefined || max > input.predikatScale.max) {
    throw new Problem(422, 'EVALUATION_GRADED_PART_INVALID', {
      gradedPart: input.gradedPart ?? 'total',
      max: max ?? '—',
      scaleMax: input.predikatScale.max,
    });
  }
}

export async function recordWorksheet(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  input: WorksheetInput,
): Promise<WorksheetRecord> {
  checkInput(input);
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO evaluation_worksheet
         (region_id, kind, year, name, worksheet, predikat_scale, graded_part, created_at, created_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT DO NOTHING RETURNING id`,
      [
        regionId,
        input.kind,
        input.year,
        input.name,
        JSON.stringify(input.worksheet),
        JSON.stringify(input.predikatScale),
        input.gradedPart,
        at,
        actor.userId,
      ],
    );
    if (!row) throw new Problem(409, 'EVALUATION_WORKSHEET_EXISTS', { kind: input.kind, year: input.year });
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'evaluation_worksheet.create',
      entity: 'evaluation_worksheet',
      entityId: String(row.id),
      after: input,
    });
    return { id: row.id, ...input };
  });
}

export async function getWorksheet(db: Sql, regionId: string, worksheetId: number): Promise<WorksheetRecord> {
  const [w] = await db.query<WorksheetRecord>(
    `SELECT ${COLUMNS} FROM evaluation_worksheet w WHERE w.region_id = $1 AND w.id = $2`,
    [regionId, worksheetId],
  );
  if (!w) throw new Problem(404, 'EVALUATION_WORKSHEET_NOT_FOUND', { worksheetId });
  return w;
}

/** The region's worksheets, of a kind and a year when given, the latest year first. */
export async function listWorksheets(
  db: Sql,
  regionId: string,
  filter: { kind?: EvaluationKind; year?: number },
): Promise<WorksheetRecord[]> {
  return db.query<WorksheetRecord>(
    `SELECT ${COLUMNS} FROM evaluation_worksheet w
      WHERE w.region_id = $1 AND ($2::text IS NULL OR w.kind = $2) AND ($3::int IS NULL OR w.year = $3)
      ORDER BY w.year DESC, w.kind, w.id`,
    [regionId, filter.kind ?? null, filter.year ?? null],
  );
}
