import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { getEmployee } from './employees';
import { lockOrganisation } from './organisation-lock';
import { checkPeriod, clashingHolding, type HoldingKind } from './periods';
import { getPosition } from './positions';

/** Who held a position when: a holding, with the employee who held it. */
export interface Holder {
  id: number;
  positionId: number;
  employee: { id: number; name: string; nip: string | null };
  kind: HoldingKind;
  startsOn: string;
  endsOn: string | null;
  /** The decree (SK) that appointed them, as its number reads. */
  decree: string | null;
}

export const HOLDER_COLUMNS = `h.id, h.position_id AS "positionId",
  json_build_object('id', e.id, 'name', e.name, 'nip', e.nip) AS employee,
  h.kind, h.starts_on AS "startsOn", h.ends_on AS "endsOn", h.decree`;

/** Every holding of a position, the latest first. */
export async function holdersOf(db: Sql, regionId: string, positionId: number): Promise<Holder[]> {
  return db.query<Holder>(
    `SELECT ${HOLDER_COLUMNS}
       FROM position_holder h JOIN employee e ON e.region_id = $1 AND e.id = h.employee_id
      WHERE h.region_id = $1 AND h.position_id = $2
      ORDER BY h.starts_on DESC, h.id DESC`,
    [regionId, positionId],
  );
}

async function getHolder(db: Sql, regionId: string, holderId: number): Promise<Holder> {
  const [holder] = await db.query<Holder>(
    `SELECT ${HOLDER_COLUMNS}
       FROM position_holder h JOIN employee e ON e.region_id = $1 AND e.id = h.employee_id
      WHERE h.region_id = $1 AND h.id = $2`,
    [regionId, holderId],
  );
  if (!holder) throw new Problem(404, 'HOLDER_NOT_FOUND', { holderId });
  return holder;
}

/** What a planner records of a holding. */
export interface HolderInput {
  employeeId: number;
  kind: HoldingKind;
  startsOn: string;
  endsOn: string | null;
  decree: string | null;
}

const snapshot = (positionId: number, h: HolderInput) => ({ positionId, ...h });

/**
 * Refuses a holding the position cannot take: a period ending before it starts, an employee the region does not have,
 * a holding that overlaps another one it cannot stand beside (periods.ts: one holder at a time, a Plh beside an absent
 * holder). The caller holds the region's organisation lock, so two holdings recorded at once are checked one after
 * the other.
 */
async function checkHolding(
  tx: Sql,
  regionId: string,
  positionId: number,
  h: HolderInput,
  self: number | null,
): Promise<void> {
  const position = await getPosition(tx, regionId, positionId);
  checkPeriod({ from: h.startsOn, until: h.endsOn });
  await getEmployee(tx, regionId, h.employeeId, 422);
  const others = (await holdersOf(tx, regionId, positionId)).filter((o) => o.id !== self);
  const clash = clashingHolding(
    others.map((o) => ({ ...o, period: { from: o.startsOn, until: o.endsOn } })),
    { kind: h.kind, period: { from: h.startsOn, until: h.endsOn } },
  );
  if (clash)
    throw new Problem(409, 'HOLDER_OVERLAP', {
      positionName: position.name,
      holderName: clash.employee.name,
      kind: clash.kind,
      startsOn: clash.startsOn,
    });
}

export async function addHolder(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  positionId: number,
  input: HolderInput,
): Promise<Holder> {
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, regionId);
    await checkHolding(tx, regionId, positionId, input, null);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO position_holder
         (region_id, position_id, employee_id, kind, starts_on, ends_on, decree, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [regionId, positionId, input.employeeId, input.kind, input.startsOn, input.endsOn, input.decree, at],
    );
    const id = (row as { id: number }).id;
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'position_holder.create',
      entity: 'position_holder',
      entityId: String(id),
      after: snapshot(positionId, input),
    });
    return getHolder(tx, regionId, id);
  });
}

/** Changes a holding: most often its last day, when the holder leaves; or a correction. Audited with before and after. */
export async function updateHolder(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  holderId: number,
  change: Partial<HolderInput>,
): Promise<Holder> {
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, regionId);
    const found = await getHolder(tx, regionId, holderId);
    const before: HolderInput = {
      employeeId: found.employee.id,
      kind: found.kind,
      startsOn: found.startsOn,
      endsOn: found.endsOn,
      decree: found.decree,
    };
    const after: HolderInput = { ...before, ...change };
    await checkHolding(tx, regionId, found.positionId, after, holderId);
    await tx.query(
      `UPDATE position_holder SET employee_id = $3, kind = $4, starts_on = $5, ends_on = $6, decree = $7,
         updated_at = $8
       WHERE region_id = $1 AND id = $2`,
      [regionId, holderId, after.employeeId, after.kind, after.startsOn, after.endsOn, after.decree, at],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'position_holder.update',
      entity: 'position_holder',
      entityId: String(holderId),
      before: snapshot(found.positionId, before),
      after: snapshot(found.positionId, after),
    });
    return getHolder(tx, regionId, holderId);
  });
}
