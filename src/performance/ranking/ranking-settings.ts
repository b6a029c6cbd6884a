import { compareDates } from '../../platform/calendar';

/**
 * A region's rules for its quarterly rankings and their consequences (lelang kinerja, governance.md §3.1: OPD are
 * monitored every three months "with reward and punishment"; an official who cannot meet the mayor's target makes way
 * for another). No regulation fixes these figures — Malang's own are UNCONFIRMED — so every one is the region's data,
 * effective-dated (a row of `performance_ranking_setting`), and these defaults only stand in where a region has
 * recorded none.
 */
export interface RankingSettings {
  /** The first day the row counts; null for the defaults. */
  effectiveFrom: string | null;
  /**
   * The most an indicator's capaian counts for in a score, in percent (one indicator far over its target must not hide
   * another far under it); below zero counts as zero (8/2021's lower-is-better formula falls below zero past twice the
   * target).
   */
  capaianCapPercent: number;
  /** A quarter's score below this (percent) is a target missed. */
  missedBelowPercent: number;
  /** An OPD whose pace (realisation against the pro-rata yearly target) is below this (percent) is "at risk". */
  atRiskBelowPercent: number;
  /** So many quarters missed in a row under one head make the head a candidate for an improvement period… */
  missedQuartersInRow: number;
  /** …of so many months, after which a head still missing every quarter is recommended for a competency assessment. */
  improveMonths: number;
  /** The 9-box's performance axis: a score from here is "medium", from `performanceHighFrom` "high". */
  performanceMediumFrom: number;
  performanceHighFrom: number;
  /** The 9-box's potential axis (the planner's 0–100 assessment of a head): "medium" from here, "high" from the next. */
  potentialMediumFrom: number;
  potentialHighFrom: number;
}

/**
 * The defaults: each indicator counts up to 120% (PermenPANRB 8/2021's IKI conversion also stops at 120, governance.md
 * §1.7); a quarter below 100% misses its target; a pace below 90% is at risk; the example rule — a target
 * missed for a year (four quarters) → six months to improve → a competency assessment; the 9-box's performance bands at
 * 80 and 100 (8/2021's "Cukup" from 80, "Baik" at 100) and its potential bands at 60 and 80. All UNCONFIRMED.
 */
export const DEFAULT_RANKING_SETTINGS: Readonly<RankingSettings> = Object.freeze({
  effectiveFrom: null,
  capaianCapPercent: 120,
  missedBelowPercent: 100,
  atRiskBelowPercent: 90,
  missedQuartersInRow: 4,
  improveMonths: 6,
  performanceMediumFrom: 80,
  performanceHighFrom: 100,
  potentialMediumFrom: 60,
  potentialHighFrom: 80,
});

/** The row in force on `day`: the latest `effectiveFrom` on or before it, else the defaults. */
export function rankingSettingsInForce(rows: readonly RankingSettings[], day: string): RankingSettings {
  let best: RankingSettings | undefined;
  for (const r of rows) {
    if (r.effectiveFrom === null || compareDates(r.effectiveFrom, day) > 0) continue;
    if (!best || compareDates(r.effectiveFrom, best.effectiveFrom as string) > 0) best = r;
  }
  return best ?? DEFAULT_RANKING_SETTINGS;
}

/** What is wrong with a set of settings, field by field (empty: none). */
export function rankingSettingsErrors(
  s: Omit<RankingSettings, 'effectiveFrom'>,
): { field: string; message: { id: string; en: string } }[] {
  const errors: { field: string; message: { id: string; en: string } }[] = [];
  if (s.performanceHighFrom <= s.performanceMediumFrom) {
    errors.push({
      field: 'performanceHighFrom',
      message: {
        id: 'Batas kinerja "tinggi" harus di atas batas "sedang"',
        en: 'The "high" performance bound must be above the "medium" one',
      },
    });
  }
  if (s.potentialHighFrom <= s.potentialMediumFrom) {
    errors.push({
      field: 'potentialHighFrom',
      message: {
        id: 'Batas potensi "tinggi" harus di atas batas "sedang"',
        en: 'The "high" potential bound must be above the "medium" one',
      },
    });
  }
  return errors;
}
