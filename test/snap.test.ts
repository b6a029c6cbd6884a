import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addPartner, findPartner, type Partner } from '../src/payments/partner';
import { reversePayment } from '../src/payments/reverse-payment';
import { SANDBOX_PARTNER_ID, SANDBOX_SECRET } from '../src/payments/sandbox';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { Bank, openBill } from './support/bank';
import { DEMO_PRIVATE_KEY, numericId, SnapBank } from './support/snap-bank';
import { startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
/** The demo's Bank Jatim over SNAP, with the README's demo key pair. */
let jatim: SnapBank;
/** A second SNAP bank in the same region: the sandbox partner, given a key pair and a partnerServiceId here. */
let other: SnapBank;
/** The sandbox partner over the H2H API. */
let h2h: Bank;

beforeAll(async () => {
  t = await startTestApp();
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  await t.db.query(
    `UPDATE payment_partner SET snap_public_key = $1, va_prefix = '   88899' WHERE partner_id = $2`,
    [publicKey.export({ type: 'spki', format: 'pem' }).toString(), SANDBOX_PARTNER_ID],
  );
  jatim = await new SnapBank(
    t.app,
    t.clock,
    'BANKJATIM',
    'bankjatim-demo-secret',
    DEMO_PRIVATE_KEY,
    '   13573',
  ).login();
  other = await new SnapBank(
    t.app,
    t.clock,
    SANDBOX_PARTNER_ID,
    SANDBOX_SECRET,
    privateKey,
    '   88899',
  ).login();
  h2h = new Bank(t.app, t.clock, SANDBOX_PARTNER_ID, SANDBOX_SECRET);
});
afterAll(() => t.close());

const trxDateTime = '2025-03-11T10:00:00+07:00';

/** An overdue bill: 1,000,000 due 2025-01-15 owes 1,020,000 on 2025-03-11 (two months begun at 1%). */
const overdueBill = () => openBill(t.db, { principal: 1_000_000, dueDate: '2025-01-15' });

function pay(
  bank: SnapBank,
  billingCode: string,
  paymentRequestId: string,
  value = '1020000.00',
  extra = {},
) {
  return bank.post('payment', {
    ...bank.va(billingCode),
    paymentRequestId,
    paidAmount: { value, currency: 'IDR' },
    trxDateTime,
    ...extra,
  });
}

async function paymentsOf(billId: number) {
  return t.db.query<{ ntpd: string; bankReference: string; partnerId: string }>(
    `SELECT ntpd, bank_reference AS "bankReference", partner_id AS "partnerId" FROM payment
     WHERE region_id = '35.73' AND bill_id = $1`,
    [billId],
  );
}

describe('SNAP B2B access token (service 73)', () => {
  it('a request signed with the registered key gets a 900-second Bearer token, stored only as a hash', async () => {
    const res = await jatim.requestToken();
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      responseCode: '2007300',
      responseMessage: 'Successful',
      tokenType: 'Bearer',
      expiresIn: '900',
    });
    expect(body.accessToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(res.headers['x-client-key']).toBe('BANKJATIM');
    expect(res.headers['x-timestamp']).toBe('2025-03-11T10:00:00+07:00');
    const stored = await t.db.query(
      `SELECT 1 FROM snap_access_token WHERE token_hash = $1 OR token_hash = $2
       UNION ALL SELECT 1 FROM bank_request WHERE response_body LIKE $3`,
      [body.accessToken, body.accessToken.toLowerCase(), `%${body.accessToken}%`],
    );
    expect(stored).toEqual([]);
  });

  it('a signature by another key, an unknown client or a stale timestamp is 4017300 (HTTP 401)', async () => {
    const stranger = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;
    const refusals = [
      await jatim.requestToken({ key: stranger }),
      await jatim.requestToken({ headers: { 'x-client-key': 'BANK-NOBODY' } }),
      await jatim.requestToken({ timestamp: '2025-03-11T09:54:00+07:00' }),
      // H2H-only partners have no public key: they cannot get a SNAP token.
      await new SnapBank(t.app, t.clock, 'QRIS-BANKJATIM', 'x', DEMO_PRIVATE_KEY, '   13573').requestToken(),
    ];
    for (const res of refusals) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ responseCode: '4017300' });
      expect(res.json()).not.toHaveProperty('accessToken');
    }
  });

  it('a missing header is 4007302, a malformed timestamp or grantType 4007301', async () => {
    const missing = await jatim.requestToken({ headers: { 'x-signature': '' } });
    expect(missing.json()).toMatchObject({
      responseCode: '4007302',
      responseMessage: 'Invalid Mandatory Field X-SIGNATURE',
    });
    const badTime = await jatim.requestToken({ timestamp: '2025-03-11 10:00:00' });
    expect(badTime.json().responseCode).toBe('4007301');
    const grant = await jatim.requestToken({ raw: '{"grantType":"password"}' });
    expect(grant.json()).toMatchObject({
      responseCode: '4007301',
      responseMessage: 'Invalid Field Format grantType',
    });
  });
});

