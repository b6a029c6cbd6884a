import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { lockOrganisation } from './organisation-lock';
import type { HoldingKind } from './periods';

/**
 * An employee of the region (pegawai ASN) who holds positions: the person a head's record follows from one chair to
 * the next. Identified by the NIP when known; linked to the account they sign in with, when they have one (the head of
 * an OPD who bids and signs).
 */
export interface Employee {
  id: number;
  name: string;
  nip: string | null;
  /** Their account, among the region's users. */
  user: { id: number; name: string; email: string } | null;
}

const EMPLOYEE_COLUMNS = `e.id, e.name, e.nip,
  CASE WHEN u.id IS NULL THEN NULL ELSE json_build_object('id', u.id, 'name', u.name, 'email', u.email) END AS "user"`;
const EMPLOYEE_FROM = 'employee e LEFT JOIN app_user u ON u.id = e.user_id';

/** The region's employees by name; `q` finds them by part of their name or NIP. */
export async function listEmployees(db: Sql, regionId: string, q?: string): Promise<Employee[]> {
  return db.query<Employee>(
    `SELECT ${EMPLOYEE_COLUMNS} FROM ${EMPLOYEE_FROM}
      WHERE e.region_id = $1 AND ($2::text IS NULL OR e.name ILIKE '%' || $2 || '%' OR e.nip LIKE $2 || '%')
      ORDER BY e.name, e.id LIMIT 500`,
    [regionId, q ?? null],
  );
}

export async function getEmployee(
  db: Sql,
  regionId: string,
  employeeId: number,
  status = 404,
): Promise<Employee> {
  const [employee] = await db.query<Employee>(
    `SELECT ${EMPLOYEE_COLUMNS} FROM ${EMPLOYEE_FROM} WHERE e.region_id = $1 AND e.id = $2`,
    [regionId, employeeId],
  );
  if (!employee) throw new Problem(status, 'EMPLOYEE_NOT_FOUND', { employeeId });
  return employee;
}

/** One of the positions an employee held or holds, where and when. */
export interface EmployeeHolding {
  holderId: number;
  positionId: number;
  positionName: string;
  eselon: string | null;
  opdId: number;
  opdName: string;
  kind: HoldingKind;
  startsOn: string;
  endsOn: string | null;
}

/** Every position an employee held, the latest first: their record, whichever chair they sat in. */
export async function holdingsOf(db: Sql, regionId: string, employeeId: number): Promise<EmployeeHolding[]> {
  return db.query<EmployeeHolding>(
    `SELECT h.id AS "holderId", p.id AS "positionId", p.name AS "positionName", p.eselon, o.id AS "opdId",
            o.name AS "opdName", h.kind, h.starts_on AS "startsOn", h.ends_on AS "endsOn"
       FROM position_holder h
       JOIN opd_position p ON p.region_id = $1 AND p.id = h.position_id
       JOIN perangkat_daerah o ON o.region_id = $1 AND o.id = p.opd_id
      WHERE h.region_id = $1 AND h.employee_id = $2
      ORDER BY h.starts_on DESC, h.id DESC`,
    [regionId, employeeId],
  );
}

/** What a planner records of an employee. */
export interface EmployeeInput {
  name: string;
  nip: string | null;
  userId: number | null;
}

/** Refuses an account that holds no role in the region: the region's people only. */
export async function checkPersonOfRegion(tx: Sql, regionId: string, userId: number): Promise<void> {
  const [grant] = await tx.query('SELECT 1 FROM role_grant WHERE region_id = $1 AND user_id = $2 LIMIT 1', [
    regionId,
    userId,
  ]);
  if (!grant) throw new Problem(422, 'PERSON_NOT_IN_REGION', { userId });
}

/** Refuses a NIP or an account another employee of the region already has. */
async function checkEmployee(
  tx: Sql,
  regionId: string,
  e: EmployeeInput,
  self: number | null,
): Promise<void> {
  if (e.userId !== null) await checkPersonOfRegion(tx, regionId, e.userId);
  const [taken] = await tx.query<{ nip: string | null; userId: number | null }>(
    `SELECT nip, user_id AS "userId" FROM employee
      WHERE region_id = $1 AND id IS DISTINCT FROM $2 AND (nip = $3 OR user_id = $4) LIMIT 1`,
    [regionId, self, e.nip, e.userId],
  );
  if (taken && e.nip !== null && taken.nip === e.nip)
    throw new Problem(409, 'EMPLOYEE_NIP_TAKEN', { nip: e.nip });
  if (taken) throw new Problem(409, 'EMPLOYEE_ACCOUNT_TAKEN', { userId: e.userId ?? '' });
}

export async function createEmployee(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  input: EmployeeInput,
): Promise<Employee> {
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, regionId);
    await checkEmployee(tx, regionId, input, null);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO employee (region_id, name, nip, user_id, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $5) RETURNING id`,
      [regionId, input.name, input.nip, input.userId, at],
    );
    const id = (row as { id: number }).id;
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'employee.create',
      entity: 'employee',
      entityId: String(id),
      after: { ...input },
    });
    return getEmployee(tx, regionId, id);
  });
}

export async function updateEmployee(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  employeeId: number,
  change: Partial<EmployeeInput>,
): Promise<Employee> {
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, regionId);
    const found = await getEmployee(tx, regionId, employeeId);
    const before: EmployeeInput = { name: found.name, nip: found.nip, userId: found.user?.id ?? null };
    const after: EmployeeInput = { ...before, ...change };
    await checkEmployee(tx, regionId, after, employeeId);
    await tx.query(
      'UPDATE employee SET name = $3, nip = $4, user_id = $5, updated_at = $6 WHERE region_id = $1 AND id = $2',
      [regionId, employeeId, after.name, after.nip, after.userId, at],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'employee.update',
      entity: 'employee',
      entityId: String(employeeId),
      before,
      after,
    });
    return getEmployee(tx, regionId, employeeId);
  });
}
