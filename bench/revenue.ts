/**
 * Benchmark: the revenue command center over a region with many payments (issue 15, "Numbers"), against a PostgreSQL
 * server:
 *
 *   scripts/pg-cluster.sh start            # prints postgres://postgres@127.0.0.1:54329/postgres
 *   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres npm run bench:revenue
 *   DATABASE_URL=… npm run bench:revenue -- --payments 200000      # a quick run (or BENCH_PAYMENTS=200000)
 *
 * It creates and drops its own database (balai_bench_revenue; BENCH_KEEP=1 keeps it), seeds the demo's Kota Malang
 * set-up (no demo history), then
 *  1. generates N payments (default 10,000,000) in SQL, in batches, spread evenly over the three years ending
 *     yesterday, over every tax type Kota Malang levies, every kelurahan, and its banks and channels; then the rollup
 *     runs once in full (`refreshRealisation`) and ANALYZE;
 *  2. times the dashboard's main queries through the functions behind their routes (GET …/revenue/dashboard,
 *     /revenue/realisation by each breakdown, /revenue/payments' first page): warm-up, then BENCH_SAMPLES (200) each,
 *     one after another on an otherwise idle database;
 *  3. times the posting path (`postPayment`, as bench:payments' ceiling does) in alternating rounds of
 *     BENCH_POST_SECONDS (60 s): the rollup not running, then running in the background every BENCH_ROLLUP_EVERY_MS
 *     (30,000, as a serving process does; 1000 shows a tighter cadence) on the same connection pool, BENCH_ROUNDS (3)
 *     times each. Posting
 *     writes only its own rows; the rollup reads the payments beside it and rewrites only its own tables, so no
 *     payment waits on a shared counter row: what the comparison shows is the rollup's share of the machine.
 * Human-readable lines go to stderr; the last line on stdout is one JSON object.
 *
 * What the generated history is, honestly: for each payment a return (SPTPD), its bill (paid) and the payment row, with
 * taxpayers and tax objects to match — everything the rollup and the drill-down read. It is not a ledger: the payments
 * share one placeholder journal without lines (the dashboard never reads the ledger, and ten million journals with
 * their lines would multiply the load time for nothing measured here), so `verifyLedger` does not apply to this
 * database. Every tax type's bills are SPTPD bills here, PBB's included (whose real bills are SPPT assessments): the
 * rollup and the drill-down read only the bill's tax code, object and masa. 0.1% of the payments are reversed an hour
 * later, so the rollup's reversal branch has rows.
 */
import { performance } from 'node:perf_hooks';
import { AREAS } from '../src/app';
import { openPostgres } from '../src/db/database';
import { prepareDatabase } from '../src/db/prepare';
import { seedDemo } from '../src/demo/seed-demo';
import { findPartner, type Partner } from '../src/payments/partner';
import { postPayment } from '../src/payments/post-payment';
import { SANDBOX_PARTNER_ID } from '../src/payments/sandbox';
import { addDays } from '../src/platform/calendar';
import { localDate, SystemClock, type TimeZone } from '../src/platform/clock';
import { amountDueOn } from '../src/receivables/bills/amount-due';
import { revenueDashboard } from '../src/revenue';
import { findRealisationEntries } from '../src/revenue/realisation/realisation-entries';
import { REALISATION_DIMENSIONS, realisationTable } from '../src/revenue/realisation/realisation-table';
import { refreshRealisation } from '../src/revenue/realisation/rollup';
import { taxPolicyOn } from '../src/tax/policy';
import { serverDatabases } from '../test/support/server-databases';
import { createBenchBills } from './support/bench-bills';

const argPayments = process.argv.indexOf('--payments');
const PAYMENTS = Number(
  (argPayments >= 0 ? process.argv[argPayments + 1] : undefined) ?? process.env.BENCH_PAYMENTS ?? 10_000_000,
);
const BATCH = Number(process.env.BENCH_BATCH ?? 500_000);
const SAMPLES = Number(process.env.BENCH_SAMPLES ?? 200);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 20);
const POST_SECONDS = Number(process.env.BENCH_POST_SECONDS ?? 60);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const ROLLUP_EVERY_MS = Number(process.env.BENCH_ROLLUP_EVERY_MS ?? 30_000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 16);
/**
 * Enough open bills for every round at up to 2,500 payments a second (a quiet machine passed 1,000), the warm-up
 * included.
 */
