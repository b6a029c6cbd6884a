import { compareDates } from '../../platform/calendar';
import { Problem } from '../../platform/problem';

/**
 * The days an organisation record counts: an OPD, a unit or a position from its formation to its dissolution, a
 * holding from its first day in office to its last. Both ends inclusive (an SK names the last day in office); `until`
 * null: open, still in force.
 */
export interface Period {
  from: string;
  until: string | null;
}

/** Refuses a period whose last day comes before its first. */
export function checkPeriod({ from, until }: Period): void {
  if (until !== null && compareDates(until, from) < 0)
    throw new Problem(422, 'PERIOD_ENDS_BEFORE_START', { from, lastDay: until });
}

/** Whether a period counts on a day. */
export function inForceOn({ from, until }: Period, day: string): boolean {
  return compareDates(from, day) <= 0 && (until === null || compareDates(day, until) <= 0);
}

/** Whether two periods share a day. */
export function periodsOverlap(a: Period, b: Period): boolean {
  const aStartsInTime = b.until === null || compareDates(a.from, b.until) <= 0;
  const bStartsInTime = a.until === null || compareDates(b.from, a.until) <= 0;
  return aStartsInTime && bStartsInTime;
}

/**
 * How a person holds a position: definitif (appointed to it), Plt (pelaksana tugas: standing in for a holder who is
 * gone for good, or while it is vacant) or Plh (pelaksana harian: standing in for one who is away for a while). The
 * distinction is the BKN's (SE Kepala BKN 1/SE/I/2021 on the authority of Plh and Plt, under UU 30/2014 Pasal 14
 * on mandates; the circular's text was not read here).
 */
export const HOLDING_KINDS = ['definitif', 'plt', 'plh'] as const;
export type HoldingKind = (typeof HOLDING_KINDS)[number];

export interface Holding {
  kind: HoldingKind;
  period: Period;
}

/**
 * Whether two holdings of one position cannot both stand. A position has one holder at a time: a definitif holder or
 * a Plt, never two of them on the same day. A Plh stands in for a holder who is away, beside their holding, so a Plh
 * clashes only with another Plh.
 */
export function holdingsClash(a: Holding, b: Holding): boolean {
  if (!periodsOverlap(a.period, b.period)) return false;
  return (a.kind === 'plh') === (b.kind === 'plh');
}

/** The first of a position's other holdings that a new or changed holding clashes with, if any. */
export function clashingHolding<H extends Holding>(others: readonly H[], candidate: Holding): H | undefined {
  return others.find((other) => holdingsClash(other, candidate));
}
