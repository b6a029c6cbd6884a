import type { Sql } from '../../db/database';
import type { TimeZone } from '../../platform/clock';
import type { OpdScope } from '../opd-access';
import { deadlinesOf, type QuarterDeadline } from './deadlines';
import type { Punctuality } from './quarters';
import { realisationTable } from './realisation';

/** How an OPD stands for a quarter's deadline: its indicators' reports counted by punctuality, and the worst of them. */
export interface OpdStanding {
  opdId: number;
  opdName: string;
  opdShortName: string;
  indicators: number;
  onTime: number;
  late: number;
  missing: number;
  notDue: number;
  standing: Punctuality;
}

export interface CalendarQuarter extends QuarterDeadline {
  opds: OpdStanding[];
}

/** The worse first: a missing report outweighs a late one, a late one a report not yet due, which outweighs on time. */
const WORST: readonly Punctuality[] = ['missing', 'late', 'not_due', 'on_time'];

/**
 * The deadlines calendar of a year: each quarter's due date (the region's, else the default) and, per OPD the caller
 * may see, how its typed indicators' reports stand against it (sent on time, late, missing, not yet due). Indicators
 * fed from the ledger have no report to be late with and are left out.
 */
export async function realisationCalendar(
  db: Sql,
  regionId: string,
  timeZone: TimeZone,
  today: string,
  scope: OpdScope,
  year: number,
): Promise<CalendarQuarter[]> {
  const deadlines = await deadlinesOf(db, regionId, year, today);
  const quarters: CalendarQuarter[] = [];
  for (const deadline of deadlines) {
    const lines = await realisationTable(
      db,
      regionId,
      timeZone,
      today,
      scope,
      { year, quarter: deadline.quarter },
      new Map(),
    );
    const byOpd = new Map<number, OpdStanding>();
    for (const line of lines) {
      if (line.source !== 'manual') continue;
      const opd = byOpd.get(line.opdId) ?? {
        opdId: line.opdId,
        opdName: line.opdName,
        opdShortName: line.opdShortName,
        indicators: 0,
        onTime: 0,
        late: 0,
        missing: 0,
        notDue: 0,
        standing: 'on_time' as Punctuality,
      };
      opd.indicators += 1;
      if (line.punctuality === 'on_time') opd.onTime += 1;
      else if (line.punctuality === 'late') opd.late += 1;
      else if (line.punctuality === 'missing') opd.missing += 1;
      else opd.notDue += 1;
      if (WORST.indexOf(line.punctuality) < WORST.indexOf(opd.standing)) opd.standing = line.punctuality;
      byOpd.set(line.opdId, opd);
    }
    quarters.push({ ...deadline, opds: [...byOpd.values()] });
  }
  return quarters;
}
