/**
 * Benchmark: the arrears report (amount due as of a day, interest included, for every open bill) over 1,000,000
 * open bills of Kota Malang (35.73). Needs a PostgreSQL server:
 *
 *   scripts/pg-cluster.sh start            # prints postgres://postgres@127.0.0.1:54329/postgres
 *   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres npx tsx bench/arrears.ts
 *
 * It creates and drops its own database (balai_bench_arrears). The bills, their journals and ledger lines are
 * generated in SQL with triggers off (session_replication_role = replica) to build the data quickly; the report
 * then runs through the same code as GET /arrears. Prints one JSON line. BENCH_BILLS=n for another size.
 */
import { performance } from 'node:perf_hooks';
import { AREAS } from '../src/app';
import { openPostgres } from '../src/db/database';
import { prepareDatabase } from '../src/db/prepare';
import { seedDemo } from '../src/demo/seed-demo';
import { PinnedClock } from '../src/platform/clock';
import { arrears } from '../src/receivables/bills/arrears';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { createBenchTaxpayers } from './support/bench-bills';

const BILLS = Number(process.env.BENCH_BILLS ?? 1_000_000);
const DATABASE = 'balai_bench_arrears';
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('DATABASE_URL must name a PostgreSQL server (scripts/pg-cluster.sh start prints one)');
  process.exit(2);
}

// BENCH_REUSE=1 times the report again on the database a BENCH_KEEP=1 run left behind.
const reuse = process.env.BENCH_REUSE === '1';
const admin = openPostgres(serverUrl, 1);
if (!reuse) {
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
}
const url = new URL(serverUrl);
url.pathname = `/${DATABASE}`;
const db = openPostgres(url.toString(), 2);
/** Builds the region, its taxpayers and BILLS open bills with their SPTPDs, journals and ledger lines. */
async function build(): Promise<number> {
  const built = performance.now();
  await prepareDatabase(db);
  await seedDemo(db, new PinnedClock(new Date('2025-03-11T10:00:00+07:00')), AREAS, { history: false });
  await db.transaction(async (tx) => {
    await tx.query('SET LOCAL session_replication_role = replica');
    // 10,000 taxpayers, each with one restaurant, in Kota Malang's first kelurahan.
    await createBenchTaxpayers(tx, 1, 10_000);
    // One SPTPD per bill, for months from 2023 to 2025 (due at the end of the next month), so both interest
    // regimes and the 24-month cap are exercised. (object, period) repeats every 130,000 rows: revision tells apart.
    await tx.query(
      `INSERT INTO tax_return (region_id, id, object_id, taxpayer_id, tax_code, period, revision, gross, rate_ppm, tax,
                               status, due_date, created_at, submitted_at)
       SELECT '35.73', g, 1 + g % 10000, 1 + g % 10000, 'pbjt_makanan_minuman',
              to_char(date '2023-01-01' + ((g % 26) || ' months')::interval, 'YYYY-MM'), g / 130000,
              (100000 + (g % 997) * 1000) * 10, 100000, 100000 + (g % 997) * 1000, 'submitted',
              (date_trunc('month', date '2023-02-01' + ((g % 26) || ' months')::interval) + interval '1 month - 1 day')::date,
              now(), now()
       FROM generate_series(1, $1::int) g`,
      [BILLS],
    );
    await tx.query(
      `INSERT INTO bill (region_id, id, billing_code, taxpayer_id, object_id, tax_code, period, origin_kind, origin_id, principal,
                         due_date, status, issued_at)
       SELECT '35.73', r.id, lpad(r.id::text, 16, '0'), r.taxpayer_id, r.object_id, r.tax_code, r.period, 'sptpd', r.id, r.tax,
              r.due_date, 'open', now()
       FROM tax_return r WHERE r.region_id = '35.73'`,
    );
    await tx.query(`
      INSERT INTO bill_line (region_id, bill_id, line_no, kind, amount, account, interest_account)
      SELECT '35.73', b.id, 1, 'tax', b.principal, 'pendapatan:pbjt_makanan_minuman',
             'pendapatan_sanksi:pbjt_makanan_minuman'
      FROM bill b WHERE b.region_id = '35.73'`);
    await tx.query(
      `INSERT INTO journal (region_id, id, kind, at, bill_id, memo)
       SELECT '35.73', g, 'assessment', now(), g, 'bench' FROM generate_series(1, $1::int) g`,
      [BILLS],
    );
    await tx.query(`
      INSERT INTO journal_line (region_id, journal_id, line_no, account, taxpayer_id, bill_id, debit, credit)
      SELECT '35.73', b.id, 1, 'piutang', b.taxpayer_id, b.id, b.principal, 0 FROM bill b WHERE b.region_id = '35.73'
      UNION ALL
      SELECT '35.73', b.id, 2, 'pendapatan:pbjt_makanan_minuman', NULL, NULL, 0, b.principal FROM bill b
      WHERE b.region_id = '35.73'`);
  });

  await db.query('ANALYZE');
  return (performance.now() - built) / 1000;
}

try {
  const buildSeconds = reuse ? null : await build();
  const runs: number[] = [];
  let report: Awaited<ReturnType<typeof arrears>> | undefined;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    report = await arrears(db, '35.73', '2025-09-01', { limit: 100 });
    runs.push((performance.now() - start) / 1000);
  }
  const ledger = await verifyLedger(db, '35.73');
  console.log(
    JSON.stringify({
      bench: 'arrears',
      bills: report?.count,
      seconds: Math.min(...runs),
      secondsEachRun: runs.map((s) => Number(s.toFixed(2))),
      principal: report?.principal,
      penalty: report?.penalty,
      buildSeconds: buildSeconds === null ? null : Number(buildSeconds.toFixed(1)),
      ledgerOk: ledger.ok,
    }),
  );
} finally {
  await db.close();
  if (process.env.BENCH_KEEP !== '1') await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.close();
}
