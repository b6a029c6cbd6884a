import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { ExternalIdUsed } from '../src/payments/bank-api/bank-request-log';
import { findPartner, type Partner } from '../src/payments/partner';
import { type PaymentOutcome, type PaymentReport, postPayment } from '../src/payments/post-payment';
import { reversePayment } from '../src/payments/reverse-payment';
import { SANDBOX_PARTNER_ID } from '../src/payments/sandbox';
import { ACCOUNT, postJournal } from '../src/receivables/ledger/journal';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { openBill } from './support/bank';
import { TEST_CLOCK } from './support/constants';
import { freshDatabase, type TestDatabase } from './support/test-app';

/**
 * A payment is read without a lock, then written in one statement that checks, under the lock, that nothing it was
 * priced on has changed (migration 0010). These tests put another change exactly between the two.
 */
let t: TestDatabase;
let sandbox: Partner;
let jatim: Partner;
const at = new Date(TEST_CLOCK);
beforeAll(async () => {
  t = await freshDatabase();
  sandbox = (await findPartner(t.db, SANDBOX_PARTNER_ID)) as Partner;
  jatim = (await findPartner(t.db, 'BANKJATIM')) as Partner;
});
afterAll(() => t.drop());

/** The database, with `meanwhile` run once just before the one-statement posting reaches it. */
function interleaved(meanwhile: () => Promise<unknown>): Database {
  let pending: (() => Promise<unknown>) | null = meanwhile;
  const db = t.db;
  return {
    kind: db.kind,
    async query<T>(text: string, params?: unknown[]) {
      if (pending && text.includes('post_payment_at_once')) {
        const run = pending;
        pending = null;
        await run();
      }
      return db.query<T>(text, params);
    },
    exec: (script) => db.exec(script),
    transaction: (work) => db.transaction(work),
    close: () => db.close(),
  };
}

async function paymentsOf(billId: number) {
  return t.db.query<{ ntpd: string; partnerId: string }>(
    `SELECT ntpd, partner_id AS "partnerId" FROM payment WHERE region_id = '35.73' AND bill_id = $1`,
    [billId],
  );
}

function report(billingCode: string, bankReference: string, amount = 1_000_000): PaymentReport {
  return { billingCode, amount, bankReference, paidAt: at };
}

