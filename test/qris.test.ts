import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crc16CcittFalse } from '../src/payments/qris/crc16';
import { decodeTlv, tlvTemplate, tlvValue } from '../src/payments/qris/emv-tlv';
import { VECTOR_A, VECTOR_C } from '../src/payments/qris/test-vectors';
import { billLines } from '../src/receivables/bills/bill-lines';
import { payBill } from '../src/receivables/bills/pay-bill';
import { issueTaxBill } from '../src/tax/tax-bills';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * QRIS through the API: the region's static string (the demo seeds Kota Malang's, Kabupaten Bangka has none) and
 * the dynamic QRIS of a bill. The test clock stands at 11 March 2025, 10:00 WIB.
 */

const MALANG = '/api/v1/regions/35.73';
const BANGKA = '/api/v1/regions/19.01';

let t: TestApp;
let admin: Agent;
const bills = { own: 0, ownCode: '', othersOpen: 0, paid: 0, bangka: 0 };

/** A submitted SPTPD of the object for `period` and its bill, written straight to the tables. */
async function bill(
  regionId: string,
  who: { taxpayerId: number; objectId: number },
  o: { period: string; principal: number; dueDate: string; issueDay: string },
) {
  const at = new Date(`${o.issueDay}T09:00:00+07:00`);
  const [filed] = await t.db.query<{ id: number }>(
    `INSERT INTO tax_return (region_id, object_id, taxpayer_id, tax_code, period, gross, rate_ppm, tax, status,
                             due_date, created_at, submitted_at)
     VALUES ($1, $2, $3, 'pbjt_makanan_minuman', $4, $5, 100000, $6, 'submitted', $7, $8, $8) RETURNING id`,
    [regionId, who.objectId, who.taxpayerId, o.period, o.principal * 10, o.principal, o.dueDate, at],
  );
  return t.db.transaction((tx) =>
    issueTaxBill(tx, at, {
      regionId,
      taxpayerId: who.taxpayerId,
      objectId: who.objectId,
      taxCode: 'pbjt_makanan_minuman',
      period: o.period,
      returnId: filed?.id,
      lines: billLines(
        { regionId, taxCode: 'pbjt_makanan_minuman', opsenInterestTo: 'province' },
        { tax: o.principal },
      ),
      dueDate: o.dueDate,
      accruesInterest: true,
      issueDay: o.issueDay,
      memo: `SPTPD ${o.period}`,
      actorId: null,
    }),
  );
}

beforeAll(async () => {
  t = await startTestApp();
  admin = await signedIn(t.app, 'admin@malang.demo');
  const tini = await restaurantFixture(t.db, { ownerEmail: 'wp@malang.demo' });
  const other = await restaurantFixture(t.db, { name: 'Depot Lain' });
  // Overdue since 31 January: on 11 March two started months of interest are due with the principal.
  const own = await bill('35.73', tini, {
    period: '2024-12',
    principal: 1_234_567,
    dueDate: '2025-01-31',
    issueDay: '2025-01-10',
  });
  bills.own = own.id;
  bills.ownCode = own.billingCode;
  bills.othersOpen = (
    await bill('35.73', other, {
      period: '2025-02',
      principal: 500_000,
      dueDate: '2025-03-31',
      issueDay: '2025-03-01',
    })
  ).id;
  const paid = await bill('35.73', tini, {
    period: '2025-01',
    principal: 200_000,
    dueDate: '2025-02-28',
    issueDay: '2025-02-01',
  });
  bills.paid = paid.id;
  await t.db.transaction((tx) =>
    payBill(tx, new Date('2025-02-10T10:00:00+07:00'), {
      regionId: '35.73',
      billId: paid.id,
      amount: 200_000,
      day: '2025-02-10',
      channel: 'bank_jatim',
      actorId: null,
      memo: 'test',
    }),
  );
  const parai = await restaurantFixture(t.db, { regionId: '19.01', name: 'Penginapan Parai' });
  bills.bangka = (
    await bill('19.01', parai, {
      period: '2025-02',
      principal: 750_000,
      dueDate: '2025-03-31',
      issueDay: '2025-03-01',
    })
  ).id;
});
afterAll(() => t.close());