describe('SNAP VA inquiry (24), payment (25) and inquiry status (26)', () => {
  it('inquiry, payment and status of an overdue bill: one payment, its NTPD in additionalInfo', async () => {
    const bill = await overdueBill();
    const va = jatim.va(bill.billingCode);
    const inquiry = await jatim.post('inquiry', { ...va, inquiryRequestId: 'INQ-HAPPY-1' });
    expect(inquiry.statusCode).toBe(200);
    expect(inquiry.headers['x-timestamp']).toBe('2025-03-11T10:00:00+07:00');
    expect(inquiry.json()).toEqual({
      responseCode: '2002400',
      responseMessage: 'Successful',
      virtualAccountData: {
        inquiryStatus: '00',
        inquiryReason: { english: 'Success', indonesia: 'Sukses' },
        ...va,
        virtualAccountName: 'Tini Rahayu',
        inquiryRequestId: 'INQ-HAPPY-1',
        totalAmount: { value: '1020000.00', currency: 'IDR' },
        billDetails: [
          {
            billCode: '01',
            billNo: bill.billingCode,
            billName: 'Pokok pajak',
            billDescription: { english: 'Tax principal', indonesia: 'Pokok pajak' },
            billAmount: { value: '1000000.00', currency: 'IDR' },
          },
          {
            billCode: '02',
            billNo: bill.billingCode,
            billName: 'Sanksi bunga',
            billDescription: { english: 'Late interest', indonesia: 'Sanksi bunga' },
            billAmount: { value: '20000.00', currency: 'IDR' },
          },
        ],
        virtualAccountTrxType: 'C',
        additionalInfo: {
          taxType: 'PBJT Makanan dan/atau Minuman',
          dueDate: '2025-01-15',
          validUntil: '2025-03-15',
        },
      },
    });

    const payment = await pay(jatim, bill.billingCode, 'INQ-HAPPY-1', '1020000.00', {
      totalAmount: { value: '1020000.00', currency: 'IDR' },
      referenceNo: '123456789012345',
      flagAdvise: 'N',
    });
    expect(payment.statusCode).toBe(200);
    const data = payment.json().virtualAccountData;
    expect(payment.json()).toMatchObject({ responseCode: '2002500', responseMessage: 'Successful' });
    expect(data).toMatchObject({
      paymentFlagStatus: '00',
      ...va,
      virtualAccountName: 'Tini Rahayu',
      paymentRequestId: 'INQ-HAPPY-1',
      paidAmount: { value: '1020000.00', currency: 'IDR' },
      trxDateTime,
      referenceNo: '123456789012345',
      additionalInfo: { billingCode: bill.billingCode },
    });
    expect(data.additionalInfo.ntpd).toMatch(/^3573250311\d{8}$/);
    expect(await paymentsOf(bill.id)).toEqual([
      { ntpd: data.additionalInfo.ntpd, bankReference: 'snap:INQ-HAPPY-1', partnerId: 'BANKJATIM' },
    ]);
    const [cash] = await t.db.query<{ debit: number }>(
      `SELECT sum(debit)::int8 AS debit FROM journal_line WHERE region_id = '35.73' AND account = 'kas:bank_jatim'
         AND journal_id IN (SELECT id FROM journal WHERE region_id = '35.73' AND bill_id = $1)`,
      [bill.id],
    );
    expect(cash?.debit).toBe(1_020_000);

    const status = await jatim.post('status', { ...va, inquiryRequestId: 'INQ-HAPPY-1' });
    expect(status.json()).toMatchObject({
      responseCode: '2002600',
      virtualAccountData: {
        paymentFlagStatus: '00',
        inquiryRequestId: 'INQ-HAPPY-1',
        paymentRequestId: 'INQ-HAPPY-1',
        paidAmount: { value: '1020000.00', currency: 'IDR' },
        additionalInfo: { ntpd: data.additionalInfo.ntpd },
      },
    });
    const unknown = await jatim.post('status', { ...va, paymentRequestId: 'NEVER-PAID' });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().responseCode).toBe('4042601');
    expect((await verifyLedger(t.db, '35.73')).ok).toBe(true);
  });

  it('an identical retry gets the original success and NTPD: same or new X-EXTERNAL-ID, with or without trxDateTime', async () => {
    const bill = await overdueBill();
    const body = {
      ...jatim.va(bill.billingCode),
      paymentRequestId: 'PAY-RETRY-1',
      paidAmount: { value: '1020000.00', currency: 'IDR' },
    };
    const first = await jatim.post('payment', body, { externalId: '1001' });
    const sameId = await jatim.post('payment', body, { externalId: '1001' });
    t.clock.advance(30_000);
    const later = await jatim.post('payment', { ...body, flagAdvise: 'Y' });
    t.clock.advance(-30_000);
    expect(first.json().responseCode).toBe('2002500');
    expect(sameId.json()).toEqual(first.json());
    expect(later.json().responseCode).toBe('2002500');
    expect(later.json().virtualAccountData.additionalInfo).toEqual(
      first.json().virtualAccountData.additionalInfo,
    );
    expect(await paymentsOf(bill.id)).toHaveLength(1);
  });

  it('concurrent identical retries post once and all get the same NTPD', async () => {
    const bill = await overdueBill();
    const answers = await Promise.all(
      Array.from({ length: 6 }, () => pay(jatim, bill.billingCode, 'PAY-STORM-1')),
    );
    expect(answers.map((a) => a.json().responseCode)).toEqual(Array(6).fill('2002500'));
    expect(new Set(answers.map((a) => a.json().virtualAccountData.additionalInfo.ntpd)).size).toBe(1);
    expect(await paymentsOf(bill.id)).toHaveLength(1);
  });

  it('a paymentRequestId already paid, sent again for another bill, is 4042518 and posts nothing', async () => {
    const one = await overdueBill();
    const two = await overdueBill();
    expect((await pay(jatim, one.billingCode, 'PAY-DUP-1')).json().responseCode).toBe('2002500');
    const again = await pay(jatim, two.billingCode, 'PAY-DUP-1');
    expect(again.statusCode).toBe(404);
    expect(again.json().responseCode).toBe('4042518');
    expect(await paymentsOf(two.id)).toHaveLength(0);
  });

  it('a second bank paying a paid bill gets 4042514, and an inquiry of it too', async () => {
    const bill = await overdueBill();
    expect((await pay(jatim, bill.billingCode, 'PAY-FIRST-1')).json().responseCode).toBe('2002500');
    const second = await pay(other, bill.billingCode, 'OTHER-SECOND-1');
    expect(second.statusCode).toBe(404);
    expect(second.json()).toMatchObject({ responseCode: '4042514', responseMessage: 'Paid Bill' });
    const inquiry = await other.post('inquiry', {
      ...other.va(bill.billingCode),
      inquiryRequestId: 'INQ-PAID',
    });
    expect(inquiry.json().responseCode).toBe('4042414');
    expect(await paymentsOf(bill.id)).toHaveLength(1);
  });

  it('an amount that is not the amount due is 4042513; a fraction of a rupiah too; neither posts', async () => {
    const bill = await overdueBill();
    const short = await pay(jatim, bill.billingCode, 'PAY-SHORT-1', '1000000.00');
    expect(short.json()).toMatchObject({ responseCode: '4042513', responseMessage: 'Invalid Amount' });
    const fraction = await pay(jatim, bill.billingCode, 'PAY-SEN-1', '10000.50');
    expect(fraction.statusCode).toBe(404);
    expect(fraction.json().responseCode).toBe('4042513');
    const total = await pay(jatim, bill.billingCode, 'PAY-TOTAL-1', '1020000.00', {
      totalAmount: { value: '1000000.00', currency: 'IDR' },
    });
    expect(total.json().responseCode).toBe('4042513');
    expect(await paymentsOf(bill.id)).toHaveLength(0);
  });

  it('malformed fields are 4002501 and missing ones 4002502, naming the field; nothing is posted', async () => {
    const bill = await overdueBill();
    const cases: [unknown, string, string][] = [
      ['10000', '4002501', 'Invalid Field Format paidAmount.value'],
      ['-1.00', '4002501', 'Invalid Field Format paidAmount.value'],
      ['1e30', '4002501', 'Invalid Field Format paidAmount.value'],
      [10000, '4002501', 'Invalid Field Format paidAmount.value'],
    ];
    for (const [value, code, message] of cases) {
      const res = await pay(jatim, bill.billingCode, `PAY-BAD-${String(value)}`, value as string);
      expect({ value, status: res.statusCode, body: res.json() }).toEqual({
        value,
        status: 400,
        body: { responseCode: code, responseMessage: message },
      });
    }
    const usd = await jatim.post('payment', {
      ...jatim.va(bill.billingCode),
      paymentRequestId: 'PAY-USD',
      paidAmount: { value: '1020000.00', currency: 'USD' },
    });
    expect(usd.json().responseMessage).toBe('Invalid Field Format paidAmount.currency');
    const missing = await jatim.post('payment', {
      ...jatim.va(bill.billingCode),
      paymentRequestId: 'PAY-NONE',
    });
    expect(missing.json()).toEqual({
      responseCode: '4002502',
      responseMessage: 'Invalid Mandatory Field paidAmount',
    });
    const spliced = await jatim.post('inquiry', {
      ...jatim.va(bill.billingCode),
      virtualAccountNo: `13573${bill.billingCode}`,
      inquiryRequestId: 'INQ-SPLICED',
    });
    expect(spliced.json().responseCode).toBe('4002401');
    const stale = await pay(jatim, bill.billingCode, 'PAY-OLD', '1020000.00', {
      trxDateTime: '2025-03-04T10:00:00+07:00',
    });
    expect(stale.json().responseMessage).toBe('Invalid Field Format trxDateTime');
    expect((await jatim.post('payment', {}, { raw: '{"partnerServiceId":' })).json().responseCode).toBe(
      '4002500',
    );
    const huge = await jatim.post(
      'inquiry',
      {},
      { raw: JSON.stringify({ customerNo: 'x'.repeat(5 << 20) }) },
    );
    expect({ status: huge.statusCode, code: huge.json().responseCode }).toEqual({
      status: 400,
      code: '4002400',
    });
    expect(await paymentsOf(bill.id)).toHaveLength(0);
  });

  it('another bank’s partnerServiceId, an unknown code or another region’s bill is 404xx12', async () => {
    const bill = await overdueBill();
    const bangka = await openBill(t.db, { regionId: '19.01' });
    const foreign = await jatim.post('inquiry', {
      ...other.va(bill.billingCode),
      inquiryRequestId: 'INQ-X1',
    });
    expect(foreign.json().responseCode).toBe('4042412');
    for (const code of ['3573019999999999', bangka.billingCode]) {
      const res = await jatim.post('inquiry', { ...jatim.va(code), inquiryRequestId: `INQ-${code}` });
      expect(res.json()).toEqual({
        responseCode: '4042412',
        responseMessage: 'Invalid Bill/Virtual Account',
      });
    }
    const payBangka = await pay(jatim, bangka.billingCode, 'PAY-BANGKA', '1250000.00');
    expect(payBangka.json().responseCode).toBe('4042512');
  });

  it('a payment whose paymentRequestId names an inquiry of another VA is refused (4002501)', async () => {
    const one = await overdueBill();
    const two = await overdueBill();
    await jatim.post('inquiry', { ...jatim.va(one.billingCode), inquiryRequestId: 'INQ-SWAP-1' });
    const res = await pay(jatim, two.billingCode, 'INQ-SWAP-1');
    expect(res.json()).toEqual({
      responseCode: '4002501',
      responseMessage: 'Invalid Field Format paymentRequestId',
    });
    expect(await paymentsOf(two.id)).toHaveLength(0);
  });
});

