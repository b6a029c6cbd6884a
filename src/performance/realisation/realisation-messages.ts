import type { ProblemMessages } from '../../platform/problem-messages';

/** The problems of quarterly realisation and its deadlines, in Indonesian and English. */
export const REALISATION_MESSAGES = {
  INDICATOR_NOT_FOUND_FOR_REALISATION: {
    id: { title: 'Indikator tidak ditemukan', detail: 'Indikator {indicatorId} tidak ada di daerah ini.' },
    en: { title: 'Indicator not found', detail: 'Indicator {indicatorId} does not exist in this region.' },
  },
  REALISATION_NO_OPD: {
    id: {
      title: 'Indikator tanpa perangkat daerah',
      detail: 'Indikator {indicatorId} adalah indikator tujuan daerah tanpa perangkat daerah pelapor.',
    },
    en: {
      title: 'Indicator without an OPD',
      detail: "Indicator {indicatorId} is a regional goal's indicator; no OPD reports it.",
    },
  },
  REALISATION_NOT_FOUND: {
    id: {
      title: 'Realisasi belum diisi',
      detail: 'Realisasi indikator {indicatorId} triwulan {quarter} tahun {year} belum diisi.',
    },
    en: {
      title: 'No realisation yet',
      detail: 'Indicator {indicatorId} has no realisation for quarter {quarter} of {year}.',
    },
  },
  REALISATION_LOCKED: {
    id: {
      title: 'Realisasi sudah dikunci',
      detail:
        'Realisasi indikator {indicatorId} triwulan {quarter} tahun {year} sudah diterima verifikator dan tidak dapat diubah.',
    },
    en: {
      title: 'Realisation locked',
      detail:
        "Indicator {indicatorId}'s realisation for quarter {quarter} of {year} was accepted by the verifier and can no longer change.",
    },
  },
  REALISATION_AWAITING_VERIFICATION: {
    id: {
      title: 'Realisasi sedang diverifikasi',
      detail:
        'Realisasi indikator {indicatorId} triwulan {quarter} tahun {year} sudah diajukan; tunggu keputusan verifikator.',
    },
    en: {
      title: 'Realisation awaiting verification',
      detail:
        "Indicator {indicatorId}'s realisation for quarter {quarter} of {year} was submitted; wait for the verifier's decision.",
    },
  },
  REALISATION_NOT_SUBMITTED: {
    id: {
      title: 'Realisasi belum diajukan',
      detail:
        'Realisasi indikator {indicatorId} triwulan {quarter} tahun {year} belum diajukan untuk diverifikasi.',
    },
    en: {
      title: 'Realisation not submitted',
      detail:
        "Indicator {indicatorId}'s realisation for quarter {quarter} of {year} has not been submitted for verification.",
    },
  },
  REALISATION_QUARTER_NOT_BEGUN: {
    id: {
      title: 'Triwulan belum dimulai',
      detail: 'Triwulan {quarter} tahun {year} baru dimulai {startsOn}; realisasinya belum dapat dilaporkan.',
    },
    en: {
      title: 'Quarter not begun',
      detail: 'Quarter {quarter} of {year} begins on {startsOn}; its realisation cannot be reported yet.',
    },
  },
  REALISATION_FED_FROM_LEDGER: {
    id: {
      title: 'Realisasi diambil dari buku besar',
      detail:
        'Realisasi indikator {indicatorId} diambil langsung dari buku besar penerimaan (PAD) dan tidak dapat diketik.',
    },
    en: {
      title: 'Realisation fed from the ledger',
      detail:
        "Indicator {indicatorId}'s realisation comes from the revenue ledger (PAD) and cannot be typed.",
    },
  },
  REALISATION_EVIDENCE_MISSING: {
    id: {
      title: 'Bukti dukung belum dilampirkan',
      detail:
        'Lampirkan paling sedikit satu bukti dukung sebelum mengajukan realisasi indikator {indicatorId}.',
    },
    en: {
      title: 'Evidence missing',
      detail: "Attach at least one evidence file before submitting indicator {indicatorId}'s realisation.",
    },
  },
  REALISATION_RETURN_NOTE_REQUIRED: {
    id: {
      title: 'Catatan pengembalian harus diisi',
      detail: 'Realisasi hanya dapat dikembalikan dengan catatan yang menjelaskan apa yang harus diperbaiki.',
    },
    en: {
      title: 'Return note required',
      detail: 'A realisation is returned only with a note saying what to correct.',
    },
  },
  REALISATION_DEADLINE_BEFORE_QUARTER_END: {
    id: {
      title: 'Batas waktu terlalu awal',
      detail:
        'Batas waktu triwulan {quarter} tahun {year} ({dueDate, date}) jatuh sebelum triwulan berakhir ({endsOn, date}).',
    },
    en: {
      title: 'Deadline too early',
      detail:
        'The deadline of quarter {quarter} of {year} ({dueDate, date}) falls before the quarter ends ({endsOn, date}).',
    },
  },
} satisfies ProblemMessages;

type RealisationMessages = typeof REALISATION_MESSAGES;

declare module '../../platform/problem-messages' {
  interface ProblemCatalogue extends RealisationMessages {}
}
