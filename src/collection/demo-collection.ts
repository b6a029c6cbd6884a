import type { Database } from '../db/database';
import { addDays, compareDates } from '../platform/calendar';
import { localDate, localInstant, type TimeZone } from '../platform/clock';
import { DEMO_REGIONS } from '../platform/demo';
import { findRegion } from '../platform/regions';
import type { Actor } from '../platform/users';
import { monthsLate } from '../receivables';
import { seedDemoOldArrears } from '../tax';
import { ageOf, isLapsed } from './ageing/age-buckets';
import { issueLetter } from './letters/letters';
import { collectionSettingsOn, recordCollectionSettings } from './settings/collection-settings';

/** The Perda each demo region's letters cite (invented numbers: the demo's, not the regions' real texts). */
const PERDA: Record<string, string> = {
  '35.73': 'Peraturan Daerah Kota Malang tentang Pajak Daerah dan Retribusi Daerah (contoh demo)',
  '19.01': 'Peraturan Daerah Kabupaten Bangka tentang Pajak Daerah dan Retribusi Daerah (contoh demo)',
};

type Plan = 'paksa' | 'due_paksa' | 'teguran';

/**
 * Collection's part of the demo, after every other history: each region's settings (the national defaults, citing its
 * Perda), then letters on the overdue bills the tax history left unpaid (its businesses "in arrears"), so that a few
 * debtors stand at each stage on the demo's today: a Surat Paksa issued; a teguran whose deadline passed; a teguran
 * paid after it (closed); a teguran still running; the rest due for a teguran. Letters are dated in the past as an
 * officer would have issued them, each on a day the rules allow.
 *
 * Then the old debts (tax's `seedDemoOldArrears`: closed businesses' masa of 1–2 years, more than 2 and more than 5
 * years ago, left unpaid), after the letters above so that those fall on this year's arrears: the arrears by age fill
 * every bucket and the write-off list holds the debts past kedaluwarsa, which no letter suspended. One debt of more than
 * 2 years went through a teguran and a Surat Paksa when it fell due, and stopped there (seizure is outside Balai).
 */