describe('SNAP: a payment reversed since', () => {
  // SNAP's VA services have no reversal of their own: the payment is reversed through the core, as the H2H API does.
  const reverse = async (billingCode: string, paymentRequestId: string) =>
    reversePayment(t.db, t.clock.now(), (await findPartner(t.db, 'BANKJATIM')) as Partner, {
      billingCode,
      bankReference: `snap:${paymentRequestId}`,
    });

  it('its retry is 4042504 Transaction Cancelled, not a success: flag 01, its NTPD marked reversed, the bill open', async () => {
    const bill = await overdueBill();
    const body = {
      ...jatim.va(bill.billingCode),
      paymentRequestId: 'PAY-REV-1',
      paidAmount: { value: '1020000.00', currency: 'IDR' },
      trxDateTime,
    };
    const first = await jatim.post('payment', body, { externalId: '7001' });
    expect(first.json().responseCode).toBe('2002500');
    const ntpd = first.json().virtualAccountData.additionalInfo.ntpd;
    expect(await reverse(bill.billingCode, 'PAY-REV-1')).toEqual({ kind: 'reversed' });

    const cancelled = {
      responseCode: '4042504',
      responseMessage: 'Transaction Cancelled',
      virtualAccountData: {
        paymentFlagStatus: '01',
        paymentFlagReason: { english: 'Reversed', indonesia: 'Dibatalkan' },
        ...jatim.va(bill.billingCode),
        paymentRequestId: 'PAY-REV-1',
        paidAmount: { value: '1020000.00', currency: 'IDR' },
        trxDateTime,
        additionalInfo: { ntpd, billingCode: bill.billingCode, status: 'reversed', billOpen: true },
      },
    };
    const retry = await jatim.post('payment', body);
    expect(retry.statusCode).toBe(404);
    expect(retry.json()).toEqual(cancelled);
    // Under the X-EXTERNAL-ID whose stored answer was the success, too.
    expect((await jatim.post('payment', body, { externalId: '7001' })).json()).toEqual(cancelled);
    // Without trxDateTime a retry is paid "now": later, it is still the same payment, still reversed.
    t.clock.advance(30_000);
    try {
      const { trxDateTime: _, ...undated } = body;
      expect((await jatim.post('payment', undated)).json()).toEqual(cancelled);
    } finally {
      t.clock.advance(-30_000);
    }
    expect(await paymentsOf(bill.id)).toHaveLength(1);
    const [state] = await t.db.query<{ status: string }>(
      `SELECT status FROM bill WHERE region_id = '35.73' AND id = $1`,
      [bill.id],
    );
    expect(state?.status).toBe('open');
  });

  it('its status says reversed (flag 01), also when asked again under the X-EXTERNAL-ID that was answered paid', async () => {
    const bill = await overdueBill();
    expect((await pay(jatim, bill.billingCode, 'PAY-REV-2')).json().responseCode).toBe('2002500');
    const ask = { ...jatim.va(bill.billingCode), paymentRequestId: 'PAY-REV-2' };
    const before = await jatim.post('status', ask, { externalId: '7101' });
    expect(before.json().virtualAccountData.paymentFlagStatus).toBe('00');
    await reverse(bill.billingCode, 'PAY-REV-2');
    for (const externalId of ['7101', '7102']) {
      const after = await jatim.post('status', ask, { externalId });
      expect(after.json()).toMatchObject({
        responseCode: '2002600',
        virtualAccountData: { paymentFlagStatus: '01', paymentFlagReason: { english: 'Reversed' } },
      });
    }
  });
});

