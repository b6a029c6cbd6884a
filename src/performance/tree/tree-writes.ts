import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { findOpd, type OpdScope, scopeIncludes } from '../opd-access';
import type { Polarity } from '../rules/capaian';
import { RuleViolation } from '../rules/rule-violation';
import { checkCrosscuttingShares, checkNoCycle, checkTarget, type OwnerShare } from './tree-rules';

/*
 * Writing the performance tree: its nodes, their indicators (with a crosscutting indicator's owners) and the
 * indicators' yearly and quarterly targets. Each write is one transaction with its audit entry, under the region's
 * tree lock (a cycle check reads the whole tree; two moves checked at once could each pass and together close one).
 * Who may write: the planner anywhere (a region-level goal only them), an OPD's head or performance officer inside
 * their own OPD, i.e. the node's OPD and, for a crosscutting indicator, every owner's (`scope`).
 */

export const NODE_KINDS = ['tujuan_rpjmd', 'sasaran_opd', 'program', 'kegiatan'] as const;
export type NodeKind = (typeof NODE_KINDS)[number];
export const CASCADING = ['direct', 'non_direct'] as const;
export type Cascading = (typeof CASCADING)[number];
export const INDICATOR_SOURCES = ['manual', 'revenue_pad'] as const;
export type IndicatorSource = (typeof INDICATOR_SOURCES)[number];

export interface NodeInput {
  parentId: number | null;
  kind: NodeKind;
  opdId: number | null;
  cascading: Cascading | null;
  name: string;
}
export interface Node extends NodeInput {
  id: number;
}

export interface IndicatorFields {
  name: string;
  unit: string;
  polarity: Polarity;
  cumulative: boolean;
  iku: boolean;
  baseline: number | null;
  baselineYear: number | null;
  dataSource: string | null;
  evidenceRequired: string | null;
  source: IndicatorSource;
  /** A crosscutting indicator's owners and shares; empty: its node's OPD's alone. */
  owners: OwnerShare[];
}
export interface Indicator extends IndicatorFields {
  id: number;
  nodeId: number;
}

export interface YearTarget {
  year: number;
  target: number;
  targetUpper: number | null;
  quarters: number[] | null;
}

/** Runs a pure rule; what it refuses is a 422 with the rule's code. */
function rule(check: () => void): void {
  try {
    check();
  } catch (e) {
    if (e instanceof RuleViolation) throw e.problem(422);
    throw e;
  }
}

async function lockTree(tx: Sql, regionId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('performance-tree:' || $1))`, [regionId]);
}

/** Refuses an OPD outside the writer's scope (and a region-level goal to anyone not acting for the whole region). */
async function checkWrites(tx: Sql, regionId: string, scope: OpdScope, opdId: number | null): Promise<void> {
  if (opdId === null) {
    if (!scope.all) throw new Problem(403, 'FORBIDDEN_ROLE');
    return;
  }
  const opd = await findOpd(tx, regionId, opdId);
  if (!scopeIncludes(scope, opd.id))
    throw new Problem(403, 'OPD_FORBIDDEN', { opdId: opd.id, opdName: opd.name });
}

const NODE_COLUMNS = `id, parent_id AS "parentId", kind, opd_id AS "opdId", cascading, name`;

export async function getNode(db: Sql, regionId: string, nodeId: number): Promise<Node> {
  const [node] = await db.query<Node>(
    `SELECT ${NODE_COLUMNS} FROM performance_node WHERE region_id = $1 AND id = $2`,
    [regionId, nodeId],
  );
  if (!node) throw new Problem(404, 'TREE_NODE_NOT_FOUND', { nodeId });
  return node;
}

/** An RPJMD goal is the region's and a root; every other node an OPD's, under a parent, with its cascading type. */
function checkLevel(node: NodeInput): void {
  const goal = node.kind === 'tujuan_rpjmd';
  const fits = goal
    ? node.opdId === null && node.parentId === null && node.cascading === null
    : node.opdId !== null && node.parentId !== null && node.cascading !== null;
  if (!fits) throw new Problem(422, 'TREE_NODE_LEVEL_INVALID', { kind: node.kind });
}

const audit = (
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  e: {
    action:
      | 'performance_node.create'
      | 'performance_node.update'
      | 'performance_indicator.create'
      | 'performance_indicator.update'
      | 'performance_target.set';
    entity: string;
    entityId: number;
    before?: unknown;
    after: unknown;
  },
) =>
  appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip ?? null,
    action: e.action,
    entity: e.entity,
    entityId: String(e.entityId),
    before: (e.before ?? null) as Record<string, unknown> | null,
    after: e.after as Record<string, unknown>,
  });

export async function createNode(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  scope: OpdScope,
  input: NodeInput,
): Promise<Node> {
  return db.transaction(async (tx) => {
    await lockTree(tx, regionId);
    checkLevel(input);
    await checkWrites(tx, regionId, scope, input.opdId);
    if (input.parentId !== null) await getNode(tx, regionId, input.parentId);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO performance_node (region_id, parent_id, kind, opd_id, cascading, name, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7) RETURNING id`,
      [regionId, input.parentId, input.kind, input.opdId, input.cascading, input.name, at],
    );
    const node: Node = { id: (row as { id: number }).id, ...input };
    await audit(tx, at, actor, regionId, {
      action: 'performance_node.create',
      entity: 'performance_node',
      entityId: node.id,
      after: { ...input },
    });
    return node;
  });
}

