import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../src/documents/verification';
import { payDemoBill } from '../src/payments/pay-demo-bill';
import { readAuditChain, verifyChain } from '../src/platform/audit';
import { DOCUMENTS } from './support/documents';
import { type Billed, billedObject } from './support/list-fixtures';
import { pdfText } from './support/pdf';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/*
 * Collection as tracked work: Surat Teguran, its deadline, Surat Paksa; the worklist by stage; what the letters brought
 * in; refusals; tenancy. The clock stands at 11 March 2025, 10:00 WIB; the region has the national defaults (teguran
 * 7 days after the due date, surat paksa after the teguran's 7 days).
 */
const R = '/api/v1/regions/35.73';
let t: TestApp;
let petugas: Agent;
let late: Billed; // due 10 Feb 2025: due for a teguran since 17 Feb
let recent: Billed; // due 8 Mar 2025: too early for a teguran
let paid: Billed;

beforeAll(async () => {
  t = await startTestApp();
  late = await billedObject(t.db, {
    name: 'Rumah Makan Sido Mampir',
    objectName: 'RM Sido Mampir Blimbing',
    principal: 2_000_000,
    dueDate: '2025-02-10',
    period: '2025-01',
  });
  recent = await billedObject(t.db, {
    name: 'Depot Bu Har',
    objectName: 'Depot Bu Har Klojen',
    principal: 750_000,
    dueDate: '2025-03-08',
    period: '2025-02',
  });
  paid = await billedObject(t.db, {
    name: 'Kafe Tugu Senja',
    objectName: 'Kafe Tugu Senja',
    principal: 1_000_000,
    dueDate: '2025-01-10',
    period: '2024-12',
  });
  petugas = await signedIn(t.app, 'petugas@malang.demo');
}, 120_000);
afterAll(() => t.close());

/** Moves the clock, and signs the officer in again (a session ends after hours idle). */
async function at(iso: string) {
  t.clock.set(new Date(iso));
  petugas = await signedIn(t.app, 'petugas@malang.demo');
}

