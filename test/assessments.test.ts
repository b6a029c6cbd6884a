import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLedger } from '../src/receivables/ledger/verify-ledger';
import { restaurantFixture } from './support/tax-fixtures';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let officer: Agent;
const at = (iso: string) => t.clock.set(new Date(iso));
const assess = (body: Record<string, unknown>, region = '35.73', agent = officer) =>
  agent.post(`/api/v1/regions/${region}/assessments`, body);

beforeAll(async () => {
  t = await startTestApp({ BALAI_SESSION_HOURS: '100000' });
  officer = await signedIn(t.app, 'petugas@malang.demo');
});
afterAll(() => t.close());

describe('SKPD for taxes the region assesses', () => {
  it('Reklame: a 4 m × 3 m two-faced billboard in class A for a year is NSR Rp18,000,000, tax 25% = Rp4,500,000', async () => {
    at('2025-03-11T10:00:00+07:00');
    const billboard = await restaurantFixture(t.db, { taxCode: 'reklame' });
    const res = await assess({
      kind: 'SKPD',
      ...billboard,
      basis: {
        kind: 'reklame',
        reklameType: 'billboard',
        locationClass: 'A',
        periodUnit: 'year',
        units: 1,
        widthCm: 400,
        heightCm: 300,
        faces: 2,
        quantity: 1,
      },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'SKPD',
      principal: 4_500_000,
      issueDate: '2025-03-11',
      dueDate: '2025-04-11',
      basis: { nilaiSewaReklame: 18_000_000, ratePpm: 250_000 },
    });
    expect(res.json().number).toMatch(/^SKPD\/000001\/35\.73\/2025$/);
    expect(res.json().billingCode).toMatch(/^357306/);
  });

  it('Pajak Air Tanah: 600 m³ for commerce through three price tiers is NPA Rp2,775,000, tax 20% = Rp555,000', async () => {
    const well = await restaurantFixture(t.db, { taxCode: 'pat' });
    const res = await assess({
      kind: 'SKPD',
      ...well,
      period: '2025-02',
      basis: { kind: 'pat', usage: 'niaga', volumeM3: 600 },
    });
    expect(res.json()).toMatchObject({ principal: 555_000, basis: { nilaiPerolehanAirTanah: 2_775_000 } });
  });

  it('a basis for another tax, or a self-assessed object, is refused', async () => {
    const well = await restaurantFixture(t.db, { taxCode: 'pat' });
    const res = await assess({
      kind: 'SKPD',
      ...well,
      basis: {
        kind: 'reklame',
        reklameType: 'billboard',
        locationClass: 'A',
        periodUnit: 'year',
        units: 1,
        widthCm: 1,
        heightCm: 1,
        faces: 1,
        quantity: 1,
      },
    });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('BASIS_DOES_NOT_MATCH_TAX');
  });

  it('a taxpayer cannot issue assessments', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    expect((await assess({ kind: 'STPD', billId: 1 }, '35.73', wp)).statusCode).toBe(403);
  });
});

