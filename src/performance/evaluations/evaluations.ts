import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { type Answers, type Evaluation, evaluate, type SectionScore } from '../evaluation/lke';
import { predikat } from '../evaluation/predikat';
import type { OpdScope } from '../opd-access';
import { feedRecords } from './feed-records';
import { fedAnswer, fedCriteria } from './feeds';
import {
  type EvaluationKind,
  getWorksheet,
  gradedScore,
  underRule,
  type WorksheetRecord,
} from './worksheets';

/*
 * One evaluation of a worksheet (a SAKIP LKE or an RB PMPRB) for the region as a whole or one OPD: draft while its
 * subject answers each criterion with its evidence, submitted when every criterion is answered (the answers lock),
 * reviewed once the verifier has checked them criterion by criterion and finished. The final answers are the
 * verifier's, the subject's where the verifier kept them; the engine (evaluation/lke.ts) scores both sets, and the
 * stored scores are the figure the predikat grades (the total, or the worksheet's graded part).
 */

export const EVALUATION_STATUSES = ['draft', 'submitted', 'reviewed'] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];
export type AnswerValue = string | number;

export interface EvaluationSummary {
  id: number;
  worksheetId: number;
  kind: EvaluationKind;
  year: number;
  worksheetName: string;
  /** The OPD evaluated; null: the region as a whole. */
  opdId: number | null;
  subject: string;
  status: EvaluationStatus;
  /** The figure the predikat grades, from the subject's answers (stored at submission). */
  selfScore: number | null;
  /** The same figure from the final answers, and its predikat (stored when the verifier finishes). */
  finalScore: number | null;
  predikat: string | null;
  openedAt: Date;
  submittedAt: Date | null;
  reviewedAt: Date | null;
}

export interface CriterionAnswer {
  criterion: string;
  answer: AnswerValue | null;
  evidence: string | null;
  answeredBy: string | null;
  answeredAt: Date | null;
  reviewAnswer: AnswerValue | null;
  reviewNote: string | null;
  reviewedBy: string | null;
  reviewedAt: Date | null;
}

/** A set of answers scored: the engine's sections and total, the graded figure and, once complete, its predikat. */
export interface Scored {
  total: number;
  graded: number;
  predikat: string | null;
  sections: readonly SectionScore[];
  unanswered: readonly string[];
}

export interface EvaluationDetail extends EvaluationSummary {
  worksheet: WorksheetRecord;
  answers: CriterionAnswer[];
  /** The subject's answers scored, as they stand. */
  self: Scored;
  /** The final answers scored, once submitted (the verifier's, else the subject's). */
  final: Scored | null;
}

const SUMMARY = `e.id, e.worksheet_id AS "worksheetId", w.kind, w.year, w.name AS "worksheetName", e.opd_id AS "opdId",
  coalesce(o.name, r.name) AS subject, e.status, e.self_score::float8 AS "selfScore",
  e.final_score::float8 AS "finalScore", e.predikat, e.opened_at AS "openedAt", e.submitted_at AS "submittedAt",
  e.reviewed_at AS "reviewedAt"`;
const FROM = `evaluation e
  JOIN evaluation_worksheet w ON w.region_id = e.region_id AND w.id = e.worksheet_id
  JOIN region r ON r.region_id = e.region_id
  LEFT JOIN perangkat_daerah o ON o.region_id = e.region_id AND o.id = e.opd_id`;

function scored(worksheet: WorksheetRecord, answers: Answers): Scored {
  const result: Evaluation = underRule(() => evaluate(worksheet.worksheet, answers));
  const graded = gradedScore(worksheet, result);
  return {
    total: result.total,
    graded,
    predikat:
      result.unanswered.length === 0
        ? underRule(() => predikat(graded, worksheet.predikatScale)).predikat
        : null,
    sections: result.sections,
    unanswered: result.unanswered,
  };
}

