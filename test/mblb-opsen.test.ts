import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { payBill } from '../src/receivables/bills/pay-bill';
import { quoteBill } from '../src/receivables/bills/quote-bill';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { DOCUMENTS } from './support/documents';
import { pdfText } from './support/pdf';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * A sand and gravel quarry in Kabupaten Bangka files MBLB. The province of Kepulauan Bangka Belitung (19) takes its
 * 25% opsen on the tax (UU 1/2022 Pasal 83(1)): one kode bayar, two lines, the opsen booked as owed to the province.
 * Bangka's example policy: 20% MBLB, due on the 10th of the next month, 1% a month late (PP 35/2023 Pasal 59(7)).
 */
let t: TestApp;
let taxpayer: Agent;
let officer: Agent;
let quarry: { taxpayerId: number; objectId: number };
const region = '/api/v1/regions/19.01';
const at = (iso: string) => t.clock.set(new Date(iso));
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** A journal's lines as `account: ±amount` (debit positive), for the bill's journals of one kind. */
async function journalOf(billId: number, kind: string) {
  const lines = await t.db.query<{ account: string; amount: number }>(
    `SELECT l.account, (l.debit - l.credit)::int8 AS amount FROM journal j
     JOIN journal_line l ON l.region_id = j.region_id AND l.journal_id = j.id
     WHERE j.region_id = '19.01' AND j.bill_id = $1 AND j.kind = $2 ORDER BY j.id, l.line_no`,
    [billId, kind],
  );
  return Object.fromEntries(lines.map((l) => [l.account, l.amount]));
}

async function balanceOf(account: string): Promise<number> {
  const [row] = await t.db.query<{ balance: number }>(
    `SELECT coalesce(sum(credit - debit), 0)::int8 AS balance FROM journal_line WHERE region_id = '19.01' AND account = $1`,
    [account],
  );
  return row?.balance ?? 0;
}

const returnsOf = () => `${region}/taxpayers/${quarry.taxpayerId}/objects/${quarry.objectId}/returns`;
let february: { returnId: number; billId: number };

beforeAll(async () => {
  t = await startTestApp({ BALAI_SESSION_HOURS: '100000' });
  quarry = await restaurantFixture(t.db, {
    regionId: '19.01',
    ownerEmail: 'wp@bangka.demo',
    taxCode: 'mblb',
    objectName: 'Galian Pasir Sungailiat',
  });
  taxpayer = await signedIn(t.app, 'wp@bangka.demo');
  officer = await signedIn(t.app, 'petugas@bangka.demo');
});
afterAll(() => t.close());

