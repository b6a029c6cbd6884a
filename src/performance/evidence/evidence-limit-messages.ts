import type { ProblemMessages } from '../../platform/problem-messages';

/** The refusals of the region's limits on evidence files, in Indonesian and English. */
export const EVIDENCE_LIMIT_MESSAGES = {
  EVIDENCE_LIMIT_IN_PAST: {
    id: {
      title: 'Tanggal berlaku sudah lewat',
      detail:
        'Batas bukti dukung tidak dapat berlaku mulai {effectiveFrom, date}, hari yang sudah lewat; pilih hari ini ({today, date}) atau sesudahnya.',
    },
    en: {
      title: 'Effective date in the past',
      detail:
        'Evidence limits cannot take effect on {effectiveFrom, date}, a day gone by; choose today ({today, date}) or later.',
    },
  },
  EVIDENCE_LIMIT_TOO_LARGE: {
    id: {
      title: 'Batas ukuran terlalu besar',
      detail:
        'Batas {maxMb} MB melebihi {ceilingMb} MB, ukuran terbesar yang dapat diterima server untuk satu unggahan.',
    },
    en: {
      title: 'Size limit too large',
      detail: 'A limit of {maxMb} MB is above {ceilingMb} MB, the most the server takes in one upload.',
    },
  },
  EVIDENCE_LIMIT_TYPE_UNKNOWN: {
    id: {
      title: 'Jenis berkas tidak dikenal',
      detail:
        'Jenis berkas {types} tidak dikenal sebagai bukti dukung; pilih paling sedikit satu dari {allowed}.',
    },
    en: {
      title: 'Unknown file type',
      detail: 'File type {types} is not known for evidence; choose at least one of {allowed}.',
    },
  },
} satisfies ProblemMessages;

type EvidenceLimitMessages = typeof EVIDENCE_LIMIT_MESSAGES;

declare module '../../platform/problem-messages' {
  interface ProblemCatalogue extends EvidenceLimitMessages {}
}
