import type { Database } from '../../db/database';
import { localDate, localInstant } from '../../platform/clock';
import { findRegion } from '../../platform/regions';
import { SYSTEM_ACTOR } from '../../platform/users';
import type { Polarity } from '../rules/capaian';
import { addDays, defaultDueDate, QUARTERS } from './quarters';
import { decideRealisation, saveRealisation, submitRealisation } from './realisation';

/*
 * The demo's quarterly realisation (issue 16): the two years before this one, every quarter due by today reported
 * with its evidence a few days before the deadline and accepted by the verifier, for every typed indicator of Kota
 * Malang and Kabupaten Bangka (the PAD indicator reads the ledger; the regional goal's IPM has no OPD to report it).
 * This year nothing is due yet on the demo's business day (Tw1 is due on 10 April), left for the walk-through.
 * Most OPD are on track; Kota Malang's Dinas Pendidikan dan Kebudayaan is at risk, well below its targets through last
 * year, and once late. The crosscutting stunting indicator is reported once a quarter, by Dinas Kesehatan. Figures
 * are invented from the targets.
 */

/** A minimal PDF: what each demo report sends as its evidence. */
const DEMO_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

/** The OPD, by region and short name, that fall well short of their targets in the demo. */
const AT_RISK: Record<string, readonly string[]> = { '35.73': ['Disdikbud'] };
/** A report sent after its deadline: region, OPD, years before this one, quarter. */
const LATE = { regionId: '35.73', opd: 'Disdikbud', yearsBefore: 1, quarter: 3 };

interface Reported {
  id: number;
  polarity: Polarity;
  opdShortName: string;
  target: number | null;
  targetUpper: number | null;
  quarters: (number | null)[];
}

/** A figure near a target: `pace` of it for higher-is-better, as far the other way for lower, in a range its middle. */
function figure(i: Reported, target: number, pace: number): number {
  const exact =
    i.polarity === 'range'
      ? pace < 1
        ? target * pace
        : (target + (i.targetUpper ?? target)) / 2
      : i.polarity === 'higher'
        ? target * pace
        : target * (2 - pace);
  return Number.isInteger(target) ? Math.round(exact) : Math.round(exact * 100) / 100;
}

export async function seedRealisationDemo(db: Database, at: Date): Promise<void> {
  for (const regionId of ['35.73', '19.01']) {
    const region = await findRegion(db, regionId);
    if (!region) continue;
    const today = localDate(at, region.timeZone);
    const year = Number(today.slice(0, 4));
    const indicators = await db.query<Reported>(
      `SELECT i.id, i.polarity, o.short_name AS "opdShortName", t.target::float8 AS target,
              t.target_upper::float8 AS "targetUpper",
              json_build_array(t.tw1::float8, t.tw2::float8, t.tw3::float8, t.tw4::float8) AS quarters
         FROM performance_indicator i
         JOIN performance_node n ON n.region_id = i.region_id AND n.id = i.node_id
         JOIN perangkat_daerah o ON o.region_id = i.region_id
          AND o.id = COALESCE((SELECT w.opd_id FROM performance_indicator_owner w
                                WHERE w.region_id = i.region_id AND w.indicator_id = i.id
                                ORDER BY w.share_percent DESC, w.opd_id LIMIT 1), n.opd_id)
         LEFT JOIN performance_target t ON t.region_id = i.region_id AND t.indicator_id = i.id AND t.year = $2
        WHERE i.region_id = $1 AND i.source = 'manual'
        ORDER BY i.id`,
      [regionId, year - 1],
    );
    for (const yearsBefore of [2, 1]) {
      const y = year - yearsBefore;
      for (const quarter of QUARTERS) {
        const due = defaultDueDate(y, quarter);
        if (due > today) continue;
        for (const i of indicators) {
          if (i.target === null) continue;
          const atRisk = AT_RISK[regionId]?.includes(i.opdShortName) ?? false;
          // Last year's targets stand for the year before's too (which had no contract yet), a little less met.
          const target = i.polarity === 'range' ? i.target : (i.quarters[quarter - 1] ?? i.target);
          const pace = (atRisk ? 0.82 : 1.01) - (yearsBefore === 2 ? 0.02 : 0);
          const late =
            LATE.regionId === regionId &&
            LATE.opd === i.opdShortName &&
            LATE.yearsBefore === yearsBefore &&
            LATE.quarter === quarter;
          const sentOn = addDays(due, late ? 11 : -3);
          const key = { indicatorId: Number(i.id), year: y, quarter };
          await saveRealisation(db, at, sentOn, SYSTEM_ACTOR, regionId, { all: true }, key, {
            value: figure(i, target, pace),
            note: null,
            evidence: [{ fileName: `bukti-tw${quarter}-${y}.pdf`, content: DEMO_PDF }],
          });
          await submitRealisation(db, at, sentOn, SYSTEM_ACTOR, regionId, { all: true }, key);
          await decideRealisation(db, at, SYSTEM_ACTOR, regionId, key, { accept: true, note: null });
          // The audit trail says the system seeded it today; the record carries the days it stands for.
          const sentAt = localInstant(sentOn, '10:00', region.timeZone);
          await db.query(
            `UPDATE performance_realisation SET created_at = $5, submitted_at = $5, decided_at = $6, updated_at = $6
              WHERE region_id = $1 AND indicator_id = $2 AND year = $3 AND quarter = $4`,
            [
              regionId,
              key.indicatorId,
              y,
              quarter,
              sentAt,
              localInstant(addDays(sentOn, 4), '14:00', region.timeZone),
            ],
          );
        }
      }
    }
  }
}
