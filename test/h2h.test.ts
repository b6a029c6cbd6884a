import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SANDBOX_PARTNER_ID, SANDBOX_SECRET } from '../src/payments/sandbox';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { Bank, openBill } from './support/bank';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let sandbox: Bank;
let jatim: Bank;
beforeAll(async () => {
  t = await startTestApp();
  sandbox = new Bank(t.app, t.clock, SANDBOX_PARTNER_ID, SANDBOX_SECRET);
  jatim = new Bank(t.app, t.clock, 'BANKJATIM', 'bankjatim-demo-secret');
});
afterAll(() => t.close());

const paidAt = '2025-03-11T10:00:00+07:00';

async function paymentsOf(billId: number) {
  return t.db.query<{ ntpd: string; amount: number }>(
    'SELECT ntpd, amount FROM payment WHERE region_id = $1 AND bill_id = $2',
    ['35.73', billId],
  );
}

async function billStatus(billId: number) {
  const [row] = await t.db.query<{ status: string }>(
    'SELECT status FROM bill WHERE region_id = $1 AND id = $2',
    ['35.73', billId],
  );
  return row?.status;
}

describe('H2H inquiry and payment', () => {
  it('an inquiry answers the amount due now with the taxpayer, tax type and the day the total holds until', async () => {
    const bill = await openBill(t.db, { principal: 1_250_000, dueDate: '2025-03-15' });
    const res = await sandbox.post('inquiry', { billingCode: bill.billingCode });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      responseCode: '00',
      billingCode: bill.billingCode,
      taxpayerName: 'Tini Rahayu',
      taxType: 'PBJT Makanan dan/atau Minuman',
      principal: 1_250_000,
      penalty: 0,
      total: 1_250_000,
      dueDate: '2025-03-15',
      validUntil: '2025-03-15',
    });
  });

  it('an overdue bill is priced with 1% interest per month begun (PP 35/2023), as of the clock', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000, dueDate: '2025-01-15' });
    const res = await sandbox.post('inquiry', { billingCode: bill.billingCode });
    // 2025-01-15 → 2025-03-11 is one month and a part: two months at 1%.
    expect(res.json()).toMatchObject({
      responseCode: '00',
      principal: 1_000_000,
      penalty: 20_000,
      total: 1_020_000,
    });
  });

  it('a payment of exactly the amount due posts once, gets an 18-digit NTPD, and closes the bill', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000, dueDate: '2025-01-15' });
    const res = await sandbox.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_020_000,
      bankReference: 'SBX-0001',
      paidAt,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ responseCode: '00', billingCode: bill.billingCode, amount: 1_020_000 });
    expect(body.ntpd).toMatch(/^3573250311\d{8}$/);
    expect(new Date(body.paidAt).getTime()).toBe(new Date(paidAt).getTime());
    expect(await billStatus(bill.id)).toBe('paid');
    expect(await paymentsOf(bill.id)).toEqual([{ ntpd: body.ntpd, amount: 1_020_000 }]);
    const [cash] = await t.db.query<{ debit: number }>(
      `SELECT sum(debit)::int8 AS debit FROM journal_line WHERE region_id = '35.73' AND account = 'kas:bank_sandbox'
         AND journal_id IN (SELECT id FROM journal WHERE region_id = '35.73' AND bill_id = $1)`,
      [bill.id],
    );
    expect(cash?.debit).toBe(1_020_000);
    expect((await verifyLedger(t.db, '35.73')).ok).toBe(true);
  });

  it('an identical retry returns the first answer with the same NTPD, whether or not it reuses the X-EXTERNAL-ID', async () => {
    const bill = await openBill(t.db);
    const pay = { billingCode: bill.billingCode, amount: 1_250_000, bankReference: 'SBX-RETRY', paidAt };
    const first = await sandbox.post('payment', pay, { externalId: 'EXT-RETRY-1' });
    const sameId = await sandbox.post('payment', pay, { externalId: 'EXT-RETRY-1' });
    const newId = await sandbox.post('payment', pay, { externalId: 'EXT-RETRY-2' });
    expect(first.json().responseCode).toBe('00');
    expect(sameId.json()).toEqual(first.json());
    expect(newId.json()).toEqual(first.json());
    expect(await paymentsOf(bill.id)).toHaveLength(1);
  });

  it('concurrent identical retries post one payment and all get the same NTPD', async () => {
    const bill = await openBill(t.db);
    const pay = { billingCode: bill.billingCode, amount: 1_250_000, bankReference: 'SBX-STORM', paidAt };
    const answers = await Promise.all(Array.from({ length: 6 }, () => sandbox.post('payment', pay)));
    const ntpds = new Set(answers.map((a) => a.json().ntpd));
    expect(answers.map((a) => a.json().responseCode)).toEqual(Array(6).fill('00'));
    expect(ntpds.size).toBe(1);
    expect(await paymentsOf(bill.id)).toHaveLength(1);
  });

  it('two banks paying the same bill at the same moment: exactly one 00, the other 13', async () => {
    const bill = await openBill(t.db);
    const pay = (ref: string) => ({
      billingCode: bill.billingCode,
      amount: 1_250_000,
      bankReference: ref,
      paidAt,
    });
    const [a, b] = await Promise.all([
      sandbox.post('payment', pay('SBX-RACE')),
      jatim.post('payment', pay('JTM-RACE')),
    ]);
    expect([a.json().responseCode, b.json().responseCode].sort()).toEqual(['00', '13']);
    expect(await paymentsOf(bill.id)).toHaveLength(1);
    expect((await verifyLedger(t.db, '35.73')).ok).toBe(true);
  });

  it('a bankReference reused for a different request is refused with 41 (HTTP 409) and posts nothing', async () => {
    const one = await openBill(t.db);
    const two = await openBill(t.db);
    await sandbox.post('payment', {
      billingCode: one.billingCode,
      amount: 1_250_000,
      bankReference: 'SBX-DUP',
      paidAt,
    });
    const res = await sandbox.post('payment', {
      billingCode: two.billingCode,
      amount: 1_250_000,
      bankReference: 'SBX-DUP',
      paidAt,
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().responseCode).toBe('41');
    expect(await billStatus(two.id)).toBe('open');
  });

  it('an amount that is not the amount due is refused with 14 and the total due; nothing is posted', async () => {
    const bill = await openBill(t.db);
    const res = await sandbox.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_000_000,
      bankReference: 'SBX-PARTIAL',
      paidAt,
    });
    expect(res.json()).toMatchObject({ responseCode: '14', total: 1_250_000 });
    expect(await paymentsOf(bill.id)).toHaveLength(0);
  });

  it('a paid bill answers 13 to inquiry and payment', async () => {
    const bill = await openBill(t.db);
    await sandbox.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_250_000,
      bankReference: 'SBX-P1',
      paidAt,
    });
    expect((await sandbox.post('inquiry', { billingCode: bill.billingCode })).json().responseCode).toBe('13');
    const again = await jatim.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_250_000,
      bankReference: 'JTM-P2',
      paidAt,
    });
    expect(again.json().responseCode).toBe('13');
  });

  it('an unknown code, a mistyped check digit and another region’s bill are all just "not found" (10)', async () => {
    const mine = await openBill(t.db);
    const bangka = await openBill(t.db, { regionId: '19.01' });
    const lastDigit = Number(mine.billingCode.slice(-1));
    const mistyped = `${mine.billingCode.slice(0, -1)}${(lastDigit + 1) % 10}`;
    for (const billingCode of ['3573019999999999', mistyped, bangka.billingCode, 'abc']) {
      const res = await sandbox.post('inquiry', { billingCode });
      expect({ billingCode, code: res.json().responseCode }).toEqual({ billingCode, code: '10' });
      expect(res.json()).not.toHaveProperty('taxpayerName');
    }
    const pay = await sandbox.post('payment', {
      billingCode: bangka.billingCode,
      amount: 1_250_000,
      bankReference: 'SBX-BANGKA',
      paidAt,
    });
    expect(pay.json().responseCode).toBe('10');
  });
});

