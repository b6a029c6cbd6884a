import type { ProblemMessages } from '../platform/problem-messages';

/** Collection's problem codes (letters of forced collection, the region's settings), in Indonesian and English. */
export const COLLECTION_MESSAGES = {
  COLLECTION_BILL_NOT_FOUND: {
    id: { title: 'Tagihan tidak ditemukan', detail: 'Tagihan {billId} tidak ada di daerah ini.' },
    en: { title: 'Bill not found', detail: 'Bill {billId} does not exist in this region.' },
  },
  COLLECTION_BILL_NOT_OPEN: {
    id: {
      title: 'Tagihan tidak terutang',
      detail: 'Tagihan {billId} berstatus {status}: tidak ada yang ditagih, surat tidak diterbitkan.',
    },
    en: {
      title: 'Bill not owed',
      detail: 'Bill {billId} is {status}: nothing is owed on it, so no letter is issued.',
    },
  },
  TEGURAN_TOO_EARLY: {
    id: {
      title: 'Surat Teguran belum dapat diterbitkan',
      detail:
        'Tagihan {billId} jatuh tempo {dueDate, date}; Surat Teguran baru dapat diterbitkan mulai {from, date}.',
    },
    en: {
      title: 'Too early for a Surat Teguran',
      detail: 'Bill {billId} fell due on {dueDate, date}; a Surat Teguran may be issued from {from, date}.',
    },
  },
  TEGURAN_ALREADY_ISSUED: {
    id: {
      title: 'Surat Teguran sudah diterbitkan',
      detail: 'Tagihan {billId} sudah diberi Surat Teguran pada {issuedOn, date}.',
    },
    en: {
      title: 'Surat Teguran already issued',
      detail: 'Bill {billId} was given a Surat Teguran on {issuedOn, date}.',
    },
  },
  PAKSA_WITHOUT_TEGURAN: {
    id: {
      title: 'Belum ada Surat Teguran',
      detail: 'Surat Paksa untuk tagihan {billId} hanya dapat diterbitkan setelah Surat Teguran.',
    },
    en: {
      title: 'No Surat Teguran yet',
      detail: 'A Surat Paksa for bill {billId} may be issued only after a Surat Teguran.',
    },
  },
  PAKSA_BEFORE_DEADLINE: {
    id: {
      title: 'Batas waktu Surat Teguran belum lewat',
      detail:
        'Wajib pajak masih dapat melunasi tagihan {billId} sampai {deadline, date}; Surat Paksa dapat diterbitkan mulai {from, date}.',
    },
    en: {
      title: 'The Surat Teguran’s deadline has not passed',
      detail:
        'The taxpayer may still pay bill {billId} until {deadline, date}; a Surat Paksa may be issued from {from, date}.',
    },
  },
  PAKSA_ALREADY_ISSUED: {
    id: {
      title: 'Surat Paksa sudah diterbitkan',
      detail: 'Tagihan {billId} sudah diberi Surat Paksa pada {issuedOn, date}.',
    },
    en: {
      title: 'Surat Paksa already issued',
      detail: 'Bill {billId} was given a Surat Paksa on {issuedOn, date}.',
    },
  },
  COLLECTION_LAPSED: {
    id: {
      title: 'Hak menagih sudah kedaluwarsa',
      detail:
        'Hak menagih tagihan {billId} kedaluwarsa pada {lapsedOn, date}: surat penagihan tidak diterbitkan lagi; tagihan ini diusulkan untuk dihapuskan.',
    },
    en: {
      title: 'The right to collect has lapsed',
      detail:
        'The right to collect bill {billId} lapsed on {lapsedOn, date}: no more collection letters are issued for it; it is proposed for write-off.',
    },
  },
  COLLECTION_SETTING_IN_THE_PAST: {
    id: {
      title: 'Tanggal berlaku sudah lewat',
      detail:
        'Pengaturan penagihan berlaku mulai hari ini atau sesudahnya ({today, date}), bukan {effectiveFrom, date}: surat dan daftar kerja hari-hari sebelumnya tetap mengikuti pengaturan yang berlaku saat itu.',
    },
    en: {
      title: 'Effective date in the past',
      detail:
        'Collection settings take effect today or later ({today, date}), not on {effectiveFrom, date}: the letters and worklists of earlier days keep the settings then in force.',
    },
  },
  COLLECTION_SETTING_DATE_TAKEN: {
    id: {
      title: 'Sudah ada pengaturan untuk tanggal itu',
      detail:
        'Pengaturan penagihan yang berlaku mulai {effectiveFrom, date} sudah dicatat dan tidak diubah. Catat pengaturan baru dengan tanggal berlaku lain.',
    },
    en: {
      title: 'Settings already recorded for that day',
      detail:
        'Collection settings effective from {effectiveFrom, date} are already recorded and are never changed. Record new settings from another day.',
    },
  },
  COLLECTION_LETTER_NOT_FOUND: {
    id: { title: 'Surat tidak ditemukan', detail: 'Surat penagihan {letterId} tidak ada di daerah ini.' },
    en: { title: 'Letter not found', detail: 'Collection letter {letterId} does not exist in this region.' },
  },
} satisfies ProblemMessages;

type CollectionMessages = typeof COLLECTION_MESSAGES;

declare module '../platform/problem-messages' {
  interface ProblemCatalogue extends CollectionMessages {}
}
