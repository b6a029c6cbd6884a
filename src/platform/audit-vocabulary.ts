import type { Database } from '../db/database';
import type { PlatformAuditActions } from './platform-audit-actions';
import type { Bilingual, Lang } from './problem';

/**
 * What an auditor reads in the audit trail instead of codes: each area names the actions it writes (`sptpd.reject`
 * → "SPTPD ditolak" / "Return rejected"), says for each kind of subject it records (`tax_return`, `bill`, `user`…)
 * how to name one and where to open it, and labels the fields of its before/after snapshots with how to show their
 * values. An open catalogue like the problem messages: an area declares its actions to the compiler by adding to
 * `AuditActionCatalogue` (its own `audit-vocabulary.ts`), so `appendAudit` refuses an action nobody labelled, and
 * gives its vocabulary to its `Area` (`audit`); the server merges them (`mergeAuditVocabularies`).
 */
export interface AuditVocabulary {
  /** Every action the area writes, labelled in Indonesian and English. */
  readonly actions: Readonly<Record<string, Bilingual>>;
  /** The kinds of subject (`entity`) its entries name. */
  readonly subjects?: Readonly<Record<string, AuditSubjectKind>>;
  /** The fields of its before/after snapshots. */
  readonly fields?: Readonly<Record<string, AuditField>>;
}

/** How a field's value is shown: an amount in rupiah, a calendar day, a masa, an instant on the region's clock… */
export const AUDIT_FIELD_FORMATS = [
  'text',
  'rupiah',
  'date',
  'datetime',
  'period',
  'ppm',
  'boolean',
  'count',
  'roles',
] as const;
export type AuditFieldFormat = (typeof AUDIT_FIELD_FORMATS)[number];

export interface AuditField {
  readonly label: Bilingual;
  /** `text` when not given. */
  readonly format?: AuditFieldFormat;
  /** Labels of coded values (`submitted` → "Diajukan"), for fields that hold one of a few codes. */
  readonly values?: Readonly<Record<string, Bilingual>>;
}

/** One subject as an auditor sees it: a readable name, and the page (or document) that shows it. */
export interface AuditSubject {
  /** E.g. the taxpayer's name, "SPTPD PBJT · Kedai Kopi Sawojajar", a kode bayar, an email. */
  name: string;
  /** A masa the subject is for (`2026-05`), formatted by the reader in their language. */
  period?: string | null;
  /** The web app's page that shows it (a hash route such as `/taxpayers/12`), if there is one. */
  page?: string | null;
  /** Its printed document under the region's API (`/returns/43/pdf`), if there is one. */
  document?: string | null;
}

export interface AuditSubjectKind {
  readonly label: Bilingual;
  /**
   * Names the subjects of one page of entries: one query for all the ids of this kind in the region, every tenant
   * table filtered by `regionId`. An id it does not know is left out (the entry shows the kind and the id). Names
   * that have words in them (a tax type's) are in `lang`.
   */
  describe?(
    db: Database,
    regionId: string,
    ids: readonly string[],
    lang: Lang,
  ): Promise<Map<string, AuditSubject>>;
}

/**
 * The actions every area writes, declared to the compiler: an area adds its own with
 * `declare module '../platform/audit-vocabulary' { interface AuditActionCatalogue extends TaxAuditActions {} }`
 * (src/tax/audit-vocabulary.ts); the platform's own are in platform-audit-actions.ts.
 */
export interface AuditActionCatalogue extends PlatformAuditActions {}

/** An action some area has labelled. */
export type AuditAction = keyof AuditActionCatalogue & string;

/** The vocabularies of every area, in the list's order; an action or a kind named twice is a programming error. */
export function mergeAuditVocabularies(vocabularies: readonly AuditVocabulary[]): Required<AuditVocabulary> {
  const actions: Record<string, Bilingual> = {};
  const subjects: Record<string, AuditSubjectKind> = {};
  const fields: Record<string, AuditField> = {};
  for (const v of vocabularies) {
    for (const [code, label] of Object.entries(v.actions)) {
      if (actions[code]) throw new Error(`audit action ${code} is labelled twice`);
      actions[code] = label;
    }
    for (const [kind, subject] of Object.entries(v.subjects ?? {})) {
      if (subjects[kind]) throw new Error(`audit subject kind ${kind} is declared twice`);
      subjects[kind] = subject;
    }
    // A field name several areas use (status, name) keeps the first label and gathers every area's coded values.
    for (const [name, field] of Object.entries(v.fields ?? {})) {
      const known = fields[name];
      fields[name] = known
        ? { ...known, values: { ...(field.values ?? {}), ...(known.values ?? {}) } }
        : field;
    }
  }
  return { actions, subjects, fields };
}

/** The ids of a page of entries that are whole numbers (subjects keyed by a bigint), as numbers for SQL. */
export function numericIds(ids: readonly string[]): number[] {
  return ids.filter((id) => /^\d{1,15}$/.test(id)).map(Number);
}