const POSTING_BILLS = Number(process.env.BENCH_BILLS ?? (2 * ROUNDS * POST_SECONDS + 5) * 2500);
/** The server's own pool size (src/db/database.ts openPostgres default): the rollup shares it, as in a server. */
const SERVER_POOL = 10;
const DATABASE = 'balai_bench_revenue';
const REGION = '35.73';
/** Generated rows' ids start above this, clear of the demo's and of createBenchBills' (1,000,000 + n). */
const ID_BASE = 100_000_000;
/** The one journal the generated payments name (see above: no ledger lines are generated). */
const HISTORY_JOURNAL = ID_BASE;

if (!Number.isSafeInteger(PAYMENTS) || PAYMENTS < 1000) {
  console.error('--payments (or BENCH_PAYMENTS) must be a whole number of at least 1000');
  process.exit(2);
}
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('DATABASE_URL must name a PostgreSQL server (scripts/pg-cluster.sh start prints one)');
  process.exit(2);
}

const log = (msg: string) => console.error(`[bench:revenue] ${msg}`);
const seconds = (since: number) => (performance.now() - since) / 1000;
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
const round1 = (n: number) => Math.round(n * 10) / 10;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const servers = await serverDatabases(serverUrl);
await servers.drop(DATABASE);
await servers.create(DATABASE);
const db = openPostgres(servers.urlOf(DATABASE), SERVER_POOL);

try {
  await prepareDatabase(db);
  await seedDemo(db, new SystemClock(), AREAS, { history: false });
  // The bench measures posting, not the rate limiter or demo mode (see bench/payments.ts).
  await db.query(
    `UPDATE payment_partner SET requests_per_second = 1000000, demo = false WHERE region_id = $1`,
    [REGION],
  );
  const [region] = await db.query<{ timeZone: TimeZone }>(
    'SELECT time_zone AS "timeZone" FROM region WHERE region_id = $1',
    [REGION],
  );
  const timeZone = region?.timeZone ?? 'Asia/Jakarta';
  const today = localDate(new Date(), timeZone);

  // 1. The history.
  const generated = await generateHistory(today, timeZone);
  const rolled = performance.now();
  const run = await refreshRealisation(db, REGION, new Date(), { full: true });
  const rollupSeconds = seconds(rolled);
  const analysed = performance.now();
  await db.query('ANALYZE');
  const [sizes] = await db.query<{ days: number; months: number; taxDays: number; entries: number }>(
    `SELECT (SELECT count(*) FROM revenue_day WHERE region_id = $1)::int AS days,
            (SELECT count(*) FROM revenue_month WHERE region_id = $1)::int AS months,
            (SELECT count(*) FROM revenue_tax_day WHERE region_id = $1)::int AS "taxDays",
            (SELECT count(*) FROM revenue_entry WHERE region_id = $1)::int AS entries`,
    [REGION],
  );
  log(
    `full rollup: ${run.days} days, ${sizes?.entries} entries, ${sizes?.days} revenue_day, ${sizes?.taxDays} ` +
      `revenue_tax_day and ${sizes?.months} revenue_month rows in ` +
      `${rollupSeconds.toFixed(1)} s; ANALYZE ${seconds(analysed).toFixed(1)} s`,
  );

  // 2. The dashboard's queries.
  const dashboard = await timeDashboard(today);

  // 3. Posting with and without the rollup running.
  const posting = await comparePosting(today);

  const result = {
    bench: 'revenue',
    payments: PAYMENTS,
    dashboardP95Ms: dashboard.p95,
    postingOverheadPercent: posting.overheadPercent,
    database: servers.citus ? `citus, ${servers.nodes.length - 1} workers` : 'postgresql',
    generateSecondsPerMillion: round1(generated.seconds / (PAYMENTS / 1_000_000)),
    rollupFullSeconds: round1(rollupSeconds),
    dashboardP50Ms: dashboard.p50,
    dashboardSlowest: dashboard.slowest,
    postingPerSecondWithout: posting.without.perSecond,
    postingPerSecondWith: posting.with.perSecond,
    postingP50MsWithout: posting.without.p50,
    postingP50MsWith: posting.with.p50,
    rollupEveryMs: ROLLUP_EVERY_MS,
    rollupRuns: posting.rollupRuns,
    rollupRunP50Ms: posting.rollupRunP50Ms,
  };
  console.log(JSON.stringify(result));
} finally {
  await db.close();
  if (process.env.BENCH_KEEP !== '1') await servers.drop(DATABASE);
  await servers.close();
}

