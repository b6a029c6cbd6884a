import { type Sql, sqlState } from '../db/database';
import { appendAudit } from './audit';
import { localDate, type TimeZone } from './clock';
import { Problem } from './problem';
import type { Actor } from './users';

/** A Pemda hosted by this deployment. Its id is its Kemendagri kab/kota code, e.g. `35.73`. */
export interface Region {
  regionId: string;
  name: string;
  shortName: string;
  timeZone: TimeZone;
}

export const REGION_ID = /^\d{2}\.\d{2}$/;

/**
 * Indonesia's three time zones by province, per Keppres 41/1987 (pembagian wilayah waktu): WITA for Bali, Nusa
 * Tenggara, South/East/North Kalimantan and Sulawesi; WIT for Maluku and Papua; WIB for the rest (West and
 * Central Kalimantan included). Provinces created since (Kalimantan Utara, Papua's 2022 splits) follow their
 * parent. A region may override it.
 */
const WITA = new Set(['51', '52', '53', '63', '64', '65', '71', '72', '73', '74', '75', '76']);
const WIT = new Set(['81', '82', '91', '92', '93', '94', '95', '96']);

export function timeZoneOfProvince(provinceCode: string): TimeZone {
  if (WITA.has(provinceCode)) return 'Asia/Makassar';
  if (WIT.has(provinceCode)) return 'Asia/Jayapura';
  return 'Asia/Jakarta';
}

/** `KABUPATEN BANGKA` → `Kabupaten Bangka`; `KOTA MALANG` → `Kota Malang`. */
export function titleCase(name: string): string {
  return name
    .toLowerCase()
    .replace(/(^|[\s(-])(\p{L})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

export const REGION_COLUMNS = `region_id AS "regionId", name, short_name AS "shortName", time_zone AS "timeZone"`;

export async function findRegion(db: Sql, regionId: string): Promise<Region | undefined> {
  const [r] = await db.query<Region>(`SELECT ${REGION_COLUMNS} FROM region WHERE region_id = $1`, [regionId]);
  return r;
}

/**
 * The region and year a public page answers for (no sign-in): the hosted region, else 404 REGION_NOT_FOUND; its own
 * day now; the year asked, or that day's.
 */
export async function publicRegionYear(
  db: Sql,
  now: Date,
  regionId: string,
  year: number | undefined,
): Promise<{ region: Region; today: string; year: number }> {
  const region = REGION_ID.test(regionId) ? await findRegion(db, regionId) : undefined;
  if (!region) throw new Problem(404, 'REGION_NOT_FOUND', { regionId });
  const today = localDate(now, region.timeZone);
  return { region, today, year: year ?? Number(today.slice(0, 4)) };
}

export async function listRegions(db: Sql): Promise<Region[]> {
  return db.query<Region>(`SELECT ${REGION_COLUMNS} FROM region ORDER BY region_id`);
}

export class UnknownRegencyError extends Error {}

/**
 * Hosts a kabupaten/kota as a tenant: names it from the catalogue, derives its time zone from its province
 * and copies its kecamatan and kelurahan/desa into its own area tables, where their NOP codes are kept.
 */
export async function createRegion(
  tx: Sql,
  at: Date,
  input: { regionId: string; timeZone?: TimeZone; actor: string; actorId: number | null },
): Promise<Region> {
  const [regency] = await tx.query<{ name: string; provinceCode: string }>(
    'SELECT name, province_code AS "provinceCode" FROM regency WHERE code = $1',
    [input.regionId],
  );
  if (!regency) throw new UnknownRegencyError(input.regionId);
  const name = titleCase(regency.name);
  const region: Region = {
    regionId: input.regionId,
    name,
    shortName: name.replace(/^(Kabupaten|Kota)\s+/, ''),
    timeZone: input.timeZone ?? timeZoneOfProvince(regency.provinceCode),
  };
  await tx.query(
    'INSERT INTO region (region_id, name, short_name, time_zone, created_at) VALUES ($1, $2, $3, $4, $5)',
    [region.regionId, region.name, region.shortName, region.timeZone, at],
  );
  await tx.query(
    `INSERT INTO region_district (region_id, district_code) SELECT $1, code FROM district WHERE regency_code = $1`,
    [region.regionId],
  );
  await tx.query(
    `INSERT INTO region_village (region_id, village_code, district_code)
     SELECT $1, v.code, v.district_code FROM village v JOIN district d ON d.code = v.district_code
     WHERE d.regency_code = $1`,
    [region.regionId],
  );
  await appendAudit(tx, at, {
    regionId: region.regionId,
    actorId: input.actorId,
    actor: input.actor,
    action: 'region.create',
    entity: 'region',
    entityId: region.regionId,
    after: region,
  });
  return region;
}

/**
 * Sets the SISMIOP code that PBB's NOP uses for a kecamatan (`PP.KK.CC`) or kelurahan/desa (`PP.KK.CC.DDDD`)
 * of the region. The codes come from the region's own SISMIOP tables (REF_KECAMATAN / REF_KELURAHAN).
 */
export async function setAreaNopCode(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  code: string,
  nopCode: string | null,
): Promise<void> {
  const isVillage = code.split('.').length === 4;
  const table = isVillage ? 'region_village' : 'region_district';
  const column = isVillage ? 'village_code' : 'district_code';
  const [before] = await tx.query<{ nopCode: string | null }>(
    `SELECT nop_code AS "nopCode" FROM ${table} WHERE region_id = $1 AND ${column} = $2 FOR UPDATE`,
    [regionId, code],
  );
  if (!before) throw new Problem(404, 'NOT_FOUND');
  try {
    await tx.query(`UPDATE ${table} SET nop_code = $3 WHERE region_id = $1 AND ${column} = $2`, [
      regionId,
      code,
      nopCode,
    ]);
  } catch (err) {
    if (sqlState(err) === '23505') throw new Problem(409, 'NOP_CODE_TAKEN', { nopCode: nopCode ?? '' });
    throw err;
  }
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: 'region.area_nop_code',
    entity: isVillage ? 'village' : 'district',
    entityId: code,
    before,
    after: { nopCode },
  });
}
