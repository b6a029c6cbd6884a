/**
 * The problem codes of the platform and the HTTP layer, and the catalogue every area adds its own to. A code's
 * title and detail exist in Indonesian and English; `{name}` is filled from the problem's params.
 */
export type Text = { title: string; detail: string };

/** An area's problem codes with their messages in both languages. */
export type ProblemMessages = Record<string, { id: Text; en: Text }>;

export const PLATFORM_MESSAGES = {
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
      detail: 'Terlalu banyak percobaan gagal. Coba lagi setelah {until, datetime}.',
    },
    en: {
      title: 'Account temporarily locked',
      detail: 'Too many failed attempts. Try again after {until, datetime}.',
    },
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
  // Self-service accounts (issue 14, defect 5).
  EMAIL_NOT_VERIFIED: {
    id: {
      title: 'Email belum dikonfirmasi',
      detail: 'Buka tautan yang kami kirim ke email Anda saat mendaftar, lalu masuk kembali.',
    },
    en: {
      title: 'Email not confirmed',
      detail: 'Open the link we sent to your email when you signed up, then sign in again.',
    },
  },
  TOKEN_INVALID: {
    id: {
      title: 'Tautan tidak sah',
      detail: 'Tautan ini tidak dikenal atau sudah digantikan tautan yang lebih baru. Minta tautan baru.',
    },
    en: {
      title: 'Invalid link',
      detail: 'This link is unknown or was replaced by a newer one. Ask for a new link.',
    },
  },
  TOKEN_USED: {
    id: {
      title: 'Tautan sudah dipakai',
      detail: 'Tautan ini hanya dapat dipakai sekali. Minta tautan baru.',
    },
    en: { title: 'Link already used', detail: 'This link works only once. Ask for a new link.' },
  },
  TOKEN_EXPIRED: {
    id: { title: 'Tautan kedaluwarsa', detail: 'Masa berlaku tautan ini sudah habis. Minta tautan baru.' },
    en: { title: 'Link expired', detail: 'This link is no longer valid. Ask for a new link.' },
  },
  MAIL_NOT_CONFIGURED: {
    id: {
      title: 'Email belum diatur',
      detail: 'Server belum diatur untuk mengirim tautan email (BALAI_PUBLIC_URL). Hubungi administrator.',
    },
    en: {
      title: 'Mail not configured',
      detail: 'The server is not set up to send email links (BALAI_PUBLIC_URL). Contact your administrator.',
    },
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
  // The region's logo (issue 14: the region's identity).
  LOGO_INVALID: {
    id: {
      title: 'Logo tidak dapat dipakai',
      detail:
        'Logo harus berupa gambar PNG, JPEG atau SVG yang utuh, {minSide}–{maxSide} piksel tiap sisinya.',
    },
    en: {
      title: 'Logo not usable',
      detail: 'A logo is a whole PNG, JPEG or SVG image, {minSide} to {maxSide} pixels on each side.',
    },
  },
  LOGO_TOO_LARGE: {
    id: { title: 'Logo terlalu besar', detail: 'Berkas logo paling besar {maxKb} KB; perkecil gambarnya.' },
    en: { title: 'Logo too large', detail: 'A logo file is at most {maxKb} KB; make the image smaller.' },
  },
  LOGO_NOT_FOUND: {
    id: { title: 'Belum ada logo', detail: 'Wilayah ini belum mengunggah logo.' },
    en: { title: 'No logo yet', detail: 'This region has not uploaded a logo.' },
  },
} satisfies ProblemMessages;

type PlatformMessages = typeof PLATFORM_MESSAGES;

/**
 * Every problem code of this build, for the type checker: each area adds its codes by augmenting this interface with
 * the type of its messages (see src/tax/problem-messages.ts), and registers the messages themselves through its area
 * (src/platform/area.ts), so that a code thrown anywhere is known to the compiler and worded at run time.
 */
export interface ProblemCatalogue extends PlatformMessages {}

export type ProblemCode = keyof ProblemCatalogue & string;

const catalogue = new Map<string, { id: Text; en: Text }>(Object.entries(PLATFORM_MESSAGES));

/** Adds an area's messages; a code another area already defines with other words is a programming error. */
export function registerProblemMessages(messages: ProblemMessages): void {
  for (const [code, texts] of Object.entries(messages)) {
    const known = catalogue.get(code);
    if (known && known !== texts) throw new Error(`problem code ${code} is defined twice`);
    catalogue.set(code, texts);
  }
}

/** The messages of a code, if its area is registered. */
export function messagesOf(code: string): { id: Text; en: Text } | undefined {
  return catalogue.get(code);
}

/** Every registered code (the OpenAPI document lists them). */
export function problemCodes(): ProblemCode[] {
  return [...catalogue.keys()] as ProblemCode[];
}

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