describe('the region’s static QRIS', () => {
  it('the demo configures Kota Malang’s: Bapenda at Bank Jatim, MCC 9311 (tax payments)', async () => {
    const res = await admin.get(`${MALANG}/payments/qris`);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      guid: 'ID.CO.BANKJATIM.WWW',
      merchantName: 'BAPENDA KOTA MALANG',
      merchantCity: 'MALANG',
      mcc: '9311',
      currency: '360',
      countryCode: 'ID',
    });
    expect(res.json().nmid).toMatch(/^ID\d{13}$/);
  });

  it('Bapenda staff read it; a taxpayer may not', async () => {
    for (const email of ['petugas@malang.demo', 'bendahara@malang.demo', 'auditor@malang.demo']) {
      const staff = await signedIn(t.app, email);
      expect((await staff.get(`${MALANG}/payments/qris`)).statusCode, email).toBe(200);
    }
    const wp = await signedIn(t.app, 'wp@malang.demo');
    const res = await wp.get(`${MALANG}/payments/qris`);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN_ROLE');
  });

  it('a region without one answers 404 QRIS_NOT_CONFIGURED', async () => {
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    const res = await bangka.get(`${BANGKA}/payments/qris`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('QRIS_NOT_CONFIGURED');
  });

  it('the administrator replaces it with a valid static string, read back and audited', async () => {
    const before = (await admin.get(`${MALANG}/payments/qris`)).json();
    const res = await admin.put(`${MALANG}/payments/qris`, { payload: `${VECTOR_A}\n` });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      payload: VECTOR_A,
      guid: 'ID.DANA.WWW',
      merchantPan: '936009153030232517',
      nmid: 'ID1026529448957',
      merchantName: 'Raol Mukarrozi',
      merchantCity: 'Kota Banjar Bar',
      mcc: '7372',
    });
    expect((await admin.get(`${MALANG}/payments/qris`)).json().payload).toBe(VECTOR_A);
    const audit = await admin.get(`${MALANG}/audit?action=qris.configure&limit=1`);
    const [entry] = audit.json().entries;
    expect(entry).toMatchObject({ actor: 'admin@malang.demo', entity: 'qris_merchant', entityId: '35.73' });
    expect(entry.before.payload).toBe(before.payload);
    expect(entry.after.payload).toBe(VECTOR_A);
    // Put the demo's back for the bill tests below.
    expect((await admin.put(`${MALANG}/payments/qris`, { payload: before.payload })).statusCode).toBe(200);
  });

  it.each([
    ['a dynamic string', VECTOR_C, 'DYNAMIC', 'QRIS dinamis', 'dynamic QRIS'],
    [
      'a corrupted string (one character changed)',
      VECTOR_A.replace('Raol', 'Raul'),
      'CRC_MISMATCH',
      'CRC tidak cocok',
      'The CRC does not match',
    ],
    ['a cut-off string', VECTOR_A.slice(0, 100), 'TLV_PAST_END', 'melewati akhir', 'runs past the end'],
  ])(
    'refuses %s with 422 QRIS_INVALID, the reason in both languages, and stores nothing',
    async (_, payload, reason, id, en) => {
      const before = (await admin.get(`${MALANG}/payments/qris`)).json();
      const res = await admin.put(`${MALANG}/payments/qris`, { payload });
      expect(res.statusCode).toBe(422);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.json()).toMatchObject({
        code: 'QRIS_INVALID',
        errors: [{ field: 'payload', message: reason }],
      });
      expect(res.json().detail).toContain(id);
      const english = await admin.put(
        `${MALANG}/payments/qris`,
        { payload },
        { headers: { 'accept-language': 'en' } },
      );
      expect(english.json().detail).toContain(en);
      expect((await admin.get(`${MALANG}/payments/qris`)).json()).toEqual(before);
    },
  );

  it('refuses an empty or over-long body as a validation error', async () => {
    for (const payload of ['', '   ', 'x'.repeat(513)]) {
      const res = await admin.put(`${MALANG}/payments/qris`, { payload });
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe('VALIDATION_FAILED');
    }
  });

  it('only the region’s administrator sets it', async () => {
    for (const email of [
      'petugas@malang.demo',
      'supervisor@malang.demo',
      'wp@malang.demo',
      'bank@malang.demo',
    ]) {
      const user = await signedIn(t.app, email);
      const res = await user.put(`${MALANG}/payments/qris`, { payload: VECTOR_A });
      expect(res.statusCode, email).toBe(403);
      expect(res.json().code).toBe('FORBIDDEN_ROLE');
    }
    expect((await admin.get(`${MALANG}/payments/qris`)).json().merchantName).toBe('BAPENDA KOTA MALANG');
  });
});

