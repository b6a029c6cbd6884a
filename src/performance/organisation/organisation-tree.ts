import type { Sql } from '../../db/database';
import type { OpdScope } from '../opd-access';
import { OPD_COLUMNS, OPD_KINDS, type Opd } from './perangkat-daerah';
import type { HoldingKind } from './periods';
import { POSITION_COLUMNS, type Position } from './positions';
import { nestUnits, type UnitNode } from './unit-tree';
import { UNIT_COLUMNS, UNIT_KINDS, type Unit } from './units';

/** Who holds a position on the day read. */
export interface HolderOnDay {
  holderId: number;
  employeeId: number;
  name: string;
  nip: string | null;
  kind: HoldingKind;
  startsOn: string;
  endsOn: string | null;
}

/** A position with whoever holds it that day: none when vacant, two while a Plh stands in for the holder. */
export type PositionNode = Position & { holders: HolderOnDay[] };
/** A unit with its positions and the units under it. */
export type UnitTreeNode = UnitNode<Unit, { positions: PositionNode[] }>;
/** An OPD with the positions directly under it (its head) and its units as a tree. */
export type OpdNode = Opd & { positions: PositionNode[]; units: UnitTreeNode[] };

/**
 * The region's organisation as it stood on a day, as a tree: each OPD in force, its units in force nested under their
 * parents, each position in force with who held it that day. `scope` limits it to the OPD the reader may see. Four
 * statements, each for the region and the day, however large the organisation.
 */
export async function organisationOn(
  db: Sql,
  regionId: string,
  day: string,
  scope: OpdScope,
): Promise<OpdNode[]> {
  const opdIds = scope.all ? null : scope.opdIds;
  const inForce = (t: string) =>
    `${t}.active_from <= $2::date AND (${t}.active_until IS NULL OR ${t}.active_until >= $2::date)`;
  const inScope = (column: string) => `($3::bigint[] IS NULL OR ${column} = ANY($3::bigint[]))`;
  const params = [regionId, day, opdIds];
  const [opds, units, positions, holders] = [
    await db.query<Opd>(
      `SELECT ${OPD_COLUMNS} FROM perangkat_daerah o
        WHERE o.region_id = $1 AND ${inForce('o')} AND ${inScope('o.id')}
        ORDER BY array_position($4::text[], o.kind), o.name, o.id`,
      [...params, OPD_KINDS],
    ),
    await db.query<Unit>(
      `SELECT ${UNIT_COLUMNS} FROM opd_unit u
        WHERE u.region_id = $1 AND ${inForce('u')} AND ${inScope('u.opd_id')}
        ORDER BY u.opd_id, array_position($4::text[], u.kind), u.name, u.id`,
      [...params, UNIT_KINDS],
    ),
    await db.query<Position>(
      `SELECT ${POSITION_COLUMNS} FROM opd_position p
        WHERE p.region_id = $1 AND ${inForce('p')} AND ${inScope('p.opd_id')}
        ORDER BY p.opd_id, p.heads DESC, p.eselon NULLS LAST, p.name, p.id`,
      params,
    ),
    await db.query<HolderOnDay & { positionId: number }>(
      `SELECT h.position_id AS "positionId", h.id AS "holderId", e.id AS "employeeId", e.name, e.nip, h.kind,
              h.starts_on AS "startsOn", h.ends_on AS "endsOn"
         FROM position_holder h
         JOIN employee e ON e.region_id = $1 AND e.id = h.employee_id
         JOIN opd_position p ON p.region_id = $1 AND p.id = h.position_id
        WHERE h.region_id = $1 AND h.starts_on <= $2::date AND (h.ends_on IS NULL OR h.ends_on >= $2::date)
          AND ${inScope('p.opd_id')}
        ORDER BY h.position_id, (h.kind = 'plh'), h.starts_on`,
      params,
    ),
  ];
  const holdersOf = new Map<number, HolderOnDay[]>();
  for (const { positionId, ...holder } of holders)
    holdersOf.set(positionId, [...(holdersOf.get(positionId) ?? []), holder]);
  const positionsOf = new Map<string, PositionNode[]>();
  for (const p of positions) {
    const key = `${p.opdId}:${p.unitId ?? ''}`;
    positionsOf.set(key, [...(positionsOf.get(key) ?? []), { ...p, holders: holdersOf.get(p.id) ?? [] }]);
  }
  return opds.map((opd) => ({
    ...opd,
    positions: positionsOf.get(`${opd.id}:`) ?? [],
    units: nestUnits(
      units.filter((u) => u.opdId === opd.id),
      (u) => ({ positions: positionsOf.get(`${opd.id}:${u.id}`) ?? [] }),
    ),
  }));
}
