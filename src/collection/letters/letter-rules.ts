import { addDays, compareDates } from '../../platform/calendar';
import { Problem } from '../../platform/problem';
import { collectionLapsesOn, isLapsed, teguranFrom } from '../ageing/age-buckets';
import type { CollectionSettings } from '../settings/collection-settings';

/**
 * The stages of collecting an overdue bill (penagihan pajak dengan surat paksa, UU 19/1997 as amended by UU 19/2000):
 * - `due_teguran`: past due by the region's days and no Surat Teguran yet;
 * - `teguran`: a teguran issued, its deadline (the days the debtor has to pay) not yet passed;
 * - `due_paksa`: the teguran's deadline passed unpaid, no Surat Paksa yet;
 * - `paksa`: a Surat Paksa issued, still unpaid (next: penyitaan, seizure, outside Balai);
 * - `closed`: a bill with a letter that is no longer open (paid, or written off).
 * An open bill past the collection time limit (kedaluwarsa penagihan, counted from its latest letter) is at no stage:
 * the region may no longer collect it, and the arrears by age propose it for write-off.
 */
export const STAGES = ['due_teguran', 'teguran', 'due_paksa', 'paksa', 'closed'] as const;
export type Stage = (typeof STAGES)[number];

export interface CaseFacts {
  billStatus: 'open' | 'paid' | 'written_off' | 'cancelled';
  dueDate: string;
  teguran: { issuedOn: string; deadline: string } | null;
  paksa: { issuedOn: string } | null;
}

/** The latest letter's date, from which the collection time limit runs again (null: no letter yet). */
export function lastLetterOn(c: CaseFacts): string | null {
  return c.paksa?.issuedOn ?? c.teguran?.issuedOn ?? null;
}

/**
 * A bill's stage on `day`, or null when it is not collection work: open and not yet due for a teguran, or open and
 * past the collection time limit.
 */
export function stageOf(c: CaseFacts, settings: CollectionSettings, day: string): Stage | null {
  if (c.billStatus !== 'open') return c.teguran ? 'closed' : null;
  if (isLapsed(c.dueDate, settings.writeOffYears, lastLetterOn(c), day)) return null;
  if (c.paksa) return 'paksa';
  if (c.teguran) return compareDates(day, c.teguran.deadline) > 0 ? 'due_paksa' : 'teguran';
  return compareDates(day, teguranFrom(c.dueDate, settings.teguranAfterDays)) >= 0 ? 'due_teguran' : null;
}

/** A teguran's deadline: the last day the debtor may pay before a Surat Paksa, `paksaAfterDays` after its date. */
export function teguranDeadline(issuedOn: string, settings: CollectionSettings): string {
  return addDays(issuedOn, settings.paksaAfterDays);
}

/**
 * A Surat Paksa's deadline: "2 × 24 jam" after it is served the debtor must pay, or seizure follows (UU 19/2000 Pasal
 * 11). Balai counts it in days from the letter's date; service (pemberitahuan) by the juru sita is outside it.
 */
export function paksaDeadline(issuedOn: string): string {
  return addDays(issuedOn, 2);
}

/**
 * Refuses a letter for a bill whose right to collect has lapsed: a letter suspends the time limit only while it runs
 * (UU 28/2009 Pasal 40(2)); once past, no letter revives it.
 */
function checkNotLapsed(c: CaseFacts, settings: CollectionSettings, day: string, billId: number): void {
  if (isLapsed(c.dueDate, settings.writeOffYears, lastLetterOn(c), day))
    throw new Problem(409, 'COLLECTION_LAPSED', {
      billId,
      lapsedOn: collectionLapsesOn(c.dueDate, settings.writeOffYears, lastLetterOn(c)),
    });
}

/** Refuses a Surat Teguran the law does not allow on `day` (409 with both languages' reason). */
export function checkTeguran(c: CaseFacts, settings: CollectionSettings, day: string, billId: number): void {
  if (c.billStatus !== 'open')
    throw new Problem(409, 'COLLECTION_BILL_NOT_OPEN', { billId, status: c.billStatus });
  checkNotLapsed(c, settings, day, billId);
  if (c.teguran) throw new Problem(409, 'TEGURAN_ALREADY_ISSUED', { billId, issuedOn: c.teguran.issuedOn });
  const from = teguranFrom(c.dueDate, settings.teguranAfterDays);
  if (compareDates(day, from) < 0)
    throw new Problem(409, 'TEGURAN_TOO_EARLY', { billId, dueDate: c.dueDate, from });
}

/**
 * Refuses a Surat Paksa without a teguran, before its deadline has passed, twice, for a bill not open, or past the
 * collection time limit.
 */
export function checkPaksa(c: CaseFacts, settings: CollectionSettings, day: string, billId: number): void {
  if (c.billStatus !== 'open')
    throw new Problem(409, 'COLLECTION_BILL_NOT_OPEN', { billId, status: c.billStatus });
  checkNotLapsed(c, settings, day, billId);
  if (!c.teguran) throw new Problem(409, 'PAKSA_WITHOUT_TEGURAN', { billId });
  if (c.paksa) throw new Problem(409, 'PAKSA_ALREADY_ISSUED', { billId, issuedOn: c.paksa.issuedOn });
  if (compareDates(day, c.teguran.deadline) <= 0)
    throw new Problem(409, 'PAKSA_BEFORE_DEADLINE', {
      billId,
      deadline: c.teguran.deadline,
      from: addDays(c.teguran.deadline, 1),
    });
}
