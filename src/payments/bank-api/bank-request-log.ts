import type { Sql } from '../../db/database';

/** One bank request and the answer it got: the partner's dispute record. */
export interface BankRequestEntry {
  receivedAt: Date;
  /** As claimed in X-PARTNER-ID, even when authentication failed. */
  partnerId: string | null;
  regionId: string | null;
  authenticated: boolean;
  operation: string;
  externalId: string | null;
  externalDay: string | null;
  /** sha256 of METHOD:PATH:body: a repeat of the same request under the same X-EXTERNAL-ID matches it. */
  requestHash: string | null;
  requestBody: string;
  httpStatus: number;
  responseCode: string;
  responseBody: string;
  durationMs: number;
  /** Of a request refused before its partner was known: where it came from, and how many refusals from there since
   * its previous written one were not written (migration 0018). */
  refusal?: { clientAddress: string; unwrittenBefore: number };
}

/** Bodies are kept whole up to this size; a larger (refused) body is kept truncated, marked as such. */
const KEPT_BODY_CHARS = 16_384;

function kept(body: string): string {
  return body.length <= KEPT_BODY_CHARS
    ? body
    : `${body.slice(0, KEPT_BODY_CHARS)}… [${body.length} characters]`;
}

const COLUMNS = `received_at, partner_id, region_id, authenticated, operation, external_id, external_day, first_use,
  request_hash, request_body, http_status, response_code, response_body, duration_ms, client_address,
  unwritten_before`;

function values(e: BankRequestEntry, firstUse: boolean) {
  return [
    e.receivedAt,
    e.partnerId,
    e.regionId,
    e.authenticated,
    e.operation,
    e.externalId,
    e.externalDay,
    firstUse,
    e.requestHash,
    kept(e.requestBody),
    e.httpStatus,
    e.responseCode,
    kept(e.responseBody),
    Math.round(e.durationMs),
    e.refusal?.clientAddress ?? null,
    e.refusal?.unwrittenBefore ?? 0,
  ];
}

/** An X-EXTERNAL-ID already used today: thrown where its first use is claimed, so the work done for it rolls back. */
export class ExternalIdUsed extends Error {}

/** The entry as the first use of its X-EXTERNAL-ID, by column name: for a statement that writes it with other rows. */
export function firstUseRow(e: BankRequestEntry): Record<string, unknown> {
  const [
    receivedAt,
    partnerId,
    regionId,
    authenticated,
    operation,
    externalId,
    externalDay,
    ,
    requestHash,
    requestBody,
    httpStatus,
    responseCode,
    responseBody,
    durationMs,
  ] = values(e, true);
  return {
    received_at: receivedAt,
    partner_id: partnerId,
    region_id: regionId,
    authenticated,
    operation,
    external_id: externalId,
    external_day: externalDay,
    request_hash: requestHash,
    request_body: requestBody,
    http_status: httpStatus,
    response_code: responseCode,
    response_body: responseBody,
    duration_ms: durationMs,
  };
}

/**
 * Logs a request that does not use up its X-EXTERNAL-ID (refused before it was authenticated, or a repeat). A request
 * that names no known partner belongs to no region: it goes to the deployment's `bank_refusal` (migration 0023), so
 * that every region's log is the region's alone (and can live on the region's node of a distributed database).
 */
export async function logBankRequest(db: Sql, e: BankRequestEntry): Promise<void> {
  if (e.regionId === null) {
    await db.query(
      `INSERT INTO bank_refusal (received_at, partner_id, operation, request_body, http_status, response_code,
         response_body, duration_ms, client_address, unwritten_before)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        e.receivedAt,
        e.partnerId,
        e.operation,
        kept(e.requestBody),
        e.httpStatus,
        e.responseCode,
        kept(e.responseBody),
        Math.round(e.durationMs),
        e.refusal?.clientAddress ?? null,
        e.refusal?.unwrittenBefore ?? 0,
      ],
    );
    return;
  }
  await db.query(
    `INSERT INTO bank_request (${COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
    values(e, false),
  );
}

/**
 * Logs an authenticated request as the first use of its X-EXTERNAL-ID that day. Answers false, writing nothing,
 * when the id was already used (a concurrent twin waits here until the first commits).
 */
export async function logFirstUse(db: Sql, e: BankRequestEntry): Promise<boolean> {
  const rows = await db.query(
    `INSERT INTO bank_request (${COLUMNS})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)
     ON CONFLICT (region_id, partner_id, external_day, external_id) WHERE first_use DO NOTHING RETURNING id`,
    values(e, true),
  );
  return rows.length === 1;
}

export async function firstUseOf(
  db: Sql,
  regionId: string,
  partnerId: string,
  externalDay: string,
  externalId: string,
): Promise<{ requestHash: string; httpStatus: number; responseBody: string } | null> {
  const [row] = await db.query<{ requestHash: string; httpStatus: number; responseBody: string }>(
    `SELECT request_hash AS "requestHash", http_status AS "httpStatus", response_body AS "responseBody"
     FROM bank_request
     WHERE region_id = $1 AND partner_id = $2 AND external_day = $3 AND external_id = $4 AND first_use`,
    [regionId, partnerId, externalDay, externalId],
  );
  return row ?? null;
}
