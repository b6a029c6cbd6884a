import type { AuditField } from './audit-vocabulary';
import {
  formatDate,
  formatDateTime,
  formatDayOf,
  formatMonth,
  formatPercent,
  formatRupiah,
  type Lang,
} from './human-format';

/**
 * An audit entry's before and after as a list of fields, for a reader rather than a hash: what the audit browser shows
 * side by side and the spreadsheet export writes. Pure (it imports only the pure formatter), so the web app bundles it.
 */
export interface FieldChange {
  /** The field's name; a field of a nested object is `outer.inner` (labelled by its last part). */
  field: string;
  before: unknown;
  after: unknown;
  /** Whether the value differs (an entry that records a creation has every field changed from nothing). */
  changed: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The fields of a snapshot, nested objects opened one level (`rkud.bankName`); deeper values stay whole. */
function flatten(value: unknown): Map<string, unknown> {
  const fields = new Map<string, unknown>();
  if (!isRecord(value)) return fields;
  for (const [key, inner] of Object.entries(value)) {
    if (isRecord(inner) && Object.keys(inner).length > 0) {
      for (const [innerKey, innermost] of Object.entries(inner)) fields.set(`${key}.${innerKey}`, innermost);
    } else {
      fields.set(key, inner);
    }
  }
  return fields;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** The fields of before and after, the after's order first, each with whether it changed. */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const was = flatten(before);
  const is = flatten(after);
  const names = [...is.keys(), ...[...was.keys()].filter((k) => !is.has(k))];
  return names.map((field) => {
    const b = was.get(field);
    const a = is.get(field);
    return { field, before: b, after: a, changed: !same(b, a) };
  });
}

/** The name a field is labelled by: its last part (`rkud.bankName` → `bankName`). */
export function fieldKey(field: string): string {
  return field.slice(field.lastIndexOf('.') + 1);
}

/**
 * A field's value in words, as the export writes it, through the one formatter (human-format.ts); the web app's audit
 * browser shows the same: `Rp 1.234.567`, `3 Desember 2026`, `November 2026`, `4 December 2026, 10:04:01 WIB`.
 */
export function formatAuditValue(
  value: unknown,
  field: AuditField | undefined,
  lang: Lang,
  timeZone: string,
): string {
  if (value === undefined || value === null || value === '') return '—';
  const format = field?.format ?? 'text';
  if (typeof value === 'string' && field?.values?.[value]) return field.values[value][lang];
  if (typeof value === 'number' && format === 'rupiah' && Number.isSafeInteger(value))
    return formatRupiah(value);
  if (typeof value === 'number' && format === 'ppm' && Number.isSafeInteger(value) && value >= 0)
    return formatPercent(value, lang);
  if (typeof value === 'string' && format === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value))
    return formatDate(value, lang);
  if (typeof value === 'string' && format === 'date' && !Number.isNaN(Date.parse(value)))
    return formatDayOf(value, timeZone, lang);
  if (typeof value === 'string' && format === 'period' && /^\d{4}-\d{2}$/.test(value))
    return formatMonth(value, lang);
  if (typeof value === 'string' && format === 'datetime' && !Number.isNaN(Date.parse(value)))
    return formatDateTime(value, timeZone, lang, { seconds: true });
  if (typeof value === 'boolean')
    return value ? (lang === 'id' ? 'Ya' : 'Yes') : lang === 'id' ? 'Tidak' : 'No';
  if (Array.isArray(value) && format === 'roles')
    return value.map((r) => field?.values?.[String(r)]?.[lang] ?? String(r)).join(', ');
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}
