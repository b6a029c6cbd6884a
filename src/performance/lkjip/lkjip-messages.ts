import type { ProblemMessages } from '../../platform/problem-messages';

/** The problem codes of the LKjIP draft and the capaian bands, in Indonesian and English. */
export const LKJIP_MESSAGES = {
  LKJIP_NOT_FOUND: {
    id: { title: 'Draf LKjIP tidak ditemukan', detail: 'Draf LKjIP {reportId} tidak ada di daerah ini.' },
    en: { title: 'LKjIP draft not found', detail: 'LKjIP draft {reportId} does not exist in this region.' },
  },
  LKJIP_YEAR_NOT_BEGUN: {
    id: {
      title: 'Tahun belum dimulai',
      detail: 'LKjIP tahun {year} belum dapat disusun: hari ini {today, date}, tahun itu belum dimulai.',
    },
    en: {
      title: 'Year not begun',
      detail: 'The LKjIP of {year} cannot be drafted yet: today is {today, date}, before that year begins.',
    },
  },
} satisfies ProblemMessages;

type LkjipMessages = typeof LKJIP_MESSAGES;

declare module '../../platform/problem-messages' {
  interface ProblemCatalogue extends LkjipMessages {}
}
