import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { databaseBefore } from './support/migration-database';

/**
 * Migration 0023 (issue 13) gives every row of a region's bank request log a region: a refused request that named a
 * known partner joins that partner's region's log, as its administrators already saw it there; one that named no known
 * partner moves to the deployment's `bank_refusal`. Nothing is lost.
 */

let db: Database;
let apply: (prefix: string) => Promise<void>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, apply, drop } = await databaseBefore('0023'));
}, 60_000);
afterAll(() => drop());

describe('migration 0023: every bank request of a region is logged under it', () => {
  it('moves a refusal naming no known partner to bank_refusal and files one naming a partner under its region', async () => {
    await db.exec(`
      INSERT INTO province VALUES ('35', 'Jawa Timur');
      INSERT INTO regency VALUES ('35.73', '35', 'Kota Malang');
      INSERT INTO region VALUES ('35.73', 'Kota Malang', 'Malang', 'Asia/Jakarta', now());
      INSERT INTO payment_partner (partner_id, region_id, name, channel, secret, created_at)
        VALUES ('BANKJATIM', '35.73', 'Bank Jatim', 'h2h', 'a-secret-of-length', now());
      INSERT INTO bank_request (received_at, partner_id, region_id, authenticated, operation, request_body,
                                http_status, response_code, response_body, duration_ms, client_address)
      VALUES ('2025-03-11T03:00:00Z', 'BANKJATIM', '35.73', true, 'inquiry', '{}', 200, '00', '{}', 3, NULL),
             ('2025-03-11T03:01:00Z', 'BANKJATIM', NULL, false, 'inquiry', '{"a":1}', 401, '40', '{}', 2, '192.0.2.7'),
             ('2025-03-11T03:02:00Z', 'NOBODY', NULL, false, 'payment', '{"b":2}', 401, '40', '{"c":3}', 1, '192.0.2.8'),
             ('2025-03-11T03:03:00Z', NULL, NULL, false, 'inquiry', 'nope', 401, '40', '{}', 1, '192.0.2.9');
    `);
    await apply('0023_');
    expect(
      await db.query(
        `SELECT partner_id AS "partnerId", region_id AS "regionId", authenticated, response_code AS "responseCode"
         FROM bank_request ORDER BY received_at`,
      ),
    ).toEqual([
      { partnerId: 'BANKJATIM', regionId: '35.73', authenticated: true, responseCode: '00' },
      { partnerId: 'BANKJATIM', regionId: '35.73', authenticated: false, responseCode: '40' },
    ]);
    expect(
      await db.query(
        `SELECT partner_id AS "partnerId", operation, request_body AS "requestBody", response_body AS "responseBody",
           client_address AS "clientAddress"
         FROM bank_refusal ORDER BY received_at`,
      ),
    ).toEqual([
      {
        partnerId: 'NOBODY',
        operation: 'payment',
        requestBody: '{"b":2}',
        responseBody: '{"c":3}',
        clientAddress: '192.0.2.8',
      },
      {
        partnerId: null,
        operation: 'inquiry',
        requestBody: 'nope',
        responseBody: '{}',
        clientAddress: '192.0.2.9',
      },
    ]);
  });

  it('keeps the request log append-only, and its region now required', async () => {
    await expect(db.query('DELETE FROM bank_request')).rejects.toThrow(/bank_request is append-only/);
    await expect(db.query('UPDATE bank_refusal SET operation = $1', ['x'])).rejects.toThrow(
      /bank_refusal is append-only/,
    );
    await expect(
      db.query(
        `INSERT INTO bank_request (received_at, authenticated, operation, request_body, http_status, response_code,
           response_body, duration_ms) VALUES (now(), false, 'inquiry', '', 401, '40', '', 1)`,
      ),
    ).rejects.toThrow(/region_id/);
  });
});
