import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { localDate, type TimeZone } from '../../platform/clock';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { attachEvidence, type Evidence, type EvidenceUpload, evidenceOf } from '../evidence/evidence';
import { type OpdScope, scopeIncludes } from '../opd-access';
import { capaian, type Polarity } from '../rules/capaian';
import { RuleViolation } from '../rules/rule-violation';
import { deadlinesOf } from './deadlines';
import { type Punctuality, punctuality, quarterHasBegun, quarterStart } from './quarters';

/*
 * Quarterly realisation (issue 16): an OPD's performance officer or head enters an indicator's realisation for a
 * quarter with its evidence (a draft they may change), submits it, and the verifier accepts it (then it is locked) or
 * returns it with a note (then the OPD corrects and submits again). A crosscutting indicator has one realisation,
 * reported by whichever of its owners acts first (its largest share's, as a rule). An indicator whose figure Balai
 * keeps itself (`revenue_pad`) is never typed. Each step one transaction, audited.
 */

/** The subject of a realisation's evidence files. */
export const REALISATION_SUBJECT = 'performance_realisation';

export const REALISATION_STATUSES = ['draft', 'submitted', 'accepted', 'returned'] as const;
export type RealisationStatus = (typeof REALISATION_STATUSES)[number];
export type RealisationSource = 'manual' | 'revenue_pad';

/** Names a quarter's realisation of an indicator. */
export interface RealisationKey {
  indicatorId: number;
  year: number;
  quarter: number;
}

/** An indicator as realisation reads it: who reports it (its owners, else its node's OPD) and where its figure comes from. */
interface ReportedIndicator {
  id: number;
  name: string;
  source: RealisationSource;
  /** The OPD that may report it, largest share first; empty for a regional goal's indicator. */
  opdIds: number[];
}

async function reportedIndicator(db: Sql, regionId: string, indicatorId: number): Promise<ReportedIndicator> {
  const [row] = await db.query<{
    id: number;
    name: string;
    source: RealisationSource;
    nodeOpdId: number | null;
  }>(
    `SELECT i.id, i.name, i.source, n.opd_id AS "nodeOpdId"
       FROM performance_indicator i JOIN performance_node n ON n.region_id = i.region_id AND n.id = i.node_id
      WHERE i.region_id = $1 AND i.id = $2`,
    [regionId, indicatorId],
  );
  if (!row) throw new Problem(404, 'INDICATOR_NOT_FOUND_FOR_REALISATION', { indicatorId });
  const owners = await db.query<{ opdId: number }>(
    `SELECT opd_id AS "opdId" FROM performance_indicator_owner WHERE region_id = $1 AND indicator_id = $2
      ORDER BY share_percent DESC, opd_id`,
    [regionId, indicatorId],
  );
  const opdIds =
    owners.length > 0
      ? owners.map((o) => Number(o.opdId))
      : row.nodeOpdId === null
        ? []
        : [Number(row.nodeOpdId)];
  return { id: Number(row.id), name: row.name, source: row.source, opdIds };
}

/** The OPD the caller reports an indicator for: the first of its owners they act for (403 OPD_FORBIDDEN: none). */
async function reportingOpd(
  db: Sql,
  regionId: string,
  scope: OpdScope,
  indicator: ReportedIndicator,
): Promise<number> {
  if (indicator.opdIds.length === 0) {
    throw new Problem(422, 'REALISATION_NO_OPD', { indicatorId: indicator.id });
  }
  const opdId = indicator.opdIds.find((id) => scopeIncludes(scope, id));
  if (opdId !== undefined) return opdId;
  const first = indicator.opdIds[0] as number;
  const [opd] = await db.query<{ name: string }>(
    'SELECT name FROM perangkat_daerah WHERE region_id = $1 AND id = $2',
    [regionId, first],
  );
  throw new Problem(403, 'OPD_FORBIDDEN', { opdId: first, opdName: opd?.name ?? String(first) });
}