describe('H2H authentication and bad input', () => {
  it('a wrong signature, a stale timestamp, an unknown partner or a missing external id get 40 (HTTP 401)', async () => {
    const bill = await openBill(t.db);
    const body = { billingCode: bill.billingCode };
    const refusals = [
      await sandbox.post('inquiry', body, { secret: 'guessed-secret' }),
      await sandbox.post('inquiry', body, { timestamp: '2025-03-11T09:54:00+07:00' }),
      await sandbox.post('inquiry', body, { timestamp: '2025-03-11 10:00:00' }),
      await new Bank(t.app, t.clock, 'BANK-NOBODY', SANDBOX_SECRET).post('inquiry', body),
      await sandbox.post('inquiry', body, { headers: { 'x-external-id': '' } }),
    ];
    for (const res of refusals) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toEqual({ responseCode: '40', responseMessage: 'Autentikasi gagal' });
    }
  });

  it('the signature covers the body byte for byte: a body changed in transit is refused', async () => {
    const bill = await openBill(t.db);
    const raw = JSON.stringify({ billingCode: bill.billingCode });
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/h2h/v1/inquiry',
      headers: {
        ...(await signedHeaders(raw)),
      },
      payload: raw.replace('{', '{ '),
    });
    expect(res.statusCode).toBe(401);
  });

  it('amounts of -1, 0, 1.5, 1e30 and "10000" are format errors (30) and post nothing', async () => {
    const bill = await openBill(t.db, { principal: 10_000 });
    for (const [i, amount] of [-1, 0, 1.5, 1e30, '10000'].entries()) {
      const res = await sandbox.post('payment', {
        billingCode: bill.billingCode,
        amount,
        bankReference: `SBX-BAD-${i}`,
        paidAt,
      });
      expect({ amount, status: res.statusCode, code: res.json().responseCode }).toEqual({
        amount,
        status: 400,
        code: '30',
      });
    }
    expect(await paymentsOf(bill.id)).toHaveLength(0);
  });

  it('a body that is not JSON, a missing field or a paidAt a week old is a format error (30)', async () => {
    const bill = await openBill(t.db);
    expect((await sandbox.call('POST', 'inquiry', { raw: '{"billingCode":' })).json().responseCode).toBe(
      '30',
    );
    expect((await sandbox.post('payment', { billingCode: bill.billingCode })).json().responseCode).toBe('30');
    const old = await sandbox.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_250_000,
      bankReference: 'SBX-OLD',
      paidAt: '2025-03-04T10:00:00+07:00',
    });
    expect(old.json().responseCode).toBe('30');
    expect(await paymentsOf(bill.id)).toHaveLength(0);
  });

  it('a 5 MB body is refused with 30 (HTTP 413): read to its end, kept nowhere', async () => {
    const raw = JSON.stringify({ billingCode: 'x'.repeat(5 * 1024 * 1024) });
    const res = await sandbox.call('POST', 'inquiry', { raw });
    expect(res.statusCode).toBe(413);
    expect(res.json().responseCode).toBe('30');
  });

  it('an X-EXTERNAL-ID reused the same day for a different request is refused with 42 and posts nothing', async () => {
    const one = await openBill(t.db);
    const two = await openBill(t.db);
    await sandbox.post('inquiry', { billingCode: one.billingCode }, { externalId: 'EXT-SAME' });
    const res = await sandbox.post(
      'payment',
      { billingCode: two.billingCode, amount: 1_250_000, bankReference: 'SBX-EXT', paidAt },
      { externalId: 'EXT-SAME' },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().responseCode).toBe('42');
    expect(await paymentsOf(two.id)).toHaveLength(0);
  });

  it('every authenticated request is in the request log with its answer, and the first refused one of an address', async () => {
    const before = await t.db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM bank_request');
    const bill = await openBill(t.db);
    await sandbox.post('inquiry', { billingCode: bill.billingCode }, { externalId: 'EXT-LOGGED' });
    await sandbox.post(
      'inquiry',
      { billingCode: bill.billingCode },
      { secret: 'wrong', remoteAddress: '192.0.2.41' },
    );
    await sandbox.call('POST', 'inquiry', { raw: 'nope' });
    const rows = await t.db.query<{
      operation: string;
      responseCode: string;
      authenticated: boolean;
      clientAddress: string | null;
    }>(
      `SELECT operation, response_code AS "responseCode", authenticated, client_address AS "clientAddress"
       FROM bank_request ORDER BY id DESC LIMIT 3`,
    );
    expect(rows.reverse()).toEqual([
      { operation: 'inquiry', responseCode: '00', authenticated: true, clientAddress: null },
      { operation: 'inquiry', responseCode: '40', authenticated: false, clientAddress: '192.0.2.41' },
      { operation: 'inquiry', responseCode: '30', authenticated: true, clientAddress: null },
    ]);
    const after = await t.db.query<{ n: number }>('SELECT count(*)::int8 AS n FROM bank_request');
    expect((after[0]?.n ?? 0) - (before[0]?.n ?? 0)).toBe(3);
  });

  it('a refused request that names no known partner is kept apart from every region’s log (bank_refusal)', async () => {
    const stranger = new Bank(t.app, t.clock, 'NO-SUCH-BANK', 'whatever-secret');
    const res = await stranger.post(
      'inquiry',
      { billingCode: '3573012500000014' },
      { remoteAddress: '192.0.2.61' },
    );
    expect(res.json().responseCode).toBe('40');
    expect(await t.db.query(`SELECT 1 FROM bank_request WHERE partner_id = 'NO-SUCH-BANK'`)).toEqual([]);
    expect(
      await t.db.query(
        `SELECT partner_id AS "partnerId", response_code AS "responseCode", client_address AS "clientAddress"
         FROM bank_refusal WHERE client_address = '192.0.2.61'`,
      ),
    ).toEqual([{ partnerId: 'NO-SUCH-BANK', responseCode: '40', clientAddress: '192.0.2.61' }]);
  });

  it('a partner over its rate limit gets 65 (HTTP 429); another partner is not throttled', async () => {
    await t.db.query(
      `UPDATE payment_partner SET requests_per_second = 3 WHERE partner_id = 'QRIS-BANKJATIM'`,
    );
    const limited = new Bank(t.app, t.clock, 'QRIS-BANKJATIM', 'qris-demo-secret');
    const codes = [];
    for (let i = 0; i < 5; i++)
      codes.push((await limited.post('inquiry', { billingCode: '1' })).json().responseCode);
    expect(codes.filter((c) => c === '65').length).toBeGreaterThanOrEqual(1);
    expect((await sandbox.post('inquiry', { billingCode: '1' })).json().responseCode).toBe('10');
  });
});

