import { randomBytes } from 'node:crypto';
import type { Sql } from '../db/database';

/**
 * The keys of this installation: `session` keys the stored hashes of session cookies and the known-device cookies,
 * `document` the verification codes printed on every document. Given by the environment (`BALAI_SESSION_SECRET`,
 * `BALAI_DOCUMENT_SECRET`) or, when not given, generated at first start and kept in the database, so that no two
 * installations share a key and none is a public constant: a code made with a guessed key does not verify.
 * They are separate so that rotating one (signing everyone out) does not void every printed document.
 */
export interface InstallationSecrets {
  session: string;
  document: string;
}

export type SecretName = keyof InstallationSecrets;

export async function installationSecrets(
  db: Sql,
  at: Date,
  given: Partial<InstallationSecrets>,
): Promise<InstallationSecrets> {
  return {
    session: given.session ?? (await storedSecret(db, at, 'session')),
    document: given.document ?? (await storedSecret(db, at, 'document')),
  };
}

/** The stored key of that name, created on first use; two servers starting at once agree on the first one written. */
async function storedSecret(db: Sql, at: Date, name: SecretName): Promise<string> {
  await db.query(
    'INSERT INTO installation_secret (name, value, created_at) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING',
    [name, randomBytes(32).toString('base64url'), at],
  );
  const [row] = await db.query<{ value: string }>('SELECT value FROM installation_secret WHERE name = $1', [
    name,
  ]);
  if (!row) throw new Error(`installation secret ${name} could not be stored`);
  return row.value;
}