/**
 * The three years up to yesterday of a busy region, in SQL: N/100 tax objects (at least 1,000), each of one tax type
 * (round robin over the types Kota Malang levies) in one kelurahan (spread over all of them), each with its taxpayer;
 * then, batch by batch, payment j on day ⌊(j−1)·days/N⌋ of the span, for an object picked by a multiplicative hash of
 * j, with its SPTPD, its bill (masa: the month before the payment's) and a bank: 60% the regional bank, 25% QRIS, 15%
 * the sandbox bank (the demo's three partners and channels). Triggers are off while loading (as bench/arrears.ts).
 */
async function generateHistory(today: string, timeZone: TimeZone): Promise<{ seconds: number }> {
  const started = performance.now();
  const first = addDays(today, -3 * 365);
  const last = addDays(today, -1);
  const [span] = await db.query<{ days: number }>('SELECT ($2::date - $1::date + 1)::int AS days', [
    first,
    last,
  ]);
  const days = span?.days ?? 1095;
  const taxCodes = (
    await db.query<{ code: string }>(
      'SELECT DISTINCT tax_code AS code FROM tax_rate WHERE region_id = $1 ORDER BY 1',
      [REGION],
    )
  ).map((r) => r.code);
  const villages = (
    await db.query<{ code: string }>(
      'SELECT village_code AS code FROM region_village WHERE region_id = $1 ORDER BY 1',
      [REGION],
    )
  ).map((r) => r.code);
  const partners = await db.query<{ partnerId: string; channel: string }>(
    `SELECT partner_id AS "partnerId", channel FROM payment_partner WHERE region_id = $1 ORDER BY partner_id`,
    [REGION],
  );
  const bank = (id: string) => partners.find((p) => p.partnerId === id) ?? partners[0];
  // Weighted as a city's payments come in: most at the regional bank's counters and VAs, then QRIS, then the rest.
  const weighted = [
    ...Array(12).fill(bank('BANKJATIM')),
    ...Array(5).fill(bank('QRIS-BANKJATIM')),
    ...Array(3).fill(bank(SANDBOX_PARTNER_ID)),
  ] as { partnerId: string; channel: string }[];
  const objects = Math.max(1000, Math.ceil(PAYMENTS / 100));
  log(
    `generating ${PAYMENTS} payments from ${first} to ${last} (${days} days): ${taxCodes.length} tax types ` +
      `(${taxCodes.join(', ')}), ${villages.length} kelurahan, ${partners.length} banks, ${objects} tax objects`,
  );

  await db.transaction(async (tx) => {
    await tx.query('SET LOCAL session_replication_role = replica');
    await tx.query(
      `INSERT INTO taxpayer (region_id, id, npwpd, kind, nik, name, address, village_code, status, registered_at)
       SELECT $1, $2::bigint + o, 'G.' || o, 'person', '3573' || lpad(o::text, 12, '0'), 'Wajib Pajak ' || o,
              'Jl. Riwayat ' || o, ($4::text[])[1 + (o * 7919) % cardinality($4::text[])], 'verified', $5::date - 1200
         FROM generate_series(1, $3::int) o`,
      [REGION, ID_BASE, objects, villages, first],
    );
    await tx.query(
      `INSERT INTO tax_object (region_id, id, taxpayer_id, tax_code, name, address, village_code, opened_on, status,
                               registered_at)
       SELECT $1, $2::bigint + o, $2::bigint + o, ($4::text[])[1 + (o - 1) % cardinality($4::text[])],
              'Objek ' || o, 'Jl. Riwayat ' || o, ($5::text[])[1 + (o * 7919) % cardinality($5::text[])],
              $6::date - 1200, 'active', $6::date - 1200
         FROM generate_series(1, $3::int) o`,
      [REGION, ID_BASE, objects, taxCodes, villages, first],
    );
    await tx.query(
      `INSERT INTO journal (region_id, id, kind, at, memo)
       VALUES ($1, $2, 'payment', now(), 'bench:revenue: generated payment history (no ledger lines)')`,
      [REGION, HISTORY_JOURNAL],
    );
  });

  for (let lo = 1; lo <= PAYMENTS; lo += BATCH) {
    const hi = Math.min(PAYMENTS, lo + BATCH - 1);
    const batchStarted = performance.now();
    await db.transaction(async (tx) => {
      await tx.query('SET LOCAL session_replication_role = replica');
      await tx.query(
        `WITH g AS MATERIALIZED (
           SELECT j, o, d.day, ($2::bigint + o) AS object_id,
                  ($8::text[])[1 + (o - 1) % cardinality($8::text[])] AS tax_code,
                  ((j * 7919) % 49900 + 100) * 100 AS principal,
                  CASE WHEN j % 10 = 0 THEN ((j * 7919) % 49900 + 100) * 2 ELSE 0 END AS penalty,
                  ((d.day + time '08:00' + make_interval(secs => (j * 37) % 36000)) AT TIME ZONE $9) AS paid_at,
                  ($10::text[])[1 + j % cardinality($10::text[])] AS partner_id,
                  ($11::text[])[1 + j % cardinality($11::text[])] AS channel
             FROM generate_series($3::bigint, $4::bigint) j
             CROSS JOIN LATERAL (SELECT 1 + (j * 48271) % $5::bigint AS o) x
             CROSS JOIN LATERAL (SELECT $6::date + ((j - 1) * $7::bigint / $12::bigint)::int AS day) d
         ), r AS (
           INSERT INTO tax_return (region_id, id, object_id, taxpayer_id, tax_code, period, revision, gross, rate_ppm,
                                   tax, status, due_date, created_at, submitted_at)
           SELECT $1, $2::bigint + j, object_id, object_id, tax_code, to_char(day - interval '1 month', 'YYYY-MM'), j,
                  principal * 10, 100000, principal, 'submitted', date_trunc('month', day)::date + 14, paid_at, paid_at
             FROM g
         ), b AS (
           INSERT INTO bill (region_id, id, billing_code, taxpayer_id, object_id, tax_code, period, origin_kind,
                             origin_id, principal, due_date, status, issued_at, settled_at)
           SELECT $1, $2::bigint + j, '99' || lpad(j::text, 14, '0'), object_id, object_id, tax_code,
                  to_char(day - interval '1 month', 'YYYY-MM'), 'sptpd', $2::bigint + j, principal,
                  date_trunc('month', day)::date + 14, CASE WHEN j % 1000 = 999 THEN 'open' ELSE 'paid' END,
                  paid_at - interval '1 day', CASE WHEN j % 1000 = 999 THEN NULL ELSE paid_at END
             FROM g
         ), p AS (
           INSERT INTO payment (region_id, id, ntpd, bill_id, billing_code, partner_id, channel, bank_reference,
                                request_hash, principal, penalty, amount, paid_at, posted_at, day, journal_id)
           SELECT $1, $2::bigint + j, '3573' || to_char(day, 'YYMMDD') || lpad((j % 100000000)::text, 8, '0'),
                  $2::bigint + j, '99' || lpad(j::text, 14, '0'), partner_id, channel, 'GEN-' || j, md5(j::text),
                  principal, penalty, principal + penalty, paid_at, paid_at, day, $13::bigint
             FROM g
         )
         INSERT INTO payment_reversal (region_id, payment_id, reversed_at, journal_id)
         SELECT $1, $2::bigint + j, paid_at + interval '1 hour', $13::bigint FROM g WHERE j % 1000 = 999`,
        [
          REGION,
          ID_BASE,
          lo,
          hi,
          objects,
          first,
          days,
          taxCodes,
          timeZone,
          weighted.map((p) => p.partnerId),
          weighted.map((p) => p.channel),
          PAYMENTS,
          HISTORY_JOURNAL,
        ],
      );
    });
    log(`  payments ${lo}–${hi}: ${seconds(batchStarted).toFixed(1)} s`);
  }
  // Identity columns were bypassed with explicit ids: move their sequences past them for the posting path's own rows.
  for (const table of ['taxpayer', 'tax_object', 'tax_return', 'bill', 'journal', 'payment']) {
    await db.query(
      `SELECT setval(pg_get_serial_sequence('${table}', 'id'), greatest((SELECT max(id) FROM ${table}), 1) + 1)`,
    );
  }
  await seedTargets(today, taxCodes);
  const took = seconds(started);
  log(
    `generated ${PAYMENTS} payments in ${took.toFixed(1)} s ` +
      `(${(took / (PAYMENTS / 1_000_000)).toFixed(1)} s per million, returns and bills included)`,
  );
  return { seconds: took };
}