export async function seedCollectionDemo(db: Database, at: Date): Promise<void> {
  for (const regionId of DEMO_REGIONS) {
    const region = await findRegion(db, regionId);
    if (!region) continue;
    const today = localDate(at, region.timeZone);
    await recordCollectionSettings(
      db,
      at,
      regionId,
      {
        effectiveFrom: '2024-01-01',
        teguranAfterDays: 7,
        paksaAfterDays: 7,
        writeOffYears: 5,
        perdaRef: PERDA[regionId] ?? null,
      },
      null,
    );
    const [officer] = await db.query<{ id: number; email: string }>(
      `SELECT u.id, u.email FROM app_user u JOIN role_grant g ON g.user_id = u.id
        WHERE g.region_id = $1 AND g.role = 'officer' ORDER BY u.id LIMIT 1`,
      [regionId],
    );
    const actor: Actor = { userId: officer?.id ?? null, label: officer?.email ?? 'demo-seed (petugas)' };
    // The businesses of the demo's taxpayer accounts (wp@…) are left alone: their overdue bills are what the
    // portal's own screens and tests show.
    const bills = await db.query<{ id: number; taxpayerId: number; dueDate: string }>(
      `SELECT b.id, b.taxpayer_id AS "taxpayerId", b.due_date AS "dueDate" FROM bill b
        JOIN taxpayer t ON t.region_id = $1 AND t.id = b.taxpayer_id AND t.user_id IS NULL
        WHERE b.region_id = $1 AND b.status = 'open' AND b.due_date <= $2
          AND NOT EXISTS (SELECT 1 FROM collection_letter l WHERE l.region_id = $1 AND l.bill_id = b.id)
        ORDER BY b.due_date, b.id`,
      [regionId, addDays(today, -8)],
    );
    // A closed case: a bill the history paid late, more than 12 days after its due date, given its teguran 8 days
    // after the due date (recorded as the bill then stood). Paying one of today's arrears instead would change them.
    // Not a masa filed late: its bill did not exist yet 8 days after the due date.
    const [paidLate] = await db.query<{ id: number; dueDate: string }>(
      `SELECT b.id, b.due_date AS "dueDate" FROM bill b
        JOIN taxpayer t ON t.region_id = $1 AND t.id = b.taxpayer_id AND t.user_id IS NULL
        WHERE b.region_id = $1 AND b.status = 'paid' AND b.due_date >= $2
          AND (b.issued_at AT TIME ZONE $3)::date < b.due_date + 8
          AND (SELECT min(p.day) FROM payment p WHERE p.region_id = $1 AND p.bill_id = b.id) > b.due_date + 12
        ORDER BY b.due_date DESC, b.id LIMIT 1`,
      [regionId, addDays(today, -180), region.timeZone],
    );
    if (paidLate)
      await issueLetter(
        db,
        localInstant(addDays(paidLate.dueDate, 8), '09:30', region.timeZone),
        actor,
        regionId,
        paidLate.id,
        'teguran',
        {
          paidSince: true,
        },
      );
    const used = new Set<number>();
    const debtors = new Set<number>();
    // When each plan's letters fall, from the bill's due date (teguran 8 days after it, a surat paksa 8 days after
    // the teguran's 7 days ran out), and whether the bill's age allows them before today.
    const fits: Record<Plan, (due: string) => boolean> = {
      paksa: (due) => compareDates(addDays(due, 17), today) < 0,
      due_paksa: (due) => compareDates(addDays(due, 17), today) < 0,
      teguran: (due) => compareDates(addDays(due, 8), today) <= 0,
    };
    for (const plan of ['paksa', 'teguran', 'due_paksa', 'paksa', 'due_paksa'] as Plan[]) {
      const pick =
        bills.find((b) => !used.has(b.id) && !debtors.has(b.taxpayerId) && fits[plan](b.dueDate)) ??
        bills.find((b) => !used.has(b.id) && fits[plan](b.dueDate));
      // Leave a bill due for a teguran, for the officer's worklist.
      if (!pick) continue;
      if (bills.length - used.size <= 1) break;
      used.add(pick.id);
      debtors.add(pick.taxpayerId);
      const on = (day: string, time: string) => localInstant(day, time, region.timeZone);
      const teguranOn =
        plan === 'teguran'
          ? ([addDays(today, -3), addDays(pick.dueDate, 8)].sort().at(-1) as string)
          : plan === 'due_paksa'
            ? ([addDays(today, -12), addDays(pick.dueDate, 8)].sort().at(-1) as string)
            : addDays(pick.dueDate, 8);
      await issueLetter(db, on(teguranOn, '09:30'), actor, regionId, pick.id, 'teguran');
      if (plan === 'paksa')
        await issueLetter(db, on(addDays(teguranOn, 8), '10:00'), actor, regionId, pick.id, 'paksa');
    }
    await seedOldDebts(db, at, regionId, region.timeZone, today, actor);
  }
}

async function seedOldDebts(
  db: Database,
  at: Date,
  regionId: string,
  timeZone: TimeZone,
  today: string,
  actor: Actor,
): Promise<void> {
  const old = await seedDemoOldArrears(db, at, regionId);
  const { writeOffYears } = await collectionSettingsOn(db, regionId, today);
  const stalled = old.find(
    (d) =>
      ageOf(monthsLate(d.dueDate, today)) === 'over_2y' && !isLapsed(d.dueDate, writeOffYears, null, today),
  );
  if (!stalled) return;
  const on = (day: string, time: string) => localInstant(day, time, timeZone);
  const teguranOn = addDays(stalled.dueDate, 8);
  await issueLetter(db, on(teguranOn, '09:30'), actor, regionId, stalled.billId, 'teguran');
  await issueLetter(db, on(addDays(teguranOn, 8), '10:00'), actor, regionId, stalled.billId, 'paksa');
}
