import { createHash, randomBytes } from 'node:crypto';
import type { Sql } from '../../db/database';
import type { Partner } from '../partner';

/** SNAP BI: a B2B access token's `expiresIn` is "900" (15 minutes). */
export const ACCESS_TOKEN_SECONDS = 900;

const hashOf = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/**
 * Issues a B2B access token (SNAP service 73) to a partner that proved it holds its private key. The token is 256
 * random bits; only its hash is stored. The partner's expired tokens go at the same time, so the table holds
 * about one live token per partner however long it runs.
 */
export async function issueAccessToken(db: Sql, at: Date, partner: Partner): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  await db.query('DELETE FROM snap_access_token WHERE partner_id = $1 AND expires_at <= $2', [
    partner.partnerId,
    at,
  ]);
  await db.query(
    `INSERT INTO snap_access_token (token_hash, region_id, partner_id, issued_at, expires_at)
     VALUES ($1, $2, $3, $4, $5)`,
    [
      hashOf(token),
      partner.regionId,
      partner.partnerId,
      at,
      new Date(at.getTime() + ACCESS_TOKEN_SECONDS * 1000),
    ],
  );
  return token;
}

/** The partner a token was issued to, if it is still good at `at` by the one clock. */
export async function tokenHolder(db: Sql, token: string, at: Date): Promise<string | null> {
  const [row] = await db.query<{ partnerId: string }>(
    `SELECT partner_id AS "partnerId" FROM snap_access_token WHERE token_hash = $1 AND expires_at > $2`,
    [hashOf(token), at],
  );
  return row?.partnerId ?? null;
}
