/**
 * Crash test (issue 4): `kill -9` the Balai server in the middle of a payment load, restart it, and show that
 * every payment answered `00` is in the ledger exactly once and that retries of the unanswered ones now get a
 * consistent answer: the first posting's NTPD when the payment had committed before the crash, a fresh posting
 * when it had not, and never a second posting. Needs a PostgreSQL server (the database survives the crash; the
 * server process does not):
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:54329/postgres npm run crash:payments
 *
 * Runs in CI (.ci/run). Exits non-zero on any inconsistency; the last line is one JSON object.
 */

import { AREAS } from '../src/app';
import { openPostgres } from '../src/db/database';
import { prepareDatabase } from '../src/db/prepare';
import { seedDemo } from '../src/demo/seed-demo';
import { SANDBOX_PARTNER_ID, SANDBOX_SECRET } from '../src/payments/sandbox';
import { SystemClock } from '../src/platform/clock';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { type BankAnswer, BankClient } from './support/bank-client';
import { createBenchBills } from './support/bench-bills';
import { startServer } from './support/server-process';

const DATABASE = 'balai_crash_payments';
const PORT = Number(process.env.CRASH_PORT ?? 3902);
const WORKERS = 20;
const LOAD_MS = Number(process.env.CRASH_AFTER_MS ?? 3000);
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error('DATABASE_URL must name a PostgreSQL server (scripts/pg-cluster.sh start prints one)');
  process.exit(2);
}
const log = (msg: string) => console.error(`[crash:payments] ${msg}`);

const admin = openPostgres(serverUrl, 1);
await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
await admin.query(`CREATE DATABASE ${DATABASE}`);
const url = new URL(serverUrl);
url.pathname = `/${DATABASE}`;
const db = openPostgres(url.toString(), 2);
let server: Awaited<ReturnType<typeof startServer>> | null = null;

interface Sent {
  billingCode: string;
  amount: number;
  bankReference: string;
  paidAt: string;
  answer: BankAnswer | null;
}

try {
  await prepareDatabase(db);
  await seedDemo(db, new SystemClock(), AREAS, { history: false });
  // Its server runs in production mode, where banks with public demo secrets are refused: here the bank is not one.
  await db.query(
    `UPDATE payment_partner SET requests_per_second = 1000000, demo = false WHERE partner_id = $1`,
    [SANDBOX_PARTNER_ID],
  );
  const codes = await createBenchBills(db, 20_000);
  let next = 0;

  server = await startServer(url.toString(), PORT);
  const base = `http://127.0.0.1:${PORT}`;
  const bank = new BankClient(base, SANDBOX_PARTNER_ID, SANDBOX_SECRET, WORKERS);
  const sent: Sent[] = [];
  let crashed = false;
  const victim = server;
  setTimeout(() => {
    crashed = true;
    victim.kill('SIGKILL');
    log(`kill -9 after ${LOAD_MS} ms with ${sent.filter((s) => !s.answer).length} payments in flight`);
  }, LOAD_MS);
  await Promise.all(
    Array.from({ length: WORKERS }, async () => {
      while (!crashed) {
        const billingCode = codes[next++] as string;
        try {
          const inquiry = await bank.post('inquiry', { billingCode });
          const s: Sent = {
            billingCode,
            amount: inquiry.body.total as number,
            bankReference: `CRASH-${billingCode}`,
            paidAt: new Date().toISOString(),
            answer: null,
          };
          sent.push(s);
          s.answer = await bank.post('payment', {
            billingCode,
            amount: s.amount,
            bankReference: s.bankReference,
            paidAt: s.paidAt,
          });
        } catch {
          // The connection died with the server: this request's answer was lost.
        }
      }
    }),
  );
  bank.close();
  await new Promise((resolve) => victim.once('exit', resolve));

  const answeredOk = sent.filter((s) => s.answer?.body.responseCode === '00');
  const unanswered = sent.filter((s) => !s.answer);
  const problems: string[] = [];
  const postedFor = async (ref: string) =>
    db.query<{ ntpd: string }>(`SELECT ntpd FROM payment WHERE partner_id = $1 AND bank_reference = $2`, [
      SANDBOX_PARTNER_ID,
      ref,
    ]);
  for (const s of answeredOk) {
    const rows = await postedFor(s.bankReference);
    if (rows.length !== 1 || rows[0]?.ntpd !== s.answer?.body.ntpd)
      problems.push(`answered 00 but ledger has ${rows.length} posting(s) for ${s.bankReference}`);
  }
  const committedUnanswered = new Map<string, string>();
  for (const s of unanswered) {
    const [row] = await postedFor(s.bankReference);
    if (row) committedUnanswered.set(s.bankReference, row.ntpd);
  }

  // Restart, and retry every payment whose answer was lost, exactly as a bank would.
  server = await startServer(url.toString(), PORT);
  const retryBank = new BankClient(base, SANDBOX_PARTNER_ID, SANDBOX_SECRET, WORKERS);
  let retriedSame = 0;
  let retriedFresh = 0;
  for (const s of unanswered) {
    const again = await retryBank.post('payment', {
      billingCode: s.billingCode,
      amount: s.amount,
      bankReference: s.bankReference,
      paidAt: s.paidAt,
    });
    const before = committedUnanswered.get(s.bankReference);
    if (again.body.responseCode !== '00')
      problems.push(`retry of ${s.bankReference}: ${JSON.stringify(again.body)}`);
    else if (before && again.body.ntpd !== before)
      problems.push(`retry of ${s.bankReference} got NTPD ${again.body.ntpd}, first posting was ${before}`);
    else if (before) retriedSame++;
    else retriedFresh++;
    // And once more: the answer must now be stable.
    const third = await retryBank.post('payment', {
      billingCode: s.billingCode,
      amount: s.amount,
      bankReference: s.bankReference,
      paidAt: s.paidAt,
    });
    if (third.body.ntpd !== again.body.ntpd)
      problems.push(`second retry of ${s.bankReference} changed its answer`);
  }
  retryBank.close();

  const [twice] = await db.query<{ n: number }>(
    `SELECT count(*)::int8 AS n FROM (SELECT bill_id FROM payment GROUP BY region_id, bill_id HAVING count(*) > 1) x`,
  );
  const [total] = await db.query<{ n: number }>(`SELECT count(*)::int8 AS n FROM payment`);
  const expected = answeredOk.length + unanswered.length;
  if ((twice?.n ?? 0) > 0) problems.push(`${twice?.n} bills paid twice`);
  if (total?.n !== expected) problems.push(`${total?.n} payments in the ledger, ${expected} expected`);
  const ledger = await verifyLedger(db, '35.73');
  if (!ledger.ok) problems.push('ledger verify failed');

  const result = {
    crashTest: 'payments',
    answered00: answeredOk.length,
    unanswered: unanswered.length,
    unansweredButCommitted: committedUnanswered.size,
    retriesSameNtpd: retriedSame,
    retriesPostedFresh: retriedFresh,
    paymentsInLedger: total?.n,
    billsPaidTwice: twice?.n,
    ledgerOk: ledger.ok,
    ok: problems.length === 0,
  };
  for (const p of problems.slice(0, 20)) log(p);
  if (problems.length > 0 || unanswered.length === 0) process.exitCode = 1;
  if (unanswered.length === 0) log('no request was in flight at the kill: nothing was tested; run again');
  console.log(JSON.stringify(result));
} finally {
  server?.kill('SIGKILL');
  await db.close();
  if (process.env.CRASH_KEEP !== '1') await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.close();
}
