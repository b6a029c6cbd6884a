/** Title and detail of every problem code, in Indonesian and English. `{name}` is filled from the problem's params. */
type Text = { title: string; detail: string };

export const MESSAGES = {
  VALIDATION_FAILED: {
    id: { title: 'Data tidak valid', detail: 'Periksa isian yang ditandai lalu kirim ulang.' },
    en: { title: 'Invalid data', detail: 'Check the marked fields and send again.' },
  },
  MALFORMED_JSON: {
    id: { title: 'JSON tidak terbaca', detail: 'Isi permintaan bukan JSON yang sah.' },
    en: { title: 'Malformed JSON', detail: 'The request body is not valid JSON.' },
  },
  UNSUPPORTED_MEDIA_TYPE: {
    id: { title: 'Jenis isi tidak didukung', detail: 'Kirim isi permintaan sebagai application/json.' },
    en: { title: 'Unsupported media type', detail: 'Send the request body as application/json.' },
  },
  BODY_TOO_LARGE: {
    id: { title: 'Permintaan terlalu besar', detail: 'Isi permintaan melebihi batas {limit} bita.' },
    en: { title: 'Request too large', detail: 'The request body exceeds the {limit}-byte limit.' },
  },
  NOT_FOUND: {
    id: { title: 'Tidak ditemukan', detail: 'Alamat atau data yang diminta tidak ada.' },
    en: { title: 'Not found', detail: 'The requested address or record does not exist.' },
  },
  REGION_NOT_FOUND: {
    id: {
      title: 'Wilayah tidak ditemukan',
      detail: 'Wilayah {regionId} tidak ada atau tidak dapat Anda akses.',
    },
    en: { title: 'Region not found', detail: 'Region {regionId} does not exist or is not available to you.' },
  },
  BAD_REGION_CODE: {
    id: { title: 'Kode wilayah salah', detail: 'Kode wilayah harus berbentuk PP.KK, misalnya 35.73.' },
    en: { title: 'Bad region code', detail: 'A region code has the form PP.KK, e.g. 35.73.' },
  },
  AUDIT_CHECKPOINT_NOT_FOUND: {
    id: {
      title: 'Belum ada checkpoint',
      detail: 'Rantai audit wilayah {regionId} belum memiliki checkpoint bertanda tangan.',
    },
    en: {
      title: 'No checkpoint yet',
      detail: 'The audit chain of region {regionId} has no signed checkpoint yet.',
    },
  },
  METHOD_NOT_ALLOWED: {
    id: { title: 'Metode tidak diizinkan', detail: 'Alamat ini tidak menerima metode {method}.' },
    en: { title: 'Method not allowed', detail: 'This address does not accept {method}.' },
  },
  AUTH_REQUIRED: {
    id: { title: 'Perlu masuk', detail: 'Silakan masuk terlebih dahulu.' },
    en: { title: 'Sign-in required', detail: 'Please sign in first.' },
  },
  SESSION_EXPIRED: {
    id: { title: 'Sesi berakhir', detail: 'Sesi Anda telah berakhir. Silakan masuk kembali.' },
    en: { title: 'Session expired', detail: 'Your session has ended. Please sign in again.' },
  },
  CSRF_TOKEN_INVALID: {
    id: {
      title: 'Token CSRF tidak sah',
      detail: 'Permintaan yang mengubah data harus membawa header X-CSRF-Token dari sesi Anda.',
    },
    en: {
      title: 'Invalid CSRF token',
      detail: 'A request that changes data must carry the X-CSRF-Token header of your session.',
    },
  },
  INVALID_CREDENTIALS: {
    id: { title: 'Gagal masuk', detail: 'Email atau kata sandi salah.' },
    en: { title: 'Sign-in failed', detail: 'Wrong email or password.' },
  },
  ACCOUNT_LOCKED: {
    id: {
      title: 'Akun terkunci sementara',
      detail: 'Terlalu banyak percobaan gagal. Coba lagi setelah {until}.',
    },
    en: { title: 'Account temporarily locked', detail: 'Too many failed attempts. Try again after {until}.' },
  },
  ACCOUNT_DISABLED: {
    id: { title: 'Akun dinonaktifkan', detail: 'Akun ini dinonaktifkan. Hubungi administrator.' },
    en: { title: 'Account disabled', detail: 'This account is disabled. Contact your administrator.' },
  },
  DEMO_ACCOUNT_OUTSIDE_DEMO: {
    id: {
      title: 'Akun demo tidak berlaku',
      detail: 'Akun demo (kata sandinya publik) hanya dapat dipakai saat Balai berjalan dalam mode demo.',
    },
    en: {
      title: 'Demo account not available',
      detail: 'Demo accounts (their password is public) work only while Balai runs in demo mode.',
    },
  },
  RATE_LIMITED: {
    id: { title: 'Terlalu banyak permintaan', detail: 'Tunggu sebentar lalu coba lagi.' },
    en: { title: 'Too many requests', detail: 'Wait a moment and try again.' },
  },
  FORBIDDEN_ROLE: {
    id: {
      title: 'Tidak berwenang',
      detail: 'Peran Anda di wilayah ini tidak mengizinkan tindakan tersebut.',
    },
    en: { title: 'Not permitted', detail: 'Your role in this region does not allow that action.' },
  },
  WRONG_CURRENT_PASSWORD: {
    id: { title: 'Kata sandi lama salah', detail: 'Kata sandi saat ini tidak cocok.' },
    en: { title: 'Wrong current password', detail: 'The current password does not match.' },
  },
  WEAK_PASSWORD: {
    id: { title: 'Kata sandi terlalu lemah', detail: 'Kata sandi minimal {min} karakter.' },
    en: { title: 'Password too weak', detail: 'A password needs at least {min} characters.' },
  },
  EMAIL_TAKEN: {
    id: { title: 'Email sudah terdaftar', detail: 'Sudah ada akun dengan email {email}.' },
    en: { title: 'Email already registered', detail: 'An account with email {email} already exists.' },
  },
  USER_NOT_FOUND: {
    id: { title: 'Pengguna tidak ditemukan', detail: 'Pengguna {userId} tidak ada di wilayah ini.' },
    en: { title: 'User not found', detail: 'User {userId} does not exist in this region.' },
  },
  USER_OUTSIDE_AUTHORITY: {
    id: {
      title: 'Di luar kewenangan',
      detail: 'Pengguna ini juga memegang peran di wilayah lain yang tidak Anda kelola.',
    },
    en: {
      title: 'Outside your authority',
      detail: 'This user also holds roles in another region that you do not administer.',
    },
  },
  LAST_ADMIN: {
    id: {
      title: 'Administrator terakhir',
      detail: 'Wilayah harus tetap memiliki setidaknya satu administrator aktif.',
    },
    en: { title: 'Last administrator', detail: 'A region must keep at least one active administrator.' },
  },
  NOP_CODE_TAKEN: {
    id: {
      title: 'Kode NOP sudah dipakai',
      detail: 'Kode {nopCode} sudah dipakai wilayah lain di tingkat yang sama.',
    },
    en: {
      title: 'NOP code already used',
      detail: 'Code {nopCode} is already used by another area at the same level.',
    },
  },
  TAX_POLICY_MISSING: {
    id: {
      title: 'Aturan pajak belum diatur',
      detail: 'Wilayah {regionId} belum memiliki aturan pajak yang berlaku pada {day}.',
    },
    en: {
      title: 'Tax rules not configured',
      detail: 'Region {regionId} has no tax rules in force on {day}.',
    },
  },
  TAX_RATE_MISSING: {
    id: {
      title: 'Tarif pajak belum diatur',
      detail: 'Belum ada tarif {taxCode} kategori {category} yang berlaku pada {day}.',
    },
    en: {
      title: 'Tax rate not configured',
      detail: 'No {taxCode} rate for category {category} is in force on {day}.',
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
      detail: 'Tarif {rate} ditolak: {article} membatasinya paling tinggi {max}.',
    },
    en: {
      title: 'Rate above the legal maximum',
      detail: 'A {rate} rate is refused: {article} caps it at {max}.',
    },
  },
  RATE_BELOW_LEGAL_MINIMUM: {
    id: {
      title: 'Tarif di bawah batas undang-undang',
      detail: 'Tarif {rate} ditolak: {article} menetapkan paling rendah {min} dan paling tinggi {max}.',
    },
    en: {
      title: 'Rate below the legal minimum',
      detail: 'A {rate} rate is refused: {article} sets {min} to {max}.',
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
      detail: 'Objek pajak {objectId} sudah ditutup pada {closedOn}.',
    },
    en: { title: 'Tax object already closed', detail: 'Tax object {objectId} was closed on {closedOn}.' },
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
      detail: 'Tanggal tutup {closedOn} sebelum tanggal buka {openedOn}.',
    },
    en: {
      title: 'Closed before it opened',
      detail: 'The closing date {closedOn} is before the opening date {openedOn}.',
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
      detail: '{count} rows are bad; nothing was saved. Fix the rows listed and import again.',
    },
  },
  BILL_NOT_FOUND: {
    id: { title: 'Tagihan tidak ditemukan', detail: 'Tagihan {bill} tidak ada atau tidak dapat Anda akses.' },
    en: { title: 'Bill not found', detail: 'Bill {bill} does not exist or is not available to you.' },
  },
  BILL_NOT_OPEN: {
    id: {
      title: 'Tagihan tidak terbuka',
      detail: 'Tagihan {billingCode} berstatus {status}; tidak ada yang perlu dibayar.',
    },
    en: { title: 'Bill not open', detail: 'Bill {billingCode} is {status}; nothing is payable.' },
  },
  AMOUNT_DIFFERS: {
    id: { title: 'Jumlah tidak sesuai', detail: 'Jumlah Rp{amount} berbeda dengan jumlah terutang Rp{due}.' },
    en: { title: 'Amount differs', detail: 'Rp{amount} differs from the amount due, Rp{due}.' },
  },
  RETURN_NOT_FOUND: {
    id: { title: 'SPTPD tidak ditemukan', detail: 'SPTPD {returnId} tidak ada atau tidak dapat Anda akses.' },
    en: { title: 'Return not found', detail: 'Return {returnId} does not exist or is not available to you.' },
  },
  RETURN_EXISTS: {
    id: {
      title: 'SPTPD sudah ada',
      detail: 'SPTPD masa {period} untuk objek ini sudah ada; ajukan pembetulan.',
    },
    en: {
      title: 'Return already filed',
      detail: 'A return for {period} already exists for this object; amend it instead.',
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
    en: { title: 'Attachments full', detail: 'SPTPD {returnId} already has {max} attachments.' },
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
      detail: 'Masa pajak {period} belum berakhir; SPTPD dapat disampaikan setelah akhir bulan.',
    },
    en: {
      title: 'Tax period not ended',
      detail: 'The tax period {period} has not ended; file after the month ends.',
    },
  },
  PERIOD_BEFORE_OPENING: {
    id: {
      title: 'Objek belum beroperasi',
      detail: 'Objek mulai beroperasi {openedOn}, setelah masa pajak {period}.',
    },
    en: {
      title: 'Object not yet open',
      detail: 'The object opened on {openedOn}, after the tax period {period}.',
    },
  },
  OBJECT_CLOSED: {
    id: { title: 'Objek sudah tutup', detail: 'Objek {objectId} tutup sejak {closedOn}.' },
    en: { title: 'Object closed', detail: 'Object {objectId} closed on {closedOn}.' },
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
      detail: 'Jumlah rincian Rp{sum} tidak sama dengan omzet Rp{gross}.',
    },
    en: {
      title: 'Lines do not add up',
      detail: 'The lines add up to Rp{sum}, not the gross receipts of Rp{gross}.',
    },
  },
  DOCUMENT_NOT_FOUND: {
    id: {
      title: 'Dokumen tidak dikenal',
      detail:
        'Kode verifikasi tidak cocok dengan dokumen mana pun. Periksa kembali kode atau pindai ulang kode QR.',
    },
    en: {
      title: 'Unknown document',
      detail: 'The verification code matches no document. Check the code or scan the QR code again.',
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
      detail: 'Sudah ada SKPDKB untuk masa {period}; data baru diterbitkan sebagai SKPDKBT.',
    },
    en: {
      title: 'SKPDKB already issued',
      detail: 'An SKPDKB exists for {period}; new findings are issued as an SKPDKBT.',
    },
  },
  SKPDKB_REQUIRED: {
    id: {
      title: 'SKPDKB belum ada',
      detail: 'SKPDKBT hanya diterbitkan setelah SKPDKB untuk masa {period}.',
    },
    en: { title: 'SKPDKB required', detail: 'An SKPDKBT follows an SKPDKB for {period}.' },
  },
  NO_SHORTFALL: {
    id: {
      title: 'Tidak ada kurang bayar',
      detail: 'Pajak yang benar Rp{correctTax} tidak melebihi yang sudah ditetapkan Rp{assessed}.',
    },
    en: {
      title: 'No shortfall',
      detail: 'The correct tax, Rp{correctTax}, does not exceed what was assessed, Rp{assessed}.',
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
    id: { title: 'SPTPD tepat waktu', detail: 'SPTPD disampaikan paling lambat {dueDate}; tidak ada denda.' },
    en: { title: 'Filed on time', detail: 'The return was filed by {dueDate}; there is no fine.' },
  },
  STPD_EXISTS: {
    id: { title: 'STPD sudah terbit', detail: 'STPD denda untuk SPTPD {returnId} sudah terbit.' },
    en: { title: 'STPD already issued', detail: 'A fine STPD for return {returnId} was already issued.' },
  },
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
  NO_OVERPAYMENT: {
    id: {
      title: 'Tidak ada lebih bayar',
      detail: 'Tidak ada kelebihan pembayaran masa {period} yang belum ditetapkan dengan SKPDLB.',
    },
    en: {
      title: 'No overpayment',
      detail: 'There is no overpayment for {period} that an SKPDLB has not assessed yet.',
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
      detail: 'The taxpayer still has {count} open bills; the overpayment of {number} pays tax debts first.',
    },
  },
  REFUND_DATE_OUT_OF_RANGE: {
    id: {
      title: 'Tanggal pengembalian tidak sah',
      detail: 'Tanggal pengembalian harus antara tanggal SKPDLB {issueDate} dan hari ini {today}.',
    },
    en: {
      title: 'Refund date out of range',
      detail: 'The refund date must be between the SKPDLB date, {issueDate}, and today, {today}.',
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
        '{count} fields are wrong: the type column and the credit value go together or not at all, and no column serves two purposes.',
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
      detail: '{count} lines are bad; nothing was saved. Fix the file or its format and import again.',
    },
  },
  STATEMENT_CONFLICT: {
    id: {
      title: 'Rekening koran sudah ada',
      detail:
        'Rekening koran {partnerId} tanggal {day} sudah diimpor dari berkas lain ({fileName}). Bila berkas itu salah, gantilah dengan menyebutkan alasannya.',
    },
    en: {
      title: 'Statement already imported',
      detail:
        "{partnerId}'s statement of {day} was already imported from another file ({fileName}). If that file is wrong, replace it, giving the reason.",
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
        'Penerimaan {partnerId} tanggal {day} sudah disetor dengan STS {number}; rekening koran yang menjadi dasarnya tidak dapat diganti lagi.',
    },
    en: {
      title: 'Statement cannot be replaced',
      detail:
        "{partnerId}'s receipts of {day} were deposited with STS {number}; the statement they were reconciled on can no longer be replaced.",
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
      detail: 'Rekening koran tanggal {day} baru dapat diimpor setelah hari itu berakhir.',
    },
    en: { title: 'Day not over', detail: 'The statement of {day} can be imported once that day has ended.' },
  },
  STATEMENT_NOT_IMPORTED: {
    id: {
      title: 'Rekening koran belum diimpor',
      detail: 'Impor rekening koran {partnerId} tanggal {day} lalu cocokkan sebelum menyetor.',
    },
    en: {
      title: 'Statement not imported',
      detail: "Import and reconcile {partnerId}'s statement of {day} before depositing.",
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
      detail: 'Selesaikan {count} selisih rekonsiliasi tanggal {day} sebelum menyetor.',
    },
    en: {
      title: 'Mismatches open',
      detail: 'Resolve the {count} reconciliation mismatches of {day} before depositing.',
    },
  },
  RECONCILIATION_OUTDATED: {
    id: {
      title: 'Rekonsiliasi perlu dicocokkan ulang',
      detail:
        'Pembayaran tanggal {day} berubah sejak rekening koran dicocokkan ({count} selisih baru). Cocokkan ulang rekening koran (atau impor ulang berkas yang sama).',
    },
    en: {
      title: 'Reconciliation outdated',
      detail:
        'Payments of {day} changed since the statement was matched ({count} new mismatches). Match the statement again (or import the same file again).',
    },
  },
  DEPOSIT_TOO_EARLY: {
    id: {
      title: 'Belum dapat disetor',
      detail:
        'Pembayaran tanggal {day} masih dapat dibatalkan bank; penyetoran dapat dilakukan mulai {from}.',
    },
    en: {
      title: 'Too early to deposit',
      detail: 'Payments of {day} may still be reversed by the bank; they can be deposited from {from}.',
    },
  },
  DAY_ALREADY_DEPOSITED: {
    id: {
      title: 'Sudah disetor',
      detail: 'Penerimaan {partnerId} tanggal {day} sudah disetor dengan STS {number}.',
    },
    en: {
      title: 'Already deposited',
      detail: "{partnerId}'s receipts of {day} were deposited with STS {number}.",
    },
  },
  NOTHING_TO_DEPOSIT: {
    id: {
      title: 'Tidak ada yang disetor',
      detail: 'Tidak ada penerimaan {partnerId} tanggal {day} yang dapat disetor.',
    },
    en: { title: 'Nothing to deposit', detail: 'No receipts of {partnerId} on {day} can be deposited.' },
  },
  FIRST_DEPOSIT_MISSING: {
    id: {
      title: 'Belum ada STS',
      detail:
        'Penerimaan {partnerId} tanggal {day} belum disetor; STS susulan hanya untuk hari yang sudah mempunyai STS pertama.',
    },
    en: {
      title: 'No STS yet',
      detail:
        "{partnerId}'s receipts of {day} are not deposited yet; a follow-up STS is only for a day that has its first STS.",
    },
  },
  DEPOSIT_NOT_FOUND: {
    id: { title: 'STS tidak ditemukan', detail: 'Penyetoran {depositId} tidak ada.' },
    en: { title: 'Deposit not found', detail: 'Deposit {depositId} does not exist.' },
  },
  INTERNAL_ERROR: {
    id: {
      title: 'Kesalahan sistem',
      detail: 'Terjadi kesalahan di server. Tidak ada data yang berubah sebagian.',
    },
    en: { title: 'System error', detail: 'The server failed. No data was partly changed.' },
  },
  SERVICE_UNAVAILABLE: {
    id: { title: 'Layanan tidak tersedia', detail: 'Basis data tidak dapat dihubungi.' },
    en: { title: 'Service unavailable', detail: 'The database cannot be reached.' },
  },
} satisfies Record<string, { id: Text; en: Text }>;

/**
 * Status values as a message says them. A detail's `{status}` is filled with the word of the caller's language,
 * so an Indonesian answer never shows an English status code such as `verified`.
 */
export const STATUS_WORDS: Record<string, { id: string; en: string }> = {
  draft: { id: 'konsep', en: 'a draft' },
  submitted: { id: 'disampaikan', en: 'submitted' },
  verified: { id: 'diverifikasi', en: 'verified' },
  rejected: { id: 'ditolak', en: 'rejected' },
  superseded: { id: 'digantikan pembetulan', en: 'superseded' },
  pending: { id: 'menunggu verifikasi', en: 'pending' },
  active: { id: 'aktif', en: 'active' },
  closed: { id: 'tutup', en: 'closed' },
  open: { id: 'belum lunas', en: 'open' },
  paid: { id: 'lunas', en: 'paid' },
  written_off: { id: 'dihapuskan', en: 'written off' },
  cancelled: { id: 'dibatalkan', en: 'cancelled' },
};

export type ProblemCode = keyof typeof MESSAGES;
