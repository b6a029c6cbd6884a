import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database';
import { findPartner, type Partner } from '../src/payments/partner';
import { payDemoBill } from '../src/payments/pay-demo-bill';
import { postPayment } from '../src/payments/post-payment';
import { reversePayment } from '../src/payments/reverse-payment';
import { localInstant } from '../src/platform/clock';
import { billLines } from '../src/receivables/bills/bill-lines';
import { quoteBill } from '../src/receivables/bills/quote-bill';
import { refreshRealisation } from '../src/revenue/realisation/rollup';
import { issueTaxBill } from '../src/tax/tax-bills';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

let t: TestApp;
let kepala: Agent;
const MALANG = '/api/v1/regions/35.73';
// Kauman and Oro-oro Dowo (Klojen), Kota Malang; Parit Padang, Kabupaten Bangka.
const KAUMAN = '35.73.02.1007';
const ORO_ORO_DOWO = '35.73.02.1008';
const PARIT_PADANG = '19.01.01.1006';

let serial = 0;
/** A verified taxpayer's object in a kelurahan and one SPTPD bill for it, written straight to the tables. */
async function billFor(
  db: Database,
  b: {
    regionId?: string;
    taxCode: string;
    village: string;
    principal: number;
    period: string;
    dueDate: string;
  },
): Promise<{ id: number; billingCode: string }> {
  const regionId = b.regionId ?? '35.73';
  serial += 1;
  const [tp] = await db.query<{ id: number }>(
    `INSERT INTO taxpayer (region_id, npwpd, kind, nik, name, address, village_code, status, registered_at, decided_at)
     VALUES ($1, $2, 'person', $3, $4, 'Jl. Ijen', $5, 'verified', now(), now()) RETURNING id`,
    [regionId, `P.REV.${serial}`, String(3573020200000000 + serial), `Wajib Pajak ${serial}`, b.village],
  );
  const [obj] = await db.query<{ id: number }>(
    `INSERT INTO tax_object (region_id, taxpayer_id, tax_code, category, name, address, village_code, opened_on,
                             status, registered_at)
     VALUES ($1, $2, $3, 'umum', $4, 'Jl. Ijen', $5, '2020-01-01', 'active', now()) RETURNING id`,
    [regionId, tp?.id, b.taxCode, `Usaha ${serial}`, b.village],
  );
  return db.transaction(async (tx) => {
    const [filed] = await tx.query<{ id: number }>(
      `INSERT INTO tax_return (region_id, object_id, taxpayer_id, tax_code, period, gross, rate_ppm, tax, status,
                               due_date, created_at, submitted_at)
       VALUES ($1, $2, $3, $4, $5, $6, 100000, $7, 'submitted', $8, now(), now()) RETURNING id`,
      [regionId, obj?.id, tp?.id, b.taxCode, b.period, b.principal * 10, b.principal, b.dueDate],
    );
    return issueTaxBill(tx, new Date('2024-01-10T03:00:00Z'), {
      regionId,
      taxpayerId: tp?.id as number,
      objectId: obj?.id as number,
      taxCode: b.taxCode,
      period: b.period,
      returnId: filed?.id,
      lines: billLines({ regionId, taxCode: b.taxCode, opsenInterestTo: 'province' }, { tax: b.principal }),
      dueDate: b.dueDate,
      accruesInterest: true,
      issueDay: '2024-01-10',
      memo: 'revenue test bill',
      actorId: null,
    });
  });
}

let reversible: { id: number; billingCode: string };
let jatim: Partner;

