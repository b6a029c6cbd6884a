/** What a person may do in a region. Grants are per region; one account may hold several roles in several regions. */
export const ROLES = [
  'admin',
  'officer',
  'supervisor',
  'treasurer',
  'auditor',
  'taxpayer',
  'ppat',
  'partner',
] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABEL: Record<Role, { id: string; en: string }> = {
  admin: { id: 'Administrator', en: 'Administrator' },
  officer: { id: 'Petugas Bapenda', en: 'Bapenda officer' },
  supervisor: { id: 'Supervisor Bapenda', en: 'Bapenda supervisor' },
  treasurer: { id: 'Bendahara Penerimaan', en: 'Receipts treasurer' },
  auditor: { id: 'Auditor (baca saja)', en: 'Auditor (read-only)' },
  taxpayer: { id: 'Wajib Pajak', en: 'Taxpayer' },
  ppat: { id: 'PPAT/Notaris', en: 'PPAT/notary' },
  partner: { id: 'Mitra API (bank)', en: 'API partner (bank)' },
};

/** Roles that may read a region's audit trail. */
export const AUDIT_READERS: readonly Role[] = ['admin', 'auditor', 'supervisor'];
