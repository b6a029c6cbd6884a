import type { Database } from '../../db/database';
import { localTimestamp, type TimeZone } from '../../platform/clock';
import { SYSTEM_ACTOR } from '../../platform/users';
import { monthBefore } from './report-month';
import { generateReport, type StoredReport } from './reports';

/**
 * The hour of the 1st (on the region's clock) from which the month before is reported: late enough that the banks'
 * reports of the month's last evening are in, early enough that the mayor has it on the morning of the 1st.
 */
export const REPORT_HOUR = 6;

/**
 * The scheduled monthly reports: every hosted region whose clock shows the 1st of a month, from `REPORT_HOUR`, gets
 * the month before's report, once (the table's unique key on the scheduled report of a month: a restart, a second
 * process or the next check the same day makes none). On any other day it makes none; a month whose 1st passed while
 * no process ran is left to be made on demand. Returns the reports made now.
 */
export async function runScheduledReports(db: Database, at: Date): Promise<StoredReport[]> {
  const regions = await db.query<{ regionId: string; timeZone: TimeZone }>(
    'SELECT region_id AS "regionId", time_zone AS "timeZone" FROM region ORDER BY region_id',
  );
  const made: StoredReport[] = [];
  for (const r of regions) {
    const wall = localTimestamp(at, r.timeZone);
    if (wall.slice(8, 10) !== '01' || Number(wall.slice(11, 13)) < REPORT_HOUR) continue;
    const report = await generateReport(db, at, SYSTEM_ACTOR, r.regionId, monthBefore(wall.slice(0, 10)), {
      scheduled: true,
    });
    if (report) made.push(report);
  }
  return made;
}