interface StoredRealisation {
  id: number;
  opdId: number;
  value: number;
  status: RealisationStatus;
  note: string | null;
  decisionNote: string | null;
}

async function storedRealisation(
  tx: Sql,
  regionId: string,
  key: RealisationKey,
): Promise<StoredRealisation | null> {
  const [row] = await tx.query<StoredRealisation>(
    `SELECT id, opd_id AS "opdId", value::float8 AS value, status, note, decision_note AS "decisionNote"
       FROM performance_realisation WHERE region_id = $1 AND indicator_id = $2 AND year = $3 AND quarter = $4
       FOR UPDATE`,
    [regionId, key.indicatorId, key.year, key.quarter],
  );
  return row ? { ...row, id: Number(row.id), opdId: Number(row.opdId) } : null;
}

const params = (key: RealisationKey) => ({
  indicatorId: key.indicatorId,
  year: key.year,
  quarter: key.quarter,
});

/** A change by the OPD: refused once accepted (409 REALISATION_LOCKED) and while with the verifier (409). */
function checkOpen(row: StoredRealisation, key: RealisationKey): void {
  if (row.status === 'accepted') throw new Problem(409, 'REALISATION_LOCKED', params(key));
  if (row.status === 'submitted') throw new Problem(409, 'REALISATION_AWAITING_VERIFICATION', params(key));
}

/** The indicator, the OPD the caller reports for, and the checks every OPD step makes first. */
async function openForOpd(tx: Sql, regionId: string, scope: OpdScope, key: RealisationKey, today: string) {
  const indicator = await reportedIndicator(tx, regionId, key.indicatorId);
  const opdId = await reportingOpd(tx, regionId, scope, indicator);
  if (indicator.source !== 'manual') {
    throw new Problem(422, 'REALISATION_FED_FROM_LEDGER', { indicatorId: key.indicatorId });
  }
  if (!quarterHasBegun(key.year, key.quarter, today)) {
    throw new Problem(422, 'REALISATION_QUARTER_NOT_BEGUN', {
      ...params(key),
      startsOn: quarterStart(key.year, key.quarter),
    });
  }
  return { indicator, opdId };
}

function audit(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  action:
    | 'performance_realisation.save'
    | 'performance_realisation.submit'
    | 'performance_realisation.accept'
    | 'performance_realisation.return',
  id: number,
  before: Record<string, unknown> | null,
  after: Record<string, unknown>,
) {
  return appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action,
    entity: 'performance_realisation',
    entityId: String(id),
    before,
    after,
  });
}

/**
 * The OPD enters (or corrects) a quarter's realisation as a draft, with any evidence files: allowed once the quarter
 * has begun, while the figure is neither with the verifier nor accepted. A returned figure becomes a draft again.
 */
export async function saveRealisation(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  regionId: string,
  scope: OpdScope,
  key: RealisationKey,
  input: { value: number; note: string | null; evidence: readonly EvidenceUpload[] },
): Promise<void> {
  await db.transaction(async (tx) => {
    const { opdId } = await openForOpd(tx, regionId, scope, key, today);
    const row = await storedRealisation(tx, regionId, key);
    let id: number;
    if (row) {
      checkOpen(row, key);
      await tx.query(
        `UPDATE performance_realisation SET value = $3, note = $4, status = 'draft', opd_id = $5, decided_at = NULL,
           decided_by = NULL, updated_at = $6 WHERE region_id = $1 AND id = $2`,
        [regionId, row.id, String(input.value), input.note, opdId, at],
      );
      id = row.id;
    } else {
      const [created] = await tx.query<{ id: number }>(
        `INSERT INTO performance_realisation (region_id, indicator_id, opd_id, year, quarter, value, status, source,
           note, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'draft', 'manual', $7, $8, $8) RETURNING id`,
        [regionId, key.indicatorId, opdId, key.year, key.quarter, String(input.value), input.note, at],
      );
      id = Number(created?.id);
    }
    await audit(
      tx,
      at,
      actor,
      regionId,
      'performance_realisation.save',
      id,
      row && { value: row.value, status: row.status, note: row.note },
      { ...params(key), opdId, value: input.value, status: 'draft', note: input.note },
    );
    await attachEvidence(
      tx,
      at,
      today,
      actor,
      regionId,
      { opdId, subject: REALISATION_SUBJECT, subjectId: id },
      input.evidence,
    );
  });
}

