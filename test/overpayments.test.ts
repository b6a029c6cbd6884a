import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verificationCode } from '../src/documents/verification';
import { payBill } from '../src/receivables/bills/pay-bill';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { DOCUMENTS } from './support/documents';
import { pdfText } from './support/pdf';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * A Kota Malang restaurant paid Rp2,000,000 for January, then corrected January down to Rp500,000: Rp1,500,000
 * overpaid. An officer issues the SKPDLB; a supervisor offsets it against the unpaid February bill with its interest
 * to the day (kompensasi) and refunds the rest (restitusi). Another bill is written off. 10% PBJT, due at the end of
 * the next month, 1% a month late (PP 35/2023 Pasal 59(7)).
 */
let t: TestApp;
let officer: Agent;
let supervisor: Agent;
let warung: { taxpayerId: number; objectId: number };
const region = '/api/v1/regions/35.73';
const at = (iso: string) => t.clock.set(new Date(iso));
const flat = (text: string) => text.replace(/\s+/g, ' ');
const file = (period: string, gross: number, who = warung) =>
  officer.post(`${region}/taxpayers/${who.taxpayerId}/objects/${who.objectId}/returns`, { period, gross });

async function accountBalance(account: string, taxpayerId: number): Promise<number> {
  const [row] = await t.db.query<{ balance: number }>(
    `SELECT coalesce(sum(credit - debit), 0)::int8 AS balance FROM journal_line
     WHERE region_id = '35.73' AND account = $1 AND taxpayer_id = $2`,
    [account, taxpayerId],
  );
  return row?.balance ?? 0;
}

let january: { id: number };
let februaryBillId: number;
let skpdlb: { id: number; number: string };

beforeAll(async () => {
  t = await startTestApp({ BALAI_SESSION_HOURS: '100000' });
  warung = await restaurantFixture(t.db, { name: 'Rudi Hartono', objectName: 'Depot Rudi' });
  officer = await signedIn(t.app, 'petugas@malang.demo');
  supervisor = await signedIn(t.app, 'supervisor@malang.demo');
  at('2025-02-05T09:00:00+07:00');
  january = (await file('2025-01', 20_000_000)).json();
  const [bill] = await t.db.query<{ id: number }>(
    `SELECT id FROM bill WHERE region_id = '35.73' AND return_id = $1`,
    [january.id],
  );
  await t.db.transaction((tx) =>
    payBill(tx, t.clock.now(), {
      regionId: '35.73',
      billId: bill?.id as number,
      amount: 2_000_000,
      day: '2025-02-05',
      channel: 'bank_jatim',
      actorId: null,
      memo: 'test',
    }),
  );
  at('2025-03-03T09:00:00+07:00');
  const february = (await file('2025-02', 10_000_000)).json();
  const [febBill] = await t.db.query<{ id: number }>(
    `SELECT id FROM bill WHERE region_id = '35.73' AND return_id = $1`,
    [february.id],
  );
  februaryBillId = febBill?.id as number;
});
afterAll(() => t.close());

