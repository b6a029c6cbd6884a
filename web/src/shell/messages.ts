/** The frame's own messages: language, common words, errors, the shell and its navigation headings. */

/** Indonesian, the default language. */
const id = {
  'app.tagline': 'Platform pendapatan dan kinerja Pemda',
  'lang.label': 'Bahasa',
  'lang.id': 'Bahasa Indonesia',
  'lang.en': 'English',
  'common.loading': 'Memuat…',
  'common.save': 'Simpan',
  'common.saving': 'Menyimpan…',
  'common.cancel': 'Batal',
  'common.close': 'Tutup',
  'common.optional': 'opsional',
  'error.network': 'Server tidak dapat dihubungi. Periksa koneksi lalu coba lagi.',
  'error.unexpected': 'Server menjawab dengan kesalahan {status}. Coba lagi nanti.',

  'shell.menu': 'Menu',
  'shell.region': 'Pemda',
  'shell.mainNav': 'Navigasi utama',
  'shell.userMenu': 'Menu pengguna',
  'shell.account': 'Akun saya',
  'shell.signOut': 'Keluar',
  'shell.noRegion': 'Akun Anda belum memiliki peran di Pemda mana pun. Hubungi administrator.',

  'notFound.title': 'Halaman tidak tersedia',
  'notFound.body': 'Halaman ini tidak ada atau tidak tersedia untuk peran Anda di {region}.',
  'notFound.home': 'Kembali ke beranda',

  'common.refresh': 'Muat ulang',
  'common.previous': 'Sebelumnya',
  'common.next': 'Berikutnya',

  'nav.section.mine': 'Layanan wajib pajak',
  'nav.section.service': 'Layanan pajak',
  'nav.section.performance': 'Kinerja',
  'nav.section.general': 'Umum',
  'nav.section.admin': 'Administrasi',

  'pdf.short': 'Unduh',

  // Confirmation of irreversible money actions (issue 14, defect 8).
  'confirm.summary': 'Ringkasan',
  'confirm.irreversible': 'Tindakan ini tidak dapat dibatalkan setelah dikonfirmasi.',
  'confirm.working': 'Memproses…',

  // Lists that work and their downloads (issue 14).
  'list.count': '{from}–{to} dari {total}',
  'list.sort': 'Urutkan',
  'list.ascending': '{column}: naik ↑',
  'list.descending': '{column}: turun ↓',
  'list.pages': 'Halaman daftar',
  'list.page': 'Halaman {page} dari {pages}',
  'list.apply': 'Terapkan',
  'list.clear': 'Hapus filter',
  'list.any': 'Semua',
  'list.search': 'Cari',
  'download.csv': 'Unduh CSV',
  'download.xlsx': 'Unduh XLSX',
  'download.hint': 'Semua baris sesuai filter dan urutan di layar.',
};

/** English: every key of `id`, none other (the type says so). */
const en: Record<keyof typeof id, string> = {
  'app.tagline': 'Regional revenue and performance platform',
  'lang.label': 'Language',
  'lang.id': 'Bahasa Indonesia',
  'lang.en': 'English',
  'common.loading': 'Loading…',
  'common.save': 'Save',
  'common.saving': 'Saving…',
  'common.cancel': 'Cancel',
  'common.close': 'Close',
  'common.optional': 'optional',
  'error.network': 'The server cannot be reached. Check your connection and try again.',
  'error.unexpected': 'The server answered with error {status}. Try again later.',

  'shell.menu': 'Menu',
  'shell.region': 'Region',
  'shell.mainNav': 'Main navigation',
  'shell.userMenu': 'User menu',
  'shell.account': 'My account',
  'shell.signOut': 'Sign out',
  'shell.noRegion': 'Your account holds no role in any region yet. Contact your administrator.',

  'notFound.title': 'Page not available',
  'notFound.body': 'This page does not exist or is not available to your roles in {region}.',
  'notFound.home': 'Back to home',

  'common.refresh': 'Refresh',
  'common.previous': 'Previous',
  'common.next': 'Next',

  'nav.section.mine': 'Taxpayer services',
  'nav.section.service': 'Tax services',
  'nav.section.performance': 'Performance',
  'nav.section.general': 'General',
  'nav.section.admin': 'Administration',

  'pdf.short': 'Download',

  // Confirmation of irreversible money actions (issue 14, defect 8).
  'confirm.summary': 'Summary',
  'confirm.irreversible': 'This cannot be undone once confirmed.',
  'confirm.working': 'Working…',

  // Lists that work and their downloads (issue 14).
  'list.count': '{from}–{to} of {total}',
  'list.sort': 'Sort by',
  'list.ascending': '{column}: ascending ↑',
  'list.descending': '{column}: descending ↓',
  'list.pages': 'List pages',
  'list.page': 'Page {page} of {pages}',
  'list.apply': 'Apply',
  'list.clear': 'Clear filters',
  'list.any': 'Any',
  'list.search': 'Search',
  'download.csv': 'Download CSV',
  'download.xlsx': 'Download XLSX',
  'download.hint': 'Every row as filtered and sorted on screen.',
};

export const shellMessages = { id, en };
