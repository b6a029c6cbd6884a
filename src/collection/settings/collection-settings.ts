import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { compareDates } from '../../platform/calendar';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';

/** The region's collection settings in force on a day (a row of `collection_setting`, or the national defaults). */
export interface CollectionSettings {
  /** The first day the row counts; null for the national defaults. */
  effectiveFrom: string | null;
  /** Days after the due date before a Surat Teguran may be issued (0: the day after the due date). */
  teguranAfterDays: number;
  /** Days after a Surat Teguran's date during which the debtor may still pay; a Surat Paksa only after them. */
  paksaAfterDays: number;
  /** Years after which the right to collect lapses (kedaluwarsa penagihan). */
  writeOffYears: number;
  /** The region's Perda on local taxes, as the letters cite it; null: the letters name it generically. */
  perdaRef: string | null;
}

/**
 * The national defaults, where the region has recorded nothing:
 * - Surat Teguran 7 days after the due date: the Perda PDRD/PDRD-era texts ("Surat Teguran … dikeluarkan 7 (tujuh)
 *   hari sejak saat jatuh tempo pembayaran"), kept by the regions' HKPD Perda.
 * - Surat Paksa once 7 days have passed since the teguran unpaid ("dalam jangka waktu 7 (tujuh) hari setelah tanggal
 *   Surat Teguran … Wajib Pajak harus melunasi pajaknya"); some Perda follow PMK 24/2008's 21 days: a region setting.
 * - Kedaluwarsa penagihan 5 years (UU 28/2009 Pasal 40; the domain reference marks the HKPD/PP 35/2023 figure
 *   UNCONFIRMED, likely unchanged): a region setting too, so a Perda that says otherwise is one row, not a release.
 */
export const NATIONAL_DEFAULTS: Readonly<CollectionSettings> = Object.freeze({
  effectiveFrom: null,
  teguranAfterDays: 7,
  paksaAfterDays: 7,
  writeOffYears: 5,
  perdaRef: null,
});

/** The row in force on `day`: the latest `effectiveFrom` on or before it, else the national defaults. */
export function settingsInForce(rows: readonly CollectionSettings[], day: string): CollectionSettings {
  let best: CollectionSettings | undefined;
  for (const r of rows) {
    if (r.effectiveFrom === null || compareDates(r.effectiveFrom, day) > 0) continue;
    if (!best || compareDates(r.effectiveFrom, best.effectiveFrom as string) > 0) best = r;
  }
  return best ?? NATIONAL_DEFAULTS;
}

/** Where a recorded row stands on a day: in force, superseded by a later one, or waiting for its date. */
export type SettingStanding = 'in_force' | 'superseded' | 'scheduled';

export function standingOf(
  rows: readonly CollectionSettings[],
  row: CollectionSettings,
  day: string,
): SettingStanding {
  if (row.effectiveFrom !== null && compareDates(row.effectiveFrom, day) > 0) return 'scheduled';
  return settingsInForce(rows, day) === row ? 'in_force' : 'superseded';
}

/**
 * Refuses a new row the history cannot take: one effective before `today` (the letters and worklists of the days
 * before were decided under the settings then in force, and stay explained by them), or on a day that already has a
 * row (a row is never changed: the region records another from a later day).
 */
export function checkNewSetting(effectiveFrom: string, today: string, recorded: readonly string[]): void {
  if (compareDates(effectiveFrom, today) < 0)
    throw new Problem(422, 'COLLECTION_SETTING_IN_THE_PAST', { effectiveFrom, today });
  if (recorded.includes(effectiveFrom))
    throw new Problem(409, 'COLLECTION_SETTING_DATE_TAKEN', { effectiveFrom });
}

const COLUMNS = `s.effective_from AS "effectiveFrom", s.teguran_after_days AS "teguranAfterDays",
  s.paksa_after_days AS "paksaAfterDays", s.write_off_years AS "writeOffYears", s.perda_ref AS "perdaRef"`;

