import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqlState } from '../src/db/database';
import { freshDatabase, type TestDatabase } from './support/test-app';

/**
 * The ledger's last line of defence is in the database, whichever code writes to it: a journal that does not balance
 * is refused by the statement that writes its lines (journal_line_balanced, migrations 0002 and 0025), with its own
 * code on PostgreSQL, PGlite and Citus alike (checked at commit, Citus reported only a failed commit on a shard).
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await freshDatabase();
});
afterAll(() => t.drop());

const journalsOf = async (regionId: string) =>
  (
    await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM journal WHERE region_id = $1', [regionId])
  )[0]?.n;

describe('the database keeps every journal balanced', () => {
  it('a journal whose lines do not balance is refused with check_violation (23514) and its reason, and nothing of the transaction stays', async () => {
    const before = await journalsOf('35.73');
    const err = await t.db
      .transaction(async (tx) => {
        const [j] = await tx.query<{ id: number }>(
          `INSERT INTO journal (region_id, kind, at, memo) VALUES ('35.73', 'correction', now(), 'unbalanced')
           RETURNING id`,
        );
        await tx.query(
          `INSERT INTO journal_line (region_id, journal_id, line_no, account, debit, credit)
           VALUES ('35.73', $1, 1, 'piutang', 1000, 0), ('35.73', $1, 2, 'pendapatan', 0, 999)`,
          [j?.id],
        );
      })
      .catch((e: unknown) => e);
    expect(sqlState(err)).toBe('23514');
    expect(String(err)).toMatch(/does not balance \(debit - credit = 1\)/);
    expect(await journalsOf('35.73')).toBe(before);
  });
});
