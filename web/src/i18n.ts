import { createContext, useContext } from 'react';
import { ROLE_LABEL, type Role } from '../../src/platform/roles';
import type { Lang } from './api';

/** Indonesian, the default language. Every key here must have its English twin below. */
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

  'login.title': 'Masuk ke Balai',
  'login.email': 'Email',
  'login.password': 'Kata sandi',
  'login.submit': 'Masuk',
  'login.submitting': 'Sedang masuk…',
  'login.regions': 'Pemda yang dilayani',

  'shell.menu': 'Menu',
  'shell.region': 'Pemda',
  'shell.mainNav': 'Navigasi utama',
  'shell.userMenu': 'Menu pengguna',
  'shell.changePassword': 'Ubah kata sandi',
  'shell.signOut': 'Keluar',
  'shell.noRegion': 'Akun Anda belum memiliki peran di Pemda mana pun. Hubungi administrator.',

  'nav.home': 'Beranda',
  'nav.users': 'Pengguna',
  'nav.audit': 'Audit',
  'nav.areas': 'Wilayah',

  'notFound.title': 'Halaman tidak tersedia',
  'notFound.body': 'Halaman ini tidak ada atau tidak tersedia untuk peran Anda di {region}.',
  'notFound.home': 'Kembali ke beranda',

  'home.welcome': 'Selamat datang, {name}',
  'home.rolesIn': 'Peran Anda di {region}',
  'home.admin.title': 'Administrasi Pemda',
  'home.admin.body':
    'Kelola pengguna dan perannya, isi kode NOP kecamatan dan kelurahan, dan periksa jejak audit.',
  'home.officer.title': 'Pelayanan pajak daerah',
  'home.officer.body':
    'Fitur pendataan, penetapan, dan pelayanan wajib pajak sedang disiapkan. Sementara ini Anda dapat melihat daftar kecamatan dan kelurahan.',
  'home.supervisor.title': 'Pengawasan',
  'home.supervisor.body':
    'Anda dapat melihat daftar pengguna dan jejak audit. Fitur persetujuan akan hadir bersama fitur pajak.',
  'home.treasurer.title': 'Penerimaan daerah',
  'home.treasurer.body':
    'Fitur penerimaan, penyetoran, dan rekonsiliasi kas akan segera hadir. Belum ada data penerimaan yang ditampilkan.',
  'home.auditor.title': 'Pemeriksaan',
  'home.auditor.body':
    'Akses baca saja ke daftar pengguna dan jejak audit, termasuk verifikasi rantai hash jejak audit.',
  'home.taxpayer.title': 'Pajak daerah Anda',
  'home.taxpayer.body':
    'Fitur pajak (SPPT PBB, tagihan, dan pembayaran) akan segera hadir. Belum ada data pajak yang ditampilkan di sini.',
  'home.ppat.title': 'Layanan PPAT',
  'home.ppat.body': 'Fitur BPHTB untuk PPAT/Notaris akan segera hadir.',
  'home.partner.title': 'Integrasi mitra',
  'home.partner.body': 'Layanan API pembayaran untuk mitra bank akan segera hadir.',
  'home.partner.docs': 'Dokumentasi API',

  'users.title': 'Pengguna',
  'users.subtitle': 'Pengguna dan perannya di {region}.',
  'users.readOnly': 'Anda dapat melihat daftar ini, tetapi tidak mengubahnya.',
  'users.add': 'Tambah pengguna',
  'users.name': 'Nama',
  'users.roles': 'Peran',
  'users.status': 'Status',
  'users.actions': 'Tindakan',
  'users.active': 'Aktif',
  'users.inactive': 'Nonaktif',
  'users.lockedUntil': 'Terkunci s.d. {time}',
  'users.edit': 'Ubah',
  'users.you': 'Anda',

  'userForm.title': 'Pengguna baru',
  'userForm.email': 'Email',
  'userForm.name': 'Nama lengkap',
  'userForm.password': 'Kata sandi awal',
  'userForm.passwordHint':
    'Minimal 10 karakter. Sampaikan secara aman; pengguna dapat menggantinya setelah masuk.',
  'userForm.locale': 'Bahasa',
  'userForm.roles': 'Peran',
  'userForm.create': 'Buat pengguna',
  'userForm.created': 'Pengguna {email} dibuat.',

  'userEdit.title': 'Ubah pengguna',
  'userEdit.active': 'Akun aktif',
  'userEdit.activeHint': 'Akun nonaktif tidak dapat masuk, dan sesinya langsung diakhiri.',
  'userEdit.needRole': 'Pilih setidaknya satu peran.',
  'userEdit.saved': 'Perubahan disimpan.',
  'userEdit.resetTitle': 'Atur ulang kata sandi',
  'userEdit.resetHint': 'Mengakhiri semua sesi pengguna ini dan membuka kunci akunnya.',
  'userEdit.newPassword': 'Kata sandi baru',
  'userEdit.reset': 'Atur ulang',
  'userEdit.resetDone': 'Kata sandi diatur ulang.',

  'audit.title': 'Jejak audit',
  'audit.subtitle': 'Setiap perubahan data di {region}, terbaru di atas. Waktu dalam {zone}.',
  'audit.action': 'Tindakan (awalan)',
  'audit.actor': 'Pelaku (email)',
  'audit.from': 'Dari tanggal',
  'audit.actorColumn': 'Pelaku',
  'audit.actionColumn': 'Tindakan',
  'audit.to': 'Sampai tanggal',
  'audit.apply': 'Terapkan',
  'audit.clear': 'Hapus filter',
  'audit.seq': 'No.',
  'audit.time': 'Waktu',
  'audit.entity': 'Objek',
  'audit.details': 'Rincian',
  'audit.before': 'Sebelum',
  'audit.after': 'Sesudah',
  'audit.none': 'Tidak ada entri yang cocok.',
  'audit.more': 'Muat lebih banyak',
  'audit.verify': 'Verifikasi rantai',
  'audit.verifying': 'Memverifikasi…',
  'audit.chainOk': 'Rantai utuh: {entries} entri diperiksa, tidak ada yang diubah.',
  'audit.chainBroken': 'Rantai rusak pada entri {seq} ({reason}). {entries} entri sebelumnya utuh.',

  'areas.title': 'Kecamatan dan kelurahan',
  'areas.subtitle': 'Kode Kemendagri dan kode NOP (SISMIOP) di {region}.',
  'areas.search': 'Cari nama atau kode',
  'areas.villages': '{count} kelurahan/desa',
  'areas.code': 'Kode Kemendagri',
  'areas.name': 'Nama',
  'areas.nop': 'Kode NOP',
  'areas.kecamatan': 'Kecamatan',
  'areas.kelurahan': 'Kelurahan',
  'areas.desa': 'Desa',
  'areas.nopMissing': 'belum diisi',
  'areas.editNop': 'Ubah kode NOP {name}',
  'areas.nopHint': '3 angka; kosongkan untuk menghapus',
  'areas.none': 'Tidak ada yang cocok.',

  'password.title': 'Ubah kata sandi',
  'password.current': 'Kata sandi saat ini',
  'password.new': 'Kata sandi baru',
  'password.hint': 'Minimal 10 karakter.',
  'password.confirm': 'Ulangi kata sandi baru',
  'password.mismatch': 'Kedua kata sandi baru tidak sama.',
  'password.submit': 'Simpan kata sandi',
  'password.done': 'Kata sandi diubah. Sesi Anda di perangkat lain telah diakhiri.',
};