describe('a Surat Teguran, its deadline, then a Surat Paksa', () => {
  it('the officer issues a teguran dated today, priced today: 1 month late on Rp 2.000.000 is Rp 20.000 interest', async () => {
    await at('2025-03-11T10:00:00+07:00');
    const res = await petugas.post(`${R}/collection/bills/${late.billId}/teguran`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'teguran',
      number: 'ST/2025/000001',
      issuedOn: '2025-03-11',
      deadline: '2025-03-18',
      principal: 2_000_000,
      interest: 40_000,
      total: 2_040_000,
      signerName: 'Handayani, Kepala Bapenda Kota Malang',
    });
  });

  it('refuses a surat paksa while the teguran’s 7 days run, in both languages', async () => {
    await at('2025-03-18T16:00:00+07:00');
    const res = await petugas.post(
      `${R}/collection/bills/${late.billId}/surat-paksa`,
      {},
      {
        headers: { 'accept-language': 'en' },
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('PAKSA_BEFORE_DEADLINE');
    expect(res.json().detail).toContain('until 18 March 2025');
    expect(res.json().detail).toContain('from 19 March 2025');
    const id = await petugas.post(
      `${R}/collection/bills/${late.billId}/surat-paksa`,
      {},
      {
        headers: { 'accept-language': 'id' },
      },
    );
    expect(id.json().detail).toContain('19 Maret 2025');
  });

  it('the worklist shows it as teguran issued, then due for a surat paksa the day after its deadline', async () => {
    await at('2025-03-18T16:00:00+07:00');
    let w = (await petugas.get(`${R}/collection/worklist?stage=teguran`)).json();
    expect(w.items.map((i: { billId: number }) => i.billId)).toEqual([late.billId]);
    await at('2025-03-19T08:00:00+07:00');
    w = (await petugas.get(`${R}/collection/worklist?stage=due_paksa`)).json();
    expect(w.items[0]).toMatchObject({ billId: late.billId, teguran: { number: 'ST/2025/000001' } });
    expect(w.counts).toMatchObject({ due_paksa: 1, teguran: 0 });
  });

  it('issues the surat paksa after the deadline, naming the teguran; the case is then at surat paksa', async () => {
    await at('2025-03-19T08:00:00+07:00');
    const res = await petugas.post(`${R}/collection/bills/${late.billId}/surat-paksa`);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ kind: 'paksa', number: 'SP/2025/000001', deadline: '2025-03-21' });
    const w = (await petugas.get(`${R}/collection/worklist?stage=paksa`)).json();
    expect(w.items.map((i: { billId: number }) => i.billId)).toEqual([late.billId]);
    const again = await petugas.post(`${R}/collection/bills/${late.billId}/surat-paksa`);
    expect(again.json().code).toBe('PAKSA_ALREADY_ISSUED');
    expect((await verifyChain(readAuditChain(t.db, '35.73'))).ok).toBe(true);
  });

  it('prints the letters with their number, legal basis, amounts as of their date and a QR that verifies', async () => {
    const letters = await t.db.query<{ id: number; kind: string }>(
      `SELECT id, kind FROM collection_letter WHERE region_id = '35.73' AND bill_id = $1 ORDER BY id`,
      [late.billId],
    );
    const teguran = await petugas.get(`${R}/collection/letters/${letters[0]?.id}/pdf`);
    expect(teguran.statusCode).toBe(200);
    expect(teguran.headers['content-type']).toBe('application/pdf');
    const text = pdfText(teguran.rawPayload);
    for (const words of [
      'SURAT TEGURAN',
      'ST/2025/000001',
      'Undang-Undang Nomor 19 Tahun 1997',
      'Undang-Undang Nomor 19 Tahun 2000',
      'Peraturan Daerah Kota Malang',
      'Rumah Makan Sido Mampir',
      'Rp 2.040.000',
      '18 Maret 2025',
      'KEPALA BADAN PENDAPATAN DAERAH',
      'Handayani',
    ])
      expect(text).toContain(words);
    const paksa = pdfText((await petugas.get(`${R}/collection/letters/${letters[1]?.id}/pdf`)).rawPayload);
    expect(paksa).toContain('SURAT PAKSA');
    expect(paksa).toContain('ST/2025/000001');
    const code = verificationCode(
      t.secrets.document,
      DOCUMENTS.kind('collection_letter'),
      '35.73',
      letters[1]?.id as number,
    );
    const verified = (await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}` })).json();
    expect(verified).toMatchObject({
      genuine: true,
      current: true,
      title: 'SURAT PAKSA',
      reference: 'SP/2025/000001',
      collection_letter: { total: 2_040_000, issuedOn: '2025-03-19' },
    });
  });

  it('a debtor who pays closes the case, and the payment counts for the surat paksa', async () => {
    await at('2025-03-20T10:00:00+07:00');
    await payDemoBill(t.db, '35.73', late.billId, '2025-03-20');
    const w = (await petugas.get(`${R}/collection/worklist?stage=closed`)).json();
    expect(w.items[0]).toMatchObject({ billId: late.billId, status: 'paid', total: null });
    expect(w.broughtIn).toEqual([
      { kind: 'teguran', letters: 1, billsPaid: 0, amount: 0 },
      { kind: 'paksa', letters: 1, billsPaid: 1, amount: 2_040_000 },
    ]);
    const after = await petugas.post(`${R}/collection/bills/${late.billId}/teguran`);
    expect(after.statusCode).toBe(409);
  });
});

describe('letters the law does not allow are refused', () => {
  it('a teguran for a bill paid, in both languages', async () => {
    await at('2025-03-11T10:00:00+07:00');
    await payDemoBill(t.db, '35.73', paid.billId, '2025-03-11');
    const res = await petugas.post(
      `${R}/collection/bills/${paid.billId}/teguran`,
      {},
      {
        headers: { 'accept-language': 'en' },
      },
    );
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'COLLECTION_BILL_NOT_OPEN', title: 'Bill not owed' });
    expect(res.json().detail).toContain('paid');
  });

  it('a teguran 3 days after the due date, before the region’s 7 days', async () => {
    await at('2025-03-11T10:00:00+07:00');
    const res = await petugas.post(`${R}/collection/bills/${recent.billId}/teguran`);
    expect(res.statusCode).toBe(409);
    expect(res.json().code).toBe('TEGURAN_TOO_EARLY');
    expect(res.json().detail).toContain('mulai 15 Maret 2025');
  });

  it('a surat paksa without a teguran, and a bill that does not exist', async () => {
    await at('2025-03-20T10:00:00+07:00');
    expect((await petugas.post(`${R}/collection/bills/${recent.billId}/surat-paksa`)).json().code).toBe(
      'PAKSA_WITHOUT_TEGURAN',
    );
    const missing = await petugas.post(`${R}/collection/bills/999999/teguran`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe('COLLECTION_BILL_NOT_FOUND');
  });

  it('a taxpayer may neither read the worklist nor issue a letter', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    expect((await wp.get(`${R}/collection/worklist`)).statusCode).toBe(403);
    expect((await wp.post(`${R}/collection/bills/${recent.billId}/teguran`)).statusCode).toBe(403);
  });
});

describe('tenancy', () => {
  it('another region’s officer sees nothing of Kota Malang’s collection and cannot reach its bills', async () => {
    const bangka = await signedIn(t.app, 'petugas@bangka.demo');
    expect((await bangka.get(`${R}/collection/worklist`)).statusCode).toBe(404);
    expect((await bangka.get(`${R}/collection/arrears-aging`)).statusCode).toBe(404);
    const own = (await bangka.get('/api/v1/regions/19.01/collection/worklist?stage=closed')).json();
    expect(own.items).toEqual([]);
    const cross = await bangka.post(`/api/v1/regions/19.01/collection/bills/${recent.billId}/teguran`);
    expect(cross.statusCode).toBe(404);
    const letters = await t.db.query<{ id: number }>(
      `SELECT id FROM collection_letter WHERE region_id = '35.73'`,
    );
    expect(
      (await bangka.get(`/api/v1/regions/19.01/collection/letters/${letters[0]?.id}/pdf`)).statusCode,
    ).toBe(404);
  });
});
