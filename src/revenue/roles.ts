import type { Role } from '../platform/roles';

/*
 * Who may do what with the revenue command center. The routes enforce these sets and the web app shows what they
 * allow; this module imports nothing but types, so the web app bundles it as it is. Its roles are the platform's
 * (kepala_bapenda, pimpinan: src/platform/roles.ts), since they span the areas.
 */

/**
 * Who reads the dashboards, the realisation and the payments behind it: the head of Bapenda, the region's leadership
 * (mayor or regent, sekda), Bapenda's staff and the auditors.
 */
export const REVENUE_READERS: readonly Role[] = [
  'kepala_bapenda',
  'pimpinan',
  'supervisor',
  'admin',
  'officer',
  'auditor',
  'treasurer',
];
/** Who reads and downloads the monthly revenue reports: whoever reads the dashboard they are drawn from. */
export const REPORT_READERS: readonly Role[] = REVENUE_READERS;
/**
 * Who asks for a monthly report to be made: the dashboard's readers but the auditors, who read what was issued and
 * issue nothing (a report is a record of its own, numbered and audited).
 */
export const REPORT_GENERATORS: readonly Role[] = REVENUE_READERS.filter((r) => r !== 'auditor');
/** Who enters a revenue target or its revision (from the APBD and its decree). */
export const TARGET_EDITORS: readonly Role[] = ['supervisor', 'admin', 'kepala_bapenda'];
/** Who approves a target, after which it counts: the head of Bapenda (one entered by the head counts at once). */
export const TARGET_APPROVERS: readonly Role[] = ['kepala_bapenda'];
/** Who enters the region's population (for revenue per capita in the cross-region view): its administrator. */
export const POPULATION_EDITORS: readonly Role[] = ['admin'];
/** Who reads the region's population figures: its administrator and whoever reads the revenue. */
export const POPULATION_READERS: readonly Role[] = [
  ...new Set<Role>([...POPULATION_EDITORS, ...REVENUE_READERS]),
];
