import type { Database, Sql } from '../../src/db/database';
import { makeBillingCode } from '../../src/receivables/rules/billing-code';

/**
 * Open bills for a payments benchmark or crash test, generated in SQL (triggers off while building, as
 * bench/arrears.ts does): taxpayers with a restaurant each, one SPTPD, bill and assessment journal per bill, with
 * valid kode bayar (check digit included) so that banks can pay them. Half are overdue (interest is due on
 * them), half are not yet due. Answers the billing codes.
 */
export async function createBenchBills(db: Database, count: number, firstSequence = 1): Promise<string[]> {
  const sequences = Array.from({ length: count }, (_, i) => firstSequence + i);
  const codes = sequences.map((sequence) =>
    makeBillingCode({ regionId: '35.73', taxTypeCode: '01', year: 2025, sequence }),
  );
  await db.transaction(async (tx) => {
    await tx.query('SET LOCAL session_replication_role = replica');
    await createBenchTaxpayers(tx, 1_000_001, 1000);
    await tx.query(
      `INSERT INTO tax_return (region_id, id, object_id, taxpayer_id, tax_code, period, revision, gross, rate_ppm, tax,
                               status, due_date, created_at, submitted_at)
       SELECT '35.73', 1000000 + s, 1000001 + s % 1000, 1000001 + s % 1000, 'pbjt_makanan_minuman', '2025-01', s,
              (100000 + (s % 997) * 1000) * 10, 100000, 100000 + (s % 997) * 1000, 'submitted',
              CASE WHEN s % 2 = 0 THEN date '2025-02-28' ELSE date '2099-12-31' END, now(), now()
       FROM unnest($1::int[]) s`,
      [sequences],
    );
    await tx.query(
      `INSERT INTO bill (region_id, id, billing_code, taxpayer_id, object_id, tax_code, period, origin_kind, origin_id, principal,
                         due_date, status, issued_at)
       SELECT '35.73', 1000000 + s, c, r.taxpayer_id, r.object_id, r.tax_code, r.period, 'sptpd', r.id, r.tax, r.due_date,
              'open', now()
       FROM unnest($1::int[], $2::text[]) AS x(s, c)
       JOIN tax_return r ON r.region_id = '35.73' AND r.id = 1000000 + s`,
      [sequences, codes],
    );
    await tx.query(
      `INSERT INTO bill_line (region_id, bill_id, line_no, kind, amount, account, interest_account)
       SELECT '35.73', 1000000 + s, 1, 'tax', 100000 + (s % 997) * 1000, 'pendapatan:pbjt_makanan_minuman',
              'pendapatan_sanksi:pbjt_makanan_minuman'
       FROM unnest($1::int[]) s`,
      [sequences],
    );
    await tx.query(
      `INSERT INTO journal (region_id, id, kind, at, bill_id, memo)
       SELECT '35.73', 1000000 + s, 'assessment', now(), 1000000 + s, 'bench' FROM unnest($1::int[]) s`,
      [sequences],
    );
    await tx.query(
      `INSERT INTO journal_line (region_id, journal_id, line_no, account, taxpayer_id, bill_id, debit, credit)
       SELECT '35.73', b.id, 1, 'piutang', b.taxpayer_id, b.id, b.principal, 0 FROM bill b
       WHERE b.region_id = '35.73' AND b.id = ANY (SELECT 1000000 + s FROM unnest($1::int[]) s)
       UNION ALL
       SELECT '35.73', b.id, 2, 'pendapatan:pbjt_makanan_minuman', NULL, NULL, 0, b.principal FROM bill b
       WHERE b.region_id = '35.73' AND b.id = ANY (SELECT 1000000 + s FROM unnest($1::int[]) s)`,
      [sequences],
    );
  });
  // Identity columns were bypassed with explicit ids: move their sequences past them for the server's own rows.
  for (const table of ['taxpayer', 'tax_object', 'tax_return', 'bill', 'journal']) {
    await db.query(
      `SELECT setval(pg_get_serial_sequence('${table}', 'id'), greatest((SELECT max(id) FROM ${table}), 1) + 1)`,
    );
  }
  await db.query('ANALYZE');
  return codes;
}

/** `count` taxpayers with one restaurant each (ids from `firstId`) in Kota Malang's first kelurahan; idempotent. */
export async function createBenchTaxpayers(tx: Sql, firstId: number, count: number): Promise<void> {
  await tx.query(
    `INSERT INTO taxpayer (region_id, id, npwpd, kind, nik, name, address, village_code, status, registered_at)
     SELECT '35.73', g, 'B.' || g, 'person', '3573' || lpad(g::text, 12, '0'), 'Wajib Pajak ' || g, 'Jl. Bench ' || g,
            '35.73.01.1001', 'verified', now()
     FROM generate_series($1::int, $1::int + $2::int - 1) g ON CONFLICT DO NOTHING`,
    [firstId, count],
  );
  await tx.query(
    `INSERT INTO tax_object (region_id, id, taxpayer_id, tax_code, name, address, village_code, opened_on, status,
                             registered_at)
     SELECT '35.73', g, g, 'pbjt_makanan_minuman', 'Warung ' || g, 'Jl. Bench ' || g, '35.73.01.1001', '2020-01-01',
            'active', now()
     FROM generate_series($1::int, $1::int + $2::int - 1) g ON CONFLICT DO NOTHING`,
    [firstId, count],
  );
}