/** One evaluation's summary; 404 EVALUATION_NOT_FOUND when the region has none. `lock` holds it for a change. */
export async function findEvaluation(
  db: Sql,
  regionId: string,
  evaluationId: number,
  lock = false,
): Promise<EvaluationSummary> {
  if (lock) {
    await db.query('SELECT 1 FROM evaluation WHERE region_id = $1 AND id = $2 FOR UPDATE', [
      regionId,
      evaluationId,
    ]);
  }
  const [row] = await db.query<EvaluationSummary>(
    `SELECT ${SUMMARY} FROM ${FROM} WHERE e.region_id = $1 AND e.id = $2`,
    [regionId, evaluationId],
  );
  if (!row) throw new Problem(404, 'EVALUATION_NOT_FOUND', { evaluationId });
  return row;
}

async function answersOf(db: Sql, regionId: string, evaluationId: number): Promise<CriterionAnswer[]> {
  return db.query<CriterionAnswer>(
    `SELECT a.criterion, a.answer, a.evidence, ua.email AS "answeredBy", a.answered_at AS "answeredAt",
            a.review_answer AS "reviewAnswer", a.review_note AS "reviewNote", ur.email AS "reviewedBy",
            a.reviewed_at AS "reviewedAt"
       FROM evaluation_answer a
       LEFT JOIN app_user ua ON ua.id = a.answered_by
       LEFT JOIN app_user ur ON ur.id = a.reviewed_by
      WHERE a.region_id = $1 AND a.evaluation_id = $2
      ORDER BY a.criterion`,
    [regionId, evaluationId],
  );
}

const selfAnswers = (answers: CriterionAnswer[]): Answers =>
  Object.fromEntries(answers.flatMap((a) => (a.answer === null ? [] : [[a.criterion, a.answer]])));
/** The verifier's answer where they gave one, the subject's where they kept it. */
const finalAnswers = (answers: CriterionAnswer[]): Answers =>
  Object.fromEntries(
    answers.flatMap((a) => {
      const value = a.reviewAnswer ?? a.answer;
      return value === null ? [] : [[a.criterion, value]];
    }),
  );

export async function getEvaluation(
  db: Sql,
  regionId: string,
  evaluationId: number,
): Promise<EvaluationDetail> {
  const summary = await findEvaluation(db, regionId, evaluationId);
  const worksheet = await getWorksheet(db, regionId, summary.worksheetId);
  const answers = await answersOf(db, regionId, evaluationId);
  return {
    ...summary,
    worksheet,
    answers,
    self: scored(worksheet, selfAnswers(answers)),
    final: summary.status === 'draft' ? null : scored(worksheet, finalAnswers(answers)),
  };
}

/** The evaluations a reader may see, of a kind and a year when given: OPD staff see their OPD's only. */
export async function listEvaluations(
  db: Sql,
  regionId: string,
  scope: OpdScope,
  filter: { kind?: EvaluationKind; year?: number },
): Promise<EvaluationSummary[]> {
  return db.query<EvaluationSummary>(
    `SELECT ${SUMMARY} FROM ${FROM}
      WHERE e.region_id = $1 AND ($2::text IS NULL OR w.kind = $2) AND ($3::int IS NULL OR w.year = $3)
        AND ($4::bigint[] IS NULL OR e.opd_id = ANY($4::bigint[]))
      ORDER BY w.year DESC, w.kind, e.opd_id NULLS FIRST, subject, e.id`,
    [regionId, filter.kind ?? null, filter.year ?? null, scope.all ? null : scope.opdIds],
  );
}

/** One subject's evaluations of one kind, year on year (the oldest first): its scores and predikat each year. */
export async function evaluationHistory(
  db: Sql,
  regionId: string,
  kind: EvaluationKind,
  opdId: number | null,
): Promise<EvaluationSummary[]> {
  return db.query<EvaluationSummary>(
    `SELECT ${SUMMARY} FROM ${FROM}
      WHERE e.region_id = $1 AND w.kind = $2 AND e.opd_id IS NOT DISTINCT FROM $3
      ORDER BY w.year, e.id`,
    [regionId, kind, opdId],
  );
}

