import { z } from 'zod';
import type { Sql } from '../db/database';
import { appendAudit } from './audit';
import type { Actor } from './users';

/** The region's Bapenda office as taxpayers are shown it: where, how to reach it, when it is open. */
export const regionContactBody = z.strictObject({
  officeName: z.string().trim().min(1).max(200),
  address: z.string().trim().min(1).max(500),
  phone: z.string().trim().max(40).nullable(),
  email: z.email().max(200).nullable(),
  whatsapp: z.string().trim().max(40).nullable(),
  /** One line per group of days, e.g. `Senin–Kamis 08.00–15.30`. */
  openingHours: z.string().trim().min(1).max(1000),
});

export type RegionContact = z.infer<typeof regionContactBody>;

export const regionContactSchema = regionContactBody.extend({ email: z.string().nullable() });

export async function findRegionContact(db: Sql, regionId: string): Promise<RegionContact | null> {
  const [row] = await db.query<RegionContact>(
    `SELECT office_name AS "officeName", address, phone, email, whatsapp, opening_hours AS "openingHours"
     FROM region_contact WHERE region_id = $1`,
    [regionId],
  );
  return row ?? null;
}

/** Sets the region's contact, audited with what it was before, in the caller's transaction. */
export async function setRegionContact(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  contact: RegionContact,
): Promise<RegionContact> {
  const before = await findRegionContact(tx, regionId);
  await tx.query(
    `INSERT INTO region_contact (region_id, office_name, address, phone, email, whatsapp, opening_hours, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
     ON CONFLICT (region_id) DO UPDATE SET office_name = $2, address = $3, phone = $4, email = $5, whatsapp = $6,
       opening_hours = $7, updated_at = $8`,
    [
      regionId,
      contact.officeName,
      contact.address,
      contact.phone,
      contact.email,
      contact.whatsapp,
      contact.openingHours,
      at,
    ],
  );
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip ?? null,
    action: 'region.contact',
    entity: 'region',
    entityId: regionId,
    before,
    after: contact,
  });
  return contact;
}

/**
 * The demo regions' offices. DEMO VALUES: Bapenda Kota Malang's address is its published one; the Bangka address,
 * both offices' opening hours and the e-mail addresses are plausible stand-ins, not confirmed with either office.
 */
export const DEMO_REGION_CONTACTS: Record<string, RegionContact> = {
  '35.73': {
    officeName: 'Badan Pendapatan Daerah Kota Malang',
    address: 'Perkantoran Terpadu Gedung B Lt. 1, Jl. Mayjen Sungkono, Malang',
    phone: null,
    email: 'layanan@malang.demo',
    whatsapp: null,
    openingHours: 'Senin–Kamis 08.00–15.00 WIB\nJumat 08.00–14.00 WIB\nSabtu, Minggu dan hari libur: tutup',
  },
  '19.01': {
    officeName: 'Badan Pendapatan Daerah Kabupaten Bangka',
    address: 'Kompleks Perkantoran Pemerintah Kabupaten Bangka, Sungailiat',
    phone: null,
    email: 'layanan@bangka.demo',
    whatsapp: null,
    openingHours: 'Senin–Kamis 07.30–16.00 WIB\nJumat 07.30–16.30 WIB\nSabtu, Minggu dan hari libur: tutup',
  },
};
