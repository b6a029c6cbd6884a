import type { ProblemMessages } from '../../platform/problem-messages';

/** The problems of evidence files and of the audit findings' follow-up, in Indonesian and English. */
export const AUDIT_FINDING_MESSAGES = {
  EVIDENCE_TYPE_NOT_ALLOWED: {
    id: {
      title: 'Jenis berkas tidak diterima',
      detail: '"{fileName}" bukan berkas yang diterima sebagai bukti dukung; kirim {allowed}.',
    },
    en: {
      title: 'File type not accepted',
      detail: '"{fileName}" is not a file accepted as evidence; send {allowed}.',
    },
  },
  EVIDENCE_TOO_LARGE: {
    id: {
      title: 'Berkas terlalu besar',
      detail: '"{fileName}" lebih besar dari {limitMb} MB, batas satu berkas bukti dukung di daerah ini.',
    },
    en: {
      title: 'File too large',
      detail: '"{fileName}" is larger than {limitMb} MB, the limit for one evidence file in this region.',
    },
  },
  EVIDENCE_TOO_MANY: {
    id: { title: 'Terlalu banyak berkas', detail: '{count} berkas dikirim sekaligus; paling banyak {max}.' },
    en: {
      title: 'Too many files',
      detail: '{count, plural, one {# file} other {# files}} sent at once; at most {max}.',
    },
  },
  EVIDENCE_DUPLICATE: {
    id: { title: 'Berkas sudah dikirim', detail: '"{fileName}" sudah dilampirkan pada catatan ini.' },
    en: { title: 'File already sent', detail: '"{fileName}" is already attached to this record.' },
  },
  EVIDENCE_NOT_FOUND: {
    id: {
      title: 'Bukti dukung tidak ditemukan',
      detail: 'Berkas bukti dukung {evidenceId} tidak ada di daerah ini.',
    },
    en: { title: 'Evidence not found', detail: 'Evidence file {evidenceId} does not exist in this region.' },
  },
  AUDIT_FINDING_NOT_FOUND: {
    id: { title: 'Temuan tidak ditemukan', detail: 'Temuan audit {findingId} tidak ada di daerah ini.' },
    en: { title: 'Finding not found', detail: 'Audit finding {findingId} does not exist in this region.' },
  },
  AUDIT_RECOMMENDATION_NOT_FOUND: {
    id: {
      title: 'Rekomendasi tidak ditemukan',
      detail: 'Rekomendasi {recommendationId} tidak ada di daerah ini.',
    },
    en: {
      title: 'Recommendation not found',
      detail: 'Recommendation {recommendationId} does not exist in this region.',
    },
  },
  AUDIT_RECOMMENDATION_CLOSED: {
    id: {
      title: 'Rekomendasi sudah selesai',
      detail:
        'Rekomendasi {recommendationId} sudah dinyatakan {status} oleh verifikator; tindak lanjut tidak lagi diterima.',
    },
    en: {
      title: 'Recommendation closed',
      detail:
        'The verifier has found recommendation {recommendationId} {status}; no more follow-up is taken.',
    },
  },
  AUDIT_FOLLOWUP_MISSING: {
    id: {
      title: 'Belum ada tindak lanjut',
      detail: 'Rekomendasi {recommendationId} belum ditindaklanjuti; status sesuai memerlukan tindak lanjut.',
    },
    en: {
      title: 'No follow-up yet',
      detail: 'Recommendation {recommendationId} has no follow-up; sesuai (done) rests on one.',
    },
  },
  AUDIT_STATUS_REASON_REQUIRED: {
    id: {
      title: 'Alasan harus dicatat',
      detail:
        'Rekomendasi {recommendationId} hanya dapat dinyatakan tidak dapat ditindaklanjuti dengan alasan yang sah (note).',
    },
    en: {
      title: 'Reason required',
      detail:
        'Recommendation {recommendationId} can be found tidak dapat ditindaklanjuti (cannot be followed up) only with its valid reason (note).',
    },
  },
} satisfies ProblemMessages;

type AuditFindingMessages = typeof AUDIT_FINDING_MESSAGES;

declare module '../../platform/problem-messages' {
  interface ProblemCatalogue extends AuditFindingMessages {}
}