beforeAll(async () => {
  t = await startTestApp();
  kepala = await signedIn(t.app, 'kepala@malang.demo');
  jatim = (await findPartner(t.db, 'BANKJATIM')) as Partner;
  const paid = async (b: Parameters<typeof billFor>[1], day: string) => {
    const bill = await billFor(t.db, b);
    await payDemoBill(t.db, b.regionId ?? '35.73', bill.id, day);
    return bill;
  };
  await paid(
    { taxCode: 'pbjt_parkir', village: KAUMAN, principal: 400_000, period: '2024-05', dueDate: '2024-06-30' },
    '2024-06-10',
  );
  await paid(
    {
      taxCode: 'pbjt_makanan_minuman',
      village: KAUMAN,
      principal: 1_000_000,
      period: '2024-12',
      dueDate: '2025-01-31',
    },
    '2025-01-20',
  );
  // Due 31 December, paid 5 February: a second month started, 2% interest (Rp40,000), which counts as realisation too.
  await paid(
    {
      taxCode: 'pbjt_makanan_minuman',
      village: ORO_ORO_DOWO,
      principal: 2_000_000,
      period: '2024-11',
      dueDate: '2024-12-31',
    },
    '2025-02-05',
  );
  await paid(
    {
      taxCode: 'pbjt_perhotelan',
      village: KAUMAN,
      principal: 5_000_000,
      period: '2025-01',
      dueDate: '2025-02-28',
    },
    '2025-02-25',
  );
  reversible = await paid(
    {
      taxCode: 'pbjt_perhotelan',
      village: ORO_ORO_DOWO,
      principal: 3_000_000,
      period: '2025-02',
      dueDate: '2025-03-31',
    },
    '2025-03-10',
  );
  await paid(
    {
      regionId: '19.01',
      taxCode: 'pbjt_makanan_minuman',
      village: PARIT_PADANG,
      principal: 7_777_000,
      period: '2025-01',
      dueDate: '2025-02-10',
    },
    '2025-02-10',
  );
  for (const regionId of ['35.73', '19.01']) await refreshRealisation(t.db, regionId, t.clock.now());
}, 60_000);
afterAll(() => t.close());

/** Straight from the payments: each payment on its day, each reversal negative on the region's day it was made. */
async function directSums(regionId: string) {
  return t.db.query<{ taxCode: string; month: string; amount: number }>(
    `SELECT x.tax_code AS "taxCode", to_char(x.day, 'YYYY-MM') AS month, sum(x.amount)::int8 AS amount
       FROM (SELECT b.tax_code, p.day, p.amount FROM payment p
               JOIN bill b ON b.region_id = p.region_id AND b.id = p.bill_id WHERE p.region_id = $1
             UNION ALL
             SELECT b.tax_code, (rv.reversed_at AT TIME ZONE 'Asia/Jakarta')::date, -p.amount FROM payment_reversal rv
               JOIN payment p ON p.region_id = rv.region_id AND p.id = rv.payment_id
               JOIN bill b ON b.region_id = p.region_id AND b.id = p.bill_id WHERE rv.region_id = $1) x
      GROUP BY 1, 2 ORDER BY 1, 2`,
    [regionId],
  );
}

async function rolledUp(regionId: string) {
  return t.db.query<{ taxCode: string; month: string; amount: number }>(
    `SELECT tax_code AS "taxCode", to_char(month, 'YYYY-MM') AS month, sum(principal + penalty)::int8 AS amount
       FROM revenue_month WHERE region_id = $1 GROUP BY 1, 2 ORDER BY 1, 2`,
    [regionId],
  );
}

/** Every table the rollup keeps for a region, in a stable order. */
async function rollupRows(regionId: string) {
  const of = (table: string, order: string) =>
    t.db.query(`SELECT * FROM ${table} WHERE region_id = $1 ORDER BY ${order}`, [regionId]);
  return {
    days: await of('revenue_day', 'day, tax_code, village_code, channel, partner_id'),
    months: await of('revenue_month', 'month, tax_code, village_code, channel, partner_id'),
    taxDays: await of('revenue_tax_day', 'day, tax_code'),
    entries: await of('revenue_entry', 'day, payment_id, reversal'),
  };
}

const dayRows = (regionId: string) =>
  t.db.query(`SELECT * FROM revenue_day WHERE region_id = $1 ORDER BY day, tax_code, village_code, channel`, [
    regionId,
  ]);