/** Changes a node: its name, cascading type or parent (never itself nor one under it: TREE_CYCLE). */
export async function updateNode(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  scope: OpdScope,
  nodeId: number,
  change: Partial<Pick<NodeInput, 'parentId' | 'cascading' | 'name'>>,
): Promise<Node> {
  return db.transaction(async (tx) => {
    await lockTree(tx, regionId);
    const before = await getNode(tx, regionId, nodeId);
    await checkWrites(tx, regionId, scope, before.opdId);
    const after: Node = { ...before, ...change };
    checkLevel(after);
    if (after.parentId !== before.parentId && after.parentId !== null) {
      if (after.parentId !== nodeId) await getNode(tx, regionId, after.parentId);
      const rows = await tx.query<{ id: number; parentId: number | null }>(
        `SELECT id, parent_id AS "parentId" FROM performance_node WHERE region_id = $1`,
        [regionId],
      );
      rule(() => checkNoCycle(new Map(rows.map((r) => [r.id, r.parentId])), nodeId, after.parentId));
    }
    await tx.query(
      `UPDATE performance_node SET parent_id = $3, cascading = $4, name = $5, updated_at = $6
        WHERE region_id = $1 AND id = $2`,
      [regionId, nodeId, after.parentId, after.cascading, after.name, at],
    );
    const { id: _b, ...b } = before;
    const { id: _a, ...a } = after;
    await audit(tx, at, actor, regionId, {
      action: 'performance_node.update',
      entity: 'performance_node',
      entityId: nodeId,
      before: b,
      after: a,
    });
    return after;
  });
}

const INDICATOR_COLUMNS = `id, node_id AS "nodeId", name, unit, polarity, cumulative, iku,
  baseline::float8 AS baseline, baseline_year AS "baselineYear", data_source AS "dataSource",
  evidence_required AS "evidenceRequired", source`;

export async function getIndicator(db: Sql, regionId: string, indicatorId: number): Promise<Indicator> {
  const [row] = await db.query<Omit<Indicator, 'owners'>>(
    `SELECT ${INDICATOR_COLUMNS} FROM performance_indicator WHERE region_id = $1 AND id = $2`,
    [regionId, indicatorId],
  );
  if (!row) throw new Problem(404, 'INDICATOR_NOT_FOUND', { indicatorId });
  const owners = await db.query<OwnerShare>(
    `SELECT opd_id AS "opdId", share_percent::float8 AS "sharePercent" FROM performance_indicator_owner
      WHERE region_id = $1 AND indicator_id = $2 ORDER BY share_percent DESC, opd_id`,
    [regionId, indicatorId],
  );
  return { ...row, owners };
}