describe('MBLB opsen: the province’s 25% on the same kode bayar', () => {
  it('an SPTPD of Rp126,000,000 nilai jual owes Rp25,200,000 tax and Rp6,300,000 opsen, billed as Rp31,500,000', async () => {
    at('2025-03-02T09:00:00+07:00');
    const res = await taxpayer.post(returnsOf(), { period: '2025-02', gross: 126_000_000 });
    expect(res.statusCode).toBe(201);
    const filed = res.json();
    expect(filed).toMatchObject({ tax: 25_200_000, opsen: 6_300_000, dueDate: '2025-03-10' });
    expect(filed.billingCodeDisplay.replace(/\s/g, '')).toBe(filed.billingCode);
    const bills = (await taxpayer.get(`${region}/bills`)).json().items;
    const bill = bills.find((b: { billingCode: string }) => b.billingCode === filed.billingCode);
    expect(bill).toMatchObject({
      principal: 31_500_000,
      lines: [
        { kind: 'tax', amount: 25_200_000, account: 'pendapatan:mblb' },
        { kind: 'opsen', amount: 6_300_000, account: 'utang_opsen:19' },
      ],
      amountDue: { total: 31_500_000 },
    });
    february = { returnId: filed.id, billId: bill.id };
  });

  it("is booked at assessment as the regency's revenue and a payable to the province, not the regency's revenue", async () => {
    expect(await journalOf(february.billId, 'assessment')).toEqual({
      piutang: 31_500_000,
      'pendapatan:mblb': -25_200_000,
      'utang_opsen:19': -6_300_000,
    });
  });

  it('the bill and the SPTPD receipt print the opsen line and the province', async () => {
    const bill = await DOCUMENTS.kind('bill').load(t.db, '19.01', february.billId, '2025-03-02', '', 's');
    const billText = flat(pdfText(await DOCUMENTS.kind('bill').render(bill)));
    expect(billText).toContain('Pokok pajak Rp 25.200.000');
    expect(billText).toContain('Opsen Pajak MBLB Provinsi Kepulauan Bangka Belitung Rp 6.300.000');
    expect(billText).toContain('Jumlah yang harus dibayar Rp 31.500.000');
    const receipt = await DOCUMENTS.kind('return').load(
      t.db,
      '19.01',
      february.returnId,
      '2025-03-02',
      '',
      's',
    );
    const receiptText = flat(pdfText(await DOCUMENTS.kind('return').render(receipt)));
    expect(receiptText).toContain('Opsen Pajak MBLB Provinsi Kepulauan Bangka Belitung Rp 6.300.000');
    expect(receiptText).toContain('Jumlah pajak terutang Rp 31.500.000');
  });

  it('paid 3 months late, 1% × 3 × Rp31,500,000 = Rp945,000 interest: Rp756,000 to Bangka, Rp189,000 to the province', async () => {
    at('2025-06-05T10:00:00+07:00');
    const due = (await taxpayer.get(`${region}/bills/${february.billId}`)).json().amountDue;
    expect(due).toMatchObject({ chargedMonths: 3, penalty: 945_000, total: 32_445_000 });
    await t.db.transaction(async (tx) => {
      const { due: quoted } = await quoteBill(tx, '19.01', february.billId, '2025-06-05');
      await payBill(tx, t.clock.now(), {
        regionId: '19.01',
        billId: february.billId,
        amount: quoted.total,
        day: '2025-06-05',
        channel: 'bank_sumselbabel',
        actorId: null,
        memo: 'test',
      });
    });
    expect(await journalOf(february.billId, 'interest')).toEqual({
      piutang: 945_000,
      'pendapatan_sanksi:mblb': -756_000,
      'utang_opsen:19': -189_000,
    });
    expect(await balanceOf('utang_opsen:19')).toBe(6_489_000);
  });

  it('an SKPDKB finding Rp136,000,000 bills the shortfall of tax and opsen with their interest, shared the same way', async () => {
    // Correct tax 27,200,000 less 25,200,000 = 2,000,000; opsen 6,800,000 less 6,300,000 = 500,000; interest
    // 3 months × 1% × 2,500,000 = 75,000, of which 15,000 is on the opsen.
    const res = await officer.post(`${region}/assessments`, {
      kind: 'SKPDKB',
      returnId: february.returnId,
      correctGross: 136_000_000,
      finding: 'Volume menurut surat jalan lebih besar',
    });
    expect(res.statusCode).toBe(201);
    const skpdkb = res.json();
    expect(skpdkb).toMatchObject({ principal: 2_000_000, interest: 75_000, basis: { opsen: 500_000 } });
    const bill = (await officer.get(`${region}/bills/${skpdkb.billId}`)).json();
    expect(bill.principal).toBe(2_575_000);
    expect(bill.lines).toEqual([
      { kind: 'tax', amount: 2_000_000, account: 'pendapatan:mblb' },
      { kind: 'opsen', amount: 500_000, account: 'utang_opsen:19' },
      { kind: 'sanction', amount: 60_000, account: 'pendapatan_sanksi:mblb' },
      { kind: 'opsen_sanction', amount: 15_000, account: 'utang_opsen:19' },
    ]);
    const doc = await DOCUMENTS.kind('assessment').load(t.db, '19.01', skpdkb.id, '2025-06-05', '', 's');
    const text = flat(pdfText(await DOCUMENTS.kind('assessment').render(doc)));
    expect(text).toContain(
      'Opsen Pajak MBLB Provinsi Kepulauan Bangka Belitung yang kurang dibayar Rp 500.000',
    );
    expect(text).toContain('Jumlah yang harus dibayar Rp 2.575.000');
  });

  it('a pembetulan down takes tax and opsen back in step: Rp500,000 off an open bill is Rp400,000 and Rp100,000', async () => {
    at('2025-03-03T09:00:00+07:00');
    const filed = (await taxpayer.post(returnsOf(), { period: '2025-01', gross: 10_000_000 })).json();
    expect(filed).toMatchObject({ tax: 2_000_000, opsen: 500_000 });
    const amended = await taxpayer.post(`${region}/returns/${filed.id}/amend`, { gross: 8_000_000 });
    expect(amended.statusCode).toBe(201);
    expect(amended.json()).toMatchObject({
      taxReturn: { tax: 1_600_000, opsen: 400_000 },
      billingCode: null,
      reducedOpenBills: 500_000,
      overpayment: 0,
    });
    const [bill] = await t.db.query<{ id: number }>(
      `SELECT id FROM bill WHERE region_id = '19.01' AND return_id = $1`,
      [filed.id],
    );
    expect(await journalOf(bill?.id as number, 'correction')).toEqual({
      'pendapatan:mblb': 400_000,
      'utang_opsen:19': 100_000,
      piutang: -500_000,
    });
  });

  it('a pembetulan up bills the extra tax and opsen on a new kode bayar', async () => {
    const [latest] = await t.db.query<{ id: number }>(
      `SELECT id FROM tax_return WHERE region_id = '19.01' AND object_id = $1 AND period = '2025-01' AND status = 'submitted'`,
      [quarry.objectId],
    );
    const amended = (
      await taxpayer.post(`${region}/returns/${latest?.id}/amend`, { gross: 9_000_000 })
    ).json();
    expect(amended.taxReturn).toMatchObject({ tax: 1_800_000, opsen: 450_000 });
    const bills = (await taxpayer.get(`${region}/bills`)).json().items;
    expect(bills.find((b: { billingCode: string }) => b.billingCode === amended.billingCode)).toMatchObject({
      principal: 250_000,
      lines: [
        { kind: 'tax', amount: 200_000 },
        { kind: 'opsen', amount: 50_000 },
      ],
    });
  });

  it("an STPD for a late MBLB bill shares its interest with the province as the bill's own interest would be", async () => {
    // January's bill, Rp2,000,000 (1,600,000 + 400,000) since the pembetulan, due 10 February: on 5 June 4 months.
    at('2025-06-05T10:00:00+07:00');
    const [bill] = await t.db.query<{ id: number }>(
      `SELECT b.id FROM bill b JOIN tax_return r ON r.region_id = b.region_id AND r.id = b.return_id
       WHERE b.region_id = '19.01' AND r.object_id = $1 AND r.period = '2025-01' AND r.revision = 0`,
      [quarry.objectId],
    );
    const res = await officer.post(`${region}/assessments`, { kind: 'STPD', billId: bill?.id });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ interest: 80_000, basis: { months: 4 } });
    const stpdBill = (await officer.get(`${region}/bills/${res.json().billId}`)).json();
    expect(stpdBill.lines).toEqual([
      { kind: 'sanction', amount: 64_000, account: 'pendapatan_sanksi:mblb' },
      { kind: 'opsen_sanction', amount: 16_000, account: 'utang_opsen:19' },
    ]);
  });

  it('the ledger verifies: every journal balances and every bill’s lines add up to its principal', async () => {
    expect((await verifyLedger(t.db, '19.01')).findings).toEqual([]);
  });
});