export async function regionSettings(db: Sql, regionId: string): Promise<CollectionSettings[]> {
  return db.query<CollectionSettings>(
    `SELECT ${COLUMNS} FROM collection_setting s WHERE s.region_id = $1 ORDER BY s.effective_from`,
    [regionId],
  );
}

export async function collectionSettingsOn(
  db: Sql,
  regionId: string,
  day: string,
): Promise<CollectionSettings> {
  return settingsInForce(await regionSettings(db, regionId), day);
}

/** A recorded row as its history shows it: when and by whom, and where it stands on the day asked. */
export interface RecordedSettings extends CollectionSettings {
  effectiveFrom: string;
  recordedAt: Date;
  /** Who recorded it (their name), or null for the demo's and the installation's own rows. */
  recordedBy: string | null;
  standing: SettingStanding;
}

/** The settings in force on `day` and every row the region recorded, the latest effective date first. */
export async function settingsHistory(db: Sql, regionId: string, day: string) {
  const rows = await db.query<Omit<RecordedSettings, 'standing'>>(
    `SELECT ${COLUMNS}, s.recorded_at AS "recordedAt", u.name AS "recordedBy"
       FROM collection_setting s LEFT JOIN app_user u ON u.id = s.recorded_by
      WHERE s.region_id = $1 ORDER BY s.effective_from DESC`,
    [regionId],
  );
  const inForce = settingsInForce(rows, day);
  return {
    day,
    inForce: { ...inForce },
    defaults: { ...NATIONAL_DEFAULTS },
    history: rows.map((r): RecordedSettings => ({ ...r, standing: standingOf(rows, r, day) })),
  };
}

/** What a region records: the settings and the day from which they count. */
export type NewCollectionSettings = Omit<CollectionSettings, 'effectiveFrom'> & { effectiveFrom: string };

/**
 * Records a region's settings from a day on (a new row, never a change to one: the table refuses UPDATE), in the
 * caller's transaction. The demo's rows go in as recorded by no one; ON CONFLICT keeps a second demo seed harmless.
 */
export async function recordCollectionSettings(
  tx: Sql,
  at: Date,
  regionId: string,
  s: NewCollectionSettings,
  recordedBy: number | null,
): Promise<void> {
  await tx.query(
    `INSERT INTO collection_setting (region_id, effective_from, teguran_after_days, paksa_after_days, write_off_years,
       perda_ref, recorded_at, recorded_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT DO NOTHING`,
    [
      regionId,
      s.effectiveFrom,
      s.teguranAfterDays,
      s.paksaAfterDays,
      s.writeOffYears,
      s.perdaRef,
      at,
      recordedBy,
    ],
  );
}

/**
 * A region's administrator or head of Bapenda records new settings from a day on (today or later): checked against
 * the history (`checkNewSetting`), written as a new row and audited with the settings in force before it, in one
 * transaction under the region's lock, so two people recording the same day at once get one row and one refusal.
 */
export async function addCollectionSettings(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  today: string,
  s: NewCollectionSettings,
): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query(`SELECT pg_advisory_xact_lock(hashtext('collection_setting:' || $1))`, [regionId]);
    const rows = await regionSettings(tx, regionId);
    checkNewSetting(
      s.effectiveFrom,
      today,
      rows.map((r) => r.effectiveFrom as string),
    );
    const before = settingsInForce(rows, s.effectiveFrom);
    await recordCollectionSettings(tx, at, regionId, s, actor.userId);
    const view = (x: CollectionSettings) => ({
      effectiveFrom: x.effectiveFrom,
      teguranAfterDays: x.teguranAfterDays,
      paksaAfterDays: x.paksaAfterDays,
      writeOffYears: x.writeOffYears,
      perdaRef: x.perdaRef,
    });
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'collection_setting.record',
      entity: 'collection_setting',
      entityId: s.effectiveFrom,
      before: view(before),
      after: view(s),
    });
  });
}
