/**
 * An audit entry's before and after as a list of fields, for a reader rather than a hash: what the audit browser shows
 * side by side and the spreadsheet export writes. Pure and importing nothing, so the web app bundles it.
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