const audit = (actor: Actor, regionId: string, evaluationId: number) => ({
  regionId,
  actorId: actor.userId,
  actor: actor.label,
  ip: actor.ip ?? null,
  entity: 'evaluation',
  entityId: String(evaluationId),
});

/** Opens a worksheet's evaluation for a subject (an OPD, or the region when `opdId` is null): one per subject. */
export async function openEvaluation(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  input: { worksheetId: number; opdId: number | null },
): Promise<EvaluationDetail> {
  return db.transaction(async (tx) => {
    await getWorksheet(tx, regionId, input.worksheetId);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO evaluation (region_id, worksheet_id, opd_id, status, opened_at, opened_by)
       VALUES ($1, $2, $3, 'draft', $4, $5) ON CONFLICT DO NOTHING RETURNING id`,
      [regionId, input.worksheetId, input.opdId, at, actor.userId],
    );
    if (!row) {
      const [taken] = await tx.query<{ id: number; subject: string }>(
        `SELECT e.id, coalesce(o.name, r.name) AS subject FROM ${FROM}
          WHERE e.region_id = $1 AND e.worksheet_id = $2 AND e.opd_id IS NOT DISTINCT FROM $3`,
        [regionId, input.worksheetId, input.opdId],
      );
      throw new Problem(409, 'EVALUATION_EXISTS', {
        evaluationId: taken?.id ?? '—',
        subject: taken?.subject ?? '—',
      });
    }
    await appendAudit(tx, at, { ...audit(actor, regionId, row.id), action: 'evaluation.open', after: input });
    await feedAnswers(tx, at, actor, regionId, row.id);
    return getEvaluation(tx, regionId, row.id);
  });
}

async function requireStatus(tx: Sql, regionId: string, evaluationId: number, wanted: EvaluationStatus) {
  const e = await findEvaluation(tx, regionId, evaluationId, true);
  if (e.status === wanted) return e;
  if (wanted === 'draft') throw new Problem(409, 'EVALUATION_LOCKED', { evaluationId });
  if (e.status === 'draft') throw new Problem(409, 'EVALUATION_NOT_SUBMITTED', { evaluationId });
  throw new Problem(409, 'EVALUATION_FINISHED', { evaluationId });
}

/** The answers Balai's records give the fed criteria of an evaluation now, by criterion (feeds.ts). */
async function fedNow(
  tx: Sql,
  regionId: string,
  e: EvaluationSummary,
  worksheet: WorksheetRecord,
): Promise<Map<string, { answer: AnswerValue; evidence: string }>> {
  const criteria = fedCriteria(worksheet.worksheet);
  if (criteria.length === 0) return new Map();
  const records = await feedRecords(tx, regionId, e.year, e.opdId);
  const fed = new Map<string, { answer: AnswerValue; evidence: string }>();
  for (const c of criteria) {
    const scale = worksheet.worksheet.scales[c.scale];
    const answer = scale && fedAnswer(c.feed, records, scale);
    if (answer) fed.set(c.code, answer);
  }
  return fed;
}

/**
 * Answers a draft's fed criteria from Balai's records as they stand (when it is opened, refreshed and submitted): a
 * changed answer is written with the record it rests on as its evidence, audited; a criterion Balai has no record for
 * is left to be answered by hand.
 */
async function feedAnswers(tx: Sql, at: Date, actor: Actor, regionId: string, evaluationId: number) {
  const e = await findEvaluation(tx, regionId, evaluationId);
  const worksheet = await getWorksheet(tx, regionId, e.worksheetId);
  const fed = await fedNow(tx, regionId, e, worksheet);
  if (fed.size === 0) return;
  const current = new Map((await answersOf(tx, regionId, evaluationId)).map((a) => [a.criterion, a]));
  const changed = [...fed].filter(([code, f]) => {
    const was = current.get(code);
    return was?.answer !== f.answer || was?.evidence !== f.evidence;
  });
  if (changed.length === 0) return;
  for (const [criterion, f] of changed) {
    await tx.query(
      `INSERT INTO evaluation_answer (region_id, evaluation_id, criterion, answer, evidence, answered_at, answered_by)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (region_id, evaluation_id, criterion)
       DO UPDATE SET answer = EXCLUDED.answer, evidence = EXCLUDED.evidence, answered_at = EXCLUDED.answered_at,
                     answered_by = EXCLUDED.answered_by`,
      [regionId, evaluationId, criterion, JSON.stringify(f.answer), f.evidence, at, actor.userId],
    );
  }
  await appendAudit(tx, at, {
    ...audit(actor, regionId, evaluationId),
    action: 'evaluation.feed',
    before: {
      answers: changed.map(([criterion]) => ({ criterion, answer: current.get(criterion)?.answer ?? null })),
    },
    after: {
      answers: changed.map(([criterion, f]) => ({ criterion, answer: f.answer, evidence: f.evidence })),
    },
  });
}

/** Refreshes a draft's fed criteria from Balai's records (409 EVALUATION_LOCKED once submitted). Audited. */
export async function refreshEvaluation(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  evaluationId: number,
): Promise<EvaluationDetail> {
  return db.transaction(async (tx) => {
    await requireStatus(tx, regionId, evaluationId, 'draft');
    await feedAnswers(tx, at, actor, regionId, evaluationId);
    return getEvaluation(tx, regionId, evaluationId);
  });
}

/**
 * The subject answers criteria of a draft, each with its evidence (a text or a reference to a document). The
 * answers with those already given must fit the worksheet: an unknown criterion or an answer off its scale is
 * refused (422 LKE_UNKNOWN_CRITERION, LKE_ANSWER_OUT_OF_SCALE), and so is a criterion Balai answers from its records
 * (422 EVALUATION_ANSWER_FED); none of the batch is kept.
 */
export async function answerCriteria(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  evaluationId: number,
  entries: readonly { criterion: string; answer: AnswerValue; evidence: string | null }[],
): Promise<EvaluationDetail> {
  return db.transaction(async (tx) => {
    const e = await requireStatus(tx, regionId, evaluationId, 'draft');
    const worksheet = await getWorksheet(tx, regionId, e.worksheetId);
    const fed = await fedNow(tx, regionId, e, worksheet);
    const typedOver = entries.find((a) => fed.has(a.criterion));
    if (typedOver) throw new Problem(422, 'EVALUATION_ANSWER_FED', { criterion: typedOver.criterion });
    const given = selfAnswers(await answersOf(tx, regionId, evaluationId));
    const next = Object.fromEntries(entries.map((a) => [a.criterion, a.answer]));
    underRule(() => evaluate(worksheet.worksheet, { ...given, ...next }));
    for (const a of entries) {
      await tx.query(
        `INSERT INTO evaluation_answer (region_id, evaluation_id, criterion, answer, evidence, answered_at, answered_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (region_id, evaluation_id, criterion)
         DO UPDATE SET answer = EXCLUDED.answer, evidence = EXCLUDED.evidence, answered_at = EXCLUDED.answered_at,
                       answered_by = EXCLUDED.answered_by`,
        [regionId, evaluationId, a.criterion, JSON.stringify(a.answer), a.evidence, at, actor.userId],
      );
    }
    await appendAudit(tx, at, {
      ...audit(actor, regionId, evaluationId),
      action: 'evaluation.answer',
      after: { answers: entries },
    });
    return getEvaluation(tx, regionId, evaluationId);
  });
}

/** The subject submits a draft whose every criterion is answered (422 EVALUATION_UNANSWERED); its answers lock. */
export async function submitEvaluation(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  evaluationId: number,
): Promise<EvaluationDetail> {
  return db.transaction(async (tx) => {
    await requireStatus(tx, regionId, evaluationId, 'draft');
    await feedAnswers(tx, at, actor, regionId, evaluationId);
    const { unanswered, graded } = (await getEvaluation(tx, regionId, evaluationId)).self;
    if (unanswered.length > 0) {
      const shown = unanswered.slice(0, 10).join(', ') + (unanswered.length > 10 ? ', …' : '');
      throw new Problem(422, 'EVALUATION_UNANSWERED', { count: unanswered.length, criteria: shown });
    }
    await tx.query(
      `UPDATE evaluation SET status = 'submitted', self_score = $3, submitted_at = $4, submitted_by = $5
        WHERE region_id = $1 AND id = $2`,
      [regionId, evaluationId, graded, at, actor.userId],
    );
    await appendAudit(tx, at, {
      ...audit(actor, regionId, evaluationId),
      action: 'evaluation.submit',
      after: { selfScore: graded },
    });
    return getEvaluation(tx, regionId, evaluationId);
  });
}

/**
 * The verifier reviews criteria of a submitted evaluation: their own answer (null keeps the subject's) and a note.
 * An unknown criterion or an answer off its scale is refused (422), none of the batch kept.
 */
export async function reviewCriteria(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  evaluationId: number,
  entries: readonly { criterion: string; answer: AnswerValue | null; note: string | null }[],
): Promise<EvaluationDetail> {
  return db.transaction(async (tx) => {
    const e = await requireStatus(tx, regionId, evaluationId, 'submitted');
    const worksheet = await getWorksheet(tx, regionId, e.worksheetId);
    const given = finalAnswers(await answersOf(tx, regionId, evaluationId));
    // Every criterion was answered before submission, so a criterion without an answer is not the worksheet's.
    const unknown = entries.find((r) => !Object.hasOwn(given, r.criterion));
    if (unknown) throw new Problem(422, 'LKE_UNKNOWN_CRITERION', { criterion: unknown.criterion });
    const next = Object.fromEntries(
      entries.flatMap((r) => (r.answer === null ? [] : [[r.criterion, r.answer]])),
    );
    underRule(() => evaluate(worksheet.worksheet, { ...given, ...next }));
    for (const r of entries) {
      await tx.query(
        `UPDATE evaluation_answer SET review_answer = $4, review_note = $5, reviewed_at = $6, reviewed_by = $7
          WHERE region_id = $1 AND evaluation_id = $2 AND criterion = $3`,
        [
          regionId,
          evaluationId,
          r.criterion,
          r.answer === null ? null : JSON.stringify(r.answer),
          r.note,
          at,
          actor.userId,
        ],
      );
    }
    await appendAudit(tx, at, {
      ...audit(actor, regionId, evaluationId),
      action: 'evaluation.review',
      after: { reviews: entries },
    });
    return getEvaluation(tx, regionId, evaluationId);
  });
}

/** The verifier finishes the review: the final score and its predikat are stored, and the evaluation closes. */
export async function finishEvaluation(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  evaluationId: number,
): Promise<EvaluationDetail> {
  return db.transaction(async (tx) => {
    await requireStatus(tx, regionId, evaluationId, 'submitted');
    const { final } = await getEvaluation(tx, regionId, evaluationId);
    const { graded, predikat: grade } = final as Scored;
    await tx.query(
      `UPDATE evaluation SET status = 'reviewed', final_score = $3, predikat = $4, reviewed_at = $5, reviewed_by = $6
        WHERE region_id = $1 AND id = $2`,
      [regionId, evaluationId, graded, grade, at, actor.userId],
    );
    await appendAudit(tx, at, {
      ...audit(actor, regionId, evaluationId),
      action: 'evaluation.finish',
      after: { finalScore: graded, predikat: grade },
    });
    return getEvaluation(tx, regionId, evaluationId);
  });
}
