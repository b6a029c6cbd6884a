/** The name of each role an area defines, in Indonesian and English. */
export type RoleLabels = Record<string, { id: string; en: string }>;

/**
 * The platform's roles, those that span the areas: the region's administrator, the read-only auditor (BPK,
 * Inspektorat), the head of Bapenda (kepala Bapenda: reads everything the agency's staff read, approves revenue
 * targets) and the region's leadership (pimpinan: the mayor or regent and the regional secretary, who read the
 * dashboards).
 */
export const PLATFORM_ROLES = {
  admin: { id: 'Administrator', en: 'Administrator' },
  auditor: { id: 'Auditor (baca saja)', en: 'Auditor (read-only)' },
  kepala_bapenda: { id: 'Kepala Bapenda', en: 'Head of Bapenda' },
  pimpinan: {
    id: 'Pimpinan daerah (wali kota/bupati, sekda)',
    en: 'Regional leadership (mayor/regent, regional secretary)',
  },
} satisfies RoleLabels;

type PlatformRoles = typeof PLATFORM_ROLES;

/**
 * What a person may do in a region: every role of this build. Grants are per region; one account may hold several
 * roles in several regions. Each area defines its roles in its own `roles.ts`, adds them to this interface for the
 * compiler, and lists them in its `Area` (`roles`) so that the server and the command line accept them.
 */
export interface RoleCatalogue extends PlatformRoles {}

export type Role = keyof RoleCatalogue & string;

/*
 * Who may do what, as named sets of roles: the routes enforce them and the web app shows or hides what they allow,
 * from this one definition. Each area keeps its own sets beside its code (`src/tax/roles.ts`,
 * `src/payments/roles.ts`); these modules import nothing but types, so the web app can bundle them.
 */

/** Roles that may read a region's audit trail. */
export const AUDIT_READERS: readonly Role[] = ['admin', 'auditor', 'supervisor', 'kepala_bapenda'];
/** Who reads the region's users and their roles: administrators manage them; auditors, supervisors and the head of
 * Bapenda read. */
export const USER_READERS: readonly Role[] = ['admin', 'auditor', 'supervisor', 'kepala_bapenda'];
/** Who creates users, grants roles and resets passwords. */
export const USER_ADMINS: readonly Role[] = ['admin'];
/** Who opens the region's outgoing mail ("Kotak keluar email"): its links open accounts, so administrators only. */
export const OUTBOX_READERS: readonly Role[] = ['admin'];
/** Who sets the SISMIOP (NOP) codes of the region's kecamatan and kelurahan. */
export const AREA_EDITORS: readonly Role[] = ['admin'];

/** Whether someone holding `held` in a region has one of the roles of a set. */
export function holdsAny(held: readonly Role[], set: readonly Role[]): boolean {
  return held.some((role) => set.includes(role));
}
/** Who uploads and removes the region's logo (its identity on the sign-in page, the header and every document). */
export const LOGO_EDITORS: readonly Role[] = ['admin'];
