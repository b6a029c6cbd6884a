import type { Database } from '../../db/database';
import { appendAudit } from '../../platform/audit';
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

export interface NewTaxpayer {
  kind: 'person' | 'entity';
  nik: string | null;
  npwp: string | null;
  name: string;
  address: string;
  villageCode: string;
  phone: string | null;
  email: string | null;
}

/**
 * Pendaftaran: a taxpayer registers online (the record is linked to their account, so they alone see it) or an
 * officer registers one at the counter. Either way it waits, pending, for an officer to verify it.
 */
export async function registerTaxpayer(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  input: NewTaxpayer,
  registeredBy: Viewer,
): Promise<Taxpayer> {
  const ownerId = registeredBy.kind === 'taxpayer' ? registeredBy.userId : null;
  try {
    return await db.transaction(async (tx) => {
      await assertVillageInRegion(tx, regionId, input.villageCode);
      await assertNotRegistered(tx, regionId, input);
      const [row] = await tx.query<{ id: number }>(
        `INSERT INTO taxpayer (region_id, kind, nik, npwp, name, address, village_code, phone, email, status,
           user_id, registered_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'pending', $10, $11) RETURNING id`,
        [
          regionId,
          input.kind,
          input.nik,
          input.npwp,
          input.name,
          input.address,
          input.villageCode,
          input.phone,
          input.email,
          ownerId,
          at,
        ],
      );
      const taxpayer = await loadTaxpayer(tx, regionId, (row as { id: number }).id, { kind: 'staff' });
      await appendAudit(tx, at, {
        regionId,
        actorId: actor.userId,
        actor: actor.label,
        ip: actor.ip,
        action: 'taxpayer.register',
        entity: 'taxpayer',
        entityId: String(taxpayer.id),
        after: auditView(taxpayer),
      });
      return taxpayer;
    });
  } catch (err) {
    throw duplicateProblem(err, input);
  }
}
