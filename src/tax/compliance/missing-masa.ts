import type { Sql } from '../../db/database';
import { compareDates, monthsBetween, nextMonth } from '../../platform/calendar';
import type { SortOf } from '../../platform/list-page';
import { missingReturns } from '../returns/missing-returns';
import type { ComplianceFilter } from './compliance-filter';

/** The columns the unfiled masa can be ordered by; `-period` (the latest masa first) unless asked otherwise. */
export const MISSING_SORT_COLUMNS = ['period', 'taxpayer', 'object'] as const;
export type MissingSort = SortOf<(typeof MISSING_SORT_COLUMNS)[number]>;

/** An object that filed no SPTPD for a masa whose due date has passed. */
export interface UnfiledMasa {
  period: string;
  dueDate: string;
  objectId: number;
  objectName: string;
  taxCode: string;
  taxName: string;
  taxpayerId: number;
  taxpayerName: string;
  npwpd: string | null;
}

const COMPARE: Record<(typeof MISSING_SORT_COLUMNS)[number], (a: UnfiledMasa, b: UnfiledMasa) => number> = {
  period: (a, b) => a.period.localeCompare(b.period) || a.taxpayerName.localeCompare(b.taxpayerName),
  taxpayer: (a, b) => a.taxpayerName.localeCompare(b.taxpayerName) || a.period.localeCompare(b.period),
  object: (a, b) => a.objectName.localeCompare(b.objectName) || a.period.localeCompare(b.period),
};

/**
 * Objects that did not file a masa: tax's missing returns (`missingReturns`, the officer's reminder list) for each masa
 * asked, kept to the masa whose due date has passed (before it a return is not yet missing, only not yet filed).
 */
export async function unfiledMasa(
  db: Sql,
  regionId: string,
  today: string,
  f: ComplianceFilter & { sort: MissingSort; limit: number; offset: number },
  taxNames: ReadonlyMap<string, string>,
): Promise<{ total: number; items: UnfiledMasa[] }> {
  const q = f.q?.trim().toLowerCase();
  const all: UnfiledMasa[] = [];
  for (let period = f.from; monthsBetween(period, f.to) >= 0; period = nextMonth(period)) {
    const missing = await missingReturns(db, regionId, period, today);
    if (!missing.overdue || compareDates(today, missing.dueDate) <= 0) continue;
    for (const item of missing.items) {
      if (f.taxCode && item.taxCode !== f.taxCode) continue;
      if (
        q &&
        !item.taxpayerName.toLowerCase().includes(q) &&
        !item.objectName.toLowerCase().includes(q) &&
        !(item.npwpd ?? '').toLowerCase().startsWith(q)
      )
        continue;
      all.push({
        ...item,
        period,
        dueDate: missing.dueDate,
        taxName: taxNames.get(item.taxCode) ?? item.taxCode,
      });
    }
  }
  const descending = f.sort.startsWith('-');
  const compare = COMPARE[(descending ? f.sort.slice(1) : f.sort) as keyof typeof COMPARE];
  all.sort(
    (a, b) =>
      (descending ? -compare(a, b) : compare(a, b)) ||
      a.objectId - b.objectId ||
      a.period.localeCompare(b.period),
  );
  return { total: all.length, items: all.slice(f.offset, f.offset + f.limit) };
}

/** The columns the objects with unfiled masa can be ordered by; `-count` (the most masa missing first) by default. */
export const UNFILED_OBJECT_SORT_COLUMNS = ['count', 'taxpayer', 'object', 'latest'] as const;
export type UnfiledObjectSort = SortOf<(typeof UNFILED_OBJECT_SORT_COLUMNS)[number]>;

/** An object with the masa of the range it did not file (each past its due date), and how many. */
export interface UnfiledObject {
  objectId: number;
  objectName: string;
  taxCode: string;
  taxName: string;
  taxpayerId: number;
  taxpayerName: string;
  npwpd: string | null;
  /** The masa not filed, oldest first. */
  periods: string[];
  count: number;
  /** The due date of the oldest of them: since when a return has been missing. */
  firstDueDate: string;
}

const COMPARE_OBJECTS: Record<
  (typeof UNFILED_OBJECT_SORT_COLUMNS)[number],
  (a: UnfiledObject, b: UnfiledObject) => number
> = {
  count: (a, b) => a.count - b.count || b.taxpayerName.localeCompare(a.taxpayerName),
  taxpayer: (a, b) =>
    a.taxpayerName.localeCompare(b.taxpayerName) || a.objectName.localeCompare(b.objectName),
  object: (a, b) => a.objectName.localeCompare(b.objectName) || a.taxpayerName.localeCompare(b.taxpayerName),
  latest: (a, b) =>
    (a.periods.at(-1) ?? '').localeCompare(b.periods.at(-1) ?? '') ||
    b.taxpayerName.localeCompare(a.taxpayerName),
};

/**
 * The unfiled masa one row per object (the officer follows up a business, not a month): which masa of the range it
 * did not file and how many, so that one who stopped filing stands apart from one who forgot a month. The same rows
 * as `unfiledMasa`, grouped.
 */
export async function unfiledObjects(
  db: Sql,
  regionId: string,
  today: string,
  f: ComplianceFilter & { sort: UnfiledObjectSort; limit: number; offset: number },
  taxNames: ReadonlyMap<string, string>,
): Promise<{ total: number; items: UnfiledObject[] }> {
  const { items: masa } = await unfiledMasa(
    db,
    regionId,
    today,
    { ...f, sort: 'period', limit: Number.MAX_SAFE_INTEGER, offset: 0 },
    taxNames,
  );
  const byObject = new Map<number, UnfiledObject>();
  for (const m of masa) {
    const seen = byObject.get(m.objectId);
    if (seen) {
      seen.periods.push(m.period);
      seen.count++;
      continue;
    }
    const { period, dueDate, ...party } = m;
    byObject.set(m.objectId, { ...party, periods: [period], count: 1, firstDueDate: dueDate });
  }
  const all = [...byObject.values()];
  const descending = f.sort.startsWith('-');
  const compare = COMPARE_OBJECTS[(descending ? f.sort.slice(1) : f.sort) as keyof typeof COMPARE_OBJECTS];
  all.sort((a, b) => (descending ? -compare(a, b) : compare(a, b)) || a.objectId - b.objectId);
  return { total: all.length, items: all.slice(f.offset, f.offset + f.limit) };
}
