/**
 * Capaian (achievement) of a performance indicator: its realisation against its target, in percent, by the formulas
 * of PermenPANRB 8/2021 (Sistem Manajemen Kinerja, lampiran pp. 99–110 of the published copy; domain reference
 * governance.md §1.7), and the band a region reads a capaian in (its LKjIP's interpretation table).
 *
 * The result has two decimals, rounded once from the exact value, half away from zero (fraction.ts): 100/3 → 33.33,
 * 200/3 → 66.67, a realisation of 1.005 against 100 → 1.01 (the binary double of 1.005 would give 1.00).
 */

import {
  compare,
  divide,
  type Fraction,
  fraction,
  fromHundredths,
  hundredths,
  isZero,
  multiply,
  subtract,
  whole,
} from './fraction';
import { decimalText, RuleViolation } from './rule-violation';

/** Higher is better, lower is better, or a target that is a range (e.g. 5–7%). */
export type Polarity = 'higher' | 'lower' | 'range';

export type CapaianInput =
  | { polarity: 'higher' | 'lower'; target: number; realisation: number }
  | {
      polarity: 'range';
      /** The range's lower bound. */
      target: number;
      /** The range's upper bound, at least `target`. */
      targetUpper: number;
      realisation: number;
      /**
       * Which formula scores a realisation outside the range: `higher` (the default) as in 8/2021's example of a
       * target of 80–90% complaints settled, `lower` (kondisi khusus) as in its example of a target of 7–8 months.
       */
      beyondRange?: 'higher' | 'lower';
    };

const HUNDRED = whole(100);
const TWO = whole(2);

/** Capaian in percent with two decimals. Throws a RuleViolation for a negative value, an inverted range, a zero divisor. */
export function capaian(input: CapaianInput): number {
  const realisation = nonNegative(input.realisation, 'realisation');
  const target = nonNegative(input.target, 'target');
  let percent: Fraction;
  if (input.polarity === 'range') {
    const upper = nonNegative(input.targetUpper, 'targetUpper');
    if (compare(upper, target) < 0) {
      throw new RuleViolation('CAPAIAN_RANGE_INVERTED', {}, [
        {
          field: 'targetUpper',
          message: {
            id: 'Batas atas rentang target lebih kecil daripada batas bawahnya (target)',
            en: 'The upper bound of the target range is below its lower bound (target)',
          },
        },
      ]);
    }
    // 8/2021, the note to formulas (f) and (g): a realisation above the range is measured against its upper bound,
    // one below it against its lower bound. Within the range the target is met: 100%.
    const beyond = input.beyondRange ?? 'higher';
    if (compare(realisation, upper) > 0) percent = formula(beyond, realisation, upper, 'targetUpper');
    else if (compare(realisation, target) < 0) percent = formula(beyond, realisation, target, 'target');
    else percent = HUNDRED;
  } else {
    percent = formula(input.polarity, realisation, target, 'target');
  }
  const h = hundredths(percent);
  if (h === null) throw new RuleViolation('CAPAIAN_TOO_LARGE');
  return fromHundredths(h);
}

function formula(
  polarity: 'higher' | 'lower',
  realisation: Fraction,
  target: Fraction,
  field: 'target' | 'targetUpper',
): Fraction {
  if (isZero(target)) {
    throw new RuleViolation('CAPAIAN_TARGET_ZERO', {}, [
      {
        field,
        message: {
          id: 'Rumus capaian membagi dengan target ini, yang bernilai nol',
          en: 'The capaian formula divides by this target, which is zero',
        },
      },
    ]);
  }
  const ratio = divide(realisation, target);
  // 8/2021 formula (f), kondisi normal: realisasi / target × 100%.
  if (polarity === 'higher') return multiply(ratio, HUNDRED);
  // 8/2021 formula (g), kondisi khusus (lower is better, e.g. poverty, unemployment, months taken):
  // (1 + (1 − realisasi / target)) × 100%. It is the same number as the LKjIP form
  // (rencana − (realisasi − rencana)) / rencana × 100%, and it falls below zero, as written, once the realisation
  // passes twice the target.
  return multiply(subtract(TWO, ratio), HUNDRED);
}

function nonNegative(x: number, field: string): Fraction {
  const value = fraction(x);
  if (value.n < 0n) {
    throw new RuleViolation('CAPAIAN_NEGATIVE_VALUE', {}, [
      {
        field,
        message: {
          id: `Tidak boleh negatif (tertulis ${decimalText(x).id})`,
          en: `Must not be negative (got ${decimalText(x).en})`,
        },
      },
    ]);
  }
  return value;
}

/**
 * One band of a region's interpretation table: a capaian from `from` percent up to the next band's `from` reads as
 * `label`. Tables differ by Pemda (Kab. Sampang: 91 Sangat Baik, 76 Baik, 66 Cukup, 51 Kurang, below Sangat Kurang),
 * so the table is the region's data, never a constant here. A bound written "> 85" is `from: 85.01`: capaian has
 * two decimals.
 */
export type InterpretationBand = { readonly from: number };

/**
 * The band a capaian reads in: the one with the highest `from` at or below it. The lowest band also takes every
 * capaian below its own `from` (a "≤ 50: Sangat Kurang" row), so every capaian has a band.
 */
export function interpretationBand<B extends InterpretationBand>(
  capaianPercent: number,
  bands: readonly B[],
): B {
  checkInterpretationBands(bands);
  const descending = [...bands].sort((a, b) => b.from - a.from);
  return descending.find((b) => capaianPercent >= b.from) ?? (descending.at(-1) as B);
}

/** Refuses a table a region cannot read a capaian in: none, a bound that is not a number, two bands from one bound. */
export function checkInterpretationBands(bands: readonly InterpretationBand[]): void {
  if (bands.length === 0) {
    throw new RuleViolation('CAPAIAN_BANDS_INVALID', {}, [
      {
        field: 'bands',
        message: { id: 'Tabel interpretasi kosong', en: 'The interpretation table is empty' },
      },
    ]);
  }
  const seen = new Set<number>();
  bands.forEach((band, i) => {
    if (!Number.isFinite(band.from)) {
      throw new RuleViolation('CAPAIAN_BANDS_INVALID', {}, [
        {
          field: `bands.${i}.from`,
          message: { id: 'Batas bawah harus berupa angka', en: 'A lower bound must be a number' },
        },
      ]);
    }
    if (seen.has(band.from)) {
      throw new RuleViolation('CAPAIAN_BANDS_INVALID', {}, [
        {
          field: `bands.${i}.from`,
          message: {
            id: `Dua pita berawal dari ${decimalText(band.from).id}`,
            en: `Two bands start at ${decimalText(band.from).en}`,
          },
        },
      ]);
    }
    seen.add(band.from);
  });
}