/** The OPD an indicator is written for: its node's and every crosscutting owner's. */
async function checkIndicatorWrites(
  tx: Sql,
  regionId: string,
  scope: OpdScope,
  node: Node,
  owners: readonly OwnerShare[],
): Promise<void> {
  await checkWrites(tx, regionId, scope, node.opdId);
  for (const owner of owners) await checkWrites(tx, regionId, scope, owner.opdId);
}

async function writeOwners(tx: Sql, regionId: string, indicatorId: number, owners: readonly OwnerShare[]) {
  await tx.query('DELETE FROM performance_indicator_owner WHERE region_id = $1 AND indicator_id = $2', [
    regionId,
    indicatorId,
  ]);
  for (const o of owners)
    await tx.query(
      `INSERT INTO performance_indicator_owner (region_id, indicator_id, opd_id, share_percent) VALUES ($1, $2, $3, $4)`,
      [regionId, indicatorId, o.opdId, o.sharePercent],
    );
}

/** Records an indicator of a node, with its targets (each checked against it) in the same transaction. */
export async function createIndicator(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  scope: OpdScope,
  nodeId: number,
  input: IndicatorFields,
  targets: readonly YearTarget[],
): Promise<Indicator> {
  return db.transaction(async (tx) => {
    await lockTree(tx, regionId);
    const node = await getNode(tx, regionId, nodeId);
    if (input.owners.length > 0) rule(() => checkCrosscuttingShares(input.owners));
    await checkIndicatorWrites(tx, regionId, scope, node, input.owners);
    checkBaseline(input);
    for (const t of targets) rule(() => checkTarget(input, t));
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO performance_indicator (region_id, node_id, name, unit, polarity, cumulative, iku, baseline,
         baseline_year, data_source, evidence_required, source, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13) RETURNING id`,
      [
        regionId,
        nodeId,
        input.name,
        input.unit,
        input.polarity,
        input.cumulative,
        input.iku,
        input.baseline,
        input.baselineYear,
        input.dataSource,
        input.evidenceRequired,
        input.source,
        at,
      ],
    );
    const indicator: Indicator = { id: (row as { id: number }).id, nodeId, ...input };
    await writeOwners(tx, regionId, indicator.id, input.owners);
    await audit(tx, at, actor, regionId, {
      action: 'performance_indicator.create',
      entity: 'performance_indicator',
      entityId: indicator.id,
      after: { nodeId, ...input },
    });
    for (const t of targets) await writeTarget(tx, at, actor, regionId, indicator.id, t, null);
    return indicator;
  });
}

/** A baseline and its year come together (the schema's check, said as a problem rather than a crash). */
function checkBaseline(input: Pick<IndicatorFields, 'baseline' | 'baselineYear'>): void {
  if ((input.baseline === null) !== (input.baselineYear === null))
    throw new Problem(422, 'INDICATOR_BASELINE_REQUIRED');
}

/** Changes an indicator; its targets already set must still pass against it (a polarity turned to range, say). */
export async function updateIndicator(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  scope: OpdScope,
  indicatorId: number,
  change: Partial<IndicatorFields>,
): Promise<Indicator> {
  return db.transaction(async (tx) => {
    await lockTree(tx, regionId);
    const before = await getIndicator(tx, regionId, indicatorId);
    const node = await getNode(tx, regionId, before.nodeId);
    const after: Indicator = { ...before, ...change };
    if (after.owners.length > 0) rule(() => checkCrosscuttingShares(after.owners));
    await checkIndicatorWrites(tx, regionId, scope, node, [...before.owners, ...after.owners]);
    checkBaseline(after);
    for (const t of await targetsOf(tx, regionId, indicatorId)) rule(() => checkTarget(after, t));
    await tx.query(
      `UPDATE performance_indicator SET name = $3, unit = $4, polarity = $5, cumulative = $6, iku = $7, baseline = $8,
         baseline_year = $9, data_source = $10, evidence_required = $11, source = $12, updated_at = $13
        WHERE region_id = $1 AND id = $2`,
      [
        regionId,
        indicatorId,
        after.name,
        after.unit,
        after.polarity,
        after.cumulative,
        after.iku,
        after.baseline,
        after.baselineYear,
        after.dataSource,
        after.evidenceRequired,
        after.source,
        at,
      ],
    );
    if (change.owners) await writeOwners(tx, regionId, indicatorId, after.owners);
    const { id: _b, ...b } = before;
    const { id: _a, ...a } = after;
    await audit(tx, at, actor, regionId, {
      action: 'performance_indicator.update',
      entity: 'performance_indicator',
      entityId: indicatorId,
      before: b,
      after: a,
    });
    return after;
  });
}

async function targetsOf(tx: Sql, regionId: string, indicatorId: number): Promise<YearTarget[]> {
  const rows = await tx.query<{
    year: number;
    target: number;
    targetUpper: number | null;
    tw1: number | null;
    tw2: number;
    tw3: number;
    tw4: number;
  }>(
    `SELECT year, target::float8 AS target, target_upper::float8 AS "targetUpper", tw1::float8 AS tw1,
            tw2::float8 AS tw2, tw3::float8 AS tw3, tw4::float8 AS tw4
       FROM performance_target WHERE region_id = $1 AND indicator_id = $2 ORDER BY year`,
    [regionId, indicatorId],
  );
  return rows.map((r) => ({
    year: r.year,
    target: r.target,
    targetUpper: r.targetUpper,
    quarters: r.tw1 === null ? null : [r.tw1, r.tw2, r.tw3, r.tw4],
  }));
}

async function writeTarget(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  indicatorId: number,
  t: YearTarget,
  before: YearTarget | null,
): Promise<void> {
  const [q1, q2, q3, q4] = t.quarters ?? [null, null, null, null];
  await tx.query(
    `INSERT INTO performance_target (region_id, indicator_id, year, target, target_upper, tw1, tw2, tw3, tw4, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
     ON CONFLICT (region_id, indicator_id, year) DO UPDATE SET target = EXCLUDED.target,
       target_upper = EXCLUDED.target_upper, tw1 = EXCLUDED.tw1, tw2 = EXCLUDED.tw2, tw3 = EXCLUDED.tw3,
       tw4 = EXCLUDED.tw4, updated_at = EXCLUDED.updated_at`,
    [regionId, indicatorId, t.year, t.target, t.targetUpper, q1, q2, q3, q4, at],
  );
  await audit(tx, at, actor, regionId, {
    action: 'performance_target.set',
    entity: 'performance_indicator',
    entityId: indicatorId,
    before: before ?? null,
    after: { ...t },
  });
}

/** Sets (or replaces) an indicator's target for a year, checked against the indicator. */
export async function setTarget(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  scope: OpdScope,
  indicatorId: number,
  target: YearTarget,
): Promise<YearTarget> {
  return db.transaction((tx) => setTargetIn(tx, at, actor, regionId, scope, indicatorId, target));
}

/**
 * setTarget inside the caller's transaction: a use case that writes targets as part of its own change (lelang
 * kinerja's agreement copies the agreed targets of the year) keeps them and its change in one.
 */
export async function setTargetIn(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  scope: OpdScope,
  indicatorId: number,
  target: YearTarget,
): Promise<YearTarget> {
  await lockTree(tx, regionId);
  const indicator = await getIndicator(tx, regionId, indicatorId);
  const node = await getNode(tx, regionId, indicator.nodeId);
  await checkIndicatorWrites(tx, regionId, scope, node, indicator.owners);
  rule(() => checkTarget(indicator, target));
  const before = (await targetsOf(tx, regionId, indicatorId)).find((t) => t.year === target.year) ?? null;
  await writeTarget(tx, at, actor, regionId, indicatorId, target, before);
  return target;
}