describe('SNAP authentication and X-EXTERNAL-ID', () => {
  it('an expired token is 4012401 (Invalid Token); a new token works', async () => {
    const bill = await overdueBill();
    const bank = await new SnapBank(
      t.app,
      t.clock,
      'BANKJATIM',
      'bankjatim-demo-secret',
      DEMO_PRIVATE_KEY,
      '   13573',
    ).login();
    const body = { ...bank.va(bill.billingCode), inquiryRequestId: 'INQ-EXPIRY' };
    t.clock.advance(901_000);
    try {
      const expired = await bank.post('inquiry', body);
      expect(expired.statusCode).toBe(401);
      expect(expired.json()).toEqual({ responseCode: '4012401', responseMessage: 'Invalid Token (B2B)' });
      await bank.login();
      expect((await bank.post('inquiry', body)).json().responseCode).toBe('2002400');
    } finally {
      t.clock.advance(-901_000);
      // Issuing at the later time cleared the partner's tokens expired by then, the shared one included.
      await jatim.login();
    }
  });

  it('a made-up token, another partner’s token, a wrong signature or a stale timestamp is refused; nothing posted', async () => {
    const bill = await overdueBill();
    const body = {
      ...jatim.va(bill.billingCode),
      paymentRequestId: 'PAY-AUTH-1',
      paidAmount: { value: '1020000.00', currency: 'IDR' },
    };
    const madeUp = await jatim.post('payment', body, { token: 'x'.repeat(43) });
    expect(madeUp.json().responseCode).toBe('4012501');
    const borrowed = await jatim.post('payment', body, { token: other.token });
    expect(borrowed.json().responseCode).toBe('4012501');
    const wrongSecret = await jatim.post('payment', body, { secret: 'guessed-secret' });
    expect(wrongSecret.json()).toEqual({
      responseCode: '4012500',
      responseMessage: 'Unauthorized. Signature',
    });
    const stale = await jatim.post('payment', body, { timestamp: '2025-03-11T09:54:00+07:00' });
    expect(stale.json().responseCode).toBe('4012500');
    const missing = await jatim.post('payment', body, { headers: { 'channel-id': '' } });
    expect(missing.json()).toEqual({
      responseCode: '4002502',
      responseMessage: 'Invalid Mandatory Field CHANNEL-ID',
    });
    const letters = await jatim.post('payment', body, { externalId: 'EXT-ABC' });
    expect(letters.json().responseCode).toBe('4002501');
    expect(await paymentsOf(bill.id)).toHaveLength(0);
  });

  it('the signature covers the minified body: reformatting is fine, a changed value is not', async () => {
    const bill = await overdueBill();
    const body = { ...jatim.va(bill.billingCode), inquiryRequestId: 'INQ-PRETTY' };
    const pretty = await jatim.post('inquiry', body, { raw: JSON.stringify(body, null, 2) });
    expect(pretty.json().responseCode).toBe('2002400');
    const raw = JSON.stringify(body);
    const { signTransaction } = await import('../src/payments/snap/snap-signature');
    const timestamp = '2025-03-11T10:00:00+07:00';
    const path = '/snap/v1.0/transfer-va/inquiry';
    const tampered = await t.app.inject({
      method: 'POST',
      url: path,
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${jatim.token}`,
        'x-timestamp': timestamp,
        'x-signature': signTransaction('bankjatim-demo-secret', 'POST', path, jatim.token, raw, timestamp),
        'x-partner-id': 'BANKJATIM',
        'x-external-id': numericId(),
        'channel-id': '95221',
      },
      payload: raw.replace('INQ-PRETTY', 'INQ-PRETTZ'),
    });
    expect(tampered.json().responseCode).toBe('4012400');
  });

  it('an X-EXTERNAL-ID reused the same day: the same request gets the stored answer, another one 4092500', async () => {
    const one = await overdueBill();
    const two = await overdueBill();
    const inquiry = { ...jatim.va(one.billingCode), inquiryRequestId: 'INQ-EXT-1' };
    const first = await jatim.post('inquiry', inquiry, { externalId: '424242' });
    const repeat = await jatim.post('inquiry', inquiry, { externalId: '424242' });
    expect(repeat.json()).toEqual(first.json());
    const reused = await jatim.post(
      'payment',
      {
        ...jatim.va(two.billingCode),
        paymentRequestId: 'PAY-EXT-1',
        paidAmount: { value: '1020000.00', currency: 'IDR' },
      },
      { externalId: '424242' },
    );
    expect(reused.statusCode).toBe(409);
    expect(reused.json()).toMatchObject({
      responseCode: '4092500',
      responseMessage: expect.stringMatching(/^Conflict/),
    });
    expect(await paymentsOf(two.id)).toHaveLength(0);
  });

  it('every authenticated SNAP request is in the bank request log, and the first refused one of an address', async () => {
    const bill = await overdueBill();
    const before = await t.db.query<{ id: number }>('SELECT max(id)::int8 AS id FROM bank_request');
    await jatim.post('inquiry', { ...jatim.va(bill.billingCode), inquiryRequestId: 'INQ-LOG' });
    await jatim.post(
      'inquiry',
      { ...jatim.va(bill.billingCode), inquiryRequestId: 'INQ-LOG' },
      { secret: 'no', remoteAddress: '192.0.2.51' },
    );
    await jatim.requestToken({ headers: { 'x-signature': 'AAAA' }, remoteAddress: '192.0.2.52' });
    const rows = await t.db.query<{ operation: string; responseCode: string; authenticated: boolean }>(
      `SELECT operation, response_code AS "responseCode", authenticated FROM bank_request WHERE id > $1 ORDER BY id`,
      [before[0]?.id ?? 0],
    );
    expect(rows).toEqual([
      { operation: 'snap-inquiry', responseCode: '2002400', authenticated: true },
      { operation: 'snap-inquiry', responseCode: '4012400', authenticated: false },
      { operation: 'snap-access-token', responseCode: '4017300', authenticated: false },
    ]);
  });
});

describe('SNAP and H2H share one posting path', () => {
  it('the same bill paid over H2H and SNAP at the same moment is paid exactly once', async () => {
    for (let round = 0; round < 3; round++) {
      const bill = await overdueBill();
      const [viaH2h, viaSnap] = await Promise.all([
        h2h.post('payment', {
          billingCode: bill.billingCode,
          amount: 1_020_000,
          bankReference: `H2H-RACE-${round}`,
          paidAt: trxDateTime,
        }),
        pay(jatim, bill.billingCode, `SNAP-RACE-${round}`),
      ]);
      const codes = [viaH2h.json().responseCode, viaSnap.json().responseCode];
      expect([
        ['00', '4042514'],
        ['13', '2002500'],
      ]).toContainEqual(codes);
      expect(await paymentsOf(bill.id)).toHaveLength(1);
    }
    expect((await verifyLedger(t.db, '35.73')).ok).toBe(true);
  });

  it('a bill paid over SNAP answers "already paid" (13) to an H2H payment', async () => {
    const bill = await overdueBill();
    await pay(jatim, bill.billingCode, 'SNAP-THEN-H2H');
    const res = await h2h.post('payment', {
      billingCode: bill.billingCode,
      amount: 1_020_000,
      bankReference: 'H2H-AFTER-SNAP',
      paidAt: trxDateTime,
    });
    expect(res.json().responseCode).toBe('13');
  });

  it('a bank calling both APIs has one rate limit: spent over H2H, its SNAP inquiry is 4292400 (HTTP 429)', async () => {
    // A new bank, which no cached lookup predates, allowed 3 requests a second.
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    await addPartner(t.db, t.clock.now(), {
      partnerId: 'BANK-BOTH-APIS',
      regionId: '35.73',
      name: 'Bank of both APIs',
      channel: 'bank_both',
      secret: 'both-secret',
      snapPublicKey: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      vaPrefix: '   77766',
      requestsPerSecond: 3,
    });
    const snap = await new SnapBank(
      t.app,
      t.clock,
      'BANK-BOTH-APIS',
      'both-secret',
      privateKey,
      '   77766',
    ).login();
    const bill = await overdueBill();
    const overH2h = new Bank(t.app, t.clock, 'BANK-BOTH-APIS', 'both-secret');
    const codes: string[] = [];
    while (codes.at(-1) !== '65' && codes.length < 10) {
      codes.push((await overH2h.post('inquiry', { billingCode: '1' })).json().responseCode);
    }
    expect(codes.at(-1)).toBe('65');
    const inquiry = await snap.post('inquiry', {
      ...snap.va(bill.billingCode),
      inquiryRequestId: 'INQ-RATE',
    });
    expect(inquiry.statusCode).toBe(429);
    expect(inquiry.json().responseCode).toBe('4292400');
  });
});
