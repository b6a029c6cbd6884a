import type { Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { parseStaticQris } from './qris';
import { findQris, QRIS_COLUMNS, type StoredQris } from './qris-merchant';

/**
 * Sets the region's static QRIS from the string its bank issued, replacing any earlier one, and audits the
 * change. A string that does not validate is refused with the reason in both languages and nothing is stored.
 */
export async function configureQris(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  payload: string,
): Promise<StoredQris> {
  const parsed = parseStaticQris(payload);
  if (!parsed.ok) {
    const { code, reason } = parsed.refusal;
    throw new Problem(422, 'QRIS_INVALID', { reason: code, reasonId: reason.id, reasonEn: reason.en }, [
      { field: 'payload', message: code },
    ]);
  }
  const m = parsed.merchant;
  const before = await findQris(tx, regionId);
  const [row] = await tx.query<StoredQris>(
    `INSERT INTO qris_merchant (region_id, payload, guid, merchant_pan, merchant_id, merchant_criteria, nmid, mcc,
                                currency, country_code, merchant_name, merchant_city, postal_code, updated_at,
                                updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)
     ON CONFLICT (region_id) DO UPDATE SET
       payload = EXCLUDED.payload, guid = EXCLUDED.guid, merchant_pan = EXCLUDED.merchant_pan,
       merchant_id = EXCLUDED.merchant_id, merchant_criteria = EXCLUDED.merchant_criteria, nmid = EXCLUDED.nmid,
       mcc = EXCLUDED.mcc, currency = EXCLUDED.currency, country_code = EXCLUDED.country_code,
       merchant_name = EXCLUDED.merchant_name, merchant_city = EXCLUDED.merchant_city,
       postal_code = EXCLUDED.postal_code, updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
     RETURNING ${QRIS_COLUMNS}`,
    [
      regionId,
      payload,
      m.guid,
      m.merchantPan,
      m.merchantId,
      m.merchantCriteria,
      m.nmid,
      m.mcc,
      m.currency,
      m.countryCode,
      m.merchantName,
      m.merchantCity,
      m.postalCode,
      at,
      actor.userId,
    ],
  );
  const stored = row as StoredQris;
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: 'qris.configure',
    entity: 'qris_merchant',
    entityId: regionId,
    before,
    after: stored,
  });
  return stored;
}
