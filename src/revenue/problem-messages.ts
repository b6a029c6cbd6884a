import type { ProblemMessages } from '../platform/problem-messages';

/** The revenue area's problem codes (targets and their import), in Indonesian and English. */
export const REVENUE_MESSAGES = {
  TAX_NOT_LEVIED: {
    id: {
      title: 'Pajak tidak dipungut daerah ini',
      detail: 'Daerah ini tidak memiliki tarif {taxCode} pada tahun {year}; target tidak dapat ditetapkan.',
    },
    en: {
      title: 'Tax not levied by the region',
      detail: 'The region has no {taxCode} rate in {year}; no target can be set for it.',
    },
  },
  TARGET_AMOUNT_NEGATIVE: {
    id: {
      title: 'Target negatif',
      detail: 'Target dan rincian bulanannya tidak boleh negatif ({amount, rupiah}).',
    },
    en: {
      title: 'Negative target',
      detail: 'A target and its months cannot be negative ({amount, rupiah}).',
    },
  },
  TARGET_MONTHS_DO_NOT_ADD_UP: {
    id: {
      title: 'Rincian bulanan tidak sama dengan target tahunan',
      detail: 'Jumlah dua belas bulan {monthsSum, rupiah} berbeda dengan target setahun {amount, rupiah}.',
    },
    en: {
      title: 'Months do not add up to the year',
      detail: 'The twelve months add up to {monthsSum, rupiah}, not the year’s target of {amount, rupiah}.',
    },
  },
  TARGET_YEAR_OUT_OF_RANGE: {
    id: {
      title: 'Tahun anggaran di luar jangkauan',
      detail: 'Tahun anggaran {year} di luar {firstYear}–{lastYear}.',
    },
    en: {
      title: 'Budget year out of range',
      detail: 'Budget year {year} is outside {firstYear}–{lastYear}.',
    },
  },
  TARGET_EFFECTIVE_OUTSIDE_YEAR: {
    id: {
      title: 'Tanggal berlaku di luar tahun anggaran',
      detail: 'Tanggal berlaku {effectiveFrom} tidak jatuh pada tahun anggaran {year}.',
    },
    en: {
      title: 'Effective date outside the budget year',
      detail: 'The effective date {effectiveFrom} is not in budget year {year}.',
    },
  },
  TARGET_NOT_FOUND: {
    id: { title: 'Target tidak ditemukan', detail: 'Target {targetId} tidak ada di daerah ini.' },
    en: { title: 'Target not found', detail: 'Target {targetId} does not exist in this region.' },
  },
  TARGET_ALREADY_APPROVED: {
    id: {
      title: 'Target sudah disetujui',
      detail: 'Target {targetId} sudah disetujui pada {approvedAt}; persetujuan hanya sekali.',
    },
    en: {
      title: 'Target already approved',
      detail: 'Target {targetId} was approved on {approvedAt}; it is approved once.',
    },
  },
  TARGET_IMPORT_FORMAT: {
    id: {
      title: 'Berkas tidak dikenali',
      detail: 'Berkas {fileName} bukan CSV atau XLSX yang dapat dibaca.',
    },
    en: { title: 'File not recognised', detail: '{fileName} is not a CSV or XLSX file that can be read.' },
  },
  TARGET_IMPORT_HEADER: {
    id: {
      title: 'Judul kolom salah',
      detail: 'Baris 1, kolom {column}: tertulis "{found}", seharusnya "{expected}". Tidak ada yang diimpor.',
    },
    en: {
      title: 'Wrong header',
      detail: 'Row 1, column {column}: found "{found}", expected "{expected}". Nothing was imported.',
    },
  },
  TARGET_IMPORT_CELL: {
    id: {
      title: 'Isian tidak valid',
      detail: 'Baris {row}, kolom {column} ({header}): {alasan}. Tidak ada yang diimpor.',
    },
    en: {
      title: 'Bad cell',
      detail: 'Row {row}, column {column} ({header}): {reason}. Nothing was imported.',
    },
  },
  TARGET_IMPORT_EMPTY: {
    id: { title: 'Berkas kosong', detail: 'Berkas {fileName} tidak berisi baris target.' },
    en: { title: 'Empty file', detail: '{fileName} holds no target rows.' },
  },
  REVENUE_REPORT_MONTH_NOT_BEGUN: {
    id: {
      title: 'Bulan laporan belum dimulai',
      detail:
        'Laporan {period, month} belum dapat dibuat: bulan itu belum dimulai (hari ini {today, date}). ' +
        'Laporan dibuat untuk bulan yang telah berakhir atau bulan berjalan.',
    },
    en: {
      title: 'Report month not begun',
      detail:
        'No report for {period, month} can be made yet: the month has not begun (today is {today, date}). ' +
        'A report covers a month that is over or the current month.',
    },
  },
  REVENUE_REPORT_NOT_FOUND: {
    id: { title: 'Laporan tidak ditemukan', detail: 'Laporan {reportId} tidak ada di daerah ini.' },
    en: { title: 'Report not found', detail: 'Report {reportId} does not exist in this region.' },
  },
} satisfies ProblemMessages;

type RevenueMessages = typeof REVENUE_MESSAGES;

declare module '../platform/problem-messages' {
  interface ProblemCatalogue extends RevenueMessages {}
}
