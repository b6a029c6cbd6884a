import type { Role, RoleLabels } from '../platform/roles';

/** The roles of local taxes: Bapenda's officers and supervisors, taxpayers and PPAT/notaries. */
export const TAX_ROLES = {
  officer: { id: 'Petugas Bapenda', en: 'Bapenda officer' },
  supervisor: { id: 'Supervisor Bapenda', en: 'Bapenda supervisor' },
  taxpayer: { id: 'Wajib Pajak', en: 'Taxpayer' },
  ppat: { id: 'PPAT/Notaris', en: 'PPAT/notary' },
} satisfies RoleLabels;

type TaxRoles = typeof TAX_ROLES;

declare module '../platform/roles' {
  interface RoleCatalogue extends TaxRoles {}
}

/*
 * Who may do what with local taxes. The routes enforce these sets and the web app shows what they allow; this
 * module imports nothing but types, so the web app bundles it as it is.
 */

/**
 * Bapenda roles that see every taxpayer's records in their region (auditors and the head of Bapenda read only: routes
 * say who may write).
 */
export const TAX_STAFF: readonly Role[] = [
  'officer',
  'supervisor',
  'admin',
  'treasurer',
  'auditor',
  'kepala_bapenda',
];
/** Bapenda staff who change the registry, file for a taxpayer, review returns and issue assessments. */
export const TAX_OFFICERS: readonly Role[] = ['officer', 'supervisor', 'admin'];
/** Who approves what gives up money owed or pays money back: an offset, a refund, a write-off. */
export const TAX_SUPERVISORS: readonly Role[] = ['supervisor'];
/** Who reads the registry (auditors read; a taxpayer reads and registers only their own). */
export const REGISTRY_READERS: readonly Role[] = [
  'officer',
  'supervisor',
  'admin',
  'auditor',
  'kepala_bapenda',
];
/** Who verifies or rejects a registration or a declared tax object. */
export const REGISTRY_DECIDERS: readonly Role[] = ['officer', 'supervisor'];
/** Who records the region's tax rates and policy (everyone in the region reads them). */
export const TAX_CONFIG_EDITORS: readonly Role[] = ['supervisor', 'admin'];
/** Taxpayers act on the records linked to their own account. */
export const TAXPAYERS: readonly Role[] = ['taxpayer'];
