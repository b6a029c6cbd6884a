import type { ProblemMessages } from '../../platform/problem-messages';

/**
 * The problem codes of capaian (rules/capaian.ts) and of the predikat (evaluation/predikat.ts), in Indonesian and
 * English: what the public calculators answer, and what the area's own scoring refuses with the same rules. Which field
 * is to blame, and why, is in the problem's `errors`.
 */
export const CALCULATOR_MESSAGES = {
  CAPAIAN_NEGATIVE_VALUE: {
    id: {
      title: 'Nilai negatif',
      detail:
        'Target dan realisasi tidak boleh negatif: rumus capaian PermenPANRB 8/2021 membandingkan besaran nol ke atas.',
    },
    en: {
      title: 'Negative value',
      detail:
        'Target and realisation cannot be negative: the capaian formulas of PermenPANRB 8/2021 compare quantities of zero or more.',
    },
  },
  CAPAIAN_RANGE_INVERTED: {
    id: {
      title: 'Rentang target terbalik',
      detail:
        'Batas atas rentang target (targetUpper) harus sama dengan atau lebih besar daripada batas bawahnya (target).',
    },
    en: {
      title: 'Target range inverted',
      detail: 'The upper bound of a target range (targetUpper) must be at least its lower bound (target).',
    },
  },
  CAPAIAN_TARGET_ZERO: {
    id: {
      title: 'Target nol',
      detail:
        'Capaian tidak dapat dihitung: rumusnya membagi realisasi dengan target, dan target yang dipakai bernilai nol.',
    },
    en: {
      title: 'Zero target',
      detail:
        'The capaian cannot be computed: its formula divides the realisation by the target, and the target used is zero.',
    },
  },
  CAPAIAN_TOO_LARGE: {
    id: {
      title: 'Capaian terlalu besar',
      detail:
        'Capaian ini melampaui angka yang dapat dihitung dengan tepat; periksa target dan realisasinya.',
    },
    en: {
      title: 'Capaian too large',
      detail:
        'This capaian is beyond the figures that can be computed exactly; check the target and the realisation.',
    },
  },
  CAPAIAN_BANDS_INVALID: {
    id: {
      title: 'Tabel interpretasi capaian tidak sah',
      detail:
        'Tabel interpretasi capaian harus memiliki setidaknya satu pita, masing-masing dengan batas bawah berbeda.',
    },
    en: {
      title: 'Invalid capaian interpretation table',
      detail: 'A capaian interpretation table has at least one band, each with a lower bound of its own.',
    },
  },
  SAKIP_SCORE_OUT_OF_RANGE: {
    id: {
      title: 'Nilai di luar skala',
      detail: 'Nilai evaluasi harus dari {min} sampai {max}.',
    },
    en: {
      title: 'Score outside the scale',
      detail: 'An evaluation score is from {min} to {max}.',
    },
  },
  PREDIKAT_SCALE_INVALID: {
    id: {
      title: 'Skala predikat tidak sah',
      detail: 'Setiap nilai dalam skala harus mendapat tepat satu predikat; lihat rinciannya.',
    },
    en: {
      title: 'Invalid predikat scale',
      detail: 'Every score of the scale must earn exactly one predikat; see the particulars.',
    },
  },
} satisfies ProblemMessages;

type CalculatorMessages = typeof CALCULATOR_MESSAGES;

declare module '../../platform/problem-messages' {
  interface ProblemCatalogue extends CalculatorMessages {}
}
