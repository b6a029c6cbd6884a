import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { findOpd, type OpdRef } from '../opd-access';
import { lockOrganisation } from './organisation-lock';
import { checkPeriod } from './periods';
import { checkUnitOfOpd } from './units';

/**
 * The eselon of a structural position, on the scale of PP 100/2000 as amended by PP 13/2002, as a kabupaten/kota uses
 * it (PP 18/2016): II.a the Sekretaris Daerah, II.b a kepala dinas or badan, III.a/III.b a sekretaris, kepala bidang
 * or camat, IV.a/IV.b a kepala seksi, subbagian or lurah. A functional position (jabatan fungsional, which since the
 * 2021 simplification of the bureaucracy took over many eselon III and IV posts) has none.
 */
export const ESELONS = ['II.a', 'II.b', 'III.a', 'III.b', 'IV.a', 'IV.b'] as const;
export type Eselon = (typeof ESELONS)[number];

/** A position (jabatan) of an OPD: in one of its units, or directly under it (`unitId` null). */
export interface Position {
  id: number;
  opdId: number;
  unitId: number | null;
  name: string;
  eselon: Eselon | null;
  /** It leads its unit, or the OPD when it sits directly under it (the kepala dinas, the camat). */
  heads: boolean;
  activeFrom: string;
  activeUntil: string | null;
}

export const POSITION_COLUMNS = `p.id, p.opd_id AS "opdId", p.unit_id AS "unitId", p.name, p.eselon, p.heads,
  p.active_from AS "activeFrom", p.active_until AS "activeUntil"`;

export async function getPosition(db: Sql, regionId: string, positionId: number): Promise<Position> {
  const [position] = await db.query<Position>(
    `SELECT ${POSITION_COLUMNS} FROM opd_position p WHERE p.region_id = $1 AND p.id = $2`,
    [regionId, positionId],
  );
  if (!position) throw new Problem(404, 'POSITION_NOT_FOUND', { positionId });
  return position;
}

export type PositionInput = Omit<Position, 'id' | 'opdId'>;

const snapshot = (p: Omit<Position, 'id'>) => ({
  opdId: p.opdId,
  unitId: p.unitId,
  name: p.name,
  eselon: p.eselon,
  heads: p.heads,
  activeFrom: p.activeFrom,
  activeUntil: p.activeUntil,
});

/**
 * Refuses a position its OPD cannot have: a period ending before it starts, a unit of another OPD, or, while it is in
 * force, a second position heading the same unit (or the OPD).
 */
async function checkPosition(
  tx: Sql,
  regionId: string,
  opd: OpdRef,
  p: Omit<Position, 'id'>,
  self: number | null,
): Promise<void> {
  checkPeriod({ from: p.activeFrom, until: p.activeUntil });
  if (p.unitId !== null) await checkUnitOfOpd(tx, regionId, opd, p.unitId);
  if (!p.heads || p.activeUntil !== null) return;
  const [head] = await tx.query<{ name: string; unitName: string | null }>(
    `SELECT p.name, u.name AS "unitName"
       FROM opd_position p LEFT JOIN opd_unit u ON u.region_id = $1 AND u.id = p.unit_id
      WHERE p.region_id = $1 AND p.opd_id = $2 AND p.unit_id IS NOT DISTINCT FROM $3 AND p.heads
        AND p.active_until IS NULL AND p.id IS DISTINCT FROM $4`,
    [regionId, opd.id, p.unitId, self],
  );
  if (head)
    throw new Problem(409, 'POSITION_HEAD_TAKEN', { name: head.name, unitName: head.unitName ?? opd.name });
}

export async function createPosition(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  opdId: number,
  input: PositionInput,
): Promise<Position> {
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, regionId);
    const opd = await findOpd(tx, regionId, opdId);
    await checkPosition(tx, regionId, opd, { opdId, ...input }, null);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO opd_position
         (region_id, opd_id, unit_id, name, eselon, heads, active_from, active_until, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9) RETURNING id`,
      [
        regionId,
        opdId,
        input.unitId,
        input.name,
        input.eselon,
        input.heads,
        input.activeFrom,
        input.activeUntil,
        at,
      ],
    );
    const position: Position = { id: (row as { id: number }).id, opdId, ...input };
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'opd_position.create',
      entity: 'opd_position',
      entityId: String(position.id),
      after: snapshot(position),
    });
    return position;
  });
}

/** Changes a position (its name, eselon, unit, whether it heads it, its period), audited with before and after. */
export async function updatePosition(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  positionId: number,
  change: Partial<PositionInput>,
): Promise<Position> {
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, regionId);
    const before = await getPosition(tx, regionId, positionId);
    const after: Position = { ...before, ...change };
    await checkPosition(tx, regionId, await findOpd(tx, regionId, before.opdId), after, positionId);
    await tx.query(
      `UPDATE opd_position SET unit_id = $3, name = $4, eselon = $5, heads = $6, active_from = $7, active_until = $8,
         updated_at = $9
       WHERE region_id = $1 AND id = $2`,
      [
        regionId,
        positionId,
        after.unitId,
        after.name,
        after.eselon,
        after.heads,
        after.activeFrom,
        after.activeUntil,
        at,
      ],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'opd_position.update',
      entity: 'opd_position',
      entityId: String(positionId),
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
