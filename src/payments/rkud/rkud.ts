import type { Sql } from '../../db/database';
import { appendAudit } from '../../platform/audit';
import { Problem } from '../../platform/problem';
import type { Actor } from '../../platform/users';
import { type RkudAccount, readAccountNumber, tidyName } from './rkud-account';

/** The region's RKUD as stored: the account, whether it is the demo's example, and when it was last set. */
export interface StoredRkud extends RkudAccount {
  exampleOnly: boolean;
  updatedAt: Date;
}

const RKUD_COLUMNS = `bank_name AS "bankName", account_number AS "accountNumber", account_name AS "accountName",
  example_only AS "exampleOnly", updated_at AS "updatedAt"`;

/** Namespace of the advisory lock that serialises changes of one region's RKUD (see audit.ts, migrate.ts). */
const RKUD_LOCK = 7_302_012;

/** The region's RKUD, or null while its administrator has not set one. */
export async function findRkud(db: Sql, regionId: string): Promise<StoredRkud | null> {
  const [row] = await db.query<StoredRkud>(`SELECT ${RKUD_COLUMNS} FROM rkud_account WHERE region_id = $1`, [
    regionId,
  ]);
  return row ?? null;
}

/**
 * Sets the region's RKUD, replacing any earlier one, and audits the change with the account it replaced. An
 * account number that is not 10 to 20 digits is refused and nothing is stored. Values an administrator enters are
 * the region's own; only the demo seed marks its invented account as an example.
 */
export async function configureRkud(
  tx: Sql,
  at: Date,
  actor: Actor,
  regionId: string,
  input: RkudAccount,
  options: { exampleOnly?: boolean } = {},
): Promise<StoredRkud> {
  const number = readAccountNumber(input.accountNumber);
  if (!number.ok) {
    throw new Problem(422, 'RKUD_ACCOUNT_NUMBER_INVALID', { given: input.accountNumber.trim() }, [
      { field: 'accountNumber', message: number.refusal },
    ]);
  }
  // Two administrators saving at once: the second reads the first's account as the one it replaces.
  await tx.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [RKUD_LOCK, regionId]);
  const before = await findRkud(tx, regionId);
  const [row] = await tx.query<StoredRkud>(
    `INSERT INTO rkud_account (region_id, bank_name, account_number, account_name, example_only, updated_at,
                               updated_by)
     VALUES ($1, $2, $3, $4, $5, $6, $7)
     ON CONFLICT (region_id) DO UPDATE SET
       bank_name = EXCLUDED.bank_name, account_number = EXCLUDED.account_number,
       account_name = EXCLUDED.account_name, example_only = EXCLUDED.example_only,
       updated_at = EXCLUDED.updated_at, updated_by = EXCLUDED.updated_by
     RETURNING ${RKUD_COLUMNS}`,
    [
      regionId,
      tidyName(input.bankName),
      number.digits,
      tidyName(input.accountName),
      options.exampleOnly ?? false,
      at,
      actor.userId,
    ],
  );
  const stored = row as StoredRkud;
  await appendAudit(tx, at, {
    regionId,
    actorId: actor.userId,
    actor: actor.label,
    ip: actor.ip,
    action: 'rkud.configure',
    entity: 'rkud_account',
    entityId: regionId,
    before,
    after: stored,
  });
  return stored;
}