/** An approved target for every tax type, this year and last, so that the dashboard computes achievement. */
async function seedTargets(today: string, taxCodes: string[]): Promise<void> {
  const year = Number(today.slice(0, 4));
  const [approver] = await db.query<{ id: number }>('SELECT min(id)::int8 AS id FROM app_user');
  for (const y of [year - 1, year]) {
    await db.query(
      `WITH t AS (
         INSERT INTO revenue_target (region_id, budget_year, tax_code, stage, amount, monthly, decree_ref, decree_date,
                                     effective_from, recorded_at)
         SELECT $1, $2, code, 'murni', 12 * $3::bigint, array_fill($3::bigint, ARRAY[12]), 'bench:revenue',
                make_date($2 - 1, 12, 1), make_date($2, 1, 1), now()
           FROM unnest($4::text[]) code
         RETURNING id)
       INSERT INTO revenue_target_approval (region_id, target_id, approved_at, approved_by)
       SELECT $1, id, now(), $5 FROM t`,
      [REGION, y, Math.round(((PAYMENTS / 3 / taxCodes.length) * 2_500_000) / 12), taxCodes, approver?.id],
    );
  }
}

interface Timing {
  name: string;
  ms: number[];
}

/**
 * Each query the dashboard's screens make, through the function behind its route: the morning screen, the year's
 * realisation by every breakdown, and the drill-down's first page (the year's payments; one tax's; one kelurahan's
 * in one month).
 */
