import { AUDIT_READERS, type Role, type RoleLabels } from '../platform/roles';

/** The roles of payments: the receipts treasurer, and a bank's own account on the API. */
export const PAYMENTS_ROLES = {
  treasurer: { id: 'Bendahara Penerimaan', en: 'Receipts treasurer' },
  partner: { id: 'Mitra API (bank)', en: 'API partner (bank)' },
} satisfies RoleLabels;

type PaymentsRoles = typeof PAYMENTS_ROLES;

declare module '../platform/roles' {
  interface RoleCatalogue extends PaymentsRoles {}
}

/*
 * Who may do what with payments, reconciliation and deposits. The routes enforce these sets and the web app shows
 * what they allow; this module imports nothing but types, so the web app bundles it as it is.
 */

/** Who watches the payment channels: administrators, supervisors, the receipts treasurer; auditors and the head of
 * Bapenda read. */
export const PAYMENT_WATCHERS: readonly Role[] = [
  'admin',
  'supervisor',
  'treasurer',
  'auditor',
  'kepala_bapenda',
];
/** Who settles a stuck payment by hand. */
export const PAYMENT_FIXERS: readonly Role[] = ['admin', 'supervisor'];
/** Who reads the bank request log, every request as it came: those who read the audit trail. */
export const BANK_LOG_READERS: readonly Role[] = AUDIT_READERS;
/** The receipts treasurer imports statements, decides mismatches and deposits (STS). */
export const TREASURERS: readonly Role[] = ['treasurer'];
/**
 * Reconciliation and deposits: the treasurer acts; supervisors, administrators, auditors and the head of Bapenda may
 * read it all.
 */
export const TREASURY_READERS: readonly Role[] = [
  'treasurer',
  'supervisor',
  'admin',
  'auditor',
  'kepala_bapenda',
];
/** Who sets how a bank's statement CSV is read: the treasurer, or the administrator who sets up the banks. */
export const STATEMENT_FORMAT_EDITORS: readonly Role[] = ['treasurer', 'admin'];
/**
 * Who reads the region's treasury account (RKUD): those who watch the payment channels and the treasury (the
 * payments page and the treasurer's page show it).
 */
export const RKUD_READERS: readonly Role[] = [
  'admin',
  'supervisor',
  'treasurer',
  'auditor',
  'kepala_bapenda',
];
/** Only the administrator sets the RKUD, as with the region's QRIS. */
export const RKUD_EDITORS: readonly Role[] = ['admin'];
/** Who sets the region's static QRIS (Bapenda staff read it). */
export const QRIS_EDITORS: readonly Role[] = ['admin'];