describe('H2H reversal and status', () => {
  async function paid(bank: Bank, ref: string) {
    const bill = await openBill(t.db, { principal: 1_000_000, dueDate: '2025-01-15' });
    const res = await bank.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_020_000,
      bankReference: ref,
      paidAt,
    });
    expect(res.json().responseCode).toBe('00');
    return { bill, ntpd: res.json().ntpd as string };
  }

  it('the paying bank reverses on the same day: the bill reopens owing what it owed, interest included', async () => {
    const { bill } = await paid(sandbox, 'SBX-REV-1');
    const res = await sandbox.post('reversal', { billingCode: bill.billingCode, bankReference: 'SBX-REV-1' });
    expect(res.json().responseCode).toBe('00');
    expect(await billStatus(bill.id)).toBe('open');
    const inquiry = await sandbox.post('inquiry', { billingCode: bill.billingCode });
    expect(inquiry.json()).toMatchObject({
      responseCode: '00',
      principal: 1_000_000,
      penalty: 20_000,
      total: 1_020_000,
    });
    expect((await verifyLedger(t.db, '35.73')).ok).toBe(true);
    // Paid again after the reversal: a new payment with a new reference.
    const again = await jatim.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_020_000,
      bankReference: 'JTM-AFTER-REV',
      paidAt,
    });
    expect(again.json().responseCode).toBe('00');
    expect((await verifyLedger(t.db, '35.73')).ok).toBe(true);
  });

  it('a second reversal of the same payment is 36 (already reversed)', async () => {
    const { bill } = await paid(sandbox, 'SBX-REV-2');
    await sandbox.post('reversal', { billingCode: bill.billingCode, bankReference: 'SBX-REV-2' });
    const again = await sandbox.post('reversal', {
      billingCode: bill.billingCode,
      bankReference: 'SBX-REV-2',
    });
    expect(again.json().responseCode).toBe('36');
  });

  it('another bank cannot reverse a payment: 34 (not found), and the bill stays paid', async () => {
    const { bill } = await paid(sandbox, 'SBX-REV-3');
    const res = await jatim.post('reversal', { billingCode: bill.billingCode, bankReference: 'SBX-REV-3' });
    expect(res.json().responseCode).toBe('34');
    expect(await billStatus(bill.id)).toBe('paid');
  });

  it('a reversal after the region’s window (default: the same local day) is refused with 12', async () => {
    const { bill } = await paid(sandbox, 'SBX-REV-4');
    t.clock.set(new Date('2025-03-12T09:00:00+07:00'));
    try {
      const res = await sandbox.post('reversal', {
        billingCode: bill.billingCode,
        bankReference: 'SBX-REV-4',
      });
      expect(res.statusCode).toBe(422);
      expect(res.json()).toMatchObject({ responseCode: '12', lastDay: '2025-03-11' });
      expect(await billStatus(bill.id)).toBe('paid');
    } finally {
      t.clock.set(new Date(paidAt));
    }
  });

  it('a retry of a payment reversed since is 43 (HTTP 409), not 00: its NTPD marked reversed, the bill open again', async () => {
    const { bill, ntpd } = await paid(sandbox, 'SBX-REV-RETRY');
    await sandbox.post('reversal', { billingCode: bill.billingCode, bankReference: 'SBX-REV-RETRY' });
    const retry = await sandbox.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_020_000,
      bankReference: 'SBX-REV-RETRY',
      paidAt,
    });
    expect(retry.statusCode).toBe(409);
    expect(retry.json()).toEqual({
      responseCode: '43',
      responseMessage: 'Pembayaran ini sudah dibatalkan: tagihan tidak dilunasi olehnya',
      ntpd,
      billingCode: bill.billingCode,
      amount: 1_020_000,
      paidAt: new Date(paidAt).toISOString(),
      status: 'reversed',
      billOpen: true,
    });
    expect(await billStatus(bill.id)).toBe('open');
    expect(await paymentsOf(bill.id)).toHaveLength(1);
    expect((await sandbox.post('status', { bankReference: 'SBX-REV-RETRY' })).json()).toMatchObject({
      responseCode: '00',
      ntpd,
      status: 'reversed',
    });
  });

  it('under the X-EXTERNAL-ID of its first answer, a reversed payment’s retry and status are not replayed as paid', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000, dueDate: '2025-01-15' });
    const pay = { billingCode: bill.billingCode, amount: 1_020_000, bankReference: 'SBX-REV-EXT', paidAt };
    const first = await sandbox.post('payment', pay, { externalId: 'EXT-REV-PAY' });
    expect(first.json().responseCode).toBe('00');
    const status = await sandbox.post(
      'status',
      { bankReference: 'SBX-REV-EXT' },
      { externalId: 'EXT-REV-ST' },
    );
    expect(status.json().status).toBe('paid');
    await sandbox.post('reversal', { billingCode: bill.billingCode, bankReference: 'SBX-REV-EXT' });
    const retry = await sandbox.post('payment', pay, { externalId: 'EXT-REV-PAY' });
    expect(retry.json()).toMatchObject({ responseCode: '43', status: 'reversed', billOpen: true });
    const again = await sandbox.post(
      'status',
      { bankReference: 'SBX-REV-EXT' },
      { externalId: 'EXT-REV-ST' },
    );
    expect(again.json()).toMatchObject({ responseCode: '00', status: 'reversed' });
    // A different request under a used id is still 42.
    const other = await sandbox.post('status', { bankReference: 'SBX-OTHER' }, { externalId: 'EXT-REV-PAY' });
    expect(other.json().responseCode).toBe('42');
  });

  it('a retry of a reversed payment whose bill another bank paid since says the bill is no longer open', async () => {
    const { bill, ntpd } = await paid(sandbox, 'SBX-REV-PAIDAGAIN');
    await sandbox.post('reversal', { billingCode: bill.billingCode, bankReference: 'SBX-REV-PAIDAGAIN' });
    const pay = (bankReference: string) => ({
      billingCode: bill.billingCode,
      amount: 1_020_000,
      bankReference,
      paidAt,
    });
    expect((await jatim.post('payment', pay('JTM-AFTER-REV-2'))).json().responseCode).toBe('00');
    const retry = await sandbox.post('payment', pay('SBX-REV-PAIDAGAIN'));
    expect(retry.json()).toMatchObject({ responseCode: '43', ntpd, status: 'reversed', billOpen: false });
  });

  it('the QRIS notification of a payment reversed since is 43 as well', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000, dueDate: '2025-01-15' });
    const notify = { billingCode: bill.billingCode, amount: 1_020_000, rrn: 'SBX-REV-QRIS', paidAt };
    expect((await sandbox.post('qris/notify', notify)).json().responseCode).toBe('00');
    await sandbox.post('reversal', { billingCode: bill.billingCode, bankReference: 'SBX-REV-QRIS' });
    const again = await sandbox.post('qris/notify', notify);
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ responseCode: '43', status: 'reversed', billOpen: true });
    expect(await billStatus(bill.id)).toBe('open');
  });

  it('status tells a bank what became of its payment: paid, reversed, or 34 when there is none', async () => {
    const { ntpd } = await paid(sandbox, 'SBX-ST-1');
    const st = await sandbox.post('status', { bankReference: 'SBX-ST-1' });
    expect(st.json()).toMatchObject({ responseCode: '00', ntpd, amount: 1_020_000, status: 'paid' });
    const { bill } = await paid(sandbox, 'SBX-ST-2');
    await sandbox.post('reversal', { billingCode: bill.billingCode, bankReference: 'SBX-ST-2' });
    expect((await sandbox.post('status', { bankReference: 'SBX-ST-2' })).json().status).toBe('reversed');
    expect((await sandbox.post('status', { bankReference: 'SBX-NONE' })).json().responseCode).toBe('34');
    expect((await jatim.post('status', { bankReference: 'SBX-ST-1' })).json().responseCode).toBe('34');
  });
});

describe('H2H sandbox', () => {
  it('lists the sandbox region’s open bills with their totals as of now, signed over an empty body', async () => {
    const bill = await openBill(t.db, { principal: 1_000_000, dueDate: '2025-01-15' });
    const res = await sandbox.call('GET', 'sandbox/bills');
    expect(res.statusCode).toBe(200);
    expect(res.json().responseCode).toBe('00');
    expect(res.json().bills).toContainEqual({ billingCode: bill.billingCode, total: 1_020_000 });
  });

  it('is for the sandbox partner only', async () => {
    const res = await jatim.call('GET', 'sandbox/bills');
    expect(res.statusCode).toBe(401);
  });
});

async function signedHeaders(raw: string): Promise<Record<string, string>> {
  const { signRequest } = await import('../src/payments/bank-api/signature');
  const timestamp = '2025-03-11T10:00:00+07:00';
  return {
    'content-type': 'application/json',
    'x-partner-id': SANDBOX_PARTNER_ID,
    'x-timestamp': timestamp,
    'x-external-id': 'EXT-TAMPER',
    'x-signature': signRequest(SANDBOX_SECRET, 'POST', '/api/h2h/v1/inquiry', raw, timestamp),
  };
}
