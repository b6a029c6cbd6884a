import type { z } from 'zod';
import type { Sql } from '../../db/database';
import type { OpdRef } from '../opd-access';
import type { opdIndicatorsSchema, treeIndicatorSchema, treeNodeSchema, treeSchema } from './tree-schemas';

type TreeIndicator = z.infer<typeof treeIndicatorSchema>;
type TreeNode = z.infer<typeof treeNodeSchema>;

/*
 * Reading the tree: the region's whole tree with every indicator and its target of one year, in three set queries
 * (nodes, indicators with the year's target, crosscutting owners) assembled here, whatever the tree's size: no query
 * per node or per indicator (issue 16: under 100 ms for 60 OPD and 2,000 indicators; bench/performance.ts). Each
 * query answers its rows as one JSON array: the database runs them in 2 ms, and parsing 2,000 rows of 18 columns value
 * by value in the driver cost ten times that; one JSON.parse of the array does not.
 */

/** The rows of `select` as one JSON array, in `orderBy`'s order (columns of `r`, the select's row). */
async function jsonRows<T>(db: Sql, select: string, orderBy: string, params: unknown[]): Promise<T[]> {
  const [row] = await db.query<{ rows: T[] }>(
    `SELECT coalesce(json_agg(r ORDER BY ${orderBy}), '[]'::json) AS rows FROM (${select}) r`,
    params,
  );
  return row?.rows ?? [];
}

interface IndicatorRow {
  id: number;
  nodeId: number;
  name: string;
  unit: string;
  polarity: 'higher' | 'lower' | 'range';
  cumulative: boolean;
  iku: boolean;
  baseline: number | null;
  baselineYear: number | null;
  dataSource: string | null;
  evidenceRequired: string | null;
  source: 'manual' | 'revenue_pad';
  target: TreeIndicator['target'];
}

/** Every indicator column and the target of the year `$2`, with `extra` columns of the caller's joins. */
const indicatorsWithTarget = (
  extra = '',
) => `SELECT ${extra} i.id, i.node_id AS "nodeId", i.name, i.unit, i.polarity, i.cumulative, i.iku,
    i.baseline::float8 AS baseline, i.baseline_year AS "baselineYear", i.data_source AS "dataSource",
    i.evidence_required AS "evidenceRequired", i.source,
    CASE WHEN t.target IS NOT NULL THEN json_build_object('target', t.target::float8, 'targetUpper', t.target_upper::float8,
      'quarters', CASE WHEN t.tw1 IS NOT NULL THEN json_build_array(t.tw1::float8, t.tw2::float8, t.tw3::float8, t.tw4::float8) END) END AS target
  FROM performance_indicator i
  LEFT JOIN performance_target t ON t.region_id = i.region_id AND t.indicator_id = i.id AND t.year = $2`;

const OWNERS = `SELECT w.indicator_id AS "indicatorId", w.opd_id AS "opdId", w.share_percent::float8 AS "sharePercent",
    o.short_name AS "shortName", o.name
  FROM performance_indicator_owner w JOIN perangkat_daerah o ON o.region_id = w.region_id AND o.id = w.opd_id`;

const OWNER_ORDER = 'r."sharePercent" DESC, r."opdId"';

interface OwnerRow {
  indicatorId: number;
  opdId: number;
  sharePercent: number;
  shortName: string;
  name: string;
}

function indicatorOf(r: IndicatorRow, owners: Map<number, OwnerRow[]>): TreeIndicator {
  return { ...r, owners: (owners.get(r.id) ?? []).map(({ indicatorId: _, ...o }) => o) };
}

function groupOwners(rows: readonly OwnerRow[]): Map<number, OwnerRow[]> {
  const byIndicator = new Map<number, OwnerRow[]>();
  for (const r of rows) {
    const list = byIndicator.get(r.indicatorId);
    if (list) list.push(r);
    else byIndicator.set(r.indicatorId, [r]);
  }
  return byIndicator;
}

