import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { databaseBefore } from './support/migration-database';

/**
 * Migration 0019 gives every bill its origin by kind and reference (issue 12). A database at 0018 with bills of an
 * SPTPD, an SKPDKB and an STPD keeps them all, each converted to its origin, and the schema still refuses a bill whose
 * SPTPD or assessment does not exist. Migration 0021 gives every payment and payment intent the kode bayar of its
 * bill.
 */

let db: Database;
let apply: (prefix: string) => Promise<void>;
let drop: () => Promise<void>;

beforeAll(async () => {
  ({ db, apply, drop } = await databaseBefore('0019'));
}, 60_000);
afterAll(() => drop());

describe('migration 0019: a bill names its origin by kind and reference', () => {
  it('converts the bills of an SPTPD, an SKPDKB and an STPD, and keeps their foreign keys', async () => {
    await db.exec(`
      INSERT INTO province VALUES ('35', 'Jawa Timur');
      INSERT INTO regency VALUES ('35.73', '35', 'Kota Malang');
      INSERT INTO district VALUES ('35.73.01', '35.73', 'Klojen');
      INSERT INTO village VALUES ('35.73.01.1001', '35.73.01', 'Klojen');
      INSERT INTO region VALUES ('35.73', 'Kota Malang', 'Malang', 'Asia/Jakarta', now());
      INSERT INTO region_district (region_id, district_code) VALUES ('35.73', '35.73.01');
      INSERT INTO region_village (region_id, village_code, district_code) VALUES ('35.73', '35.73.01.1001', '35.73.01');
      INSERT INTO taxpayer (region_id, id, npwpd, kind, nik, name, address, village_code, status, registered_at)
      VALUES ('35.73', 1, 'P.1', 'person', '3573010100000001', 'Tini', 'Jl. Kawi', '35.73.01.1001', 'verified', now());
      INSERT INTO tax_object (region_id, id, taxpayer_id, tax_code, name, address, village_code, opened_on, status,
                              registered_at)
      VALUES ('35.73', 1, 1, 'pbjt_makanan_minuman', 'Warung', 'Jl. Kawi', '35.73.01.1001', '2024-01-01', 'active', now());
      INSERT INTO tax_return (region_id, id, object_id, taxpayer_id, tax_code, period, gross, rate_ppm, tax, status,
                              due_date, created_at)
      VALUES ('35.73', 7, 1, 1, 'pbjt_makanan_minuman', '2025-01', 1000000, 100000, 100000, 'submitted', '2025-02-28', now());
      INSERT INTO assessment (region_id, id, kind, number, taxpayer_id, object_id, tax_code, period, return_id,
                              principal, issue_date, due_date, issued_at)
      VALUES ('35.73', 20, 'SKPDKB', 'SKPDKB/1', 1, 1, 'pbjt_makanan_minuman', '2025-01', 7, 50000, '2025-03-01',
              '2025-04-01', now()),
             ('35.73', 21, 'STPD', 'STPD/1', 1, 1, 'pbjt_makanan_minuman', '2025-01', NULL, 0, '2025-03-01',
              '2025-04-01', now());
      INSERT INTO bill (region_id, id, billing_code, taxpayer_id, object_id, tax_code, period, return_id, assessment_id,
                        principal, due_date, status, issued_at)
      VALUES ('35.73', 100, '3573012500000014', 1, 1, 'pbjt_makanan_minuman', '2025-01', 7, NULL, 100000, '2025-02-28',
              'paid', now()),
             ('35.73', 101, '3573012500000022', 1, 1, 'pbjt_makanan_minuman', '2025-01', NULL, 20, 50000, '2025-04-01',
              'open', now()),
             ('35.73', 102, '3573012500000030', 1, 1, 'pbjt_makanan_minuman', '2025-01', NULL, 21, 2000, '2025-04-01',
              'open', now());
    `);
    await apply('0019_');

    const bills = await db.query(
      `SELECT id, origin_kind AS "originKind", origin_id AS "originId", return_id AS "returnId",
              assessment_id AS "assessmentId", status, principal
       FROM bill ORDER BY id`,
    );
    expect(bills).toEqual([
      {
        id: 100,
        originKind: 'sptpd',
        originId: 7,
        returnId: 7,
        assessmentId: null,
        status: 'paid',
        principal: 100000,
      },
      {
        id: 101,
        originKind: 'skpd',
        originId: 20,
        returnId: null,
        assessmentId: 20,
        status: 'open',
        principal: 50000,
      },
      {
        id: 102,
        originKind: 'stpd',
        originId: 21,
        returnId: null,
        assessmentId: 21,
        status: 'open',
        principal: 2000,
      },
    ]);

    const insert = (id: number, kind: string, originId: number) =>
      db.query(
        `INSERT INTO bill (region_id, id, billing_code, taxpayer_id, tax_code, origin_kind, origin_id, principal,
                           due_date, status, issued_at)
         VALUES ('35.73', $1::bigint, lpad($1::bigint::text, 16, '0'), 1, 'pbjt_makanan_minuman', $2, $3, 1000, '2025-04-01', 'open',
                 now())`,
        [id, kind, originId],
      );
    // The foreign keys of the tax kinds hold: an SPTPD or an assessment that does not exist is refused.
    await expect(insert(200, 'sptpd', 999)).rejects.toThrow(/foreign key/);
    await expect(insert(201, 'stpd', 999)).rejects.toThrow(/foreign key/);
    // A kind nobody registered is refused; a registered kind of its own is accepted, its reference its own.
    await expect(insert(202, 'sppt', 1)).rejects.toThrow(/foreign key/);
    await db.query(
      `INSERT INTO bill_origin_kind (kind, area, description) VALUES ('sppt', 'fixture', 'an SPPT, for this test')`,
    );
    await insert(203, 'sppt', 42);
    const [sppt] = await db.query(
      'SELECT return_id AS "returnId", assessment_id AS "assessmentId" FROM bill WHERE id = 203',
    );
    expect(sppt).toEqual({ returnId: null, assessmentId: null });
    // The references are derived: nobody writes them apart from the origin.
    await expect(db.query('UPDATE bill SET return_id = 7 WHERE id = 101')).rejects.toThrow(/return_id/);
  });

  it('0021: a payment and a payment intent keep the kode bayar of their bill', async () => {
    await apply('0020_');
    await db.exec(`
      INSERT INTO payment_partner (partner_id, region_id, name, channel, secret, created_at)
      VALUES ('BANKJATIM', '35.73', 'Bank Jatim', 'bank_jatim', 'a-secret-of-the-bank', now());
      INSERT INTO journal (region_id, id, kind, at, bill_id, memo) VALUES ('35.73', 900, 'payment', now(), 100, 'x');
      INSERT INTO journal_line (region_id, journal_id, line_no, account, debit, credit)
      VALUES ('35.73', 900, 1, 'kas:bank_jatim', 100000, 0), ('35.73', 900, 2, 'piutang', 0, 100000);
      INSERT INTO payment (region_id, id, ntpd, bill_id, partner_id, channel, bank_reference, request_hash, principal,
                           penalty, amount, paid_at, posted_at, day, journal_id)
      VALUES ('35.73', 1, '357325030100000900', 100, 'BANKJATIM', 'bank_jatim', 'NTB-1', 'h', 100000, 0, 100000, now(),
              now(), '2025-03-01', 900);
      INSERT INTO payment_intent (region_id, id, bill_id, partner_id, amount, reference, created_at, expires_at)
      VALUES ('35.73', 1, 101, 'BANKJATIM', 50000, '3573012500000022', now(), now());
    `);
    await apply('0021_');
    expect(await db.query('SELECT id, billing_code AS "billingCode" FROM payment')).toEqual([
      { id: 1, billingCode: '3573012500000014' },
    ]);
    expect(await db.query('SELECT id, billing_code AS "billingCode" FROM payment_intent')).toEqual([
      { id: 1, billingCode: '3573012500000022' },
    ]);
    // The payment row is append-only again once the column is filled.
    await expect(db.query('UPDATE payment SET billing_code = billing_code')).rejects.toThrow(/append-only/);
  });
});