describe('a payment read, then written in one statement', () => {
  it('posts a payment in full when nothing changed in between', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000 });
    const outcome = await postPayment(t.db, at, sandbox, report(bill.billingCode, 'ONCE-1'));
    expect(outcome.kind).toBe('posted');
    expect(await paymentsOf(bill.id)).toHaveLength(1);
  });

  it('another bank paying the same bill in between: nothing is written, the second bank is told already paid', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000 });
    let first: PaymentOutcome | undefined;
    const db = interleaved(async () => {
      first = await postPayment(t.db, at, jatim, report(bill.billingCode, 'JATIM-1'));
    });
    const second = await postPayment(db, at, sandbox, report(bill.billingCode, 'SBX-LATE'));
    expect(first?.kind).toBe('posted');
    expect(second.kind).toBe('already_paid');
    expect(await paymentsOf(bill.id)).toEqual([
      { ntpd: (first as { payment: { ntpd: string } }).payment.ntpd, partnerId: 'BANKJATIM' },
    ]);
    expect((await verifyLedger(t.db, '35.73')).ok).toBe(true);
  });

  it('an identical retry that lost the race to the first gets the first one’s NTPD, not a second posting', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000 });
    let first: PaymentOutcome | undefined;
    const db = interleaved(async () => {
      first = await postPayment(t.db, at, sandbox, report(bill.billingCode, 'SBX-TWIN'));
    });
    const retry = await postPayment(db, at, sandbox, report(bill.billingCode, 'SBX-TWIN'));
    expect(retry.kind).toBe('replayed');
    expect(first?.kind).toBe('posted');
    const ntpd = (first as { payment: { ntpd: string } }).payment.ntpd;
    expect((retry as { payment: { ntpd: string } }).payment.ntpd).toBe(ntpd);
    expect(await paymentsOf(bill.id)).toHaveLength(1);
  });

  it('a receivable changed in between (an offset of part of the bill) is priced again: the old amount is refused', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000 });
    const db = interleaved(() =>
      t.db.transaction((tx) =>
        postJournal(tx, {
          regionId: '35.73',
          kind: 'offset',
          at,
          billId: bill.id,
          memo: 'kompensasi sebagian',
          lines: [
            { account: ACCOUNT.taxpayerCredit, taxpayerId: bill.taxpayerId, debit: 250_000 },
            { account: ACCOUNT.receivable, taxpayerId: bill.taxpayerId, billId: bill.id, credit: 250_000 },
          ],
        }),
      ),
    );
    const outcome = await postPayment(db, at, sandbox, report(bill.billingCode, 'SBX-OLD-PRICE'));
    expect(outcome).toMatchObject({ kind: 'amount_differs', due: { total: 750_000 } });
    expect(await paymentsOf(bill.id)).toHaveLength(0);
  });

  it('an X-EXTERNAL-ID used in between takes the whole posting back: no payment, no journal, the bill still open', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000 });
    const entry = {
      receivedAt: at,
      partnerId: SANDBOX_PARTNER_ID,
      regionId: '35.73',
      authenticated: true,
      operation: 'payment',
      externalId: 'EXT-RACE-1',
      externalDay: '2025-03-11',
      requestHash: 'a'.repeat(64),
      requestBody: '{}',
      httpStatus: 200,
      responseCode: '00',
      responseBody: '{}',
      durationMs: 1,
    };
    const db = interleaved(() =>
      t.db.query(
        `INSERT INTO bank_request (received_at, partner_id, region_id, authenticated, operation, external_id,
           external_day, first_use, request_hash, request_body, http_status, response_code, response_body,
           duration_ms)
         VALUES ($1, $2, '35.73', true, 'inquiry', $3, $4, true, 'other', '{}', 200, '00', '{}', 1)`,
        [at, SANDBOX_PARTNER_ID, entry.externalId, entry.externalDay],
      ),
    );
    await expect(
      postPayment(db, at, sandbox, report(bill.billingCode, 'SBX-EXT'), { entryFor: () => entry }),
    ).rejects.toBeInstanceOf(ExternalIdUsed);
    expect(await paymentsOf(bill.id)).toHaveLength(0);
    const [state] = await t.db.query<{ status: string; journals: number }>(
      `SELECT b.status, (SELECT count(*) FROM journal j WHERE j.region_id = b.region_id AND j.bill_id = b.id)::int4
         AS journals
       FROM bill b WHERE b.region_id = '35.73' AND b.id = $1`,
      [bill.id],
    );
    expect(state).toEqual({ status: 'open', journals: 1 });
  });
});

describe('a retry of a payment reversed since', () => {
  it('is "reversed", not a replay of the first answer, on the two-round-trip path and in the transaction alike', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000 });
    const first = await postPayment(t.db, at, sandbox, report(bill.billingCode, 'SBX-REVERSED'));
    expect(first.kind).toBe('posted');
    const ntpd = (first as { payment: { ntpd: string } }).payment.ntpd;
    expect(
      await reversePayment(t.db, at, sandbox, {
        billingCode: bill.billingCode,
        bankReference: 'SBX-REVERSED',
      }),
    ).toEqual({ kind: 'reversed' });
    const atOnce = await postPayment(t.db, at, sandbox, report(bill.billingCode, 'SBX-REVERSED'));
    // With a record hook the ordinary transaction decides, under the bill's lock.
    const locked = await postPayment(
      t.db,
      at,
      sandbox,
      report(bill.billingCode, 'SBX-REVERSED'),
      async () => {},
    );
    for (const outcome of [atOnce, locked])
      expect(outcome).toMatchObject({ kind: 'reversed', payment: { ntpd, reversed: true }, billOpen: true });
    expect(await paymentsOf(bill.id)).toHaveLength(1);
    // Once another bank has paid the bill, the retry says so: the bill is no longer open.
    expect((await postPayment(t.db, at, jatim, report(bill.billingCode, 'JATIM-AFTER'))).kind).toBe('posted');
    expect(await postPayment(t.db, at, sandbox, report(bill.billingCode, 'SBX-REVERSED'))).toMatchObject({
      kind: 'reversed',
      billOpen: false,
    });
  });
});
