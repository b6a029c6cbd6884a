/*
 * The status of a BPK or Inspektorat recommendation's follow-up (tindak lanjut), in the four words of the BPK's
 * monitoring (Peraturan BPK 2/2017 on pemantauan pelaksanaan tindak lanjut rekomendasi hasil pemeriksaan): sesuai
 * (done as recommended), belum sesuai (answered, not yet as recommended), belum ditindaklanjuti (not yet followed up)
 * and tidak dapat ditindaklanjuti (cannot be followed up, for a valid reason). The regulation's name is from general
 * knowledge, not in the domain reference: UNCONFIRMED. Pure.
 */

export const FOLLOW_UP_STATUSES = [
  'sesuai',
  'belum_sesuai',
  'belum_ditindaklanjuti',
  'tidak_dapat_ditindaklanjuti',
] as const;
export type FollowUpStatus = (typeof FOLLOW_UP_STATUSES)[number];

/** The statuses that close a recommendation: nothing more is asked of the OPD. */
const CLOSED: readonly FollowUpStatus[] = ['sesuai', 'tidak_dapat_ditindaklanjuti'];

/** Whether a recommendation in this status is closed to further follow-up. */
export function isClosed(status: FollowUpStatus): boolean {
  return CLOSED.includes(status);
}

/** Overdue on `day`: its deadline (the last day, inclusive) has passed and it is not closed. */
export function isOverdue(rec: { deadline: string; status: FollowUpStatus }, day: string): boolean {
  return rec.deadline < day && !isClosed(rec.status);
}
