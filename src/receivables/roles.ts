import type { Role } from '../platform/roles';

/*
 * Who may do what with bills. The routes enforce these sets; this module imports nothing but types.
 */

/** Bapenda staff who see every bill of the region and its arrears (auditors and the head of Bapenda read only). */
export const BILL_READERS: readonly Role[] = [
  'officer',
  'supervisor',
  'admin',
  'treasurer',
  'auditor',
  'kepala_bapenda',
];
/** Who sees the bills of the debtors (taxpayers) linked to their own account. */
export const BILL_DEBTORS: readonly Role[] = ['taxpayer'];
/** Who writes off a bill the region cannot collect (penghapusan piutang): who approves giving up money owed. */
export const WRITE_OFF_DECIDERS: readonly Role[] = ['supervisor'];