export type MessageKey = keyof typeof id;

const en: Record<MessageKey, string> = {
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

  'login.title': 'Sign in to Balai',
  'login.email': 'Email',
  'login.password': 'Password',
  'login.submit': 'Sign in',
  'login.submitting': 'Signing in…',
  'login.regions': 'Regions served',

  'shell.menu': 'Menu',
  'shell.region': 'Region',
  'shell.mainNav': 'Main navigation',
  'shell.userMenu': 'User menu',
  'shell.changePassword': 'Change password',
  'shell.signOut': 'Sign out',
  'shell.noRegion': 'Your account holds no role in any region yet. Contact your administrator.',

  'nav.home': 'Home',
  'nav.users': 'Users',
  'nav.audit': 'Audit',
  'nav.areas': 'Areas',

  'notFound.title': 'Page not available',
  'notFound.body': 'This page does not exist or is not available to your roles in {region}.',
  'notFound.home': 'Back to home',

  'home.welcome': 'Welcome, {name}',
  'home.rolesIn': 'Your roles in {region}',
  'home.admin.title': 'Region administration',
  'home.admin.body':
    'Manage users and their roles, fill in the NOP codes of kecamatan and kelurahan, and review the audit trail.',
  'home.officer.title': 'Local tax services',
  'home.officer.body':
    'Registration, assessment and taxpayer service features are being prepared. Meanwhile you can view the list of kecamatan and kelurahan.',
  'home.supervisor.title': 'Supervision',
  'home.supervisor.body':
    'You can view the users and the audit trail. Approvals will arrive with the tax features.',
  'home.treasurer.title': 'Regional receipts',
  'home.treasurer.body':
    'Receipts, deposits and cash reconciliation are coming soon. No receipt data is shown yet.',
  'home.auditor.title': 'Examination',
  'home.auditor.body':
    'Read-only access to the users and the audit trail, including verification of its hash chain.',
  'home.taxpayer.title': 'Your local taxes',
  'home.taxpayer.body':
    'Tax features (PBB assessments, bills and payments) are coming soon. No tax data is shown here yet.',
  'home.ppat.title': 'PPAT services',
  'home.ppat.body': 'BPHTB features for PPATs and notaries are coming soon.',
  'home.partner.title': 'Partner integration',
  'home.partner.body': 'The payment API for partner banks is coming soon.',
  'home.partner.docs': 'API documentation',

  'users.title': 'Users',
  'users.subtitle': 'Users and their roles in {region}.',
  'users.readOnly': 'You can view this list but not change it.',
  'users.add': 'Add user',
  'users.name': 'Name',
  'users.roles': 'Roles',
  'users.status': 'Status',
  'users.actions': 'Actions',
  'users.active': 'Active',
  'users.inactive': 'Inactive',
  'users.lockedUntil': 'Locked until {time}',
  'users.edit': 'Edit',
  'users.you': 'you',

  'userForm.title': 'New user',
  'userForm.email': 'Email',
  'userForm.name': 'Full name',
  'userForm.password': 'Initial password',
  'userForm.passwordHint':
    'At least 10 characters. Hand it over safely; the user can change it after signing in.',
  'userForm.locale': 'Language',
  'userForm.roles': 'Roles',
  'userForm.create': 'Create user',
  'userForm.created': 'User {email} created.',

  'userEdit.title': 'Edit user',
  'userEdit.active': 'Account active',
  'userEdit.activeHint': 'An inactive account cannot sign in, and its sessions end at once.',
  'userEdit.needRole': 'Choose at least one role.',
  'userEdit.saved': 'Changes saved.',
  'userEdit.resetTitle': 'Reset password',
  'userEdit.resetHint': "Ends all of this user's sessions and lifts a lockout.",
  'userEdit.newPassword': 'New password',
  'userEdit.reset': 'Reset',
  'userEdit.resetDone': 'Password reset.',

  'audit.title': 'Audit trail',
  'audit.subtitle': 'Every change to records in {region}, newest first. Times in {zone}.',
  'audit.action': 'Action (prefix)',
  'audit.actor': 'Actor (email)',
  'audit.from': 'From',
  'audit.actorColumn': 'Actor',
  'audit.actionColumn': 'Action',
  'audit.to': 'To',
  'audit.apply': 'Apply',
  'audit.clear': 'Clear filters',
  'audit.seq': 'Seq',
  'audit.time': 'Time',
  'audit.entity': 'Entity',
  'audit.details': 'Details',
  'audit.before': 'Before',
  'audit.after': 'After',
  'audit.none': 'No matching entries.',
  'audit.more': 'Load more',
  'audit.verify': 'Verify chain',
  'audit.verifying': 'Verifying…',
  'audit.chainOk': 'Chain intact: {entries} entries checked, none altered.',
  'audit.chainBroken': 'Chain broken at entry {seq} ({reason}). The {entries} entries before it are intact.',

  'areas.title': 'Kecamatan and kelurahan',
  'areas.subtitle': 'Kemendagri codes and NOP (SISMIOP) codes in {region}.',
  'areas.search': 'Search name or code',
  'areas.villages': '{count} kelurahan/desa',
  'areas.code': 'Kemendagri code',
  'areas.name': 'Name',
  'areas.nop': 'NOP code',
  'areas.kecamatan': 'Kecamatan',
  'areas.kelurahan': 'Kelurahan',
  'areas.desa': 'Desa',
  'areas.nopMissing': 'not set',
  'areas.editNop': 'Edit the NOP code of {name}',
  'areas.nopHint': '3 digits; leave empty to clear',
  'areas.none': 'Nothing matches.',

  'password.title': 'Change password',
  'password.current': 'Current password',
  'password.new': 'New password',
  'password.hint': 'At least 10 characters.',
  'password.confirm': 'Repeat the new password',
  'password.mismatch': 'The two new passwords differ.',
  'password.submit': 'Save password',
  'password.done': 'Password changed. Your sessions on other devices have been ended.',
};

const DICTIONARIES: Record<Lang, Record<MessageKey, string>> = { id, en };

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The message in the current language, with `{name}` placeholders filled from `params`. */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  roleLabel(role: Role): string;
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void): I18n {
  const dict = DICTIONARIES[lang];
  return {
    lang,
    setLang,
    t: (key, params = {}) => dict[key].replace(/\{(\w+)\}/g, (_, k: string) => String(params[k] ?? `{${k}}`)),
    roleLabel: (role) => ROLE_LABEL[role][lang],
  };
}

export const I18nContext = createContext<I18n>(makeI18n('id', () => {}));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

const LANG_KEY = 'balai.lang';

/** The language the person last chose on this device, if any. */
export function rememberedLanguage(): Lang | undefined {
  const stored = localStorage.getItem(LANG_KEY);
  return stored === 'id' || stored === 'en' ? stored : undefined;
}

export function rememberLanguage(lang: Lang): void {
  localStorage.setItem(LANG_KEY, lang);
}