describe('SKPDLB: an overpayment assessed, offset and refunded, each once', () => {
  let amendedId: number;

  it('a pembetulan of January from Rp2,000,000 to Rp500,000 tax leaves Rp1,500,000 awaiting an SKPDLB', async () => {
    at('2025-03-10T09:00:00+07:00');
    const amended = await officer.post(`${region}/returns/${january.id}/amend`, { gross: 5_000_000 });
    expect(amended.json()).toMatchObject({ overpayment: 1_500_000, reducedOpenBills: 0 });
    amendedId = amended.json().taxReturn.id;
    const awaiting = (await officer.get(`${region}/overpayments?taxpayerId=${warung.taxpayerId}`)).json();
    expect(awaiting.items).toEqual([
      {
        taxpayerId: warung.taxpayerId,
        objectId: warung.objectId,
        objectName: 'Depot Rudi',
        taxCode: 'pbjt_makanan_minuman',
        period: '2025-01',
        returnId: amendedId,
        amount: 1_500_000,
      },
    ]);
  });

  it('the SKPDLB is issued on the current return only: tax Rp500,000, paid Rp2,000,000, overpaid Rp1,500,000', async () => {
    const old = await officer.post(`${region}/assessments`, {
      kind: 'SKPDLB',
      returnId: january.id,
      finding: 'Pembetulan omzet Januari',
    });
    expect(old.statusCode).toBe(409);
    expect(old.json().code).toBe('RETURN_NOT_CURRENT');
    const res = await officer.post(`${region}/assessments`, {
      kind: 'SKPDLB',
      returnId: amendedId,
      finding: 'Pembetulan omzet Januari',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'SKPDLB',
      number: 'SKPDLB/000001/35.73/2025',
      principal: 500_000,
      credit: 2_000_000,
      billingCode: null,
      billingCodeDisplay: null,
      overpayment: { amount: 1_500_000, offset: 0, refunded: 0, remaining: 1_500_000 },
    });
    skpdlb = res.json();
    const again = await officer.post(`${region}/assessments`, {
      kind: 'SKPDLB',
      returnId: amendedId,
      finding: 'Pembetulan omzet Januari',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('NO_OVERPAYMENT');
    expect(
      (await officer.get(`${region}/overpayments?taxpayerId=${warung.taxpayerId}`)).json().items,
    ).toEqual([]);
  });

  it("prints with the region's letterhead and a QR that the public verify page accepts", async () => {
    const doc = await DOCUMENTS.kind('assessment').load(
      t.db,
      '35.73',
      skpdlb.id,
      '2025-03-10',
      'https://x',
      's',
    );
    const text = flat(pdfText(await DOCUMENTS.kind('assessment').render(doc)));
    expect(text).toContain('PEMERINTAH KOTA MALANG');
    expect(text).toContain('SURAT KETETAPAN PAJAK DAERAH LEBIH BAYAR');
    expect(text).toContain(`Nomor: ${skpdlb.number}`);
    expect(text).toContain('Jumlah kelebihan pembayaran pajak Rp 1.500.000');
    expect(text).toContain('Terbilang: Satu juta lima ratus ribu rupiah');
    const code = verificationCode(t.secrets.document, DOCUMENTS.kind('assessment'), '35.73', skpdlb.id);
    const verified = await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}` });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({
      genuine: true,
      current: true,
      title: 'SURAT KETETAPAN PAJAK DAERAH LEBIH BAYAR',
      reference: skpdlb.number,
      assessment: { kind: 'SKPDLB', total: 1_500_000 },
    });
  });

  it('an officer cannot offset or refund; the law has debts paid first, so no refund while a bill is open', async () => {
    const byOfficer = await officer.post(`${region}/assessments/${skpdlb.id}/offset`, {});
    expect(byOfficer.statusCode).toBe(403);
    at('2025-04-15T09:00:00+07:00');
    const refund = await supervisor.post(`${region}/assessments/${skpdlb.id}/refund`, {
      refundDate: '2025-04-15',
      reference: 'SP2D 0042/2025',
    });
    expect(refund.statusCode).toBe(409);
    expect(refund.json()).toMatchObject({ code: 'OPEN_BILLS_FIRST' });
    expect(refund.json().detail).toContain('1 tagihan terbuka');
  });

  it('kompensasi pays February (Rp1,000,000, 1 month late on 15 April: Rp10,000 interest) and leaves Rp490,000', async () => {
    const res = await supervisor.post(`${region}/assessments/${skpdlb.id}/offset`, {});
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      used: 1_010_000,
      remaining: 490_000,
      items: [{ billId: februaryBillId, principal: 1_000_000, interest: 10_000, settles: true }],
    });
    const bill = (await supervisor.get(`${region}/bills/${februaryBillId}`)).json();
    expect(bill).toMatchObject({ status: 'paid', outstanding: 0 });
    const journals = await t.db.query<{ kind: string; account: string; amount: number }>(
      `SELECT j.kind, l.account, (l.debit - l.credit)::int8 AS amount FROM journal j
       JOIN journal_line l ON l.region_id = j.region_id AND l.journal_id = j.id
       WHERE j.region_id = '35.73' AND j.bill_id = $1 AND j.kind IN ('interest', 'offset') ORDER BY j.id, l.line_no`,
      [februaryBillId],
    );
    expect(journals).toEqual([
      { kind: 'interest', account: 'piutang', amount: 10_000 },
      { kind: 'interest', account: 'pendapatan_sanksi:pbjt_makanan_minuman', amount: -10_000 },
      { kind: 'offset', account: 'lebih_bayar', amount: 1_010_000 },
      { kind: 'offset', account: 'piutang', amount: -1_010_000 },
    ]);
    const again = await supervisor.post(`${region}/assessments/${skpdlb.id}/offset`, {});
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('NOTHING_TO_OFFSET');
  });

  it('restitusi refunds the Rp490,000 left, once, dated between the SKPDLB and today', async () => {
    const early = await supervisor.post(`${region}/assessments/${skpdlb.id}/refund`, {
      refundDate: '2025-03-01',
      reference: 'SP2D 0042/2025',
    });
    expect(early.statusCode).toBe(422);
    expect(early.json().code).toBe('REFUND_DATE_OUT_OF_RANGE');
    const res = await supervisor.post(`${region}/assessments/${skpdlb.id}/refund`, {
      refundDate: '2025-04-15',
      reference: 'SP2D 0042/2025',
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      amount: 490_000,
      refundDate: '2025-04-15',
      reference: 'SP2D 0042/2025',
    });
    const twice = await supervisor.post(`${region}/assessments/${skpdlb.id}/refund`, {
      refundDate: '2025-04-15',
      reference: 'SP2D 0043/2025',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe('OVERPAYMENT_SETTLED');
    expect(await accountBalance('lebih_bayar', warung.taxpayerId)).toBe(0);
    expect(await accountBalance('utang_restitusi', warung.taxpayerId)).toBe(490_000);
    expect((await officer.get(`${region}/assessments/${skpdlb.id}`)).json()).toMatchObject({
      taxpayerName: 'Rudi Hartono',
      overpayment: { amount: 1_500_000, offset: 1_010_000, refunded: 490_000, remaining: 0 },
    });
  });

  it('both decisions are in the audit trail', async () => {
    const entries = (await supervisor.get(`${region}/audit?action=skpdlb.`)).json().entries;
    expect(entries.map((e: { action: string }) => e.action).sort()).toEqual([
      'skpdlb.offset',
      'skpdlb.refund',
    ]);
  });

  it('a supervisor who issued an SKPDLB cannot also approve its offset or refund (four eyes)', async () => {
    const other = await restaurantFixture(t.db, { name: 'Siti Aminah', objectName: 'Kedai Siti' });
    at('2025-04-16T09:00:00+07:00');
    const filed = (await file('2025-03', 3_000_000, other)).json();
    const amended = (await officer.post(`${region}/returns/${filed.id}/amend`, { gross: 1_000_000 })).json();
    expect(amended.overpayment).toBe(0);
    // The March bill was still open, so the pembetulan reduced it; pay the rest and amend again to overpay.
    const [bill] = await t.db.query<{ id: number }>(
      `SELECT id FROM bill WHERE region_id = '35.73' AND return_id = $1`,
      [filed.id],
    );
    await t.db.transaction((tx) =>
      payBill(tx, t.clock.now(), {
        regionId: '35.73',
        billId: bill?.id as number,
        amount: 100_000,
        day: '2025-04-16',
        channel: 'bank_jatim',
        actorId: null,
        memo: 'test',
      }),
    );
    const again = (
      await officer.post(`${region}/returns/${amended.taxReturn.id}/amend`, { gross: 400_000 })
    ).json();
    expect(again.overpayment).toBe(60_000);
    const own = (
      await supervisor.post(`${region}/assessments`, {
        kind: 'SKPDLB',
        returnId: again.taxReturn.id,
        finding: 'Omzet Maret dikoreksi',
      })
    ).json();
    const res = await supervisor.post(`${region}/assessments/${own.id}/refund`, {
      refundDate: '2025-04-16',
      reference: 'SP2D 0050/2025',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('SECOND_OFFICER_REQUIRED');
  });
});

describe('penghapusan piutang: a supervisor writes off an uncollectable bill', () => {
  let billId: number;

  it('an officer may not; a supervisor writes off the outstanding under a decree, once', async () => {
    const gone = await restaurantFixture(t.db, { name: 'Budi Santoso', objectName: 'Warung Budi (tutup)' });
    at('2025-04-20T09:00:00+07:00');
    const filed = (await file('2025-03', 7_500_000, gone)).json();
    const [bill] = await t.db.query<{ id: number }>(
      `SELECT id FROM bill WHERE region_id = '35.73' AND return_id = $1`,
      [filed.id],
    );
    billId = bill?.id as number;
    const body = {
      decreeNumber: 'Keputusan Wali Kota Malang 188.45/12/35.73.112/2025',
      reason: 'Wajib pajak pailit',
    };
    const byOfficer = await officer.post(`${region}/bills/${billId}/write-off`, body);
    expect(byOfficer.statusCode).toBe(403);
    const bad = await supervisor.post(`${region}/bills/${billId}/write-off`, { reason: 'Pailit' });
    expect(bad.statusCode).toBe(400);
    const res = await supervisor.post(`${region}/bills/${billId}/write-off`, body);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ billId, amount: 750_000, decreeNumber: body.decreeNumber });
    expect((await supervisor.get(`${region}/bills/${billId}`)).json()).toMatchObject({
      status: 'written_off',
      outstanding: 0,
      amountDue: null,
    });
    const lines = await t.db.query<{ account: string; amount: number }>(
      `SELECT l.account, (l.debit - l.credit)::int8 AS amount FROM journal j
       JOIN journal_line l ON l.region_id = j.region_id AND l.journal_id = j.id
       WHERE j.region_id = '35.73' AND j.bill_id = $1 AND j.kind = 'write_off' ORDER BY l.line_no`,
      [billId],
    );
    expect(lines).toEqual([
      { account: 'penghapusan', amount: 750_000 },
      { account: 'piutang', amount: -750_000 },
    ]);
    const twice = await supervisor.post(`${region}/bills/${billId}/write-off`, body);
    expect(twice.statusCode).toBe(409);
    expect(twice.json().detail).toContain('berstatus dihapuskan');
    const audit = (await supervisor.get(`${region}/audit?action=bill.write_off`)).json().entries;
    expect(audit).toHaveLength(1);
  });

  it('the bill prints DIHAPUSKAN with the decree', async () => {
    const doc = await DOCUMENTS.kind('bill').load(t.db, '35.73', billId, '2025-04-20', '', 's');
    const text = flat(pdfText(await DOCUMENTS.kind('bill').render(doc)));
    expect(text).toContain('DIHAPUSKAN');
    expect(text).toContain('Keputusan Wali Kota Malang 188.45/12/35.73.112/2025');
  });

  it('ledger verify agrees with every bill, and names one whose lines no longer add up to its principal', async () => {
    expect((await verifyLedger(t.db, '35.73')).findings).toEqual([]);
    await t.db.query(`UPDATE bill SET principal = principal + 1 WHERE region_id = '35.73' AND id = $1`, [
      billId,
    ]);
    expect((await verifyLedger(t.db, '35.73')).findings).toEqual([
      { kind: 'BILL_LINES_MISMATCH', billId, detail: 'principal 750001 but lines add up to 750000' },
    ]);
    await t.db.query(`UPDATE bill SET principal = principal - 1 WHERE region_id = '35.73' AND id = $1`, [
      billId,
    ]);
  });
});
