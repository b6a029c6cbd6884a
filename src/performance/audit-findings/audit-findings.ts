import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { attachEvidence, type Evidence, type EvidenceUpload, evidenceOf } from '../evidence/evidence';
import { findOpd, type OpdScope } from '../opd-access';
import { type FollowUpStatus, isClosed, isOverdue } from './follow-up-status';

/*
 * The audit opinions and findings a region answers for (issue 16): the BPK's opinion on each year's financial
 * statements, and the findings of the BPK or the Inspektorat, each with recommendations for a responsible OPD that the
 * OPD follows up with an answer and evidence, and whose status the verifier (Inspektorat) sets. Every write audited.
 */

export const AUDIT_OPINIONS = ['wtp', 'wdp', 'tw', 'tmp'] as const;
export type AuditOpinion = (typeof AUDIT_OPINIONS)[number];
export const FINDING_SOURCES = ['bpk', 'inspektorat'] as const;
export type FindingSource = (typeof FINDING_SOURCES)[number];

/** Evidence subjects of this part. */
const OPINION_SUBJECT = 'audit_opinion';
const FOLLOWUP_SUBJECT = 'audit_followup';

export interface OpinionRecord {
  fiscalYear: number;
  opinion: AuditOpinion;
  reportNumber: string;
  reportDate: string;
  report: Evidence[];
}

export interface Recommendation {
  id: number;
  findingId: number;
  opdId: number;
  opdName: string;
  opdShortName: string;
  text: string;
  deadline: string;
  status: FollowUpStatus;
  statusNote: string | null;
  statusAt: Date | null;
  overdue: boolean;
  followUps: number;
}

export interface Finding {
  id: number;
  source: FindingSource;
  year: number;
  reportNumber: string;
  title: string;
  description: string;
  recommendations: Recommendation[];
}

export interface FollowUp {
  id: number;
  answer: string;
  submittedAt: Date;
  submittedBy: string | null;
  evidence: Evidence[];
}

/** The BPK's opinions of the region, newest year first, with their report files. */
export async function listOpinions(db: Sql, regionId: string): Promise<OpinionRecord[]> {
  const rows = await db.query<Omit<OpinionRecord, 'report'> & { id: number }>(
    `SELECT id, fiscal_year AS "fiscalYear", opinion, report_number AS "reportNumber",
            to_char(report_date, 'YYYY-MM-DD') AS "reportDate"
       FROM audit_opinion WHERE region_id = $1 ORDER BY fiscal_year DESC`,
    [regionId],
  );
  const files = await evidenceOf(
    db,
    regionId,
    OPINION_SUBJECT,
    rows.map((r) => Number(r.id)),
  );
  return rows.map(({ id, ...r }) => ({
    ...r,
    report: files.filter((f) => f.subjectId === Number(id)).map(({ subjectId: _, ...f }) => f),
  }));
}

