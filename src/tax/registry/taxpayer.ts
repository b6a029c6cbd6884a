import { type Sql, sqlState } from '../../db/database';
import { Problem } from '../../platform/problem';

/** A Wajib Pajak: a person (NIK) or an entity (NPWP), pending until an officer verifies it and issues an NPWPD. */
export interface Taxpayer {
  id: number;
  npwpd: string | null;
  kind: 'person' | 'entity';
  nik: string | null;
  npwp: string | null;
  name: string;
  address: string;
  villageCode: string;
  phone: string | null;
  email: string | null;
  status: 'pending' | 'verified' | 'rejected';
  rejectionReason: string | null;
  userId: number | null;
  legacyRef: string | null;
  registeredAt: Date;
  decidedAt: Date | null;
  decidedBy: number | null;
}

export const TAXPAYER_COLUMNS = `t.id, t.npwpd, t.kind, t.nik, t.npwp, t.name, t.address, t.village_code AS "villageCode",
  t.phone, t.email, t.status, t.rejection_reason AS "rejectionReason", t.user_id AS "userId",
  t.legacy_ref AS "legacyRef", t.registered_at AS "registeredAt", t.decided_at AS "decidedAt",
  t.decided_by AS "decidedBy"`;

/**
 * Who is looking. Bapenda staff and auditors see every taxpayer of the region; a taxpayer sees only the records
 * linked to their own account, and anyone else's is "not found" (404), never "forbidden", so ids leak nothing.
 */
export type Viewer = { kind: 'staff' } | { kind: 'taxpayer'; userId: number };

/** `$n` placeholder value for SQL that limits rows to what the viewer may see: null means all. */
export function ownerFilter(viewer: Viewer): number | null {
  return viewer.kind === 'taxpayer' ? viewer.userId : null;
}

export async function loadTaxpayer(
  tx: Sql,
  regionId: string,
  taxpayerId: number,
  viewer: Viewer,
  lock = false,
): Promise<Taxpayer> {
  const [row] = await tx.query<Taxpayer>(
    `SELECT ${TAXPAYER_COLUMNS} FROM taxpayer t
     WHERE t.region_id = $1 AND t.id = $2 AND ($3::bigint IS NULL OR t.user_id = $3)
     ${lock ? 'FOR UPDATE' : ''}`,
    [regionId, taxpayerId, ownerFilter(viewer)],
  );
  if (!row) throw new Problem(404, 'TAXPAYER_NOT_FOUND', { taxpayerId });
  return row;
}

/**
 * One living registration per NIK and per NPWP in a region (a rejected one does not count): checked first for
 * a clear answer, and enforced by the unique indexes `taxpayer_nik` and `taxpayer_npwp` against a race.
 */
export async function assertNotRegistered(
  tx: Sql,
  regionId: string,
  ids: { nik: string | null; npwp: string | null },
  exceptId: number | null = null,
): Promise<void> {
  if (ids.nik) {
    const [hit] = await tx.query(
      `SELECT 1 FROM taxpayer WHERE region_id = $1 AND nik = $2 AND status <> 'rejected' AND id IS DISTINCT FROM $3`,
      [regionId, ids.nik, exceptId],
    );
    if (hit) throw new Problem(409, 'DUPLICATE_NIK', { nik: ids.nik });
  }
  if (ids.npwp) {
    const [hit] = await tx.query(
      `SELECT 1 FROM taxpayer WHERE region_id = $1 AND npwp = $2 AND status <> 'rejected' AND id IS DISTINCT FROM $3`,
      [regionId, ids.npwp, exceptId],
    );
    if (hit) throw new Problem(409, 'DUPLICATE_NPWP', { npwp: ids.npwp });
  }
}

/** Turns a unique-index violation on NIK or NPWP (a concurrent registration won the race) into its 409. */
export function duplicateProblem(err: unknown, ids: { nik: string | null; npwp: string | null }): unknown {
  if (sqlState(err) !== '23505') return err;
  const e = err as { constraint?: string; message?: string };
  const where = `${e.constraint ?? ''} ${e.message ?? ''}`;
  if (where.includes('taxpayer_nik')) return new Problem(409, 'DUPLICATE_NIK', { nik: ids.nik ?? '' });
  if (where.includes('taxpayer_npwp')) return new Problem(409, 'DUPLICATE_NPWP', { npwp: ids.npwp ?? '' });
  return err;
}

/** The record as the audit trail keeps it. */
export function auditView(t: Taxpayer) {
  return {
    npwpd: t.npwpd,
    kind: t.kind,
    nik: t.nik,
    npwp: t.npwp,
    name: t.name,
    address: t.address,
    villageCode: t.villageCode,
    phone: t.phone,
    email: t.email,
    status: t.status,
    rejectionReason: t.rejectionReason,
    userId: t.userId,
  };
}

/** Which of these taxpayers are linked to a user account (they act for themselves on the portal). */
export async function taxpayersWithAccount(
  db: Sql,
  regionId: string,
  taxpayerIds: readonly number[],
): Promise<Set<number>> {
  const rows = await db.query<{ id: number }>(
    'SELECT id FROM taxpayer WHERE region_id = $1 AND id = ANY($2::bigint[]) AND user_id IS NOT NULL',
    [regionId, [...new Set(taxpayerIds)]],
  );
  return new Set(rows.map((r) => r.id));
}
