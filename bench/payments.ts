/**
 * Benchmark: bank payments over the H2H API, against a PostgreSQL server, with the load from this process and the
 * Balai server in another (issue 4, "Numbers"):
 *
 *   scripts/pg-cluster.sh start            # prints postgres://postgres@127.0.0.1:54329/postgres
 *   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres npm run bench:payments
 *
 * The same on a Citus cluster (scripts/citus-cluster.sh start; its DATABASE_URL): the database is then distributed
 * by region on the coordinator and workers. It creates and drops its own database (balai_bench_payments) and its
 * bills, then
 *  1. the ceiling: the same posting transaction (`postPayment`) issued straight to the database, no HTTP, by as many
 *     workers and connections as the server uses;
 *  2. the load: 50 concurrent connections for 60 s of inquiry → payment pairs, with 10% identical retries (half
 *     under the same X-EXTERNAL-ID, half under a new one), 1% concurrent double payments by a second bank and 1%
 *     reversals;
 *  3. the floor: the same connections doing only GET /health (one HTTP request, one database round trip), for
 *     reading the figures against what this machine gives any request;
 *  4. the check: ledger verify, every `00` posted exactly once, no bill paid twice, sums agree.
 * The last line is one JSON object. BENCH_SECONDS, BENCH_CEILING_SECONDS, BENCH_FLOOR_SECONDS and BENCH_CONCURRENCY
 * change the run.
 */
import { performance } from 'node:perf_hooks';
import { AREAS } from '../src/app';
import { openPostgres } from '../src/db/database';
import { prepareDatabase } from '../src/db/prepare';
import { seedDemo } from '../src/demo/seed-demo';
import { findPartner, type Partner } from '../src/payments/partner';
import { postPayment } from '../src/payments/post-payment';
import { SANDBOX_PARTNER_ID, SANDBOX_SECRET } from '../src/payments/sandbox';
import { localDate, SystemClock } from '../src/platform/clock';
import { amountDueOn } from '../src/receivables/bills/amount-due';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { taxPolicyOn } from '../src/tax/policy';
import { serverDatabases } from '../test/support/server-databases';
import { BankClient } from './support/bank-client';
import { createBenchBills } from './support/bench-bills';
import { startServer } from './support/server-process';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const CEILING_SECONDS = Number(process.env.BENCH_CEILING_SECONDS ?? 15);
const FLOOR_SECONDS = Number(process.env.BENCH_FLOOR_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 50);
/** The server's own pool size (src/db/database.ts openPostgres default): the ceiling gets the same. */
const SERVER_POOL = 10;
const DATABASE = 'balai_bench_payments';
const PORT = Number(process.env.BENCH_PORT ?? 3901);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('DATABASE_URL must name a PostgreSQL server (scripts/pg-cluster.sh start prints one)');
  process.exit(2);
}

// On a Citus coordinator with workers the database is made on every node and its schema distributed by region, as
// the test suite's are (issue 13); on a plain server, one database.
const servers = await serverDatabases(serverUrl);
await servers.drop(DATABASE);
await servers.create(DATABASE);
const url = new URL(servers.urlOf(DATABASE));
const db = openPostgres(url.toString(), SERVER_POOL);

const log = (msg: string) => console.error(`[bench:payments] ${msg}`);
const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;

/** Answers the bench expects to find in the database afterwards, keyed by NTPD. */
const answered = new Map<string, { amount: number; reversed: boolean }>();
let server: Awaited<ReturnType<typeof startServer>> | null = null;

