import type { Database } from '../db/database';
import { AUDIT_COLUMNS, type AuditRow } from './audit';
import { fieldChanges, fieldKey, formatAuditValue } from './audit-changes';
import type { AuditSubject, AuditVocabulary } from './audit-vocabulary';
import { TIME_ZONE_LABEL, type TimeZone } from './clock';
import type { Lang } from './human-format';
import type { SpreadsheetColumn } from './spreadsheet';

/** What the audit trail is filtered by; every filter is optional. */
export interface AuditFilter {
  /** An action (`sptpd.reject`), or a group of them (`sptpd`: every `sptpd.…`). */
  action?: string;
  actorId?: number;
  /** Who acted as recorded: an email, `system`, a bank partner's name. */
  actor?: string;
  entity?: string;
  entityId?: string;
  /** Calendar days on the region's clock, both included. */
  from?: string;
  to?: string;
  beforeSeq?: number;
}

/** The region's entries matching a filter, newest first, at most `limit`. */
export async function findAuditEntries(
  db: Database,
  regionId: string,
  timeZone: string,
  f: AuditFilter,
  limit: number,
): Promise<AuditRow[]> {
  const where = ['region_id = $1'];
  const params: unknown[] = [regionId];
  const add = (sql: string, ...values: unknown[]) => {
    let clause = sql;
    values.forEach((value, i) => {
      params.push(value);
      clause = clause.replaceAll(`?${i}`, `$${params.length}`);
    });
    where.push(clause);
  };
  if (f.action) {
    const action = f.action.replace(/\.+$/, '');
    add("(action = ?0 OR action LIKE ?1 ESCAPE '\\')", action, `${action.replace(/[%_\\]/g, '\\$&')}.%`);
  }
  if (f.actorId !== undefined) add('actor_id = ?0', f.actorId);
  if (f.actor) add('actor = ?0', f.actor.toLowerCase());
  if (f.entity) add('entity = ?0', f.entity);
  if (f.entityId) add('entity_id = ?0', f.entityId);
  // Dates are the region's calendar days.
  if (f.from) add('at >= (?0::date)::timestamp AT TIME ZONE ?1', f.from, timeZone);
  if (f.to) add('at < (?0::date + 1)::timestamp AT TIME ZONE ?1', f.to, timeZone);
  if (f.beforeSeq) add('seq < ?0', f.beforeSeq);
  params.push(limit);
  return db.query<AuditRow>(
    `SELECT ${AUDIT_COLUMNS} FROM audit_entry WHERE ${where.join(' AND ')} ORDER BY seq DESC LIMIT $${params.length}`,
    params,
  );
}

/** A subject as shown: the kind's name and, when its area could name it, its readable name and where it opens. */
export type ShownSubject = AuditSubject & { kind: string };

/** Names the subjects of a page of entries, one query per kind; an entry whose subject is unknown maps to nothing. */
export async function describeSubjects(
  db: Database,
  vocabulary: Required<AuditVocabulary>,
  regionId: string,
  rows: readonly AuditRow[],
  lang: Lang,
): Promise<Map<string, AuditSubject>> {
  const byKind = new Map<string, Set<string>>();
  for (const row of rows) {
    if (!byKind.has(row.entity)) byKind.set(row.entity, new Set());
    byKind.get(row.entity)?.add(row.entityId);
  }
  const named = new Map<string, AuditSubject>();
  for (const [kind, ids] of byKind) {
    const describe = vocabulary.subjects[kind]?.describe;
    if (!describe) continue;
    const found = await describe(db, regionId, [...ids], lang);
    for (const [id, subject] of found) named.set(subjectKey(kind, id), subject);
  }
  return named;
}

export const subjectKey = (kind: string, id: string) => `${kind}\u0000${id}`;

/** An instant on the region's clock as a spreadsheet reads it: `2025-03-11 10:00:00`. */
export function localDateTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** An entry as a row of the export. */
export interface AuditExportRow {
  row: AuditRow;
  subject: AuditSubject | undefined;
}

/** The export's columns: what the browser shows, in the reader's language, with the hash for whoever checks it. */
export function auditSpreadsheetColumns(
  vocabulary: Required<AuditVocabulary>,
  timeZone: string,
): SpreadsheetColumn<AuditExportRow>[] {
  const zone = TIME_ZONE_LABEL[timeZone as TimeZone] ?? timeZone;
  return [
    { header: { id: 'No.', en: 'Seq' }, kind: 'count', width: 8, value: ({ row }) => row.seq },
    {
      header: { id: `Waktu (${zone})`, en: `Time (${zone})` },
      width: 20,
      value: ({ row }) => localDateTime(row.at, timeZone),
    },
    { header: { id: 'Pelaku', en: 'Actor' }, width: 28, value: ({ row }) => row.actor },
    {
      header: { id: 'Tindakan', en: 'Action' },
      width: 34,
      value: ({ row }, lang) => vocabulary.actions[row.action]?.[lang] ?? row.action,
    },
    { header: { id: 'Kode tindakan', en: 'Action code' }, width: 22, value: ({ row }) => row.action },
    {
      header: { id: 'Jenis objek', en: 'Subject kind' },
      width: 18,
      value: ({ row }, lang) => vocabulary.subjects[row.entity]?.label[lang] ?? row.entity,
    },
    {
      header: { id: 'Objek', en: 'Subject' },
      width: 40,
      value: ({ row, subject }, lang) => {
        if (!subject) return row.entityId;
        const period = subject.period
          ? ` · ${formatAuditValue(subject.period, { label: { id: '', en: '' }, format: 'period' }, lang, timeZone)}`
          : '';
        return `${subject.name}${period}`;
      },
    },
    { header: { id: 'ID objek', en: 'Subject ID' }, width: 12, value: ({ row }) => row.entityId },
    {
      header: { id: 'Perubahan', en: 'Changes' },
      width: 80,
      value: ({ row }, lang) =>
        fieldChanges(row.before, row.after)
          .filter((c) => c.changed)
          .map((c) => {
            const field = vocabulary.fields[fieldKey(c.field)];
            const label = field?.label[lang] ?? c.field;
            const show = (v: unknown) => formatAuditValue(v, field, lang, timeZone);
            return row.before == null
              ? `${label}: ${show(c.after)}`
              : `${label}: ${show(c.before)} → ${show(c.after)}`;
          })
          .join('; '),
    },
    { header: { id: 'Alamat IP', en: 'IP address' }, width: 16, value: ({ row }) => row.ip },
    { header: { id: 'Hash SHA-256', en: 'SHA-256 hash' }, width: 66, value: ({ row }) => row.hash },
  ];
}