/** The OPD adds evidence files to its draft (or returned) realisation. */
export async function addRealisationEvidence(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  regionId: string,
  scope: OpdScope,
  key: RealisationKey,
  files: readonly EvidenceUpload[],
): Promise<Evidence[]> {
  return db.transaction(async (tx) => {
    const { opdId } = await openForOpd(tx, regionId, scope, key, today);
    const row = await storedRealisation(tx, regionId, key);
    if (!row) throw new Problem(404, 'REALISATION_NOT_FOUND', params(key));
    checkOpen(row, key);
    return attachEvidence(
      tx,
      at,
      today,
      actor,
      regionId,
      { opdId, subject: REALISATION_SUBJECT, subjectId: row.id },
      files,
    );
  });
}

/** The OPD submits its realisation to the verifier: with at least one evidence file (422 REALISATION_EVIDENCE_MISSING). */
export async function submitRealisation(
  db: Database,
  at: Date,
  today: string,
  actor: Actor,
  regionId: string,
  scope: OpdScope,
  key: RealisationKey,
): Promise<void> {
  await db.transaction(async (tx) => {
    await openForOpd(tx, regionId, scope, key, today);
    const row = await storedRealisation(tx, regionId, key);
    if (!row) throw new Problem(404, 'REALISATION_NOT_FOUND', params(key));
    checkOpen(row, key);
    const files = await evidenceOf(tx, regionId, REALISATION_SUBJECT, [row.id]);
    if (files.length === 0) throw new Problem(422, 'REALISATION_EVIDENCE_MISSING', params(key));
    await tx.query(
      `UPDATE performance_realisation SET status = 'submitted', submitted_at = $3, submitted_by = $4, updated_at = $3
        WHERE region_id = $1 AND id = $2`,
      [regionId, row.id, at, actor.userId],
    );
    await audit(
      tx,
      at,
      actor,
      regionId,
      'performance_realisation.submit',
      row.id,
      { status: row.status },
      {
        status: 'submitted',
        value: row.value,
        evidence: files.length,
      },
    );
  });
}

/**
 * The verifier's decision on a submitted realisation: accepted (locked from then on) or returned with a note (422
 * REALISATION_RETURN_NOTE_REQUIRED without one). Only a submitted figure is decided (409 REALISATION_NOT_SUBMITTED;
 * an accepted one 409 REALISATION_LOCKED).
 */
export async function decideRealisation(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  key: RealisationKey,
  decision: { accept: true; note: string | null } | { accept: false; note: string },
): Promise<void> {
  if (!decision.accept && decision.note.trim() === '') {
    throw new Problem(422, 'REALISATION_RETURN_NOTE_REQUIRED', params(key));
  }
  await db.transaction(async (tx) => {
    await reportedIndicator(tx, regionId, key.indicatorId);
    const row = await storedRealisation(tx, regionId, key);
    if (!row) throw new Problem(404, 'REALISATION_NOT_FOUND', params(key));
    if (row.status === 'accepted') throw new Problem(409, 'REALISATION_LOCKED', params(key));
    if (row.status !== 'submitted') throw new Problem(409, 'REALISATION_NOT_SUBMITTED', params(key));
    const status: RealisationStatus = decision.accept ? 'accepted' : 'returned';
    await tx.query(
      `UPDATE performance_realisation SET status = $3, decided_at = $4, decided_by = $5, decision_note = $6,
         updated_at = $4 WHERE region_id = $1 AND id = $2`,
      [regionId, row.id, status, at, actor.userId, decision.note],
    );
    await audit(
      tx,
      at,
      actor,
      regionId,
      decision.accept ? 'performance_realisation.accept' : 'performance_realisation.return',
      row.id,
      { status: row.status },
      { status, value: row.value, decisionNote: decision.note },
    );
  });
}