/** The region's whole performance tree with its indicators and their targets of `year`. */
export async function performanceTree(
  db: Sql,
  regionId: string,
  year: number,
): Promise<z.infer<typeof treeSchema>> {
  const nodes = await jsonRows<{
    id: number;
    parentId: number | null;
    kind: TreeNode['kind'];
    cascading: TreeNode['cascading'];
    name: string;
    opdId: number | null;
    opdName: string | null;
    opdShortName: string | null;
  }>(
    db,
    `SELECT n.id, n.parent_id AS "parentId", n.kind, n.cascading, n.name, n.opd_id AS "opdId", o.name AS "opdName",
            o.short_name AS "opdShortName"
       FROM performance_node n LEFT JOIN perangkat_daerah o ON o.region_id = n.region_id AND o.id = n.opd_id
      WHERE n.region_id = $1`,
    'r.id',
    [regionId],
  );
  const indicators = await db.query<IndicatorRow>(
    `${indicatorsWithTarget()} WHERE i.region_id = $1 ORDER BY i.id`,
    [regionId, year],
  );
  const owners = groupOwners(
    await db.query<OwnerRow>(`${OWNERS} WHERE w.region_id = $1 ORDER BY w.share_percent DESC, w.opd_id`, [
      regionId,
    ]),
  );

  const byId = new Map<number, TreeNode>();
  for (const n of nodes)
    byId.set(n.id, {
      id: n.id,
      parentId: n.parentId,
      kind: n.kind,
      cascading: n.cascading,
      name: n.name,
      opd:
        n.opdId === null
          ? null
          : { id: n.opdId, name: n.opdName as string, shortName: n.opdShortName as string },
      indicators: [],
      children: [],
    });
  for (const r of indicators) byId.get(r.nodeId)?.indicators.push(indicatorOf(r, owners));
  const roots: TreeNode[] = [];
  for (const n of nodes) {
    const node = byId.get(n.id) as TreeNode;
    const parent = n.parentId === null ? undefined : byId.get(n.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return { year, nodes: nodes.length, indicators: indicators.length, roots };
}

/**
 * An OPD's indicators of a year: those of its own nodes and the crosscutting ones it has a share of, each with its
 * node and the OPD's share.
 */
export async function opdIndicators(
  db: Sql,
  regionId: string,
  opd: OpdRef,
  year: number,
): Promise<z.infer<typeof opdIndicatorsSchema>> {
  const rows = await jsonRows<
    IndicatorRow & { nodeKind: TreeNode['kind']; nodeName: string; ownShare: number | null }
  >(
    db,
    `${indicatorsWithTarget(`n.kind AS "nodeKind", n.name AS "nodeName", w.share_percent::float8 AS "ownShare",`)}
       JOIN performance_node n ON n.region_id = i.region_id AND n.id = i.node_id
       LEFT JOIN performance_indicator_owner w ON w.region_id = i.region_id AND w.indicator_id = i.id AND w.opd_id = $3
      WHERE i.region_id = $1 AND (w.opd_id IS NOT NULL OR (n.opd_id = $3 AND NOT EXISTS (
              SELECT 1 FROM performance_indicator_owner x WHERE x.region_id = i.region_id AND x.indicator_id = i.id)))`,
    'r."nodeId", r.id',
    [regionId, year, opd.id],
  );
  const ids = rows.map((r) => r.id);
  const owners = groupOwners(
    ids.length === 0
      ? []
      : await jsonRows<OwnerRow>(
          db,
          `${OWNERS} WHERE w.region_id = $1 AND w.indicator_id = ANY($2::bigint[])`,
          OWNER_ORDER,
          [regionId, ids],
        ),
  );
  return {
    year,
    opd,
    indicators: rows.map(({ nodeKind, nodeName, ownShare, ...r }) => ({
      ...indicatorOf(r, owners),
      node: { id: r.nodeId, kind: nodeKind, name: nodeName },
      sharePercent: ownShare ?? 100,
    })),
  };
}
