/**
 * The predikat (grade) of an evaluation score: SAKIP's evaluation of performance accountability (PermenPANRB 88/2021)
 * and the bureaucratic-reform index (RB, PermenPANRB 9/2023) grade a score on the same AA…D scale (domain reference
 * governance.md §1.4, §2.4). Each band's lower bound is exclusive and its upper bound inclusive: 80.00 is BB, 80.01 is
 * A. The scale is data, a region's setting; the national scale below is the default, and what the public calculator
 * grades with.
 */

import type { Bilingual } from '../../platform/problem';
import { decimalText, RuleViolation } from '../rules/rule-violation';

/** One grade: a score above `above` (and up to the next grade's bound) earns `predikat`. */
export type PredikatBand = { readonly predikat: string; readonly above: number; readonly label: Bilingual };

/** The scores a scale grades, from `min` to `max` inclusive, and its grades. */
export type PredikatScale = {
  readonly min: number;
  readonly max: number;
  readonly bands: readonly PredikatBand[];
};

/**
 * The national scale, as KemenPANRB publishes SAKIP and RB results: AA >90–100, A >80–90, BB >70–80, B >60–70,
 * CC >50–60, C >30–50, D 0–30 (ranges from detiknews86.com/?p=52516, malangvoice.com and the Aceh RB infographic at
 * pintu.acehprov.go.id; labels as SAKIP-GEN words them). The primary regulation's table was not read: a region whose
 * evaluator publishes other bounds sets its own scale.
 */
export const NATIONAL_PREDIKAT_SCALE = {
  min: 0,
  max: 100,
  bands: [
    { predikat: 'AA', above: 90, label: { id: 'Sangat Memuaskan', en: 'Highly satisfactory' } },
    { predikat: 'A', above: 80, label: { id: 'Memuaskan', en: 'Satisfactory' } },
    { predikat: 'BB', above: 70, label: { id: 'Sangat Baik', en: 'Very good' } },
    { predikat: 'B', above: 60, label: { id: 'Baik', en: 'Good' } },
    { predikat: 'CC', above: 50, label: { id: 'Cukup (Memadai)', en: 'Adequate' } },
    { predikat: 'C', above: 30, label: { id: 'Kurang', en: 'Poor' } },
    { predikat: 'D', above: 0, label: { id: 'Sangat Kurang', en: 'Very poor' } },
  ],
} as const satisfies PredikatScale;

export type NationalPredikat = (typeof NATIONAL_PREDIKAT_SCALE)['bands'][number]['predikat'];

/**
 * The grade of a score: the band with the highest bound the score is above. The lowest band starts at the scale's
 * minimum and takes the minimum itself (0 is D). A score outside the scale is refused (SAKIP_SCORE_OUT_OF_RANGE).
 */
export function predikat<S extends PredikatScale>(score: number, scale: S): S['bands'][number] {
  const descending = checkPredikatScale(scale);
  if (!Number.isFinite(score) || score < scale.min || score > scale.max) {
    throw new RuleViolation('SAKIP_SCORE_OUT_OF_RANGE', { min: scale.min, max: scale.max }, [
      {
        field: 'score',
        message: {
          id: `Nilai harus dari ${decimalText(scale.min).id} sampai ${decimalText(scale.max).id}`,
          en: `A score is from ${decimalText(scale.min).en} to ${decimalText(scale.max).en}`,
        },
      },
    ]);
  }
  return descending.find((band) => score > band.above) ?? (descending.at(-1) as S['bands'][number]);
}

/**
 * Refuses a scale that would leave a score without a grade or give it two: its bands, highest first, each above the
 * next and within the scale, the lowest starting at its minimum. Returns the bands highest first.
 */
export function checkPredikatScale<S extends PredikatScale>(scale: S): S['bands'][number][] {
  const invalid = (field: string, id: string, en: string) =>
    new RuleViolation('PREDIKAT_SCALE_INVALID', {}, [{ field, message: { id, en } }]);
  if (!Number.isFinite(scale.min) || !Number.isFinite(scale.max) || scale.min >= scale.max) {
    throw invalid(
      'max',
      'Nilai tertinggi skala harus di atas nilai terendahnya',
      'A scale’s maximum is above its minimum',
    );
  }
  if (scale.bands.length === 0) throw invalid('bands', 'Skala tanpa predikat', 'The scale has no grades');
  const descending = [...scale.bands].sort((a, b) => b.above - a.above);
  descending.forEach((band, i) => {
    const at = `bands.${scale.bands.indexOf(band)}.above`;
    if (!Number.isFinite(band.above) || band.above < scale.min || band.above >= scale.max) {
      throw invalid(
        at,
        'Batas bawah predikat harus di dalam skala',
        'A grade’s lower bound lies within the scale',
      );
    }
    if (i > 0 && descending[i - 1]?.above === band.above) {
      throw invalid(at, 'Dua predikat berbatas bawah sama', 'Two grades share a lower bound');
    }
  });
  if (descending.at(-1)?.above !== scale.min) {
    throw invalid(
      'bands',
      'Predikat terendah harus mulai dari nilai terendah skala',
      'The lowest grade starts at the scale’s minimum',
    );
  }
  return descending;
}
