/** The platform's audit actions: people and their roles, sign-in locks, regions and their NOP codes. */
export const PLATFORM_AUDIT_ACTIONS = {
  'user.create': { id: 'Pengguna dibuat', en: 'User created' },
  'user.update': { id: 'Pengguna diubah', en: 'User changed' },
  'user.grant': { id: 'Peran diberikan', en: 'Roles granted' },
  'user.password_change': { id: 'Kata sandi diganti sendiri', en: 'Password changed by its owner' },
  'user.password_reset': { id: 'Kata sandi disetel ulang', en: 'Password reset' },
  'user.profile_change': { id: 'Profil diubah', en: 'Profile changed' },
  'user.lock': { id: 'Akun dikunci (salah kata sandi)', en: 'Account locked (wrong passwords)' },
  'region.create': { id: 'Wilayah dibuat', en: 'Region created' },
  'region.area_nop_code': { id: 'Kode NOP wilayah diisi', en: 'Area NOP code set' },
} as const;

export type PlatformAuditActions = Record<keyof typeof PLATFORM_AUDIT_ACTIONS, true>;
