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

/*
 * Who may do what, as named sets of roles: the routes enforce them and the web app shows or hides what they allow,
 * from this one definition. Each area keeps its own sets beside its code (`src/tax/roles.ts`,
 * `src/payments/roles.ts`); these modules import nothing but types, so the web app can bundle them.
 */

/** Roles that may read a region's audit trail. */
export const AUDIT_READERS: readonly Role[] = ['admin', 'auditor', 'supervisor'];
/** Who reads the region's users and their roles: administrators manage them, auditors and supervisors read. */
export const USER_READERS: readonly Role[] = ['admin', 'auditor', 'supervisor'];
/** Who creates users, grants roles and resets passwords. */
export const USER_ADMINS: readonly Role[] = ['admin'];
/** Who sets the SISMIOP (NOP) codes of the region's kecamatan and kelurahan. */
export const AREA_EDITORS: readonly Role[] = ['admin'];

/** Whether someone holding `held` in a region has one of the roles of a set. */
export function holdsAny(held: readonly Role[], set: readonly Role[]): boolean {
  return held.some((role) => set.includes(role));
}