try {
  await prepareDatabase(db);
  await seedDemo(db, new SystemClock(), AREAS, { history: false });
  // The bench measures posting, not the rate limiter: its two banks get a limit far above the load. Its server runs
  // in production mode, where banks with public demo secrets are refused: on this throwaway database they are not.
  await db.query(
    `UPDATE payment_partner SET requests_per_second = 1000000, demo = false WHERE partner_id IN ($1, 'BANKJATIM')`,
    [SANDBOX_PARTNER_ID],
  );
  const billCount = Number(process.env.BENCH_BILLS ?? 200_000);
  const built = performance.now();
  const codes = await createBenchBills(db, billCount);
  log(`${billCount} bills in ${((performance.now() - built) / 1000).toFixed(1)} s`);
  let next = 0;
  const nextCode = () => {
    const code = codes[next++];
    if (!code) throw new Error('the bench ran out of bills: raise BENCH_BILLS');
    return code;
  };

  // 1. The ceiling: postPayment straight to the database.
  const sandbox = (await findPartner(db, SANDBOX_PARTNER_ID)) as Partner;
  const today = localDate(new Date(), sandbox.timeZone);
  const { policy } = await taxPolicyOn(db, '35.73', today);
  const ceilingCodes = codes.slice(0, Math.min(codes.length, 60_000));
  const amounts = new Map(
    (
      await db.query<{ billingCode: string; principal: number; dueDate: string }>(
        `SELECT billing_code AS "billingCode", principal, due_date AS "dueDate" FROM bill
         WHERE region_id = '35.73' AND billing_code = ANY ($1)`,
        [ceilingCodes],
      )
    ).map((b) => [b.billingCode, amountDueOn(policy, { ...b, accruesInterest: true }, today).total]),
  );
  let ceilingPosted = 0;
  const ceilingEnd = performance.now() + CEILING_SECONDS * 1000;
  const ceilingStart = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < ceilingEnd) {
        const billingCode = nextCode();
        const now = new Date();
        const outcome = await postPayment(db, now, sandbox, {
          billingCode,
          amount: amounts.get(billingCode) as number,
          bankReference: `CEIL-${billingCode}`,
          paidAt: now,
        });
        if (outcome.kind !== 'posted') throw new Error(`ceiling payment of ${billingCode}: ${outcome.kind}`);
        answered.set(outcome.payment.ntpd, { amount: outcome.payment.amount, reversed: false });
        ceilingPosted++;
      }
    }),
  );
  const ceilingPerSecond = ceilingPosted / ((performance.now() - ceilingStart) / 1000);
  log(`ceiling: ${ceilingPosted} payments, ${ceilingPerSecond.toFixed(0)}/s`);

  // 2. The load over HTTP, from this process to the server's.
  server = await startServer(url.toString(), PORT);
  const base = `http://127.0.0.1:${PORT}`;
  const bankA = new BankClient(base, SANDBOX_PARTNER_ID, SANDBOX_SECRET, CONCURRENCY);
  const bankB = new BankClient(base, 'BANKJATIM', 'bankjatim-demo-secret', CONCURRENCY);
  const paymentMs: number[] = [];
  let posted = 0;
  let inquiries = 0;
  let retries = 0;
  let doublePays = 0;
  let reversals = 0;
  const failures: string[] = [];
  const fail = (msg: string) => {
    if (failures.length < 20) failures.push(msg);
  };
  let serial = 0;
  const end = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < end) {
        const billingCode = nextCode();
        const n = serial++;
        const inquiry = await bankA.post('inquiry', { billingCode });
        inquiries++;
        if (inquiry.body.responseCode !== '00') {
          fail(`inquiry ${billingCode}: ${JSON.stringify(inquiry.body)}`);
          continue;
        }
        const total = inquiry.body.total as number;
        const paidAt = new Date().toISOString();
        const pay = (bank: BankClient, ref: string, externalId?: string) =>
          bank.post('payment', { billingCode, amount: total, bankReference: ref, paidAt }, externalId);
        if (n % 100 === 50) {
          // Two banks pay the same bill at the same moment: exactly one 00, the other 13.
          doublePays++;
          const [a, b] = await Promise.all([pay(bankA, `A-${billingCode}`), pay(bankB, `B-${billingCode}`)]);
          paymentMs.push(a.ms, b.ms);
          const codesSeen = [a.body.responseCode, b.body.responseCode].sort().join(',');
          if (codesSeen !== '00,13') fail(`double pay ${billingCode}: ${codesSeen}`);
          const winner = a.body.responseCode === '00' ? a : b;
          if (winner.body.responseCode === '00') {
            answered.set(winner.body.ntpd as string, { amount: total, reversed: false });
            posted++;
          }
          continue;
        }
        const externalId = bankA.newExternalId();
        const first = await pay(bankA, `A-${billingCode}`, externalId);
        paymentMs.push(first.ms);
        if (first.body.responseCode !== '00') {
          fail(`payment ${billingCode}: ${JSON.stringify(first.body)}`);
          continue;
        }
        const ntpd = first.body.ntpd as string;
        answered.set(ntpd, { amount: total, reversed: false });
        posted++;
        if (n % 10 === 3) {
          // An identical retry: the bank timed out and sends the same payment again.
          retries++;
          const again = await pay(bankA, `A-${billingCode}`, n % 20 === 3 ? externalId : undefined);
          paymentMs.push(again.ms);
          if (again.body.ntpd !== ntpd)
            fail(`retry of ${billingCode} answered ${JSON.stringify(again.body)}`);
        } else if (n % 100 === 7) {
          reversals++;
          const rev = await bankA.post('reversal', { billingCode, bankReference: `A-${billingCode}` });
          if (rev.body.responseCode === '00') answered.set(ntpd, { amount: total, reversed: true });
          else fail(`reversal of ${billingCode}: ${JSON.stringify(rev.body)}`);
        }
      }
    }),
  );
  const elapsed = (performance.now() - started) / 1000;

  // The floor, for reading the figures: the same connections doing nothing but GET /health (one HTTP request and
  // one database round trip) show what this machine gives any request before a payment's own work.
  let healthChecks = 0;
  const floorEnd = performance.now() + FLOOR_SECONDS * 1000;
  const floorStart = performance.now();
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < floorEnd) {
        if ((await bankA.health()) !== 200) fail('GET /health failed');
        healthChecks++;
      }
    }),
  );
  const floorPerSecond = healthChecks / ((performance.now() - floorStart) / 1000);
  bankA.close();
  bankB.close();
  server.kill('SIGTERM');
  server = null;

  // 3. The check.
  const ledger = await verifyLedger(db, '35.73');
  const rows = await db.query<{ ntpd: string; amount: number; reversed: boolean; billId: number }>(
    `SELECT p.ntpd, p.amount, p.bill_id AS "billId", r.payment_id IS NOT NULL AS reversed
     FROM payment p LEFT JOIN payment_reversal r ON r.region_id = p.region_id AND r.payment_id = p.id
     WHERE p.region_id = '35.73'`,
  );
  const inDb = new Map(rows.map((r) => [r.ntpd, r]));
  let doublePosts = 0;
  for (const [ntpd, a] of answered) {
    const row = inDb.get(ntpd);
    if (!row || row.amount !== a.amount || row.reversed !== a.reversed) doublePosts++;
  }
  doublePosts += rows.length - answered.size; // posted but never answered 00: a silent extra posting
  const livePerBill = new Map<number, number>();
  for (const r of rows) if (!r.reversed) livePerBill.set(r.billId, (livePerBill.get(r.billId) ?? 0) + 1);
  const billsPaidTwice = [...livePerBill.values()].filter((n) => n > 1).length;
  doublePosts += billsPaidTwice;
  const [cash] = await db.query<{ net: number }>(
    `SELECT coalesce(sum(debit - credit), 0)::int8 AS net FROM journal_line
     WHERE region_id = '35.73' AND account IN ('kas:bank_sandbox', 'kas:bank_jatim')`,
  );
  const answeredLive = [...answered.values()].filter((a) => !a.reversed).reduce((s, a) => s + a.amount, 0);
  const sumsMatch = cash?.net === answeredLive;
  paymentMs.sort((a, b) => a - b);
  const result = {
    bench: 'payments',
    database: servers.citus ? `citus, ${servers.nodes.length - 1} workers` : 'postgresql',
    paymentsPerSecond: Math.round(posted / elapsed),
    inquiriesPerSecond: Math.round(inquiries / elapsed),
    paymentP50Ms: Number(percentile(paymentMs, 0.5).toFixed(1)),
    paymentP99Ms: Number(percentile(paymentMs, 0.99).toFixed(1)),
    ceilingPerSecond: Math.round(ceilingPerSecond),
    ratio: Number((posted / elapsed / ceilingPerSecond).toFixed(2)),
    doublePosts,
  };
  log(
    JSON.stringify({
      seconds: Number(elapsed.toFixed(1)),
      healthRequestsPerSecond: Math.round(floorPerSecond),
      posted,
      inquiries,
      retries,
      doublePays,
      reversals,
      billsPaidTwice,
      ledgerOk: ledger.ok,
      sumsMatch,
      failures,
    }),
  );
  if (!ledger.ok || !sumsMatch || failures.length > 0 || doublePosts > 0) process.exitCode = 1;
  console.log(JSON.stringify(result));
} finally {
  server?.kill('SIGKILL');
  await db.close();
  if (process.env.BENCH_KEEP !== '1') await servers.drop(DATABASE);
  await servers.close();
}
