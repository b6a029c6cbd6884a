import type { Sql } from '../../db/database';
import { compareDates } from '../../platform/calendar';

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

export async function regionSettings(db: Sql, regionId: string): Promise<CollectionSettings[]> {
  return db.query<CollectionSettings>(
    `SELECT effective_from AS "effectiveFrom", teguran_after_days AS "teguranAfterDays",
            paksa_after_days AS "paksaAfterDays", write_off_years AS "writeOffYears", perda_ref AS "perdaRef"
       FROM collection_setting WHERE region_id = $1 ORDER BY effective_from`,
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

/** Records a region's settings from a day on (the demo; an administrator's page comes later). */
export async function recordCollectionSettings(
  tx: Sql,
  at: Date,
  regionId: string,
  s: Omit<CollectionSettings, 'effectiveFrom'> & { effectiveFrom: string },
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
