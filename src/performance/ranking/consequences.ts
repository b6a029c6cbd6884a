/**
 * The consequences of the quarterly rankings (lelang kinerja, governance.md §3.1: "if an official cannot meet the
 * mayor's target, the position goes to someone else"; Malang assesses before it moves anyone): who is a candidate for
 * an evaluation or rotation by the region's rule, and where each head stands on the 9-box (PermenPANRB 3/2020's
 * Manajemen Talenta, governance.md §3.6). Both are recommendations with their reasons for the people who decide,
 * never a decision.
 */

import { addMonthsClamped, compareDates } from '../../platform/calendar';
import { type Quarter, quarterEnd } from './ranking-rules';
import type { RankingSettings } from './ranking-settings';

/** One quarter of a head's record at an OPD. */
export interface QuarterRecord {
  year: number;
  quarter: Quarter;
  /** The OPD's score; null when nothing was measured. */
  score: number | null;
  /** Who headed the OPD at the quarter's end. */
  headEmployeeId: number | null;
}

export type RecommendationStage = 'improvement_period' | 'competency_assessment';

export interface RotationRecommendation {
  stage: RecommendationStage;
  /** The quarters missed in a row under this head, oldest first. */
  missed: { year: number; quarter: Quarter; score: number }[];
  /** The last day of the improvement period. */
  improveUntil: string;
  reasons: { id: string; en: string }[];
}

const quarterLabel = (q: { year: number; quarter: Quarter }) => `Tw${q.quarter} ${q.year}`;
const percent = (x: number, lang: 'id' | 'en') => `${lang === 'id' ? String(x).replace('.', ',') : x}%`;

/**
 * The region's rule (issue 16's example, the defaults: a target missed for four quarters in a row → six months to
 * improve → a competency assessment), read from a head's record at one OPD, oldest quarter first, ending with the
 * quarter ranked. The streak counts back from that quarter while the same head missed (score below the threshold);
 * a quarter with no score or another head ends it. Once it reaches the rule's length the head has the improvement
 * period from the end of that quarter; a head still missing every quarter when it is over is recommended for a
 * competency assessment. Null: no recommendation.
 */
export function rotationRecommendation(
  history: readonly QuarterRecord[],
  settings: Pick<RankingSettings, 'missedBelowPercent' | 'missedQuartersInRow' | 'improveMonths'>,
): RotationRecommendation | null {
  const latest = history.at(-1);
  if (!latest || latest.headEmployeeId === null) return null;
  const missed: { year: number; quarter: Quarter; score: number }[] = [];
  for (let i = history.length - 1; i >= 0; i--) {
    const q = history[i] as QuarterRecord;
    if (
      q.headEmployeeId !== latest.headEmployeeId ||
      q.score === null ||
      q.score >= settings.missedBelowPercent
    ) {
      break;
    }
    missed.unshift({ year: q.year, quarter: q.quarter, score: q.score });
  }
  if (missed.length < settings.missedQuartersInRow) return null;
  const reached = missed[settings.missedQuartersInRow - 1] as (typeof missed)[number];
  const improveUntil = addMonthsClamped(quarterEnd(reached.year, reached.quarter), settings.improveMonths);
  const stage: RecommendationStage =
    compareDates(quarterEnd(latest.year, latest.quarter), improveUntil) >= 0
      ? 'competency_assessment'
      : 'improvement_period';
  const first = missed[0] as (typeof missed)[number];
  const scores = (lang: 'id' | 'en') =>
    missed.map((m) => `${quarterLabel(m)} ${percent(m.score, lang)}`).join(', ');
  const reasons = [
    {
      id: `Target tidak tercapai ${missed.length} triwulan berturut-turut sejak ${quarterLabel(first)} (di bawah ${percent(settings.missedBelowPercent, 'id')}): ${scores('id')}`,
      en: `Target missed ${missed.length} quarters in a row since ${quarterLabel(first)} (below ${percent(settings.missedBelowPercent, 'en')}): ${scores('en')}`,
    },
    stage === 'improvement_period'
      ? {
          id: `Aturan daerah: ${settings.missedQuartersInRow} triwulan berturut-turut → ${settings.improveMonths} bulan untuk memperbaiki, sampai ${improveUntil}`,
          en: `The region's rule: ${settings.missedQuartersInRow} quarters in a row → ${settings.improveMonths} months to improve, until ${improveUntil}`,
        }
      : {
          id: `Masa perbaikan ${settings.improveMonths} bulan berakhir ${improveUntil} tanpa perbaikan: dianjurkan uji kompetensi`,
          en: `The ${settings.improveMonths}-month improvement period ended ${improveUntil} without improvement: a competency assessment is recommended`,
        },
  ];
  return { stage, missed, improveUntil, reasons };
}

export type Band = 'low' | 'medium' | 'high';
const BANDS: readonly Band[] = ['low', 'medium', 'high'];

function band(value: number, mediumFrom: number, highFrom: number): Band {
  return value >= highFrom ? 'high' : value >= mediumFrom ? 'medium' : 'low';
}

/**
 * A head's place on the 9-box: performance (the OPD's score) on the vertical axis, potential (the planner's
 * assessment) on the horizontal, each in three bands by the region's bounds. Boxes are numbered left to right,
 * bottom to top (governance.md §3.6): box 1 low–low, box 3 low performance with high potential, box 7 high
 * performance with low potential, box 9 high–high; 7–9 form the promotable pool.
 */
export function nineBox(
  score: number,
  potential: number,
  settings: Pick<
    RankingSettings,
    'performanceMediumFrom' | 'performanceHighFrom' | 'potentialMediumFrom' | 'potentialHighFrom'
  >,
): { performance: Band; potential: Band; box: number } {
  const p = band(score, settings.performanceMediumFrom, settings.performanceHighFrom);
  const q = band(potential, settings.potentialMediumFrom, settings.potentialHighFrom);
  return { performance: p, potential: q, box: BANDS.indexOf(p) * 3 + BANDS.indexOf(q) + 1 };
}
