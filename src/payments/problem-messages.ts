import type { ProblemMessages } from '../platform/problem-messages';

/** The payments area's problem codes (channels, QRIS, RKUD, receipts, reconciliation, deposits), in Indonesian and English. */
export const PAYMENTS_MESSAGES = {
  PAYMENT_INTENT_NOT_FOUND: {
    id: {
      title: 'Pembayaran tidak ditemukan',
      detail: 'Pembayaran yang ditunggu nomor {id} tidak ada di wilayah ini.',
    },
    en: {
      title: 'Expected payment not found',
      detail: 'Expected payment {id} does not exist in this region.',
    },
  },
  PAYMENT_INTENT_NOT_STUCK: {
    id: {
      title: 'Pembayaran tidak tersangkut',
      detail:
        'Pembayaran yang ditunggu nomor {id} tidak berstatus tersangkut; hanya yang tersangkut diselesaikan manual.',
    },
    en: {
      title: 'Payment is not stuck',
      detail: 'Expected payment {id} is not stuck; only stuck payments are settled by hand.',
    },
  },
  QRIS_NOT_CONFIGURED: {
    id: {
      title: 'QRIS belum diatur',
      detail: 'Administrator daerah belum memasukkan QRIS statis dari bank daerah.',
    },
    en: {
      title: 'QRIS not configured',
      detail: 'The region’s administrator has not entered its static QRIS.',
    },
  },
  QRIS_INVALID: {
    id: { title: 'QRIS tidak dapat dipakai', detail: '{reasonId}' },
    en: { title: 'QRIS cannot be used', detail: '{reasonEn}' },
  },
  RKUD_NOT_CONFIGURED: {
    id: {
      title: 'Rekening RKUD belum diatur',
      detail:
        'Administrator daerah belum mengisi Rekening Kas Umum Daerah (RKUD); STS dicetak tanpa nomor rekening.',
    },
    en: {
      title: 'RKUD account not set',
      detail:
        'The region’s administrator has not entered its treasury account (RKUD); STS documents print without an account number.',
    },
  },
  RKUD_ACCOUNT_NUMBER_INVALID: {
    id: {
      title: 'Nomor rekening RKUD tidak sah',
      detail:
        'Nomor rekening harus 10 sampai 20 angka; spasi, titik dan tanda hubung boleh sebagai pemisah. Yang diisi: "{given}".',
    },
    en: {
      title: 'Invalid RKUD account number',
      detail:
        'An account number is 10 to 20 digits; spaces, dots and hyphens may separate them. Entered: "{given}".',
    },
  },
  PAYMENT_NOT_FOUND: {
    id: {
      title: 'Pembayaran tidak ditemukan',
      detail: 'Pembayaran {paymentId} tidak ada atau tidak dapat Anda akses.',
    },
    en: {
      title: 'Payment not found',
      detail: 'Payment {paymentId} does not exist or is not available to you.',
    },
  },
  PARTNER_NOT_FOUND: {
    id: {
      title: 'Mitra bank tidak ditemukan',
      detail: 'Mitra pembayaran {partnerId} tidak ada di wilayah ini.',
    },
    en: {
      title: 'Bank partner not found',
      detail: 'Payment partner {partnerId} does not exist in this region.',
    },
  },
  STATEMENT_FORMAT_MISSING: {
    id: {
      title: 'Format rekening koran belum diatur',
      detail: 'Atur dahulu kolom-kolom rekening koran {partnerId} sebelum mengimpornya.',
    },
    en: {
      title: 'Statement format not set',
      detail: "Set the columns of {partnerId}'s statement before importing one.",
    },
  },
  STATEMENT_FORMAT_INVALID: {
    id: {
      title: 'Format rekening koran tidak dapat dipakai',
      detail:
        '{count} isian bermasalah: kolom jenis dan nilai kredit diisi berdua atau dikosongkan berdua, dan satu kolom tidak dipakai untuk dua hal.',
    },
    en: {
      title: 'Statement format cannot be used',
      detail:
        '{count, plural, one {# field is} other {# fields are}} wrong: the type column and the credit value go together or not at all, and no column serves two purposes.',
    },
  },
  STATEMENT_INVALID: {
    id: {
      title: 'Rekening koran ditolak',
      detail:
        '{count} baris bermasalah; tidak ada yang disimpan. Perbaiki berkas atau formatnya lalu impor ulang.',
    },
    en: {
      title: 'Statement rejected',
      detail:
        '{count, plural, one {# line is} other {# lines are}} bad; nothing was saved. Fix the file or its format and import again.',
    },
  },
  STATEMENT_CONFLICT: {
    id: {
      title: 'Rekening koran sudah ada',
      detail:
        'Rekening koran {partnerId} tanggal {day, date} sudah diimpor dari berkas lain ({fileName}). Bila berkas itu salah, gantilah dengan menyebutkan alasannya.',
    },
    en: {
      title: 'Statement already imported',
      detail:
        "{partnerId}'s statement of {day, date} was already imported from another file ({fileName}). If that file is wrong, replace it, giving the reason.",
    },
  },
  STATEMENT_NOT_FOUND: {
    id: { title: 'Rekening koran tidak ditemukan', detail: 'Rekening koran {statementId} tidak ada.' },
    en: { title: 'Statement not found', detail: 'Bank statement {statementId} does not exist.' },
  },
  STATEMENT_SUPERSEDED: {
    id: {
      title: 'Rekening koran sudah diganti',
      detail:
        'Berkas {fileName} sudah digantikan oleh berkas {current}; rekonsiliasi hari itu memakai berkas yang berlaku.',
    },
    en: {
      title: 'Statement superseded',
      detail:
        "File {fileName} was replaced by file {current}; the day's reconciliation uses the current file.",
    },
  },
  STATEMENT_DAY_DEPOSITED: {
    id: {
      title: 'Rekening koran tidak dapat diganti',
      detail:
        'Penerimaan {partnerId} tanggal {day, date} sudah disetor dengan STS {number}; rekening koran yang menjadi dasarnya tidak dapat diganti lagi.',
    },
    en: {
      title: 'Statement cannot be replaced',
      detail:
        "{partnerId}'s receipts of {day, date} were deposited with STS {number}; the statement they were reconciled on can no longer be replaced.",
    },
  },
  STATEMENT_REPLACEMENT_SAME_FILE: {
    id: {
      title: 'Berkas pengganti sama',
      detail: 'Berkas pengganti sama dengan berkas yang berlaku ({fileName}); tidak ada yang diganti.',
    },
    en: {
      title: 'Same file',
      detail: 'The replacement is the same file as the current one ({fileName}); nothing was replaced.',
    },
  },
  STATEMENT_DAY_NOT_OVER: {
    id: {
      title: 'Hari belum berakhir',
      detail: 'Rekening koran tanggal {day, date} baru dapat diimpor setelah hari itu berakhir.',
    },
    en: {
      title: 'Day not over',
      detail: 'The statement of {day, date} can be imported once that day has ended.',
    },
  },
  STATEMENT_NOT_IMPORTED: {
    id: {
      title: 'Rekening koran belum diimpor',
      detail: 'Impor rekening koran {partnerId} tanggal {day, date} lalu cocokkan sebelum menyetor.',
    },
    en: {
      title: 'Statement not imported',
      detail: "Import and reconcile {partnerId}'s statement of {day, date} before depositing.",
    },
  },
  MISMATCH_NOT_FOUND: {
    id: { title: 'Selisih tidak ditemukan', detail: 'Selisih rekonsiliasi {mismatchId} tidak ada.' },
    en: { title: 'Mismatch not found', detail: 'Reconciliation mismatch {mismatchId} does not exist.' },
  },
  MISMATCH_ALREADY_RESOLVED: {
    id: {
      title: 'Selisih sudah diselesaikan',
      detail: 'Selisih {mismatchId} sudah diselesaikan; penyelesaian tidak dapat diubah.',
    },
    en: {
      title: 'Mismatch already resolved',
      detail: 'Mismatch {mismatchId} is already resolved; a resolution is not changed.',
    },
  },
  MISMATCH_NOT_WITHHELD: {
    id: {
      title: 'Bukan pembayaran yang ditahan',
      detail:
        'Selisih {mismatchId} tidak menahan pembayaran; hanya pembayaran yang diputuskan "ditahan" yang dapat dilepaskan.',
    },
    en: {
      title: 'No payment withheld',
      detail:
        'Mismatch {mismatchId} did not withhold a payment; only a payment decided "withheld" can be released.',
    },
  },
  MISMATCH_ALREADY_RELEASED: {
    id: {
      title: 'Pembayaran sudah dilepaskan',
      detail: 'Pembayaran yang ditahan pada selisih {mismatchId} sudah dilepaskan.',
    },
    en: {
      title: 'Payment already released',
      detail: 'The payment withheld at mismatch {mismatchId} was already released.',
    },
  },
  RELEASE_OF_REVERSED_PAYMENT: {
    id: {
      title: 'Pembayaran sudah dibatalkan',
      detail:
        'Pembayaran NTPD {ntpd} sudah dibatalkan (reversal) oleh bank; tidak ada uang yang dapat disetor.',
    },
    en: {
      title: 'Payment reversed',
      detail: 'Payment NTPD {ntpd} was reversed by the bank; there is no money to deposit.',
    },
  },
  MISMATCH_WITHDRAWN: {
    id: {
      title: 'Selisih sudah ditarik',
      detail:
        'Selisih {mismatchId} ditarik karena rekening korannya diganti; selesaikan selisih dari berkas yang berlaku.',
    },
    en: {
      title: 'Mismatch withdrawn',
      detail:
        "Mismatch {mismatchId} was withdrawn when its statement was replaced; resolve the current file's mismatches instead.",
    },
  },
  RESOLUTION_NOT_ALLOWED: {
    id: {
      title: 'Penyelesaian tidak sesuai',
      detail: 'Selisih jenis {kind} tidak dapat diselesaikan sebagai {resolution}.',
    },
    en: {
      title: 'Resolution not allowed',
      detail: 'A mismatch of kind {kind} cannot be resolved as {resolution}.',
    },
  },
  MISMATCHES_OPEN: {
    id: {
      title: 'Masih ada selisih',
      detail: 'Selesaikan {count} selisih rekonsiliasi tanggal {day, date} sebelum menyetor.',
    },
    en: {
      title: 'Mismatches open',
      detail:
        'Resolve the {count, plural, one {# reconciliation mismatch} other {# reconciliation mismatches}} of {day, date} before depositing.',
    },
  },
  RECONCILIATION_OUTDATED: {
    id: {
      title: 'Rekonsiliasi perlu dicocokkan ulang',
      detail:
        'Pembayaran tanggal {day, date} berubah sejak rekening koran dicocokkan ({count} selisih baru). Cocokkan ulang rekening koran (atau impor ulang berkas yang sama).',
    },
    en: {
      title: 'Reconciliation outdated',
      detail:
        'Payments of {day, date} changed since the statement was matched ({count, plural, one {# new mismatch} other {# new mismatches}}). Match the statement again (or import the same file again).',
    },
  },
  DEPOSIT_TOO_EARLY: {
    id: {
      title: 'Belum dapat disetor',
      detail:
        'Pembayaran tanggal {day, date} masih dapat dibatalkan bank; penyetoran dapat dilakukan mulai {from, date}.',
    },
    en: {
      title: 'Too early to deposit',
      detail:
        'Payments of {day, date} may still be reversed by the bank; they can be deposited from {from, date}.',
    },
  },
  DAY_ALREADY_DEPOSITED: {
    id: {
      title: 'Sudah disetor',
      detail: 'Penerimaan {partnerId} tanggal {day, date} sudah disetor dengan STS {number}.',
    },
    en: {
      title: 'Already deposited',
      detail: "{partnerId}'s receipts of {day, date} were deposited with STS {number}.",
    },
  },
  NOTHING_TO_DEPOSIT: {
    id: {
      title: 'Tidak ada yang disetor',
      detail: 'Tidak ada penerimaan {partnerId} tanggal {day, date} yang dapat disetor.',
    },
    en: {
      title: 'Nothing to deposit',
      detail: 'No receipts of {partnerId} on {day, date} can be deposited.',
    },
  },
  FIRST_DEPOSIT_MISSING: {
    id: {
      title: 'Belum ada STS',
      detail:
        'Penerimaan {partnerId} tanggal {day, date} belum disetor; STS susulan hanya untuk hari yang sudah mempunyai STS pertama.',
    },
    en: {
      title: 'No STS yet',
      detail:
        "{partnerId}'s receipts of {day, date} are not deposited yet; a follow-up STS is only for a day that has its first STS.",
    },
  },
  DEPOSIT_NOT_FOUND: {
    id: { title: 'STS tidak ditemukan', detail: 'Penyetoran {depositId} tidak ada.' },
    en: { title: 'Deposit not found', detail: 'Deposit {depositId} does not exist.' },
  },
} satisfies ProblemMessages;

type PaymentsMessages = typeof PAYMENTS_MESSAGES;

declare module '../platform/problem-messages' {
  interface ProblemCatalogue extends PaymentsMessages {}
}
