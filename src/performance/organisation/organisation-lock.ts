import type { Sql } from '../../db/database';

/**
 * Serialises the changes to one region's organisation inside the caller's transaction. What makes a change valid
 * reads other rows (a unit's new parent is not under it, a name is free, two holdings of a position do not overlap),
 * and two changes checked at once could each pass and together break it. Organisation changes are rare, a few a day:
 * one lock per region keeps every such check true without a constraint per rule.
 */
export async function lockOrganisation(tx: Sql, regionId: string): Promise<void> {
  await tx.query(`SELECT pg_advisory_xact_lock(hashtext('organisation:' || $1))`, [regionId]);
}
