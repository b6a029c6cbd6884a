import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { assertVillageInRegion } from './kelurahan';
import {
  assertNotRegistered,
  auditView,
  duplicateProblem,
  loadTaxpayer,
  type Taxpayer,
  type Viewer,
} from './taxpayer';

export interface TaxpayerChange {
  nik?: string;
  npwp?: string | null;
  name?: string;
  address?: string;
  villageCode?: string;
  phone?: string | null;
  email?: string | null;
}

const COLUMN: Record<keyof TaxpayerChange, string> = {
  nik: 'nik',
  npwp: 'npwp',
  name: 'name',
  address: 'address',
  villageCode: 'village_code',
  phone: 'phone',
  email: 'email',
};

/** A taxpayer keeps their own contact details current; identity and address change through an officer. */
const TAXPAYER_EDITABLE = new Set<keyof TaxpayerChange>(['phone', 'email']);

/** Edits a registration; the audit trail keeps the record before and after. A rejected one is closed to edits. */
export async function updateTaxpayer(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  taxpayerId: number,
  change: TaxpayerChange,
  viewer: Viewer,
): Promise<Taxpayer> {
  const fields = (Object.keys(change) as (keyof TaxpayerChange)[]).filter((k) => change[k] !== undefined);
  try {
    return await db.transaction(async (tx) => {
      const before = await loadTaxpayer(tx, regionId, taxpayerId, viewer, true);
      if (viewer.kind === 'taxpayer' && fields.some((f) => !TAXPAYER_EDITABLE.has(f))) {
        throw new Problem(403, 'FORBIDDEN_ROLE');
      }
      if (before.status === 'rejected') throw new Problem(409, 'TAXPAYER_REJECTED', { taxpayerId });
      if (before.kind === 'entity' && change.nik !== undefined) {
        throw new Problem(400, 'VALIDATION_FAILED', {}, [
          {
            field: 'nik',
            message: {
              id: 'badan terdaftar dengan NPWP, bukan NIK',
              en: 'an entity is registered by its NPWP, not a NIK',
            },
          },
        ]);
      }
      if (before.kind === 'entity' && change.npwp === null) {
        throw new Problem(400, 'VALIDATION_FAILED', {}, [
          { field: 'npwp', message: { id: 'badan wajib memiliki NPWP', en: 'an entity needs its NPWP' } },
        ]);
      }
      if (change.villageCode !== undefined) await assertVillageInRegion(tx, regionId, change.villageCode);
      await assertNotRegistered(
        tx,
        regionId,
        { nik: change.nik ?? null, npwp: change.npwp ?? null },
        taxpayerId,
      );
      if (fields.length > 0) {
        const sets = fields.map((f, i) => `${COLUMN[f]} = $${i + 3}`);
        await tx.query(`UPDATE taxpayer SET ${sets.join(', ')} WHERE region_id = $1 AND id = $2`, [
          regionId,
          taxpayerId,
          ...fields.map((f) => change[f]),
        ]);
      }
      const after = await loadTaxpayer(tx, regionId, taxpayerId, viewer);
      await appendAudit(tx, at, {
        regionId,
        actorId: actor.userId,
        actor: actor.label,
        ip: actor.ip,
        action: 'taxpayer.update',
        entity: 'taxpayer',
        entityId: String(taxpayerId),
        before: auditView(before),
        after: auditView(after),
      });
      return after;
    });
  } catch (err) {
    throw duplicateProblem(err, { nik: change.nik ?? null, npwp: change.npwp ?? null });
  }
}
