import type { ProblemMessages } from '../../platform/problem-messages';

/** The problem codes of the quarterly rankings, in both languages. */
export const RANKING_MESSAGES = {
  RANKING_QUARTER_NOT_STARTED: {
    id: {
      title: 'Triwulan belum dimulai',
      detail: 'Triwulan {quarter} tahun {year} belum dimulai, sehingga belum dapat diperingkat.',
    },
    en: {
      title: 'Quarter not started',
      detail: 'Quarter {quarter} of {year} has not started yet, so it cannot be ranked.',
    },
  },
  RANKING_SETTINGS_INVALID: {
    id: {
      title: 'Aturan peringkat tidak sesuai',
      detail:
        'Batas pita 9-box harus naik: batas "tinggi" di atas batas "sedang", untuk kinerja maupun potensi.',
    },
    en: {
      title: 'Ranking rules do not fit',
      detail:
        'The 9-box bands must rise: the "high" bound above the "medium" one, for performance and potential alike.',
    },
  },
} satisfies ProblemMessages;

type RankingMessages = typeof RANKING_MESSAGES;

declare module '../../platform/problem-messages' {
  interface ProblemCatalogue extends RankingMessages {}
}