describe('the realisation rollup', () => {
  it('equals a direct sum over the payments by tax and month, sanctions included', async () => {
    expect(await rolledUp('35.73')).toEqual(await directSums('35.73'));
    expect(await rolledUp('35.73')).toEqual([
      { taxCode: 'pbjt_makanan_minuman', month: '2025-01', amount: 1_000_000 },
      { taxCode: 'pbjt_makanan_minuman', month: '2025-02', amount: 2_040_000 },
      { taxCode: 'pbjt_parkir', month: '2024-06', amount: 400_000 },
      { taxCode: 'pbjt_perhotelan', month: '2025-02', amount: 5_000_000 },
      { taxCode: 'pbjt_perhotelan', month: '2025-03', amount: 3_000_000 },
    ]);
  });

  it("never counts another region's payments", async () => {
    expect(await rolledUp('19.01')).toEqual([
      { taxCode: 'pbjt_makanan_minuman', month: '2025-02', amount: 7_777_000 },
    ]);
    const [leak] = await t.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM revenue_day WHERE region_id = '35.73' AND (principal + penalty) = 7777000`,
    );
    expect(leak?.n).toBe(0);
  });

  it('is idempotent: running it again, or rebuilding it whole, changes nothing', async () => {
    const before = await dayRows('35.73');
    await refreshRealisation(t.db, '35.73', t.clock.now());
    expect(await dayRows('35.73')).toEqual(before);
    await refreshRealisation(t.db, '35.73', t.clock.now(), { full: true });
    expect(await dayRows('35.73')).toEqual(before);
  });

  it('a reversal subtracts on the day it is made; the day the payment was made is not rewritten', async () => {
    await t.db.query(
      `INSERT INTO payment_setting (region_id, reversal_window_days) VALUES ('35.73', 3)
       ON CONFLICT (region_id) DO UPDATE SET reversal_window_days = 3`,
    );
    const outcome = await reversePayment(t.db, t.clock.now(), jatim, {
      billingCode: reversible.billingCode,
      bankReference: `TLR20250310${reversible.id}`,
    });
    expect(outcome.kind).toBe('reversed');
    await refreshRealisation(t.db, '35.73', t.clock.now());
    const hotel = await t.db.query<{ day: string; total: number; payments: number }>(
      `SELECT day, principal + penalty AS total, payments FROM revenue_day
        WHERE region_id = '35.73' AND tax_code = 'pbjt_perhotelan' AND day >= '2025-03-01' ORDER BY day`,
    );
    expect(hotel).toEqual([
      { day: '2025-03-10', total: 3_000_000, payments: 1 },
      { day: '2025-03-11', total: -3_000_000, payments: -1 },
    ]);
    expect(await rolledUp('35.73')).toEqual(await directSums('35.73'));
  });

  it('a payment posted after the last run is counted by the next one', async () => {
    const bill = await billFor(t.db, {
      taxCode: 'pbjt_kesenian_hiburan',
      village: KAUMAN,
      principal: 750_000,
      period: '2025-02',
      dueDate: '2025-03-31',
    });
    const { due } = await quoteBill(t.db, '35.73', bill.id, '2025-03-11');
    const posted = await postPayment(t.db, t.clock.now(), jatim, {
      billingCode: bill.billingCode,
      amount: due.total,
      bankReference: 'REV-LATE-1',
      paidAt: localInstant('2025-03-11', '09:30', 'Asia/Jakarta'),
    });
    expect(posted.kind).toBe('posted');
    await refreshRealisation(t.db, '35.73', t.clock.now());
    expect(await rolledUp('35.73')).toEqual(await directSums('35.73'));
    expect((await rolledUp('35.73')).find((r) => r.taxCode === 'pbjt_kesenian_hiburan')).toEqual({
      taxCode: 'pbjt_kesenian_hiburan',
      month: '2025-03',
      amount: 750_000,
    });
  });

  it('what the runs since the first changed by difference is what a full rebuild writes, table by table', async () => {
    const incremental = await rollupRows('35.73');
    expect(incremental.entries.length).toBeGreaterThan(0);
    expect(incremental.taxDays.length).toBeGreaterThan(0);
    await refreshRealisation(t.db, '35.73', t.clock.now(), { full: true });
    expect(await rollupRows('35.73')).toEqual(incremental);
  });
});

describe('the dashboard against target', () => {
  it('per tax: the target in force, realised to date, achievement, the forecast and how it was made', async () => {
    const target = await kepala.post(`${MALANG}/revenue/targets`, {
      year: 2025,
      taxCode: 'pbjt_perhotelan',
      stage: 'murni',
      amount: 60_000_000,
      spread: 'equal',
      decreeRef: 'Perda Kota Malang No. 7 Tahun 2024 tentang APBD TA 2025',
      decreeDate: '2024-12-20',
      effectiveFrom: '2025-01-01',
    });
    expect(target.statusCode).toBe(201);
    const res = await kepala.get(`${MALANG}/revenue/dashboard?year=2025`);
    expect(res.statusCode).toBe(200);
    const d = res.json();
    expect(d).toMatchObject({ year: 2025, day: '2025-03-11', recordsBegin: '2024-06' });
    expect(new Date(d.asOf).getTime()).toBe(t.clock.now().getTime());
    const hotel = d.taxes.find((x: { taxCode: string }) => x.taxCode === 'pbjt_perhotelan');
    // Rp5m in February and Rp3m on 10 March, reversed on 11 March: Rp5m against Rp60m.
    expect(hotel).toMatchObject({
      name: { id: 'PBJT Jasa Perhotelan', en: 'PBJT hotel services' },
      target: 60_000_000,
      // January and February in full, 11 of March's 31 days: 10m + 5m × 11/31.
      targetToDate: 11_774_194,
      realised: 5_000_000,
      achievementPercent: 8.3,
      achievementToDatePercent: 42.5,
      sameDateLastYear: null,
    });
    // 2024 is on record only from June: no earlier year to read a season from, so the linear pace (70 of 365 days).
    expect(hotel.forecast).toMatchObject({
      yearEnd: 26_071_429,
      method: 'linear',
      backtestErrorPercent: null,
    });
    expect(hotel.forecast.methodText.en).toContain('(70 of 365)');
    const food = d.taxes.find((x: { taxCode: string }) => x.taxCode === 'pbjt_makanan_minuman');
    expect(food).toMatchObject({ target: null, realised: 3_040_000, achievementPercent: null });
    expect(d.totals).toMatchObject({ target: 60_000_000, realised: 5_000_000 + 3_040_000 + 750_000 });
    expect(d.months).toHaveLength(12);
    expect(d.months.slice(0, 4)).toEqual([
      {
        month: '2025-01',
        target: 5_000_000,
        realised: 1_000_000,
        cumulativeTarget: 5_000_000,
        cumulativeRealised: 1_000_000,
      },
      {
        month: '2025-02',
        target: 5_000_000,
        realised: 7_040_000,
        cumulativeTarget: 10_000_000,
        cumulativeRealised: 8_040_000,
      },
      {
        month: '2025-03',
        target: 5_000_000,
        realised: 750_000,
        cumulativeTarget: 15_000_000,
        cumulativeRealised: 8_790_000,
      },
      {
        month: '2025-04',
        target: 5_000_000,
        realised: null,
        cumulativeTarget: 20_000_000,
        cumulativeRealised: null,
      },
    ]);
  });

  it("last year's dashboard reads to 31 December and its realisation", async () => {
    const d = (await kepala.get(`${MALANG}/revenue/dashboard?year=2024`)).json();
    expect(d.day).toBe('2024-12-31');
    expect(d.totals.realised).toBe(400_000);
    expect(d.taxes[0].forecast.yearEnd).toBe(400_000);
  });
});

describe('the realisation broken down, and the payments behind each figure', () => {
  it('by kelurahan: each with its name, the figures adding up to the year', async () => {
    const res = (await kepala.get(`${MALANG}/revenue/realisation?year=2025&by=kelurahan`)).json();
    expect(
      res.rows.map((r: { key: string; label: { id: string }; total: number }) => [
        r.key,
        r.label.id,
        r.total,
      ]),
    ).toEqual([
      [KAUMAN, 'Kauman, Klojen', 6_750_000],
      [ORO_ORO_DOWO, 'Oro-oro Dowo, Klojen', 2_040_000],
    ]);
    expect(res.total).toBe(8_790_000);
  });

  it('by month, by bank and by kecamatan for one tax', async () => {
    const months = (await kepala.get(`${MALANG}/revenue/realisation?year=2025&by=month`)).json();
    expect(months.rows.map((r: { key: string; total: number }) => [r.key, r.total])).toEqual([
      ['2025-01', 1_000_000],
      ['2025-02', 7_040_000],
      ['2025-03', 750_000],
    ]);
    expect(months.rows[1].label).toEqual({ id: 'Februari 2025', en: 'February 2025' });
    const banks = (await kepala.get(`${MALANG}/revenue/realisation?year=2025&by=bank`)).json();
    expect(banks.rows).toMatchObject([{ key: 'BANKJATIM', label: { id: 'Bank Jatim' }, total: 8_790_000 }]);
    const districts = (
      await kepala.get(`${MALANG}/revenue/realisation?year=2025&by=kecamatan&taxCode=pbjt_makanan_minuman`)
    ).json();
    expect(districts.rows).toMatchObject([
      { key: '35.73.02', label: { id: 'Kecamatan Klojen', en: 'Klojen district' }, total: 3_040_000 },
    ]);
  });

  it("March's hotel figure drills down to its payment and its reversal, adding up to it, each with its SSPD", async () => {
    const res = (
      await kepala.get(`${MALANG}/revenue/payments?year=2025&month=3&taxCode=pbjt_perhotelan`)
    ).json();
    expect(res).toMatchObject({ count: 2, amount: 0 });
    expect(
      res.items.map((e: { kind: string; day: string; amount: number }) => [e.kind, e.day, e.amount]),
    ).toEqual([
      ['reversal', '2025-03-11', -3_000_000],
      ['payment', '2025-03-10', 3_000_000],
    ]);
    const payment = res.items[1];
    expect(payment).toMatchObject({
      ntpd: expect.stringMatching(/^3573250310\d{8}$/),
      partnerName: 'Bank Jatim',
      channel: 'bank_jatim',
      villageCode: ORO_ORO_DOWO,
      principal: 3_000_000,
      penalty: 0,
      sspd: `/api/v1/regions/35.73/payments/${payment.paymentId}/sspd.pdf`,
    });
    expect(payment.taxpayerName).toMatch(/^Wajib Pajak \d+$/);
    const sspd = await kepala.get(payment.sspd);
    expect([sspd.statusCode, sspd.headers['content-type']]).toEqual([200, 'application/pdf']);
  });

  it('the drill-down pages across both kinds of entry, newest first, the count still the whole figure', async () => {
    const page = (offset: number) =>
      kepala.get(
        `${MALANG}/revenue/payments?year=2025&month=3&taxCode=pbjt_perhotelan&limit=1&offset=${offset}`,
      );
    const pages = await Promise.all([0, 1, 2].map(async (offset) => (await page(offset)).json()));
    expect(pages.map((p) => p.items.map((e: { kind: string; day: string }) => [e.kind, e.day]))).toEqual([
      [['reversal', '2025-03-11']],
      [['payment', '2025-03-10']],
      [],
    ]);
    expect(pages.map((p) => p.count)).toEqual([2, 2, 2]);
  });

  it('a kelurahan drills down with its code, sanctions split from principal', async () => {
    const res = (
      await kepala.get(
        `${MALANG}/revenue/payments?year=2025&villageCode=${ORO_ORO_DOWO}&taxCode=pbjt_makanan_minuman`,
      )
    ).json();
    expect(res).toMatchObject({ count: 1, principal: 2_000_000, penalty: 40_000, amount: 2_040_000 });
  });

  it('the drill-down names its filters and each payment’s tax in words, not codes', async () => {
    const res = (
      await kepala.get(
        `${MALANG}/revenue/payments?year=2025&villageCode=${ORO_ORO_DOWO}&taxCode=pbjt_makanan_minuman&channel=bank_jatim&partnerId=BANKJATIM`,
      )
    ).json();
    expect(res.filters).toEqual([
      {
        key: 'taxCode',
        value: 'pbjt_makanan_minuman',
        label: { id: 'PBJT Makanan dan/atau Minuman', en: 'PBJT food and beverages' },
      },
      {
        key: 'villageCode',
        value: ORO_ORO_DOWO,
        label: { id: expect.stringMatching(/^Oro/), en: expect.any(String) },
      },
      { key: 'channel', value: 'bank_jatim', label: { id: 'Bank Jatim', en: 'Bank Jatim' } },
      { key: 'partnerId', value: 'BANKJATIM', label: { id: 'Bank Jatim', en: 'Bank Jatim' } },
    ]);
    expect(res.filters[1].label.id).toContain(', Klojen');
    expect(res.items[0].taxName).toEqual({
      id: 'PBJT Makanan dan/atau Minuman',
      en: 'PBJT food and beverages',
    });
  });

  it('the table and the drill-down download as CSV and XLSX', async () => {
    const csv = await kepala.get(
      `${MALANG}/revenue/realisation/download?year=2025&by=taxCode&format=csv&lang=en`,
    );
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.headers['content-disposition']).toBe(
      'attachment; filename="realisasi-35.73-2025-taxCode.csv"',
    );
    const lines = csv.body.replace('\ufeff', '').trim().split('\r\n');
    expect(lines[0]).toBe('Key,Item,Principal,Sanctions,Total,Payments');
    expect(lines).toContain('pbjt_makanan_minuman,PBJT food and beverages,3000000,40000,3040000,2');
    const xlsx = await kepala.get(`${MALANG}/revenue/payments/download?year=2025&month=3&format=xlsx`);
    expect(xlsx.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0];
    expect(sheet?.name).toBe('Pembayaran');
    expect(sheet?.getRow(1).getCell(1).value).toBe('Tanggal');
    expect(sheet?.rowCount).toBe(4);
  });
});

describe('who reads the command center', () => {
  it('the pimpinan reads the dashboard, the realisation and the payments, and may not enter a target', async () => {
    const pimpinan = await signedIn(t.app, 'pimpinan@malang.demo');
    for (const path of ['/revenue/dashboard', '/revenue/realisation?by=channel', '/revenue/payments'])
      expect((await pimpinan.get(`${MALANG}${path}`)).statusCode, path).toBe(200);
    const post = await pimpinan.post(`${MALANG}/revenue/targets`, {
      year: 2025,
      taxCode: 'reklame',
      stage: 'murni',
      amount: 1,
      decreeRef: 'x',
      decreeDate: '2024-12-20',
      effectiveFrom: '2025-01-01',
    });
    expect([post.statusCode, post.json().code]).toEqual([403, 'FORBIDDEN_ROLE']);
  });

  it('a taxpayer gets 403; the head of another region gets 404', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    for (const path of ['/revenue/dashboard', '/revenue/realisation', '/revenue/payments'])
      expect((await wp.get(`${MALANG}${path}`)).statusCode, path).toBe(403);
    const bangka = await signedIn(t.app, 'kepala@bangka.demo');
    expect((await bangka.get(`${MALANG}/revenue/dashboard`)).statusCode).toBe(404);
    const own = (await bangka.get('/api/v1/regions/19.01/revenue/dashboard')).json();
    expect(own.totals.realised).toBe(7_777_000);
  });
});
