import type { Role } from '../platform/roles';

/*
 * Who may do what with collection (penagihan). The routes enforce these sets and the web app shows what they allow;
 * this module imports nothing but types, so the web app bundles it as it is.
 */

/** Who reads the arrears by age and the collection worklist: Bapenda's staff, its head, the leadership, auditors. */
export const COLLECTION_READERS: readonly Role[] = [
  'kepala_bapenda',
  'pimpinan',
  'supervisor',
  'admin',
  'officer',
  'auditor',
  'treasurer',
];

/**
 * Who issues a Surat Teguran or a Surat Paksa: the collection officers and their supervisor, and the head of Bapenda,
 * in whose office every letter is signed (the letter prints the head's name, whoever pressed the button).
 */
export const LETTER_ISSUERS: readonly Role[] = ['officer', 'supervisor', 'kepala_bapenda'];

/**
 * Who records the region's collection settings (the days before a Surat Teguran and a Surat Paksa, the years before
 * the right to collect lapses, the Perda the letters cite): its administrator, who keeps the region's configuration,
 * and the head of Bapenda, in whose office the letters are signed. Each is a new row from a day on, audited.
 */
export const COLLECTION_SETTERS: readonly Role[] = ['admin', 'kepala_bapenda'];
/** Who reads the settings and their history: whoever reads the collection work, and whoever records them. */
export const COLLECTION_SETTINGS_READERS: readonly Role[] = [
  ...new Set<Role>([...COLLECTION_READERS, ...COLLECTION_SETTERS]),
];
