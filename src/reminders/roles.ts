import type { Role } from '../platform/roles';

/*
 * Who may do what with reminders. The routes enforce these sets and the web app shows what they allow; this module
 * imports nothing but types, so the web app bundles it as it is. Reminders define no role of their own.
 */

/** Who reads the reminders sent and the sandbox gateway's log: Bapenda's staff, its head and the auditors. */
export const REMINDER_READERS: readonly Role[] = [
  'officer',
  'supervisor',
  'admin',
  'kepala_bapenda',
  'auditor',
];
/** Who sets how many days before and after a due date reminders go. */
export const REMINDER_SETTERS: readonly Role[] = ['admin', 'supervisor', 'kepala_bapenda'];
/** Who chooses, for their own account, which courtesy reminders they receive. */
export const REMINDER_RECIPIENTS: readonly Role[] = ['taxpayer'];
