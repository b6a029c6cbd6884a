import type { Database, Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import type { Actor } from '../../platform/users';
import { underRule } from '../evaluations/worksheets';
import { checkInterpretationBands, type InterpretationBand, interpretationBand } from '../rules/capaian';

/*
 * The bands a region reads a capaian in (the interpretation table of its LKjIP): the region's data with an effective
 * date (capaian_band_setting), read with the pure rule of rules/capaian.ts. Tables differ by Pemda and no national one
 * was confirmed (governance.md §1.7), so a region without a setting reads DEFAULT_CAPAIAN_BANDS: Kab. Sampang's
 * example, UNCONFIRMED as any other region's.
 */

/** One band: a capaian from `from` percent up to the next band's `from` reads as `label`. */
export interface CapaianBand extends InterpretationBand {
  from: number;
  label: string;
}

/**
 * Kab. Sampang's LKjIP table (governance.md §1.7: 91–100 Sangat Baik, 76–90 Baik, 66–75 Cukup, 51–65 Kurang,
 * ≤ 50 Sangat Kurang), read as lower bounds. UNCONFIRMED region setting: the default until a region sets its own.
 */
export const DEFAULT_CAPAIAN_BANDS: readonly CapaianBand[] = [
  { from: 91, label: 'Sangat Baik' },
  { from: 76, label: 'Baik' },
  { from: 66, label: 'Cukup' },
  { from: 51, label: 'Kurang' },
  { from: 0, label: 'Sangat Kurang' },
];

/** The bands in force on a day: a region's own setting (and from when), or the default (`effectiveFrom` null). */
export interface BandsInForce {
  effectiveFrom: string | null;
  bands: CapaianBand[];
}

/** The bands ordered from the highest bound down, as a table prints them. */
export const descending = (bands: readonly CapaianBand[]): CapaianBand[] =>
  [...bands].sort((a, b) => b.from - a.from);

/** The band label of a capaian; null without a capaian. */
export function bandOf(capaianPercent: number | null, bands: readonly CapaianBand[]): string | null {
  return capaianPercent === null ? null : interpretationBand(capaianPercent, bands).label;
}

/** The region's bands in force on `day` (`YYYY-MM-DD`). */
export async function bandsInForce(db: Sql, regionId: string, day: string): Promise<BandsInForce> {
  const [row] = await db.query<{ effectiveFrom: string; bands: CapaianBand[] }>(
    `SELECT to_char(effective_from, 'YYYY-MM-DD') AS "effectiveFrom", bands FROM capaian_band_setting
      WHERE region_id = $1 AND effective_from <= $2::date ORDER BY effective_from DESC LIMIT 1`,
    [regionId, day],
  );
  if (!row) return { effectiveFrom: null, bands: descending(DEFAULT_CAPAIAN_BANDS) };
  return { effectiveFrom: row.effectiveFrom, bands: descending(row.bands) };
}

/** Every setting the region has recorded, the latest first. */
export async function bandSettings(
  db: Sql,
  regionId: string,
): Promise<{ effectiveFrom: string; bands: CapaianBand[]; setAt: Date; setBy: string | null }[]> {
  const rows = await db.query<{
    effectiveFrom: string;
    bands: CapaianBand[];
    setAt: Date;
    setBy: string | null;
  }>(
    `SELECT to_char(s.effective_from, 'YYYY-MM-DD') AS "effectiveFrom", s.bands, s.set_at AS "setAt",
            u.name AS "setBy"
       FROM capaian_band_setting s LEFT JOIN app_user u ON u.id = s.set_by
      WHERE s.region_id = $1 ORDER BY s.effective_from DESC`,
    [regionId],
  );
  return rows.map((r) => ({ ...r, bands: descending(r.bands) }));
}

/**
 * Sets the region's bands from a day on (422 CAPAIAN_BANDS_INVALID for a table the rule cannot read: none, two bands
 * from one bound). A second setting from the same day replaces the first; both are in the audit trail.
 */
export async function setBands(
  db: Database,
  at: Date,
  actor: Actor,
  regionId: string,
  input: { effectiveFrom: string; bands: CapaianBand[] },
): Promise<BandsInForce> {
  underRule(() => checkInterpretationBands(input.bands));
  const bands = descending(input.bands);
  return db.transaction(async (tx) => {
    const [before] = await tx.query<{ bands: CapaianBand[] }>(
      `SELECT bands FROM capaian_band_setting WHERE region_id = $1 AND effective_from = $2::date FOR UPDATE`,
      [regionId, input.effectiveFrom],
    );
    await tx.query(
      `INSERT INTO capaian_band_setting (region_id, effective_from, bands, set_at, set_by) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (region_id, effective_from) DO UPDATE SET bands = EXCLUDED.bands, set_at = EXCLUDED.set_at,
         set_by = EXCLUDED.set_by`,
      [regionId, input.effectiveFrom, JSON.stringify(bands), at, actor.userId],
    );
    await appendAudit(tx, at, {
      regionId,
      actorId: actor.userId,
      actor: actor.label,
      ip: actor.ip ?? null,
      action: 'capaian_band_setting.set',
      entity: 'capaian_band_setting',
      entityId: input.effectiveFrom,
      before: before ? { bands: before.bands } : null,
      after: { effectiveFrom: input.effectiveFrom, bands },
    });
    return { effectiveFrom: input.effectiveFrom, bands };
  });
}
