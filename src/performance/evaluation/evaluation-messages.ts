import type { ProblemMessages } from '../../platform/problem-messages';

/**
 * The problem codes of the evaluation engine (lke.ts: the SAKIP LKE and the RB PMPRB worksheets), in Indonesian and
 * English. Which part, criterion or field is to blame, and why, is in the problem's `errors`.
 */
export const EVALUATION_MESSAGES = {
  LKE_WORKSHEET_INVALID: {
    id: {
      title: 'Lembar kerja evaluasi tidak sah',
      detail: 'Lembar kerja evaluasi tidak dapat dinilai: ada yang salah pada {item}; lihat rinciannya.',
    },
    en: {
      title: 'Invalid evaluation worksheet',
      detail: 'The evaluation worksheet cannot be scored: something is wrong at {item}; see the particulars.',
    },
  },
  LKE_WEIGHTS_DO_NOT_ADD_UP: {
    id: {
      title: 'Bobot tidak sesuai jumlahnya',
      detail: 'Bobot bagian-bagian di bawah {item} tidak berjumlah sama dengan bobot {item}.',
    },
    en: {
      title: 'Weights do not add up',
      detail: 'The weights of the parts under {item} do not add up to the weight of {item}.',
    },
  },
  LKE_ANSWER_OUT_OF_SCALE: {
    id: {
      title: 'Jawaban di luar skala',
      detail: 'Jawaban kriteria {criterion} tidak ada pada skala jawabannya.',
    },
    en: {
      title: 'Answer outside the scale',
      detail: 'The answer to criterion {criterion} is not on its answer scale.',
    },
  },
  LKE_UNKNOWN_CRITERION: {
    id: {
      title: 'Kriteria tidak dikenal',
      detail: 'Lembar kerja evaluasi tidak memiliki kriteria {criterion}.',
    },
    en: {
      title: 'Unknown criterion',
      detail: 'The evaluation worksheet has no criterion {criterion}.',
    },
  },
} satisfies ProblemMessages;

type EvaluationMessages = typeof EVALUATION_MESSAGES;

declare module '../../platform/problem-messages' {
  interface ProblemCatalogue extends EvaluationMessages {}
}
