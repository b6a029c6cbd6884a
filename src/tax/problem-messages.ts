import type { ProblemMessages } from '../platform/problem-messages';

/** The tax area's problem codes (registry, returns, assessments, overpayments, documents), in Indonesian and English. */
export const TAX_MESSAGES = {
  TAX_POLICY_MISSING: {
    id: {
      title: 'Aturan pajak belum diatur',
      detail: 'Wilayah {regionId} belum memiliki aturan pajak yang berlaku pada {day, date}.',
    },
    en: {
      title: 'Tax rules not configured',
      detail: 'Region {regionId} has no tax rules in force on {day, date}.',
    },
  },
  TAX_RATE_MISSING: {
    id: {
      title: 'Tarif pajak belum diatur',
      detail: 'Belum ada tarif {taxCode} kategori {category} yang berlaku pada {day, date}.',
    },
    en: {
      title: 'Tax rate not configured',
      detail: 'No {taxCode} rate for category {category} is in force on {day, date}.',
    },
  },
  UNKNOWN_TAX_CATEGORY: {
    id: {
      title: 'Kategori pajak tidak dikenal',
      detail: 'Pajak {taxCode} tidak memiliki kategori {category}.',
    },
    en: { title: 'Unknown tax category', detail: 'Tax {taxCode} has no category {category}.' },
  },
  RATE_ABOVE_LEGAL_MAXIMUM: {
    id: {
      title: 'Tarif melebihi batas undang-undang',
      detail: 'Tarif {rate, percent} ditolak: {article} membatasinya paling tinggi {max, percent}.',
    },
    en: {
      title: 'Rate above the legal maximum',
      detail: 'A {rate, percent} rate is refused: {article} caps it at {max, percent}.',
    },
  },
  RATE_BELOW_LEGAL_MINIMUM: {
    id: {
      title: 'Tarif di bawah batas undang-undang',
      detail:
        'Tarif {rate, percent} ditolak: {article} menetapkan paling rendah {min, percent} dan paling tinggi {max, percent}.',
    },
    en: {
      title: 'Rate below the legal minimum',
      detail: 'A {rate, percent} rate is refused: {article} sets {min, percent} to {max, percent}.',
    },
  },
  TAXPAYER_NOT_FOUND: {
    id: {
      title: 'Wajib pajak tidak ditemukan',
      detail: 'Wajib pajak {taxpayerId} tidak ada atau tidak dapat Anda akses.',
    },
    en: {
      title: 'Taxpayer not found',
      detail: 'Taxpayer {taxpayerId} does not exist or is not available to you.',
    },
  },
  TAX_OBJECT_NOT_FOUND: {
    id: {
      title: 'Objek pajak tidak ditemukan',
      detail: 'Objek pajak {objectId} tidak ada pada wajib pajak ini.',
    },
    en: { title: 'Tax object not found', detail: 'Tax object {objectId} does not exist for this taxpayer.' },
  },
  DUPLICATE_NIK: {
    id: {
      title: 'NIK sudah terdaftar',
      detail: 'NIK {nik} sudah terdaftar sebagai wajib pajak di wilayah ini.',
    },
    en: {
      title: 'NIK already registered',
      detail: 'NIK {nik} is already registered as a taxpayer in this region.',
    },
  },
  DUPLICATE_NPWP: {
    id: {
      title: 'NPWP sudah terdaftar',
      detail: 'NPWP {npwp} sudah terdaftar sebagai wajib pajak di wilayah ini.',
    },
    en: {
      title: 'NPWP already registered',
      detail: 'NPWP {npwp} is already registered as a taxpayer in this region.',
    },
  },
  UNKNOWN_VILLAGE: {
    id: {
      title: 'Kelurahan tidak dikenal',
      detail: 'Kode {villageCode} bukan kelurahan/desa di wilayah {regionId}.',
    },
    en: {
      title: 'Unknown kelurahan',
      detail: 'Code {villageCode} is not a kelurahan/desa of region {regionId}.',
    },
  },
  UNKNOWN_TAX_TYPE: {
    id: { title: 'Jenis pajak tidak dikenal', detail: 'Tidak ada jenis pajak dengan kode {taxCode}.' },
    en: { title: 'Unknown tax type', detail: 'There is no tax type with code {taxCode}.' },
  },
  REGISTRATION_ALREADY_DECIDED: {
    id: {
      title: 'Pendaftaran sudah diputuskan',
      detail: 'Pendaftaran wajib pajak {taxpayerId} sudah berstatus {status}.',
    },
    en: {
      title: 'Registration already decided',
      detail: 'The registration of taxpayer {taxpayerId} is already {status}.',
    },
  },
  TAXPAYER_REJECTED: {
    id: {
      title: 'Pendaftaran ditolak',
      detail: 'Pendaftaran wajib pajak {taxpayerId} telah ditolak; daftarkan ulang.',
    },
    en: {
      title: 'Registration rejected',
      detail: 'The registration of taxpayer {taxpayerId} was rejected; register again.',
    },
  },
  TAXPAYER_NOT_VERIFIED: {
    id: {
      title: 'Wajib pajak belum diverifikasi',
      detail: 'Verifikasi wajib pajak {taxpayerId} terlebih dahulu.',
    },
    en: { title: 'Taxpayer not verified', detail: 'Verify taxpayer {taxpayerId} first.' },
  },
  OBJECT_ALREADY_DECIDED: {
    id: { title: 'Objek pajak sudah diputuskan', detail: 'Objek pajak {objectId} sudah berstatus {status}.' },
    en: { title: 'Tax object already decided', detail: 'Tax object {objectId} is already {status}.' },
  },
  OBJECT_ALREADY_CLOSED: {
    id: {
      title: 'Objek pajak sudah ditutup',
      detail: 'Objek pajak {objectId} sudah ditutup pada {closedOn, date}.',
    },
    en: {
      title: 'Tax object already closed',
      detail: 'Tax object {objectId} was closed on {closedOn, date}.',
    },
  },
  OBJECT_NOT_ACTIVE: {
    id: {
      title: 'Objek pajak tidak aktif',
      detail: 'Objek pajak {objectId} berstatus {status}; hanya objek aktif yang dapat ditutup.',
    },
    en: {
      title: 'Tax object not active',
      detail: 'Tax object {objectId} is {status}; only an active object can be closed.',
    },
  },
  CLOSE_BEFORE_OPEN: {
    id: {
      title: 'Tanggal tutup sebelum buka',
      detail: 'Tanggal tutup {closedOn, date} sebelum tanggal buka {openedOn, date}.',
    },
    en: {
      title: 'Closed before it opened',
      detail: 'The closing date, {closedOn, date}, is before the opening date, {openedOn, date}.',
    },
  },
  IMPORT_REJECTED: {
    id: {
      title: 'Impor ditolak',
      detail:
        '{count} baris bermasalah; tidak ada data yang disimpan. Perbaiki baris yang disebut lalu impor ulang.',
    },
    en: {
      title: 'Import rejected',
      detail:
        '{count, plural, one {# row is} other {# rows are}} bad; nothing was saved. Fix the rows listed and import again.',
    },
  },
  RETURN_NOT_FOUND: {
    id: { title: 'SPTPD tidak ditemukan', detail: 'SPTPD {returnId} tidak ada atau tidak dapat Anda akses.' },
    en: { title: 'Return not found', detail: 'Return {returnId} does not exist or is not available to you.' },
  },
  RETURN_EXISTS: {
    id: {
      title: 'SPTPD sudah ada',
      detail: 'SPTPD masa {period, month} untuk objek ini sudah ada; ajukan pembetulan.',
    },
    en: {
      title: 'Return already filed',
      detail: 'A return for the {period, month} period already exists for this object; amend it instead.',
    },
  },
  RETURN_CLOSED_TO_ATTACHMENTS: {
    id: {
      title: 'SPTPD sudah ditutup',
      detail: 'SPTPD {returnId} berstatus {status}; lampiran hanya dapat ditambahkan sebelum SPTPD diteliti.',
    },
    en: {
      title: 'SPTPD closed',
      detail: 'SPTPD {returnId} is {status}; attachments can be added only until the return is reviewed.',
    },
  },
  ATTACHMENT_TYPE_REFUSED: {
    id: {
      title: 'Jenis berkas tidak diterima',
      detail: 'Berkas {fileName} bukan PDF, JPEG atau PNG.',
    },
    en: { title: 'File type refused', detail: 'File {fileName} is not a PDF, JPEG or PNG.' },
  },
  ATTACHMENT_TOO_LARGE: {
    id: { title: 'Berkas terlalu besar', detail: 'Berkas {fileName} melebihi {limitMb} MB.' },
    en: { title: 'File too large', detail: 'File {fileName} is larger than {limitMb} MB.' },
  },
  ATTACHMENT_DUPLICATE: {
    id: { title: 'Lampiran sudah ada', detail: 'Berkas {fileName} sudah dilampirkan pada SPTPD ini.' },
    en: { title: 'Already attached', detail: 'File {fileName} is already attached to this return.' },
  },
  ATTACHMENTS_FULL: {
    id: { title: 'Lampiran penuh', detail: 'SPTPD {returnId} sudah memiliki {max} lampiran.' },
    en: {
      title: 'Attachments full',
      detail: 'SPTPD {returnId} already has {max, plural, one {# attachment} other {# attachments}}.',
    },
  },
  ATTACHMENT_NOT_FOUND: {
    id: { title: 'Lampiran tidak ditemukan', detail: 'Lampiran {attachmentId} tidak ada.' },
    en: { title: 'Attachment not found', detail: 'Attachment {attachmentId} does not exist.' },
  },
  RETURN_NOT_DRAFT: {
    id: {
      title: 'Bukan konsep',
      detail: 'SPTPD {returnId} berstatus {status} dan tidak dapat disampaikan lagi.',
    },
    en: { title: 'Not a draft', detail: 'Return {returnId} is {status} and cannot be submitted again.' },
  },
  RETURN_NOT_SUBMITTED: {
    id: { title: 'SPTPD belum disampaikan', detail: 'SPTPD {returnId} berstatus {status}.' },
    en: { title: 'Return not submitted', detail: 'Return {returnId} is {status}.' },
  },
  RETURN_ALREADY_REVIEWED: {
    id: { title: 'SPTPD sudah diteliti', detail: 'SPTPD {returnId} sudah {status} oleh petugas lain.' },
    en: {
      title: 'Return already reviewed',
      detail: 'Return {returnId} was already {status} by another officer.',
    },
  },
  RETURN_PAID_REJECTION_UNCONFIRMED: {
    id: {
      title: 'Masa pajak ini sudah dibayar',
      detail:
        'Sudah dibayar {paid, rupiah} untuk masa SPTPD {returnId}. Penolakan tidak mengembalikan pembayaran: pembayaran tetap tercatat untuk masa ini dan diperhitungkan dengan pembetulan wajib pajak (kelebihannya menjadi lebih bayar lewat SKPDLB untuk dikembalikan atau dikompensasikan). Tinjau ringkasan lalu konfirmasi penolakan dengan jumlah tersebut.',
    },
    en: {
      title: 'This masa is already paid',
      detail:
        '{paid, rupiah} is already paid for the masa of return {returnId}. Rejecting does not refund the payment: it stays credited to this masa and is reckoned against the taxpayer’s pembetulan (any excess becomes an overpayment, by SKPDLB, to refund or offset). Review the summary, then confirm the rejection with that amount.',
    },
  },
  RETURN_SUPERSEDED: {
    id: {
      title: 'SPTPD sudah dibetulkan',
      detail: 'SPTPD {returnId} sudah digantikan pembetulan yang lebih baru; betulkan yang terakhir.',
    },
    en: {
      title: 'Return superseded',
      detail: 'Return {returnId} was replaced by a later amendment; amend the latest one.',
    },
  },
  PERIOD_NOT_ENDED: {
    id: {
      title: 'Masa pajak belum berakhir',
      detail: 'Masa pajak {period, month} belum berakhir; SPTPD dapat disampaikan setelah akhir bulan.',
    },
    en: {
      title: 'Tax period not ended',
      detail: 'The {period, month} tax period has not ended; file after the month ends.',
    },
  },
  PERIOD_BEFORE_OPENING: {
    id: {
      title: 'Objek belum beroperasi',
      detail: 'Objek mulai beroperasi {openedOn, date}, setelah masa pajak {period, month}.',
    },
    en: {
      title: 'Object not yet open',
      detail: 'The object opened on {openedOn, date}, after the {period, month} tax period.',
    },
  },
  OBJECT_CLOSED: {
    id: { title: 'Objek sudah tutup', detail: 'Objek {objectId} tutup sejak {closedOn, date}.' },
    en: { title: 'Object closed', detail: 'Object {objectId} closed on {closedOn, date}.' },
  },
  POLICY_TAX_NOT_SELF_ASSESSED: {
    id: {
      title: 'Bukan pajak dibayar sendiri',
      detail:
        '{taxCode} bukan jenis pajak yang dibayar sendiri; hanya pajak seperti itu yang dapat ditetapkan daerah.',
    },
    en: {
      title: 'Not a self-assessed tax',
      detail:
        '{taxCode} is not a self-assessed tax type; only such a tax can be made assessed by the region.',
    },
  },
  NOT_SELF_ASSESSED: {
    id: {
      title: 'Bukan pajak dibayar sendiri',
      detail: 'Pajak {taxCode} ditetapkan dengan SKPD, bukan SPTPD.',
    },
    en: { title: 'Not self-assessed', detail: 'Tax {taxCode} is assessed by SKPD, not filed by SPTPD.' },
  },
  LINES_DO_NOT_ADD_UP: {
    id: {
      title: 'Rincian tidak sesuai',
      detail: 'Jumlah rincian {sum, rupiah} tidak sama dengan omzet {gross, rupiah}.',
    },
    en: {
      title: 'Lines do not add up',
      detail: 'The lines add up to {sum, rupiah}, not the gross receipts of {gross, rupiah}.',
    },
  },
  ASSESSMENT_NOT_FOUND: {
    id: {
      title: 'Ketetapan tidak ditemukan',
      detail: 'Ketetapan {assessmentId} tidak ada atau tidak dapat Anda akses.',
    },
    en: {
      title: 'Assessment not found',
      detail: 'Assessment {assessmentId} does not exist or is not available to you.',
    },
  },
  ASSESSMENT_NEGATIVE: {
    id: {
      title: 'Ketetapan tidak sah',
      detail: 'Ketetapan {kind} ini tidak menghasilkan jumlah yang dapat ditagih.',
    },
    en: {
      title: 'Invalid assessment',
      detail: 'This {kind} assessment yields no amount that can be billed.',
    },
  },
  BASIS_DOES_NOT_MATCH_TAX: {
    id: {
      title: 'Dasar pengenaan tidak sesuai',
      detail: 'Objek pajak {taxCode} tidak dapat ditetapkan dengan dasar {basis}.',
    },
    en: {
      title: 'Basis does not match the tax',
      detail: 'A {taxCode} object cannot be assessed on a {basis} basis.',
    },
  },
  NO_REKLAME_TARIFF: {
    id: {
      title: 'Tarif reklame belum diatur',
      detail: 'Tidak ada tarif reklame {reklameType} kelas {locationClass} per {periodUnit}.',
    },
    en: {
      title: 'No reklame tariff',
      detail: 'No tariff for reklame {reklameType}, class {locationClass}, per {periodUnit}.',
    },
  },
  NO_PAT_PRICE: {
    id: {
      title: 'Harga air tanah belum diatur',
      detail: 'Tidak ada harga dasar air tanah untuk peruntukan {usage}.',
    },
    en: { title: 'No groundwater price', detail: 'No groundwater base price for usage {usage}.' },
  },
  RETURN_NOT_CURRENT: {
    id: {
      title: 'SPTPD bukan yang terakhir',
      detail: 'SPTPD {returnId} berstatus {status}; gunakan SPTPD yang berlaku.',
    },
    en: { title: 'Return not current', detail: 'Return {returnId} is {status}; use the current return.' },
  },
  RETURN_NOT_VERIFIED: {
    id: {
      title: 'SPTPD belum diverifikasi',
      detail: 'SPTPD {returnId} berstatus {status}; SKPDN diterbitkan setelah verifikasi.',
    },
    en: {
      title: 'Return not verified',
      detail: 'Return {returnId} is {status}; an SKPDN follows verification.',
    },
  },
  SKPDKB_EXISTS: {
    id: {
      title: 'SKPDKB sudah terbit',
      detail: 'Sudah ada SKPDKB untuk masa {period, month}; data baru diterbitkan sebagai SKPDKBT.',
    },
    en: {
      title: 'SKPDKB already issued',
      detail: 'An SKPDKB exists for the {period, month} period; new findings are issued as an SKPDKBT.',
    },
  },
  SKPDKB_REQUIRED: {
    id: {
      title: 'SKPDKB belum ada',
      detail: 'SKPDKBT hanya diterbitkan setelah SKPDKB untuk masa {period, month}.',
    },
    en: { title: 'SKPDKB required', detail: 'An SKPDKBT follows an SKPDKB for the {period, month} period.' },
  },
  NO_SHORTFALL: {
    id: {
      title: 'Tidak ada kurang bayar',
      detail:
        'Pajak yang benar {correctTax, rupiah} tidak melebihi yang sudah ditetapkan {assessed, rupiah}.',
    },
    en: {
      title: 'No shortfall',
      detail: 'The correct tax, {correctTax, rupiah}, does not exceed what was assessed, {assessed, rupiah}.',
    },
  },
  NO_INTEREST_DUE: {
    id: {
      title: 'Tidak ada bunga',
      detail: 'Tagihan {billingCode} belum menimbulkan bunga yang dapat ditagih.',
    },
    en: { title: 'No interest due', detail: 'Bill {billingCode} has no interest to bill.' },
  },
  NO_LATE_FILING_FINE: {
    id: { title: 'Tidak ada denda', detail: 'Perda wilayah ini tidak mengatur denda keterlambatan SPTPD.' },
    en: { title: 'No late-filing fine', detail: 'The Perda of this region sets no late-filing fine.' },
  },
  FILED_ON_TIME: {
    id: {
      title: 'SPTPD tepat waktu',
      detail: 'SPTPD disampaikan paling lambat {dueDate, date}; tidak ada denda.',
    },
    en: { title: 'Filed on time', detail: 'The return was filed by {dueDate, date}; there is no fine.' },
  },
  STPD_EXISTS: {
    id: { title: 'STPD sudah terbit', detail: 'STPD denda untuk SPTPD {returnId} sudah terbit.' },
    en: { title: 'STPD already issued', detail: 'A fine STPD for return {returnId} was already issued.' },
  },
  NO_OVERPAYMENT: {
    id: {
      title: 'Tidak ada lebih bayar',
      detail: 'Tidak ada kelebihan pembayaran masa {period, month} yang belum ditetapkan dengan SKPDLB.',
    },
    en: {
      title: 'No overpayment',
      detail: 'There is no overpayment for the {period, month} period that an SKPDLB has not assessed yet.',
    },
  },
  NOT_AN_SKPDLB: {
    id: {
      title: 'Bukan SKPDLB',
      detail:
        'Ketetapan {number} bukan SKPDLB; hanya lebih bayar yang dapat dikompensasikan atau dikembalikan.',
    },
    en: {
      title: 'Not an SKPDLB',
      detail: 'Assessment {number} is not an SKPDLB; only an overpayment can be offset or refunded.',
    },
  },
  OVERPAYMENT_SETTLED: {
    id: {
      title: 'Lebih bayar sudah diselesaikan',
      detail: 'Kelebihan pembayaran menurut {number} sudah habis dikompensasikan atau dikembalikan.',
    },
    en: {
      title: 'Overpayment already settled',
      detail: 'The overpayment of {number} has already been offset or refunded in full.',
    },
  },
  SECOND_OFFICER_REQUIRED: {
    id: {
      title: 'Perlu persetujuan pejabat lain',
      detail: 'Anda menerbitkan {number}; kompensasi atau pengembaliannya disetujui oleh supervisor lain.',
    },
    en: {
      title: 'Another officer must approve',
      detail: 'You issued {number}; another supervisor approves its offset or refund.',
    },
  },
  BILL_NOT_OFFSETTABLE: {
    id: {
      title: 'Tagihan tidak dapat dikompensasikan',
      detail: 'Tagihan {bill} bukan tagihan terbuka milik wajib pajak yang sama.',
    },
    en: {
      title: 'Bill cannot be offset',
      detail: 'Bill {bill} is not an open bill of the same taxpayer.',
    },
  },
  NOTHING_TO_OFFSET: {
    id: {
      title: 'Tidak ada yang dikompensasikan',
      detail:
        'Wajib pajak {number} tidak mempunyai tagihan terbuka yang dapat dilunasi dengan lebih bayar ini.',
    },
    en: {
      title: 'Nothing to offset',
      detail: 'The taxpayer of {number} has no open bill this overpayment can pay.',
    },
  },
  OPEN_BILLS_FIRST: {
    id: {
      title: 'Kompensasikan terlebih dahulu',
      detail:
        'Wajib pajak masih mempunyai {count} tagihan terbuka; kelebihan pembayaran {number} diperhitungkan dengan utang pajak lebih dahulu.',
    },
    en: {
      title: 'Offset first',
      detail:
        'The taxpayer still has {count, plural, one {# open bill} other {# open bills}}; the overpayment of {number} pays tax debts first.',
    },
  },
  REFUND_DATE_OUT_OF_RANGE: {
    id: {
      title: 'Tanggal pengembalian tidak sah',
      detail:
        'Tanggal pengembalian harus antara tanggal SKPDLB {issueDate, date} dan hari ini {today, date}.',
    },
    en: {
      title: 'Refund date out of range',
      detail: 'The refund date must be between the SKPDLB date, {issueDate, date}, and today, {today, date}.',
    },
  },
  MASA_RANGE_INVALID: {
    id: {
      title: 'Rentang masa pajak tidak sah',
      detail:
        'Masa {first, month} sampai {last, month} tidak sah: masa awal tidak boleh setelah masa akhir, paling banyak 12 masa.',
    },
    en: {
      title: 'Invalid range of tax periods',
      detail:
        'Periods {first, month} to {last, month} are invalid: the first may not be after the last, at most 12 periods.',
    },
  },
} satisfies ProblemMessages;

type TaxMessages = typeof TAX_MESSAGES;

declare module '../platform/problem-messages' {
  interface ProblemCatalogue extends TaxMessages {}
}