describe('the dynamic QRIS of a bill', () => {
  it('a taxpayer gets their open bill’s: valid CRC, tag 54 = today’s total, tag 62/01 = the billing code', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    const res = await wp.get(`${MALANG}/bills/${bills.own}/qris`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    const shown = (await wp.get(`${MALANG}/bills/${bills.own}`)).json();
    expect(shown.amountDue.penalty).toBeGreaterThan(0);
    expect(body).toMatchObject({
      amount: shown.amountDue.total,
      billingCode: bills.ownCode,
      validUntil: shown.amountDue.validUntil,
    });
    const payload: string = body.payload;
    expect(crc16CcittFalse(payload.slice(0, -4))).toBe(payload.slice(-4));
    const decoded = decodeTlv(payload);
    if (!decoded.ok) throw new Error('the dynamic QRIS does not decode');
    expect(tlvValue(decoded.elements, '01')).toBe('12');
    expect(tlvValue(decoded.elements, '54')).toBe(String(shown.amountDue.total));
    expect(tlvValue(tlvTemplate(decoded.elements, '62') ?? [], '01')).toBe(bills.ownCode);
    expect(tlvValue(decoded.elements, '59')).toBe('BAPENDA KOTA MALANG');
    expect(body.image).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(Buffer.from(body.image.split(',')[1], 'base64').toString()).toContain('<svg');
  });

  it('Bapenda staff get any bill’s', async () => {
    const petugas = await signedIn(t.app, 'petugas@malang.demo');
    expect((await petugas.get(`${MALANG}/bills/${bills.othersOpen}/qris`)).statusCode).toBe(200);
  });

  it('a taxpayer gets 404 for someone else’s bill', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    const res = await wp.get(`${MALANG}/bills/${bills.othersOpen}/qris`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('BILL_NOT_FOUND');
  });

  it('a paid bill has nothing to pay: 409 BILL_NOT_OPEN', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    const res = await wp.get(`${MALANG}/bills/${bills.paid}/qris`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('BILL_NOT_OPEN');
  });

  it('in a region without QRIS: 404 QRIS_NOT_CONFIGURED', async () => {
    const petugas = await signedIn(t.app, 'petugas@bangka.demo');
    const res = await petugas.get(`${BANGKA}/bills/${bills.bangka}/qris`);
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('QRIS_NOT_CONFIGURED');
  });

  it('another region’s user gets 404, as if the region did not exist', async () => {
    const bangka = await signedIn(t.app, 'admin@bangka.demo');
    for (const url of [`${MALANG}/bills/${bills.own}/qris`, `${MALANG}/payments/qris`]) {
      const res = await bangka.get(url);
      expect(res.statusCode).toBe(404);
      expect(res.json().code).toBe('REGION_NOT_FOUND');
    }
    const put = await bangka.put(`${MALANG}/payments/qris`, { payload: VECTOR_A });
    expect(put.statusCode).toBe(404);
  });
});

describe('a citizen pays a bill by QRIS (demo sandbox acquirer)', () => {
  it('showing the QRIS expects the payment; paying posts it through the signed notification, once', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    const shown = (await wp.get(`${MALANG}/bills/${bills.own}/qris`)).json();
    const [expected] = await t.db.query<{ state: string; amount: number; partnerId: string }>(
      `SELECT state, amount, partner_id AS "partnerId" FROM payment_intent WHERE region_id = '35.73' AND bill_id = $1`,
      [bills.own],
    );
    expect(expected).toEqual({ state: 'pending', amount: shown.amount, partnerId: 'QRIS-BANKJATIM' });

    const paid = await wp.post(`${MALANG}/bills/${bills.own}/qris/simulate-payment`, {});
    expect(paid.statusCode).toBe(200);
    expect(paid.json()).toMatchObject({ responseCode: '00' });
    expect(paid.json().ntpd).toMatch(/^3573250311\d{8}$/);
    const bill = (await wp.get(`${MALANG}/bills/${bills.own}`)).json();
    expect(bill.status).toBe('paid');
    const intents = await t.db.query<{ state: string }>(
      `SELECT state FROM payment_intent WHERE region_id = '35.73' AND bill_id = $1`,
      [bills.own],
    );
    expect(intents).toEqual([{ state: 'paid' }]);
    const [notified] = await t.db.query<{ responseCode: string; partnerId: string }>(
      `SELECT response_code AS "responseCode", partner_id AS "partnerId" FROM bank_request
       WHERE operation = 'qris/notify' ORDER BY id DESC LIMIT 1`,
    );
    expect(notified).toEqual({ responseCode: '00', partnerId: 'QRIS-BANKJATIM' });
    const again = await wp.post(`${MALANG}/bills/${bills.own}/qris/simulate-payment`, {});
    expect(again.json().code).toBe('BILL_NOT_OPEN');
  });

  it('a taxpayer cannot pay someone else’s bill through the simulator', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    const res = await wp.post(`${MALANG}/bills/${bills.othersOpen}/qris/simulate-payment`, {});
    expect(res.statusCode).toBe(404);
  });
});
