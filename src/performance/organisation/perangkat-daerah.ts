import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { lockOrganisation } from './organisation-lock';
import { checkPeriod } from './periods';

/**
 * The kinds of perangkat daerah of a kabupaten/kota (PP 18/2016 Pasal 5): the Sekretariat Daerah, the Sekretariat
 * DPRD, the Inspektorat, the dinas, the badan and the kecamatan; `lainnya` for what a region's SOTK adds (a Satpol PP
 * counted apart, an RSUD).
 */
export const OPD_KINDS = [
  'sekretariat_daerah',
  'sekretariat_dprd',
  'inspektorat',
  'dinas',
  'badan',
  'kecamatan',
  'lainnya',
] as const;
export type OpdKind = (typeof OPD_KINDS)[number];

/** A perangkat daerah (OPD) of the region, in force from `activeFrom` to `activeUntil` (inclusive; null: open). */
export interface Opd {
  id: number;
  kind: OpdKind;
  name: string;
  shortName: string;
  /** A kecamatan's district in the Kemendagri catalogue; null for the other kinds. */
  districtCode: string | null;
  activeFrom: string;
  activeUntil: string | null;
}

export const OPD_COLUMNS = `o.id, o.kind, o.name, o.short_name AS "shortName", o.district_code AS "districtCode",
  o.active_from AS "activeFrom", o.active_until AS "activeUntil"`;

/** The region's OPD, those of `opdIds` only when given: the secretariat and inspectorate first, kecamatan last. */
export async function listOpds(db: Sql, regionId: string, opdIds?: readonly number[]): Promise<Opd[]> {
  return db.query<Opd>(
    `SELECT ${OPD_COLUMNS} FROM perangkat_daerah o
      WHERE o.region_id = $1 AND ($2::bigint[] IS NULL OR o.id = ANY($2::bigint[]))
      ORDER BY array_position($3::text[], o.kind), o.name, o.id`,
    [regionId, opdIds ?? null, OPD_KINDS],
  );
}

export async function getOpd(db: Sql, regionId: string, opdId: number): Promise<Opd> {
  const [opd] = await db.query<Opd>(
    `SELECT ${OPD_COLUMNS} FROM perangkat_daerah o WHERE o.region_id = $1 AND o.id = $2`,
    [regionId, opdId],
  );
  if (!opd) throw new Problem(404, 'OPD_NOT_FOUND', { opdId });
  return opd;
}

/** What a planner records of an OPD. */
export type OpdInput = Omit<Opd, 'id'>;

/** The OPD as its audit entries show it. */
const snapshot = (o: OpdInput) => ({
  kind: o.kind,
  name: o.name,
  shortName: o.shortName,
  districtCode: o.districtCode,
  activeFrom: o.activeFrom,
  activeUntil: o.activeUntil,
});

/**
 * Refuses an OPD the region cannot have: a period ending before it starts; a kecamatan that does not name one of the
 * region's districts (or another kind that names one); while it is in force, a name, short name or district another
 * OPD in force already has.
 */
async function checkOpd(tx: Sql, regionId: string, o: OpdInput, self: number | null): Promise<void> {
  checkPeriod({ from: o.activeFrom, until: o.activeUntil });
  if ((o.kind === 'kecamatan') !== (o.districtCode !== null)) throw new Problem(422, 'OPD_DISTRICT_REQUIRED');
  if (o.districtCode !== null) {
    const [district] = await tx.query(
      'SELECT 1 FROM region_district WHERE region_id = $1 AND district_code = $2',
      [regionId, o.districtCode],
    );
    if (!district) throw new Problem(422, 'OPD_DISTRICT_UNKNOWN', { districtCode: o.districtCode });
  }
  if (o.activeUntil !== null) return;
  const [taken] = await tx.query<{ name: string }>(
    `SELECT name FROM perangkat_daerah
      WHERE region_id = $1 AND active_until IS NULL AND id IS DISTINCT FROM $2
        AND (lower(name) IN (lower($3), lower($4)) OR lower(short_name) IN (lower($3), lower($4))
             OR district_code = $5)
      LIMIT 1`,
    [regionId, self, o.name, o.shortName, o.districtCode],
  );
  if (taken) throw new Problem(409, 'OPD_NAME_TAKEN', { name: taken.name });
}

export async function createOpd(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  input: OpdInput,
): Promise<Opd> {
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, regionId);
    await checkOpd(tx, regionId, input, null);
    const [row] = await tx.query<{ id: number }>(
      `INSERT INTO perangkat_daerah
         (region_id, kind, name, short_name, district_code, active_from, active_until, created_at, updated_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8) RETURNING id`,
      [
        regionId,
        input.kind,
        input.name,
        input.shortName,
        input.districtCode,
        input.activeFrom,
        input.activeUntil,
        at,
      ],
    );
    const id = (row as { id: number }).id;
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'perangkat_daerah.create',
      entity: 'perangkat_daerah',
      entityId: String(id),
      after: snapshot(input),
    });
    return { id, ...input };
  });
}

/** Changes an OPD (a new name after a reorganisation, its dissolution by a last day), audited with before and after. */
export async function updateOpd(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  opdId: number,
  change: Partial<OpdInput>,
): Promise<Opd> {
  return db.transaction(async (tx) => {
    await lockOrganisation(tx, regionId);
    const before = await getOpd(tx, regionId, opdId);
    const after: Opd = { ...before, ...change };
    await checkOpd(tx, regionId, after, opdId);
    await tx.query(
      `UPDATE perangkat_daerah SET kind = $3, name = $4, short_name = $5, district_code = $6, active_from = $7,
         active_until = $8, updated_at = $9
       WHERE region_id = $1 AND id = $2`,
      [
        regionId,
        opdId,
        after.kind,
        after.name,
        after.shortName,
        after.districtCode,
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
      action: 'perangkat_daerah.update',
      entity: 'perangkat_daerah',
      entityId: String(opdId),
      before: snapshot(before),
      after: snapshot(after),
    });
    return after;
  });
}
