/** What the rule needs of a stored target: when it takes effect, its order of entry, and whether it was approved. */
export interface DatedTarget {
  id: number;
  effectiveFrom: string;
  approvedAt: Date | null;
}

/**
 * The target in force on a day: of the approved targets (a target counts once the head of Bapenda approved it), the
 * one with the latest effective date on or before that day; of two taking effect the same day, the one entered later
 * (a correction of a decree's figure is entered after it). A revision (APBD perubahan) thus replaces the original
 * (APBD murni) from its own effective date, and the original stays in force for the days before it.
 */
export function targetInForce<T extends DatedTarget>(targets: readonly T[], day: string): T | null {
  let best: T | null = null;
  for (const t of targets) {
    if (t.approvedAt === null || t.effectiveFrom > day) continue;
    if (
      !best ||
      t.effectiveFrom > best.effectiveFrom ||
      (t.effectiveFrom === best.effectiveFrom && t.id > best.id)
    )
      best = t;
  }
  return best;
}

/**
 * The day a budget year's targets are read on: `today` inside the year, its last day for a year gone by, its first
 * day for a year to come (a target decreed for next year is in force from its own effective date in that year).
 */
export function dayInYear(year: number, today: string): string {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  return today < first ? first : today > last ? last : today;
}