/** Records (or corrects) the BPK's opinion on a fiscal year, with its report file if sent. Audited. */
export async function recordOpinion(
  db: Database,
  at: Date,
  day: string,
  actor: Actor,
  regionId: string,
  fiscalYear: number,
  input: { opinion: AuditOpinion; reportNumber: string; reportDate: string; report: EvidenceUpload | null },
): Promise<OpinionRecord> {
  await db.transaction(async (tx) => {
    const [before] = await tx.query<{
      id: number;
      opinion: string;
      reportNumber: string;
      reportDate: string;
    }>(
      `SELECT id, opinion, report_number AS "reportNumber", to_char(report_date, 'YYYY-MM-DD') AS "reportDate"
         FROM audit_opinion WHERE region_id = $1 AND fiscal_year = $2 FOR UPDATE`,
      [regionId, fiscalYear],
    );
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO audit_opinion (region_id, fiscal_year, opinion, report_number, report_date, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $6)
       ON CONFLICT (region_id, fiscal_year) DO UPDATE
         SET opinion = EXCLUDED.opinion, report_number = EXCLUDED.report_number, report_date = EXCLUDED.report_date,
             updated_at = EXCLUDED.updated_at
       RETURNING id`,
      [regionId, fiscalYear, input.opinion, input.reportNumber, input.reportDate, at],
    );
    const id = Number(row?.id);
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: before ? 'audit_opinion.update' : 'audit_opinion.create',
      entity: OPINION_SUBJECT,
      entityId: String(id),
      before: before
        ? { opinion: before.opinion, reportNumber: before.reportNumber, reportDate: before.reportDate }
        : null,
      after: {
        fiscalYear,
        opinion: input.opinion,
        reportNumber: input.reportNumber,
        reportDate: input.reportDate,
      },
    });
    if (input.report) {
      await attachEvidence(
        tx,
        at,
        day,
        actor,
        regionId,
        { opdId: null, subject: OPINION_SUBJECT, subjectId: id },
        [input.report],
      );
    }
  });
  return (await listOpinions(db, regionId)).find((o) => o.fiscalYear === fiscalYear) as OpinionRecord;
}

/** The public's view: the opinion per fiscal year, nothing else. */
export async function publicOpinions(
  db: Sql,
  regionId: string,
): Promise<{ fiscalYear: number; opinion: AuditOpinion; reportDate: string }[]> {
  return db.query(
    `SELECT fiscal_year AS "fiscalYear", opinion, to_char(report_date, 'YYYY-MM-DD') AS "reportDate"
       FROM audit_opinion WHERE region_id = $1 ORDER BY fiscal_year DESC`,
    [regionId],
  );
}

export interface RecommendationInput {
  opdId: number;
  text: string;
  deadline: string;
}

async function insertRecommendation(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  findingId: number,
  input: RecommendationInput,
): Promise<number> {
  const opd = await findOpd(tx, regionId, input.opdId);
  const [row] = await tx.query<{ id: number }>(
    `INSERT INTO audit_recommendation (region_id, finding_id, opd_id, text, deadline, status, created_at)
     VALUES ($1, $2, $3, $4, $5, 'belum_ditindaklanjuti', $6) RETURNING id`,
    [regionId, findingId, opd.id, input.text, input.deadline, at],
  );
  const id = Number(row?.id);
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: 'audit_recommendation.create',
    entity: 'audit_recommendation',
    entityId: String(id),
    after: {
      findingId,
      opdId: opd.id,
      text: input.text,
      deadline: input.deadline,
      status: 'belum_ditindaklanjuti',
    },
  });
  return id;
}

/** Records a finding with its recommendations, in one transaction (an unknown OPD leaves nothing). Audited. */
export async function createFinding(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  input: {
    source: FindingSource;
    year: number;
    reportNumber: string;
    title: string;
    description: string;
    recommendations: readonly RecommendationInput[];
  },
): Promise<number> {
  return db.transaction(async (tx) => {
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO audit_finding (region_id, source, year, report_number, title, description, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [regionId, input.source, input.year, input.reportNumber, input.title, input.description, at],
    );
    const id = Number(row?.id);
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'audit_finding.create',
      entity: 'audit_finding',
      entityId: String(id),
      after: {
        source: input.source,
        year: input.year,
        reportNumber: input.reportNumber,
        title: input.title,
        description: input.description,
      },
    });
    for (const rec of input.recommendations) await insertRecommendation(tx, at, actor, regionId, id, rec);
    return id;
  });
}

/** Adds a recommendation to a finding (404 AUDIT_FINDING_NOT_FOUND). Audited. */
export async function addRecommendation(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  findingId: number,
  input: RecommendationInput,
): Promise<number> {
  return db.transaction(async (tx) => {
    const [finding] = await tx.query('SELECT 1 FROM audit_finding WHERE region_id = $1 AND id = $2', [
      regionId,
      findingId,
    ]);
    if (!finding) throw new Problem(404, 'AUDIT_FINDING_NOT_FOUND', { findingId });
    return insertRecommendation(tx, at, actor, regionId, findingId, input);
  });
}

const RECOMMENDATION_COLUMNS = `r.id, r.finding_id AS "findingId", r.opd_id AS "opdId", o.name AS "opdName",
  o.short_name AS "opdShortName", r.text, to_char(r.deadline, 'YYYY-MM-DD') AS deadline, r.status,
  r.status_note AS "statusNote", r.status_at AS "statusAt",
  (SELECT count(*) FROM audit_followup f WHERE f.region_id = r.region_id AND f.recommendation_id = r.id)::int
    AS "followUps"`;

type RecommendationRow = Omit<Recommendation, 'overdue'>;

function recommendationOf(row: RecommendationRow, day: string): Recommendation {
  return {
    ...row,
    id: Number(row.id),
    findingId: Number(row.findingId),
    opdId: Number(row.opdId),
    overdue: isOverdue(row, day),
  };
}

export interface FindingFilter {
  year?: number;
  source?: FindingSource;
  status?: FollowUpStatus;
  opdId?: number;
}

/**
 * The findings with their recommendations, newest first, as the scope sees them: OPD staff see the recommendations
 * of their OPD and the findings that have one, nothing else.
 */
export async function listFindings(
  db: Sql,
  regionId: string,
  day: string,
  scope: OpdScope,
  filter: FindingFilter = {},
): Promise<Finding[]> {
  const recs = await db.query<RecommendationRow>(
    `SELECT ${RECOMMENDATION_COLUMNS}
       FROM audit_recommendation r JOIN perangkat_daerah o ON o.region_id = r.region_id AND o.id = r.opd_id
      WHERE r.region_id = $1 AND ($2::bigint[] IS NULL OR r.opd_id = ANY($2::bigint[]))
        AND ($3::text IS NULL OR r.status = $3) AND ($4::bigint IS NULL OR r.opd_id = $4)
      ORDER BY r.deadline, r.id`,
    [regionId, scope.all ? null : scope.opdIds, filter.status ?? null, filter.opdId ?? null],
  );
  const narrowed = !scope.all || filter.status !== undefined || filter.opdId !== undefined;
  const findings = await db.query<Omit<Finding, 'recommendations'>>(
    `SELECT id, source, year, report_number AS "reportNumber", title, description FROM audit_finding
      WHERE region_id = $1 AND ($2::int IS NULL OR year = $2) AND ($3::text IS NULL OR source = $3)
      ORDER BY year DESC, id DESC`,
    [regionId, filter.year ?? null, filter.source ?? null],
  );
  return findings
    .map((f) => ({
      ...f,
      id: Number(f.id),
      recommendations: recs
        .filter((r) => Number(r.findingId) === Number(f.id))
        .map((r) => recommendationOf(r, day)),
    }))
    .filter((f) => !narrowed || f.recommendations.length > 0);
}

/** One recommendation of the region (404 AUDIT_RECOMMENDATION_NOT_FOUND), optionally locked for a change. */
export async function loadRecommendation(
  db: Sql,
  regionId: string,
  recommendationId: number,
  day: string,
  lock = false,
): Promise<Recommendation> {
  const [row] = await db.query<RecommendationRow>(
    `SELECT ${RECOMMENDATION_COLUMNS}
       FROM audit_recommendation r JOIN perangkat_daerah o ON o.region_id = r.region_id AND o.id = r.opd_id
      WHERE r.region_id = $1 AND r.id = $2 ${lock ? 'FOR UPDATE OF r' : ''}`,
    [regionId, recommendationId],
  );
  if (!row) throw new Problem(404, 'AUDIT_RECOMMENDATION_NOT_FOUND', { recommendationId });
  return recommendationOf(row, day);
}

/** A recommendation's follow-ups, oldest first, each with its evidence. */
export async function followUpsOf(db: Sql, regionId: string, recommendationId: number): Promise<FollowUp[]> {
  const rows = await db.query<Omit<FollowUp, 'evidence'>>(
    `SELECT f.id, f.answer, f.submitted_at AS "submittedAt", u.email AS "submittedBy"
       FROM audit_followup f LEFT JOIN app_user u ON u.id = f.submitted_by
      WHERE f.region_id = $1 AND f.recommendation_id = $2 ORDER BY f.id`,
    [regionId, recommendationId],
  );
  const files = await evidenceOf(
    db,
    regionId,
    FOLLOWUP_SUBJECT,
    rows.map((r) => Number(r.id)),
  );
  return rows.map((r) => ({
    ...r,
    id: Number(r.id),
    evidence: files.filter((e) => e.subjectId === Number(r.id)).map(({ subjectId: _, ...e }) => e),
  }));
}

/**
 * The OPD's follow-up of a recommendation: its answer and evidence, while the recommendation is open (409
 * AUDIT_RECOMMENDATION_CLOSED once found sesuai or tidak dapat ditindaklanjuti). The status stays the verifier's to
 * set. One transaction: a refused file leaves no answer. Audited.
 */
export async function submitFollowUp(
  db: Database,
  at: Date,
  day: string,
  actor: Actor,
  regionId: string,
  recommendationId: number,
  input: { answer: string; evidence: readonly EvidenceUpload[] },
): Promise<FollowUp> {
  const id = await db.transaction(async (tx) => {
    const rec = await loadRecommendation(tx, regionId, recommendationId, day, true);
    if (isClosed(rec.status)) {
      throw new Problem(409, 'AUDIT_RECOMMENDATION_CLOSED', { recommendationId, status: rec.status });
    }
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO audit_followup (region_id, recommendation_id, answer, submitted_at, submitted_by)
       VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [regionId, recommendationId, input.answer, at, actor.userId],
    );
    const followUpId = Number(row?.id);
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'audit_followup.submit',
      entity: 'audit_recommendation',
      entityId: String(recommendationId),
      before: { followUps: rec.followUps },
      after: { followUps: rec.followUps + 1, followUpId, answer: input.answer },
    });
    await attachEvidence(
      tx,
      at,
      day,
      actor,
      regionId,
      { opdId: rec.opdId, subject: FOLLOWUP_SUBJECT, subjectId: followUpId },
      input.evidence,
    );
    return followUpId;
  });
  return (await followUpsOf(db, regionId, recommendationId)).find((f) => f.id === id) as FollowUp;
}

/**
 * The verifier's word on a recommendation's follow-up. Sesuai needs a follow-up to rest on (409
 * AUDIT_FOLLOWUP_MISSING); tidak dapat ditindaklanjuti needs its reason in the note (422 AUDIT_STATUS_REASON_REQUIRED).
 * Audited, before and after.
 */
export async function setRecommendationStatus(
  db: Database,
  at: Date,
  day: string,
  actor: Actor,
  regionId: string,
  recommendationId: number,
  input: { status: FollowUpStatus; note: string | null },
): Promise<Recommendation> {
  await db.transaction(async (tx) => {
    const rec = await loadRecommendation(tx, regionId, recommendationId, day, true);
    if (input.status === 'sesuai' && rec.followUps === 0) {
      throw new Problem(409, 'AUDIT_FOLLOWUP_MISSING', { recommendationId });
    }
    if (input.status === 'tidak_dapat_ditindaklanjuti' && !input.note) {
      throw new Problem(422, 'AUDIT_STATUS_REASON_REQUIRED', { recommendationId });
    }
    await tx.query(
      `UPDATE audit_recommendation SET status = $3, status_note = $4, status_at = $5 WHERE region_id = $1 AND id = $2`,
      [regionId, recommendationId, input.status, input.note, at],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip,
      action: 'audit_recommendation.status',
      entity: 'audit_recommendation',
      entityId: String(recommendationId),
      before: { status: rec.status, statusNote: rec.statusNote },
      after: { status: input.status, statusNote: input.note },
    });
  });
  return loadRecommendation(db, regionId, recommendationId, day);
}

/** The overdue recommendations of the region on `day` (or of some OPD), by deadline. */
export async function overdueRecommendations(
  db: Sql,
  regionId: string,
  day: string,
  opdIds: readonly number[] | null,
): Promise<Recommendation[]> {
  const rows = await db.query<RecommendationRow>(
    `SELECT ${RECOMMENDATION_COLUMNS}
       FROM audit_recommendation r JOIN perangkat_daerah o ON o.region_id = r.region_id AND o.id = r.opd_id
      WHERE r.region_id = $1 AND r.deadline < $2 AND ($3::bigint[] IS NULL OR r.opd_id = ANY($3::bigint[]))
      ORDER BY r.deadline, r.id`,
    [regionId, day, opdIds],
  );
  return rows.map((r) => recommendationOf(r, day)).filter((r) => r.overdue);
}

/** Per OPD, its overdue recommendations on `day`: what the OPD ranking counts against it. */
export async function overdueRecommendationsByOpd(
  db: Sql,
  regionId: string,
  day: string,
): Promise<{ opdId: number; opdName: string; opdShortName: string; overdue: Recommendation[] }[]> {
  const byOpd = new Map<
    number,
    { opdId: number; opdName: string; opdShortName: string; overdue: Recommendation[] }
  >();
  for (const rec of await overdueRecommendations(db, regionId, day, null)) {
    const entry = byOpd.get(rec.opdId) ?? {
      opdId: rec.opdId,
      opdName: rec.opdName,
      opdShortName: rec.opdShortName,
      overdue: [],
    };
    entry.overdue.push(rec);
    byOpd.set(rec.opdId, entry);
  }
  return [...byOpd.values()].sort(
    (a, b) => b.overdue.length - a.overdue.length || a.opdName.localeCompare(b.opdName),
  );
}