async function timeDashboard(today: string): Promise<{ p95: number; p50: number; slowest: string }> {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7)) === 1 ? 1 : Number(today.slice(5, 7)) - 1;
  const [busiest] = await db.query<{ taxCode: string; villageCode: string }>(
    `SELECT tax_code AS "taxCode", village_code AS "villageCode" FROM revenue_month WHERE region_id = $1
      GROUP BY 1, 2 ORDER BY sum(payments) DESC LIMIT 1`,
    [REGION],
  );
  const taxCode = busiest?.taxCode ?? 'pbjt_makanan_minuman';
  const villageCode = busiest?.villageCode ?? '-';
  const page = { limit: 50, offset: 0 };
  const queries: [string, () => Promise<unknown>][] = [
    ['dashboard', () => revenueDashboard(db, REGION, year, today)],
    ...REALISATION_DIMENSIONS.map((by): [string, () => Promise<unknown>] => [
      `realisation by ${by}`,
      () => realisationTable(db, REGION, { year, by }),
    ]),
    ['payments: the year', () => findRealisationEntries(db, REGION, { year }, page)],
    [`payments: ${taxCode}`, () => findRealisationEntries(db, REGION, { year, taxCode }, page)],
    [
      `payments: ${villageCode}, month ${month}`,
      () => findRealisationEntries(db, REGION, { year, month, villageCode }, page),
    ],
  ];
  const timings: Timing[] = [];
  for (const [name, run] of queries) {
    for (let i = 0; i < WARMUP; i++) await run();
    const ms: number[] = [];
    for (let i = 0; i < SAMPLES; i++) {
      const t = performance.now();
      await run();
      ms.push(performance.now() - t);
    }
    ms.sort((a, b) => a - b);
    timings.push({ name, ms });
    log(
      `  ${name.padEnd(40)} p50 ${percentile(ms, 0.5).toFixed(1)} ms, p95 ${percentile(ms, 0.95).toFixed(1)} ms`,
    );
  }
  const all = timings.flatMap((t) => t.ms).sort((a, b) => a - b);
  const slowest = [...timings].sort((a, b) => percentile(b.ms, 0.95) - percentile(a.ms, 0.95))[0];
  log(
    `dashboard queries over all: p50 ${percentile(all, 0.5).toFixed(1)} ms, p95 ${percentile(all, 0.95).toFixed(1)} ms`,
  );
  return {
    p95: round1(percentile(all, 0.95)),
    p50: round1(percentile(all, 0.5)),
    slowest: slowest?.name ?? '',
  };
}

interface Phase {
  posted: number;
  seconds: number;
  ms: number[];
}

/**
 * Payments through the real posting path, by CONCURRENCY workers on the server's pool size, in alternating rounds
 * without and with the rollup refreshing in the background; a short unmeasured round first warms the caches.
 */
