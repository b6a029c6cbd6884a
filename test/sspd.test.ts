import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../src/documents/verification';
import { THERMAL_58MM_WIDTH } from '../src/payments/receipts/sspd-58mm-pdf';
import { formatBillingCode } from '../src/receivables/rules/billing-code';
import { Bank, openBill } from './support/bank';
import { DOCUMENTS } from './support/documents';
import { pageSizes, pdfText } from './support/pdf';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The SSPD: a payment's proof, for staff and for the taxpayer whose bill it paid, as an A4 page or a 58 mm
 * counter slip, with the verification QR. The clock stands at 11 March 2025, 10:00 WIB.
 */

let t: TestApp;
let jatim: Bank;
let wp: Agent;
let officer: Agent;
const paidAt = '2025-03-11T09:30:00+07:00';
const own = { billId: 0, billingCode: '', paymentId: 0, ntpd: '' };
const others = { paymentId: 0 };
const bangka = { paymentId: 0 };

async function pay(bank: Bank, billingCode: string, amount: number, bankReference: string) {
  const res = await bank.post('payment', { billingCode, amount, bankReference, paidAt });
  expect(res.json().responseCode).toBe('00');
  const [row] = await t.db.query<{ id: number; ntpd: string }>(
    'SELECT id, ntpd FROM payment WHERE partner_id = $1 AND bank_reference = $2',
    [bank.partnerId, bankReference],
  );
  return row as { id: number; ntpd: string };
}

beforeAll(async () => {
  t = await startTestApp();
  jatim = new Bank(t.app, t.clock, 'BANKJATIM', 'bankjatim-demo-secret');
  const mine = await openBill(t.db, {
    principal: 1_250_000,
    dueDate: '2025-03-15',
    ownerEmail: 'wp@malang.demo',
  });
  const paid = await pay(jatim, mine.billingCode, 1_250_000, 'JTM-SSPD-1');
  Object.assign(own, { billId: mine.id, billingCode: mine.billingCode, paymentId: paid.id, ntpd: paid.ntpd });
  const theirs = await openBill(t.db, { principal: 700_000, dueDate: '2025-03-15' });
  others.paymentId = (await pay(jatim, theirs.billingCode, 700_000, 'JTM-SSPD-2')).id;
  const sumsel = new Bank(t.app, t.clock, 'BANKSUMSELBABEL', 'sumselbabel-demo-secret');
  const parai = await openBill(t.db, { regionId: '19.01', principal: 900_000, dueDate: '2025-03-15' });
  bangka.paymentId = (await pay(sumsel, parai.billingCode, 900_000, 'SSB-SSPD-1')).id;
  wp = await signedIn(t.app, 'wp@malang.demo');
  officer = await signedIn(t.app, 'petugas@malang.demo');
});
afterAll(() => t.close());

const sspdUrl = (paymentId: number, layout?: string, regionId = '35.73') =>
  `/api/v1/regions/${regionId}/payments/${paymentId}/sspd.pdf${layout ? `?layout=${layout}` : ''}`;
const flat = (text: string) => text.replace(/\s+/g, ' ');

describe('the payments list', () => {
  it('shows a taxpayer the payments of their own bills only, and staff every payment by bill or day', async () => {
    const mine = (await wp.get('/api/v1/regions/35.73/payments')).json().items;
    expect(mine.map((p: { id: number }) => p.id)).toEqual([own.paymentId]);
    expect(mine[0]).toMatchObject({
      ntpd: own.ntpd,
      billingCode: own.billingCode,
      partnerId: 'BANKJATIM',
      partnerName: 'Bank Jatim',
      bankReference: 'JTM-SSPD-1',
      principal: 1_250_000,
      penalty: 0,
      amount: 1_250_000,
      day: '2025-03-11',
      reversedAt: null,
      depositNumber: null,
    });
    const byBill = (await officer.get(`/api/v1/regions/35.73/payments?billId=${own.billId}`)).json().items;
    expect(byBill.map((p: { id: number }) => p.id)).toEqual([own.paymentId]);
    const byDay = (
      await officer.get('/api/v1/regions/35.73/payments?day=2025-03-11&partnerId=BANKJATIM')
    ).json();
    expect(byDay.items.map((p: { id: number }) => p.id).sort()).toEqual(
      [own.paymentId, others.paymentId].sort(),
    );
  });
});

