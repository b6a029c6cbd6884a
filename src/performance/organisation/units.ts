import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { findOpd, type OpdRef } from '../opd-access';
import { lockOrganisation } from './organisation-lock';
import { checkPeriod } from './periods';
import { closesCycle } from './unit-tree';

/**
 * The kinds of unit inside an OPD (Permendagri 5/2017's nomenclature of perangkat daerah): a dinas's sekretariat and
 * bidang with their subbagian and seksi, a badan's subbidang, the Setda's bagian, the Inspektorat's inspektur pembantu,
 * a technical unit (UPT), a kecamatan's kelurahan.
 */
export const UNIT_KINDS = [
  'sekretariat',
  'bidang',
  'bagian',
  'subbagian',
  'subbidang',
  'seksi',
  'inspektur_pembantu',
  'upt',
  'kelurahan',
  'lainnya',
] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

/** A unit of an OPD, under its parent unit or directly under the OPD (`parentId` null). */
export interface Unit {
  id: number;
  opdId: number;
  parentId: number | null;
  kind: UnitKind;
  name: string;
  activeFrom: string;
  activeUntil: string | null;
}

export const UNIT_COLUMNS = `u.id, u.opd_id AS "opdId", u.parent_id AS "parentId", u.kind, u.name,
  u.active_from AS "activeFrom", u.active_until AS "activeUntil"`;

export async function getUnit(db: Sql, regionId: string, unitId: number): Promise<Unit> {
  const [unit] = await db.query<Unit>(
    `SELECT ${UNIT_COLUMNS} FROM opd_unit u WHERE u.region_id = $1 AND u.id = $2`,
    [regionId, unitId],
  );
  if (!unit) throw new Problem(404, 'UNIT_NOT_FOUND', { unitId });
  return unit;
}

/** Refuses a unit named by a request (a parent, a position's unit) that is not one of the OPD's. */
export async function checkUnitOfOpd(tx: Sql, regionId: string, opd: OpdRef, unitId: number): Promise<void> {
  const [unit] = await tx.query('SELECT 1 FROM opd_unit WHERE region_id = $1 AND opd_id = $2 AND id = $3', [
    regionId,
    opd.id,
    unitId,
  ]);
  if (!unit) throw new Problem(422, 'UNIT_NOT_IN_OPD', { unitId, opdName: opd.name });
}

export type UnitInput = Omit<Unit, 'id' | 'opdId'>;

const snapshot = (u: Omit<Unit, 'id'>) => ({
  opdId: u.opdId,
  parentId: u.parentId,
  kind: u.kind,
  name: u.name,
  activeFrom: u.activeFrom,
  activeUntil: u.activeUntil,
});

export async function createUnit(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  opdId: number,
  input: UnitInput,
): Promise<Unit> {
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, regionId);
    const opd = await findOpd(tx, regionId, opdId);
    checkPeriod({ from: input.activeFrom, until: input.activeUntil });
    if (input.parentId !== null) await checkUnitOfOpd(tx, regionId, opd, input.parentId);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO opd_unit (region_id, opd_id, parent_id, kind, name, active_from, active_until, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [regionId, opdId, input.parentId, input.kind, input.name, input.activeFrom, input.activeUntil, at],
    );
    const unit: Unit = { id: (row as { id: number }).id, opdId, ...input };
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'opd_unit.create',
      entity: 'opd_unit',
      entityId: String(unit.id),
      after: snapshot(unit),
    });
    return unit;
  });
}

/**
 * Changes a unit: its name, kind, period, or its place in the OPD's tree. A new parent is a unit of the same OPD and
 * not the unit itself nor one under it (UNIT_CYCLE): the tree stays a tree.
 */
export async function updateUnit(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  unitId: number,
  change: Partial<UnitInput>,
): Promise<Unit> {
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, regionId);
    const before = await getUnit(tx, regionId, unitId);
    const after: Unit = { ...before, ...change };
    checkPeriod({ from: after.activeFrom, until: after.activeUntil });
    if (after.parentId !== before.parentId && after.parentId !== null) {
      const opd = await findOpd(tx, regionId, before.opdId);
      if (after.parentId !== unitId) await checkUnitOfOpd(tx, regionId, opd, after.parentId);
      const rows = await tx.query<{ id: number; parentId: number | null }>(
        `SELECT id, parent_id AS "parentId" FROM opd_unit WHERE region_id = $1 AND opd_id = $2`,
        [regionId, before.opdId],
      );
      if (closesCycle(new Map(rows.map((r) => [r.id, r.parentId])), unitId, after.parentId))
        throw new Problem(422, 'UNIT_CYCLE', { unitId, parentId: after.parentId });
    }
    await tx.query(
      `UPDATE opd_unit SET parent_id = $3, kind = $4, name = $5, active_from = $6, active_until = $7, updated_at = $8
       WHERE region_id = $1 AND id = $2`,
      [regionId, unitId, after.parentId, after.kind, after.name, after.activeFrom, after.activeUntil, at],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'opd_unit.update',
      entity: 'opd_unit',
      entityId: String(unitId),
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