async function comparePosting(today: string) {
  const built = performance.now();
  const codes = await createBenchBills(db, POSTING_BILLS);
  log(`${POSTING_BILLS} open bills to pay in ${seconds(built).toFixed(1)} s`);
  const sandbox = (await findPartner(db, SANDBOX_PARTNER_ID)) as Partner;
  const { policy } = await taxPolicyOn(db, REGION, today);
  const amounts = new Map(
    (
      await db.query<{ billingCode: string; principal: number; dueDate: string }>(
        `SELECT billing_code AS "billingCode", principal, due_date AS "dueDate" FROM bill
          WHERE region_id = $1 AND billing_code = ANY ($2)`,
        [REGION, codes],
      )
    ).map((b) => [b.billingCode, amountDueOn(policy, { ...b, accruesInterest: true }, today).total]),
  );
  let next = 0;
  const post = async (): Promise<number> => {
    const billingCode = codes[next++];
    if (!billingCode) throw new Error('the bench ran out of bills to pay: raise BENCH_BILLS');
    const now = new Date();
    const t = performance.now();
    const outcome = await postPayment(db, now, sandbox, {
      billingCode,
      amount: amounts.get(billingCode) as number,
      bankReference: `REV-${billingCode}`,
      paidAt: now,
    });
    if (outcome.kind !== 'posted') throw new Error(`payment of ${billingCode}: ${outcome.kind}`);
    return performance.now() - t;
  };
  const phase = async (secs: number): Promise<Phase> => {
    const ms: number[] = [];
    const end = performance.now() + secs * 1000;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (performance.now() < end) ms.push(await post());
      }),
    );
    return { posted: ms.length, seconds: seconds(started), ms };
  };

  // The background refresh as a serving process runs it (revenue-background.ts), every BENCH_ROLLUP_EVERY_MS: a run
  // is never doubled, the next starts the interval after the last ended.
  const rollupMs: number[] = [];
  const rollupInBackground = () => {
    let stop = false;
    const done = (async () => {
      while (!stop) {
        const t = performance.now();
        await refreshRealisation(db, REGION, new Date());
        rollupMs.push(performance.now() - t);
        const wake = performance.now() + ROLLUP_EVERY_MS;
        while (!stop && performance.now() < wake) await sleep(Math.min(50, ROLLUP_EVERY_MS));
      }
    })();
    return async () => {
      stop = true;
      await done;
    };
  };

  await phase(Math.min(5, POST_SECONDS));
  const without: Phase[] = [];
  const withRollup: Phase[] = [];
  for (let round = 1; round <= ROUNDS; round++) {
    const off = await phase(POST_SECONDS);
    without.push(off);
    const stopRollup = rollupInBackground();
    const on = await phase(POST_SECONDS);
    await stopRollup();
    withRollup.push(on);
    log(
      `  round ${round}: without the rollup ${(off.posted / off.seconds).toFixed(0)}/s, ` +
        `with it ${(on.posted / on.seconds).toFixed(0)}/s`,
    );
  }
  const sum = (phases: Phase[]) => {
    const ms = phases.flatMap((p) => p.ms).sort((a, b) => a - b);
    const posted = phases.reduce((s, p) => s + p.posted, 0);
    const secs = phases.reduce((s, p) => s + p.seconds, 0);
    return {
      perSecond: Math.round(posted / secs),
      p50: round1(percentile(ms, 0.5)),
      p99: round1(percentile(ms, 0.99)),
    };
  };
  const off = sum(without);
  const on = sum(withRollup);
  const overheadPercent = round1(((off.perSecond - on.perSecond) / off.perSecond) * 100);
  rollupMs.sort((a, b) => a - b);
  log(
    `posting without the rollup: ${off.perSecond}/s (p50 ${off.p50} ms, p99 ${off.p99} ms); with it every ` +
      `${ROLLUP_EVERY_MS} ms: ${on.perSecond}/s (p50 ${on.p50} ms, p99 ${on.p99} ms); ${rollupMs.length} refreshes, ` +
      `p50 ${percentile(rollupMs, 0.5).toFixed(0)} ms; overhead ${overheadPercent}% of throughput`,
  );
  return {
    without: off,
    with: on,
    overheadPercent,
    rollupRuns: rollupMs.length,
    rollupRunP50Ms: round1(percentile(rollupMs, 0.5)),
  };
}
