import type { ProblemMessages } from '../../platform/problem-messages';

/** The problem codes of the SAKIP (LKE) and RB (PMPRB) evaluations, in Indonesian and English. */
export const EVALUATIONS_MESSAGES = {
  EVALUATION_ANSWER_FED: {
    id: {
      title: 'Jawaban dari data Balai',
      detail:
        'Kriteria {criterion} dijawab dari data Balai sendiri dan tidak dapat diisi manual; perbarui evaluasi untuk membaca data terbaru.',
    },
    en: {
      title: "Answered from Balai's records",
      detail:
        "Criterion {criterion} is answered from Balai's own records and cannot be typed; refresh the evaluation to read the latest.",
    },
  },
  EVALUATION_FEED_SCALE: {
    id: {
      title: 'Skala tidak cocok dengan sumber data',
      detail: 'Kriteria {criterion} membaca {feed}, yang tidak dapat dijawab dengan skala kriteria itu.',
    },
    en: {
      title: 'Scale does not fit the data feed',
      detail: 'Criterion {criterion} reads {feed}, which cannot answer on its scale.',
    },
  },
  EVALUATION_WORKSHEET_EXISTS: {
    id: {
      title: 'Lembar kerja sudah ada',
      detail: 'Daerah ini sudah memiliki lembar kerja evaluasi {kind} tahun {year}.',
    },
    en: {
      title: 'Worksheet already recorded',
      detail: 'This region already has a {kind} evaluation worksheet for {year}.',
    },
  },
  EVALUATION_WORKSHEET_NOT_FOUND: {
    id: {
      title: 'Lembar kerja tidak ditemukan',
      detail: 'Lembar kerja evaluasi {worksheetId} tidak ada di daerah ini.',
    },
    en: {
      title: 'Worksheet not found',
      detail: 'Evaluation worksheet {worksheetId} does not exist in this region.',
    },
  },
  EVALUATION_GRADED_PART_INVALID: {
    id: {
      title: 'Bagian yang diberi predikat tidak sesuai',
      detail:
        'Predikat dibaca dari {gradedPart}: bagian itu harus salah satu bagian teratas lembar kerja, dan nilai tertingginya ({max}) tidak boleh melebihi skala predikat ({scaleMax}).',
    },
    en: {
      title: 'Graded part does not fit',
      detail:
        'The predikat grades {gradedPart}: it must be one of the worksheet’s top-level parts, and its highest score ({max}) must not exceed the predikat scale ({scaleMax}).',
    },
  },
  EVALUATION_NOT_FOUND: {
    id: { title: 'Evaluasi tidak ditemukan', detail: 'Evaluasi {evaluationId} tidak ada di daerah ini.' },
    en: { title: 'Evaluation not found', detail: 'Evaluation {evaluationId} does not exist in this region.' },
  },
  EVALUATION_EXISTS: {
    id: {
      title: 'Evaluasi sudah dibuka',
      detail: 'Lembar kerja ini sudah memiliki evaluasi untuk {subject} (evaluasi {evaluationId}).',
    },
    en: {
      title: 'Evaluation already opened',
      detail: 'This worksheet already has an evaluation of {subject} (evaluation {evaluationId}).',
    },
  },
  EVALUATION_LOCKED: {
    id: {
      title: 'Jawaban sudah dikunci',
      detail:
        'Evaluasi {evaluationId} sudah diajukan untuk direviu: jawaban dan buktinya tidak dapat diubah lagi.',
    },
    en: {
      title: 'Answers are locked',
      detail:
        'Evaluation {evaluationId} has been submitted for review: its answers and evidence can no longer change.',
    },
  },
  EVALUATION_UNANSWERED: {
    id: {
      title: 'Belum semua kriteria dijawab',
      detail: 'Masih ada {count} kriteria tanpa jawaban ({criteria}); jawab semuanya sebelum mengajukan.',
    },
    en: {
      title: 'Criteria left unanswered',
      detail: '{count} criteria have no answer yet ({criteria}); answer them all before submitting.',
    },
  },
  EVALUATION_NOT_SUBMITTED: {
    id: {
      title: 'Evaluasi belum diajukan',
      detail: 'Evaluasi {evaluationId} masih draf: evaluator mereviu setelah subjeknya mengajukan.',
    },
    en: {
      title: 'Evaluation not submitted',
      detail:
        'Evaluation {evaluationId} is still a draft: the evaluator reviews it once its subject submits it.',
    },
  },
  EVALUATION_FINISHED: {
    id: {
      title: 'Evaluasi sudah selesai',
      detail: 'Evaluasi {evaluationId} sudah selesai direviu; nilai dan predikatnya tetap.',
    },
    en: {
      title: 'Evaluation finished',
      detail: 'Evaluation {evaluationId} has been reviewed; its score and predikat stand.',
    },
  },
} satisfies ProblemMessages;

type EvaluationsMessages = typeof EVALUATIONS_MESSAGES;

declare module '../../platform/problem-messages' {
  interface ProblemCatalogue extends EvaluationsMessages {}
}