/** One line of the realisation table: an indicator's quarter, its target, realisation, capaian and standing. */
export interface RealisationLine {
  indicatorId: number;
  indicatorName: string;
  unit: string;
  polarity: Polarity;
  cumulative: boolean;
  source: RealisationSource;
  opdId: number;
  opdName: string;
  opdShortName: string;
  /** Every OPD that owns the indicator (several for a crosscutting one). */
  ownerOpdIds: number[];
  year: number;
  quarter: number;
  target: number | null;
  targetUpper: number | null;
  realisation: number | null;
  capaianPercent: number | null;
  status: RealisationStatus | 'not_reported' | 'from_ledger';
  note: string | null;
  decisionNote: string | null;
  submittedAt: Date | null;
  decidedAt: Date | null;
  dueDate: string;
  punctuality: Punctuality;
  late: boolean;
  evidence: Evidence[];
}

/** A figure Balai keeps itself for a quarter of an indicator, by indicator id. */
export type LiveFigures = ReadonlyMap<number, number>;

/**
 * The realisation table of a quarter: every indicator of the OPD in `scope` (narrowed to `opdId` when given) with its
 * quarter's target (Tw target, else the year's), the realisation (the ledger's for `revenue_pad` indicators, from
 * `live`), capaian (PermenPANRB 8/2021, rules/capaian.ts), status and whether its report is late.
 */
