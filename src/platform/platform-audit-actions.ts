/** The platform's audit actions: people and their roles, sign-in locks, regions and their NOP codes. */
export const PLATFORM_AUDIT_ACTIONS = {
  'user.create': { id: 'Pengguna dibuat', en: 'User created' },
  'user.update': { id: 'Pengguna diubah', en: 'User changed' },
  'user.grant': { id: 'Peran diberikan', en: 'Roles granted' },
  'user.password_change': { id: 'Kata sandi diganti sendiri', en: 'Password changed by its owner' },
  'user.password_reset': { id: 'Kata sandi disetel ulang', en: 'Password reset' },
  'user.profile_change': { id: 'Profil diubah', en: 'Profile changed' },
  'user.lock': { id: 'Akun dikunci (salah kata sandi)', en: 'Account locked (wrong passwords)' },
  'user.sign_up': { id: 'Akun didaftarkan sendiri', en: 'Account signed up' },
  'user.email_verified': { id: 'Email dikonfirmasi', en: 'Email confirmed' },
  'user.password_reset_by_email': {
    id: 'Kata sandi dibuat ulang lewat email',
    en: 'Password reset by email',
  },
  'region.create': { id: 'Wilayah dibuat', en: 'Region created' },
  'region.contact': { id: 'Kontak Bapenda diubah', en: 'Bapenda contact changed' },
  'region.logo': { id: 'Logo daerah diunggah', en: 'Region logo uploaded' },
  'region.logo_removed': { id: 'Logo daerah dihapus', en: 'Region logo removed' },
  'region.area_nop_code': { id: 'Kode NOP wilayah diisi', en: 'Area NOP code set' },
} as const;

export type PlatformAuditActions = Record<keyof typeof PLATFORM_AUDIT_ACTIONS, true>;