describe('SKPDKB, SKPDKBT, SKPDN and STPD after a return', () => {
  let returnId: number;
  let billId: number;

  it('the restaurant files February 2025: tax Rp1,000,000 due 31 March', async () => {
    at('2025-03-05T10:00:00+07:00');
    const warung = await restaurantFixture(t.db);
    const res = await officer.post(
      `/api/v1/regions/35.73/taxpayers/${warung.taxpayerId}/objects/${warung.objectId}/returns`,
      {
        period: '2025-02',
        gross: 10_000_000,
      },
    );
    expect(res.json()).toMatchObject({ tax: 1_000_000, dueDate: '2025-03-31' });
    returnId = res.json().id;
    billId = (await officer.get('/api/v1/regions/35.73/bills?status=open'))
      .json()
      .items.find((b: { returnId: number }) => b.returnId === returnId).id;
  });

  it('SKPDKB: an audit finds Rp15,000,000 of receipts; the Rp500,000 shortfall carries 3 months of interest', async () => {
    at('2025-06-15T10:00:00+07:00');
    const res = await assess({
      kind: 'SKPDKB',
      returnId,
      correctGross: 15_000_000,
      finding: 'Pemeriksaan kas harian',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      kind: 'SKPDKB',
      principal: 500_000,
      interest: 15_000,
      increase: 0,
      dueDate: '2025-07-15',
    });
    const bill = (await officer.get(`/api/v1/regions/35.73/bills/${res.json().billId}`)).json();
    expect(bill.principal).toBe(515_000);
    const lines = await t.db.query<{ account: string; credit: number }>(
      `SELECT account, credit FROM journal_line WHERE region_id = '35.73' AND journal_id =
         (SELECT id FROM journal WHERE region_id = '35.73' AND bill_id = $1 AND kind = 'assessment') AND credit > 0 ORDER BY account`,
      [res.json().billId],
    );
    expect(lines).toEqual([
      { account: 'pendapatan:pbjt_makanan_minuman', credit: 500_000 },
      { account: 'pendapatan_sanksi:pbjt_makanan_minuman', credit: 15_000 },
    ]);
  });

  it('a second SKPDKB is refused; new data is an SKPDKBT with the Perda increase', async () => {
    const again = await assess({
      kind: 'SKPDKB',
      returnId,
      correctGross: 16_000_000,
      finding: 'Data tambahan',
    });
    expect(again.json().code).toBe('SKPDKB_EXISTS');
    const res = await assess({
      kind: 'SKPDKBT',
      returnId,
      correctGross: 16_000_000,
      increasePpm: 1_000_000,
      finding: 'Data tambahan bank',
    });
    expect(res.json()).toMatchObject({
      kind: 'SKPDKBT',
      principal: 100_000,
      interest: 3_000,
      increase: 100_000,
    });
  });

  it('STPD bills the interest run up on the overdue bill; the bill then charges only later months', async () => {
    const res = await assess({ kind: 'STPD', billId });
    expect(res.json()).toMatchObject({
      kind: 'STPD',
      interest: 30_000,
      basis: { months: 3, regime: 'HKPD' },
    });
    const stpdBill = (await officer.get(`/api/v1/regions/35.73/bills/${res.json().billId}`)).json();
    expect(stpdBill).toMatchObject({ principal: 30_000 });
    expect((await officer.get(`/api/v1/regions/35.73/bills/${billId}`)).json().amountDue).toMatchObject({
      penalty: 0,
      total: 1_000_000,
    });
    at('2025-07-01T10:00:00+07:00');
    expect((await officer.get(`/api/v1/regions/35.73/bills/${billId}`)).json().amountDue).toMatchObject({
      chargedMonths: 1,
      penalty: 10_000,
    });
    expect((await officer.get(`/api/v1/regions/35.73/bills/${stpdBill.id}`)).json().amountDue.penalty).toBe(
      0,
    );
    const twice = await assess({ kind: 'STPD', billId: stpdBill.id });
    expect(twice.json().code).toBe('NO_INTEREST_DUE');
  });

  it('SKPDN needs a verified return and bills nothing', async () => {
    const early = await assess({ kind: 'SKPDN', returnId, finding: 'Sesuai' });
    expect(early.json().code).toBe('RETURN_NOT_VERIFIED');
    await officer.post(`/api/v1/regions/35.73/returns/${returnId}/review`, { verdict: 'verify' });
    const res = await assess({ kind: 'SKPDN', returnId, finding: 'Penelitian: sesuai' });
    expect(res.json()).toMatchObject({ kind: 'SKPDN', billingCode: null });
  });

  it("Bangka's late-filing fine (example Rp25,000) is billed by STPD for an SPTPD filed after the 10th", async () => {
    at('2025-02-15T10:00:00+07:00');
    const bangkaOfficer = await signedIn(t.app, 'petugas@bangka.demo');
    const inn = await restaurantFixture(t.db, { regionId: '19.01', taxCode: 'pbjt_perhotelan' });
    const filed = await bangkaOfficer.post(
      `/api/v1/regions/19.01/taxpayers/${inn.taxpayerId}/objects/${inn.objectId}/returns`,
      {
        period: '2025-01',
        gross: 8_000_000,
      },
    );
    expect(filed.json().dueDate).toBe('2025-02-10');
    const res = await assess({ kind: 'STPD_LATE_FILING', returnId: filed.json().id }, '19.01', bangkaOfficer);
    expect(res.json()).toMatchObject({
      kind: 'STPD',
      increase: 25_000,
      basis: { reason: 'late_filing', filedOn: '2025-02-15' },
    });
    const twice = await assess(
      { kind: 'STPD_LATE_FILING', returnId: filed.json().id },
      '19.01',
      bangkaOfficer,
    );
    expect(twice.json().code).toBe('STPD_EXISTS');
  });

  it('every assessment left the ledger balanced and the audit trail intact', async () => {
    for (const region of ['35.73', '19.01']) expect((await verifyLedger(t.db, region)).findings).toEqual([]);
    const auditor = await signedIn(t.app, 'auditor@balai.demo');
    expect((await auditor.get('/api/v1/regions/35.73/audit/verify')).json().ok).toBe(true);
    const entries = (await auditor.get('/api/v1/regions/35.73/audit?action=assessment.')).json().entries;
    expect(entries.map((e: { action: string }) => e.action)).toEqual(
      expect.arrayContaining([
        'assessment.skpd',
        'assessment.skpdkb',
        'assessment.skpdkbt',
        'assessment.stpd',
        'assessment.skpdn',
      ]),
    );
  });
});