describe('the SSPD PDF', () => {
  it('prints for its owner on A4: NTPD, kode bayar, taxpayer, amounts in words, bank, time and the QR link', async () => {
    const res = await wp.get(sspdUrl(own.paymentId));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`inline; filename="sspd-${own.ntpd}.pdf"`);
    const pdf = res.rawPayload;
    expect(pageSizes(pdf)).toEqual([{ width: 595.28, height: 841.89 }]);
    const text = flat(pdfText(pdf));
    const code = verificationCode(t.secrets.document, DOCUMENTS.kind('payment'), '35.73', own.paymentId);
    for (const expected of [
      'PEMERINTAH KOTA MALANG',
      'SURAT SETORAN PAJAK DAERAH',
      `NTPD ${own.ntpd}`,
      formatBillingCode(own.billingCode),
      'Tini Rahayu',
      'Warung Bu Tini',
      'PBJT Makanan dan/atau Minuman',
      'Januari 2025',
      'Bank Jatim',
      'JTM-SSPD-1',
      '11 Maret 2025 pukul 09.30 WIB',
      'Jumlah yang dibayar Rp 1.250.000',
      'Terbilang: Satu juta dua ratus lima puluh ribu rupiah',
      `/verify/${code}`,
    ]) {
      expect(text).toContain(expected);
    }
    expect(text).not.toContain('DIBATALKAN');
  });

  it('prints a 58 mm counter slip: one page 164 points wide, as long as its content, with the same facts', async () => {
    const res = await officer.get(sspdUrl(own.paymentId, '58mm'));
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toBe(`inline; filename="sspd-${own.ntpd}-58mm.pdf"`);
    const [page, ...more] = pageSizes(res.rawPayload);
    expect(more).toEqual([]);
    expect(page?.width).toBe(THERMAL_58MM_WIDTH);
    expect(page?.width).toBeCloseTo((58 / 25.4) * 72, 1);
    expect(page?.height).toBeGreaterThan(400);
    expect(page?.height).toBeLessThan(1200);
    const text = flat(pdfText(res.rawPayload));
    for (const expected of [
      'SSPD',
      own.ntpd,
      formatBillingCode(own.billingCode),
      'Tini Rahayu',
      'Rp 1.250.000',
      'Satu juta dua ratus lima puluh ribu rupiah',
      verificationCode(t.secrets.document, DOCUMENTS.kind('payment'), '35.73', own.paymentId),
    ]) {
      expect(text).toContain(expected);
    }
  });

  it('is 404 for another taxpayer’s payment, for a payment of another region, and for another region', async () => {
    for (const [agent, url] of [
      [wp, sspdUrl(others.paymentId)],
      [officer, sspdUrl(bangka.paymentId)],
      [officer, sspdUrl(999_999)],
    ] as const) {
      const res = await agent.get(url);
      expect({ url, status: res.statusCode, code: res.json().code }).toEqual({
        url,
        status: 404,
        code: 'PAYMENT_NOT_FOUND',
      });
    }
    const bangkaTaxpayer = await signedIn(t.app, 'wp@bangka.demo');
    const res = await bangkaTaxpayer.get(sspdUrl(own.paymentId));
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe('REGION_NOT_FOUND');
  });

  it('refuses a bank partner’s account and an unknown layout', async () => {
    const bankUser = await signedIn(t.app, 'bank@malang.demo');
    expect((await bankUser.get(sspdUrl(own.paymentId))).json().code).toBe('FORBIDDEN_ROLE');
    const res = await wp.get(sspdUrl(own.paymentId, 'a5'));
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('VALIDATION_FAILED');
  });
});

describe('the SSPD’s verify page', () => {
  it('says the SSPD is genuine and the payment received, then, once the bank reverses it, that it proves nothing', async () => {
    const bill = await openBill(t.db, {
      principal: 400_000,
      dueDate: '2025-03-15',
      ownerEmail: 'wp@malang.demo',
    });
    const paid = await pay(jatim, bill.billingCode, 400_000, 'JTM-SSPD-REV');
    const code = verificationCode(t.secrets.document, DOCUMENTS.kind('payment'), '35.73', paid.id);
    const before = await t.app.inject({ method: 'GET', url: `/verify/${code}` });
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('Dokumen ASLI');
    expect(before.body).toContain('SURAT SETORAN PAJAK DAERAH (SSPD)');
    expect(before.body).toContain('Pembayaran diterima');
    expect(before.body).toContain('JTM-SSPD-REV');
    expect(before.body).toContain('Rp 400.000');

    const reversal = await jatim.post('reversal', {
      billingCode: bill.billingCode,
      bankReference: 'JTM-SSPD-REV',
    });
    expect(reversal.json().responseCode).toBe('00');
    const json = await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}` });
    expect(json.json()).toMatchObject({
      kind: 'payment',
      genuine: true,
      current: false,
      status: 'reversed',
      reference: `NTPD ${paid.ntpd}`,
      taxpayer: { name: 'Tini Rahayu' },
      payment: { amount: 400_000, bank: 'Bank Jatim', bankReference: 'JTM-SSPD-REV', depositNumber: null },
    });
    const after = await t.app.inject({ method: 'GET', url: `/verify/${code}` });
    expect(after.body).toContain('Pembayaran dibatalkan oleh bank');
    expect(after.body).toContain('bukan bukti pembayaran');
    const slip = flat(pdfText((await wp.get(sspdUrl(paid.id, '58mm'))).rawPayload));
    expect(slip).toContain('DIBATALKAN');
    const page = flat(pdfText((await wp.get(sspdUrl(paid.id))).rawPayload));
    expect(page).toContain('SSPD ini tidak berlaku sebagai bukti pembayaran');
  });
});