export async function realisationTable(
  db: Sql,
  regionId: string,
  timeZone: TimeZone,
  today: string,
  scope: OpdScope,
  filter: { year: number; quarter: number; opdId?: number; indicatorId?: number },
  live: LiveFigures,
): Promise<RealisationLine[]> {
  const { year, quarter } = filter;
  const indicators = await db.query<{
    id: number;
    name: string;
    unit: string;
    polarity: Polarity;
    cumulative: boolean;
    source: RealisationSource;
    nodeOpdId: number;
    target: number | null;
    targetUpper: number | null;
    quarterTarget: number | null;
  }>(
    `SELECT i.id, i.name, i.unit, i.polarity, i.cumulative, i.source, n.opd_id AS "nodeOpdId",
            t.target::float8 AS target, t.target_upper::float8 AS "targetUpper",
            (CASE $3::int WHEN 1 THEN t.tw1 WHEN 2 THEN t.tw2 WHEN 3 THEN t.tw3 ELSE t.tw4 END)::float8 AS "quarterTarget"
       FROM performance_indicator i
       JOIN performance_node n ON n.region_id = i.region_id AND n.id = i.node_id
       LEFT JOIN performance_target t ON t.region_id = i.region_id AND t.indicator_id = i.id AND t.year = $2
      WHERE i.region_id = $1 AND n.opd_id IS NOT NULL
      ORDER BY i.id`,
    [regionId, year, quarter],
  );
  const owners = await db.query<{ indicatorId: number; opdId: number }>(
    `SELECT indicator_id AS "indicatorId", opd_id AS "opdId" FROM performance_indicator_owner WHERE region_id = $1
      ORDER BY share_percent DESC, opd_id`,
    [regionId],
  );
  const ownersOf = new Map<number, number[]>();
  for (const o of owners) {
    const list = ownersOf.get(Number(o.indicatorId)) ?? [];
    list.push(Number(o.opdId));
    ownersOf.set(Number(o.indicatorId), list);
  }
  const rows = await db.query<
    StoredRealisation & { indicatorId: number; submittedAt: Date | null; decidedAt: Date | null }
  >(
    `SELECT id, indicator_id AS "indicatorId", opd_id AS "opdId", value::float8 AS value, status, note,
            decision_note AS "decisionNote", submitted_at AS "submittedAt", decided_at AS "decidedAt"
       FROM performance_realisation WHERE region_id = $1 AND year = $2 AND quarter = $3`,
    [regionId, year, quarter],
  );
  const byIndicator = new Map(
    rows.map((r) => [Number(r.indicatorId), { ...r, id: Number(r.id), opdId: Number(r.opdId) }]),
  );
  const opds = new Map(
    (
      await db.query<{ id: number; name: string; shortName: string }>(
        'SELECT id, name, short_name AS "shortName" FROM perangkat_daerah WHERE region_id = $1',
        [regionId],
      )
    ).map((o) => [Number(o.id), o]),
  );
  const files = await evidenceOf(
    db,
    regionId,
    REALISATION_SUBJECT,
    rows.map((r) => Number(r.id)),
  );
  const dueDate = (await deadlinesOf(db, regionId, year, today))[quarter - 1]?.dueDate as string;

  const lines: RealisationLine[] = [];
  for (const i of indicators) {
    const id = Number(i.id);
    const ownerOpdIds = ownersOf.get(id) ?? [Number(i.nodeOpdId)];
    const visible = ownerOpdIds.filter((o) => scopeIncludes(scope, o));
    if (visible.length === 0) continue;
    if (filter.opdId !== undefined && !ownerOpdIds.includes(filter.opdId)) continue;
    if (filter.indicatorId !== undefined && filter.indicatorId !== id) continue;
    const row = byIndicator.get(id);
    const opdId = row?.opdId ?? (ownerOpdIds[0] as number);
    const opd = opds.get(opdId);
    const fed = i.source !== 'manual';
    const realisation = fed ? (live.get(id) ?? null) : (row?.value ?? null);
    const target = i.polarity === 'range' ? i.target : (i.quarterTarget ?? i.target);
    const submittedOn = fed ? null : row?.submittedAt ? localDate(new Date(row.submittedAt), timeZone) : null;
    const standing = fed ? 'on_time' : punctuality(dueDate, submittedOn, today);
    lines.push({
      indicatorId: id,
      indicatorName: i.name,
      unit: i.unit,
      polarity: i.polarity,
      cumulative: i.cumulative,
      source: i.source,
      opdId,
      opdName: opd?.name ?? '',
      opdShortName: opd?.shortName ?? '',
      ownerOpdIds,
      year,
      quarter,
      target,
      targetUpper: i.polarity === 'range' ? i.targetUpper : null,
      realisation,
      capaianPercent: capaianOf(i.polarity, target, i.targetUpper, realisation),
      status: fed ? 'from_ledger' : (row?.status ?? 'not_reported'),
      note: row?.note ?? null,
      decisionNote: row?.decisionNote ?? null,
      submittedAt: row?.submittedAt ?? null,
      decidedAt: row?.decidedAt ?? null,
      dueDate,
      punctuality: standing,
      late: standing === 'late' || standing === 'missing',
      evidence: row ? files.filter((f) => f.subjectId === row.id).map(({ subjectId: _, ...f }) => f) : [],
    });
  }
  return lines.sort((a, b) => a.opdShortName.localeCompare(b.opdShortName) || a.indicatorId - b.indicatorId);
}

/** Capaian of a figure against its target, or null when either is missing or the formula has no answer (a zero target). */
function capaianOf(
  polarity: Polarity,
  target: number | null,
  targetUpper: number | null,
  realisation: number | null,
): number | null {
  if (target === null || realisation === null) return null;
  try {
    return polarity === 'range'
      ? capaian({ polarity, target, targetUpper: targetUpper ?? target, realisation })
      : capaian({ polarity, target, realisation });
  } catch (err) {
    if (err instanceof RuleViolation) return null;
    throw err;
  }
}
