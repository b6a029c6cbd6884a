import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AREAS } from '../src/app';
import { payDemoBill } from '../src/payments/pay-demo-bill';
import { readAuditChain, verifyChain } from '../src/platform/audit';
import { formatNumber, formatRupiah } from '../src/platform/human-format';
import { REPORT_DOCUMENT } from '../src/revenue/report/report-document';
import type { ReportFigures } from '../src/revenue/report/report-figures';
import { runScheduledReports } from '../src/revenue/report/report-schedule';
import { pageSizes, pdfText } from './support/pdf';
import { type Agent, signedIn, startTestApp, type TestApp } from './support/test-app';

/**
 * The mayor's monthly revenue report (issue 15): made on demand for a month that is over or the current one, and by
 * the serving process on the 1st for the month before, once per region; a PDF with the dashboard's figures as of the
 * report's day, its charts and a verification QR, kept as issued. The clock stands at 11 March 2025, 10:00 WIB; the
 * demo has two years of history, both years' targets and February's report in both regions.
 */

let t: TestApp;
let kepala: Agent;
const MALANG = '/api/v1/regions/35.73';

interface Line {
  taxCode: string;
  name: { id: string; en: string };
  target: number | null;
  realised: number;
  achievementPercent: number | null;
  sameDateLastYear: number | null;
  forecast: { yearEnd: number; methodText: { id: string }; backtestErrorPercent: number | null };
}
interface Dashboard {
  day: string;
  taxes: Line[];
  totals: Omit<Line, 'taxCode' | 'name'>;
}
interface Report {
  id: number;
  year: number;
  month: number;
  revision: number;
  number: string;
  day: string;
  complete: boolean;
  generatedBy: string | null;
  scheduled: boolean;
  realised: number;
  target: number | null;
  pdf: string;
}

beforeAll(async () => {
  t = await startTestApp();
  for (const area of AREAS) await area.demo?.history?.(t.db, t.clock.now(), payDemoBill);
  kepala = await signedIn(t.app, 'kepala@malang.demo');
}, 240_000);
afterAll(() => t?.close());

const flat = (text: string) => text.replace(/\s+/g, ' ');

async function dashboardAsOf(agent: Agent, day: string): Promise<Dashboard> {
  const res = await agent.get(`${MALANG}/revenue/dashboard?year=${day.slice(0, 4)}&asOf=${day}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

async function generate(agent: Agent, year: number, month: number, region = MALANG) {
  return agent.post(`${region}/revenue/reports`, { year, month });
}

async function pdfOf(agent: Agent, report: Pick<Report, 'pdf'>) {
  const res = await agent.get(report.pdf);
  expect(res.statusCode, res.body.slice(0, 300)).toBe(200);
  return res;
}

describe('the demo', () => {
  it("has the last complete month's report (February) in both regions, made by the system", async () => {
    for (const [email, region] of [
      ['kepala@malang.demo', '35.73'],
      ['pimpinan@bangka.demo', '19.01'],
    ] as const) {
      const agent = await signedIn(t.app, email);
      const res = await agent.get(`/api/v1/regions/${region}/revenue/reports`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json().items).toEqual([
        expect.objectContaining({
          year: 2025,
          month: 2,
          revision: 1,
          number: `LRPD/${region}/2025-02/1`,
          day: '2025-02-28',
          complete: true,
          scheduled: true,
          generatedBy: null,
        }),
      ]);
      expect(res.json().items[0].realised).toBeGreaterThan(0);
    }
  });
});

describe('a report made on demand', () => {
  let report: Report;

  it('answers 201 with the report: its month, its number within the month, the day counted through, its PDF', async () => {
    const res = await generate(kepala, 2025, 2);
    expect(res.statusCode, res.body).toBe(201);
    report = res.json();
    expect(report).toMatchObject({
      year: 2025,
      month: 2,
      revision: 2,
      number: 'LRPD/35.73/2025-02/2',
      day: '2025-02-28',
      complete: true,
      scheduled: false,
      generatedBy: expect.any(String),
      pdf: `${MALANG}/revenue/reports/${report.id}/pdf`,
    });
    const list = (await kepala.get(`${MALANG}/revenue/reports`)).json().items as Report[];
    expect(list.map((r) => r.number)).toEqual(['LRPD/35.73/2025-02/2', 'LRPD/35.73/2025-02/1']);
  });

  it("prints the dashboard's figures as of the month's last day: region, month, totals, each tax, forecast", async () => {
    const d = await dashboardAsOf(kepala, '2025-02-28');
    const january = await dashboardAsOf(kepala, '2025-01-31');
    expect(report.realised).toBe(d.totals.realised);
    expect(report.target).toBe(d.totals.target);

    const res = await pdfOf(kepala, report);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(
      'inline; filename="laporan-pendapatan-kota-malang-2025-02-2.pdf"',
    );
    const pdf = new Uint8Array(res.rawPayload);
    for (const page of pageSizes(pdf)) expect(page).toEqual({ width: 595.28, height: 841.89 });
    const text = flat(pdfText(pdf));
    expect(text).toContain('PEMERINTAH KOTA MALANG');
    expect(text).toContain('Laporan Realisasi Pendapatan Daerah — Februari 2025');
    expect(text).toContain('Nomor: LRPD/35.73/2025-02/2');
    expect(text).toContain('Keadaan sampai dengan 28 Februari 2025');

    const totals = d.totals;
    expect(text).toContain(formatRupiah(totals.target as number));
    expect(text).toContain(formatRupiah(totals.realised));
    expect(text).toContain(formatRupiah(totals.forecast.yearEnd));
    expect(text).toContain(formatRupiah(totals.sameDateLastYear as number));
    expect(text).toContain(formatRupiah(totals.realised - january.totals.realised));
    expect(text).toContain(totals.forecast.methodText.id);
    expect(text).toContain(`${String(totals.achievementPercent).replace('.', ',')}%`);
    const backtest = totals.forecast.backtestErrorPercent as number;
    expect(text).toContain(`${backtest > 0 ? '+' : ''}${String(backtest).replace('.', ',')}%`);

    // The table by tax type: the year's target, the month's realisation, to date, and the forecast, each tax.
    expect(d.taxes.length).toBeGreaterThan(3);
    for (const tax of d.taxes) {
      const inJanuary = january.taxes.find((x) => x.taxCode === tax.taxCode)?.realised ?? 0;
      expect(text, tax.taxCode).toContain(tax.name.id);
      if (tax.target !== null) expect(text, tax.taxCode).toContain(formatNumber(tax.target, 'id'));
      expect(text, tax.taxCode).toContain(formatNumber(tax.realised, 'id'));
      expect(text, tax.taxCode).toContain(formatNumber(tax.realised - inJanuary, 'id'));
      expect(text, tax.taxCode).toContain(formatNumber(tax.forecast.yearEnd, 'id'));
    }
    // The three charts, their captions and their axis and legend texts drawn in the embedded faces.
    expect(text).toContain('Realisasi dan target per bulan, 2025');
    expect(text).toContain('Realisasi kumulatif terhadap garis target, 2025');
    expect(text).toContain('Komposisi realisasi per jenis pajak s.d. 28 Februari 2025');
    expect(text).toContain('Target kumulatif');
    expect(text).toContain('Agu');
    expect(text).toContain('Kode verifikasi: L3573-');
  });

  it('is kept as issued: a target revised afterwards changes the next report, not a download of this one', async () => {
    const before = Buffer.from((await pdfOf(kepala, report)).rawPayload);
    const d = await dashboardAsOf(kepala, '2025-02-28');
    const parking = d.taxes.find((x) => x.taxCode === 'pbjt_parkir') as Line;
    const raised = Math.round(((parking.target as number) * 1.5) / 1000) * 1000;
    const revised = await kepala.post(`${MALANG}/revenue/targets`, {
      year: 2025,
      taxCode: 'pbjt_parkir',
      stage: 'perubahan',
      amount: raised,
      spread: 'equal',
      decreeRef: 'Perkada Kota Malang Nomor 3 Tahun 2025 (uji)',
      decreeDate: '2025-01-30',
      effectiveFrom: '2025-02-01',
    });
    expect(revised.statusCode, revised.body).toBe(201);
    expect(
      (await dashboardAsOf(kepala, '2025-02-28')).taxes.find((x) => x.taxCode === 'pbjt_parkir'),
    ).toMatchObject({ target: raised });

    // The next day, signed in afresh: the same bytes, the target as it was when the report was made.
    t.clock.advance(24 * 3600_000);
    try {
      const tomorrow = await signedIn(t.app, 'kepala@malang.demo');
      const again = Buffer.from((await pdfOf(tomorrow, report)).rawPayload);
      expect(again.equals(before)).toBe(true);
      expect(flat(pdfText(again))).not.toContain(formatNumber(raised, 'id'));
      const next = await generate(tomorrow, 2025, 2);
      expect(next.statusCode, next.body).toBe(201);
      expect(flat(pdfText(new Uint8Array((await pdfOf(tomorrow, next.json())).rawPayload)))).toContain(
        formatNumber(raised, 'id'),
      );
    } finally {
      t.clock.advance(-24 * 3600_000);
      // Sessions idle for a day have expired by then: back on the day, sign in again.
      kepala = await signedIn(t.app, 'kepala@malang.demo');
    }
  });

  it('verifies publicly: genuine, and no longer current once a later report of the month exists', async () => {
    const res = await pdfOf(kepala, report);
    const code = /Kode verifikasi: (L3573-\d+-[0-9A-Z]{16})/.exec(
      flat(pdfText(new Uint8Array(res.rawPayload))),
    )?.[1];
    expect(code).toBeDefined();
    const verified = await t.app.inject({ method: 'GET', url: `/api/v1/public/verify/${code}` });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(verified.json()).toMatchObject({
      genuine: true,
      kind: 'revenue_report',
      current: false,
      reference: 'LRPD/35.73/2025-02/2',
      status: 'superseded',
      revenue_report: { period: '2025-02', revision: 2, latestRevision: 3, day: '2025-02-28' },
    });
  });

  it('of the current month counts through today and says the month is still running', async () => {
    const res = await generate(kepala, 2025, 3);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ month: 3, revision: 1, day: '2025-03-11', complete: false });
    const d = await dashboardAsOf(kepala, '2025-03-11');
    const text = flat(pdfText(new Uint8Array((await pdfOf(kepala, res.json())).rawPayload)));
    expect(text).toContain('Laporan Realisasi Pendapatan Daerah — Maret 2025');
    expect(text).toContain('Keadaan sampai dengan 11 Maret 2025 (bulan berjalan, belum berakhir)');
    expect(text).toContain(formatRupiah(d.totals.realised));
  });

  it('is audited: who asked for it, the month and the figures it issued', async () => {
    const admin = await signedIn(t.app, 'admin@malang.demo');
    const res = await admin.get(`${MALANG}/audit?action=revenue_report.generate`);
    expect(res.statusCode, res.body).toBe(200);
    const entries = res.json().entries as {
      actor: string;
      entityId: string;
      subject: { name: string } | null;
      after: Record<string, unknown>;
    }[];
    const mine = entries.find((e) => e.entityId === String(report.id));
    expect(mine).toMatchObject({
      actor: 'kepala@malang.demo',
      subject: { name: 'LRPD/35.73/2025-02/2' },
      after: {
        reportMonth: '2025-02',
        reportRevision: 2,
        asOfDay: '2025-02-28',
        realisedToDate: report.realised,
      },
    });
    expect(entries.some((e) => e.actor === 'system')).toBe(true);
    expect((await verifyChain(readAuditChain(t.db, '35.73'))).ok).toBe(true);
  });
});

describe('a city’s figures', () => {
  it('thirteen-digit amounts are printed whole, each on one line, in the key figures and the table', async () => {
    const [row] = await t.db.query<{ id: number }>(
      "SELECT id FROM revenue_report WHERE region_id = '35.73' ORDER BY id LIMIT 1",
    );
    const document = await REPORT_DOCUMENT.load(
      t.db,
      '35.73',
      row?.id as number,
      '2025-03-11',
      'https://pajak.example.go.id',
      t.secrets.document,
    );
    // Every amount scaled to a city's (Rp 12.345.678.901 and more), the percentages and the calendar left as they are.
    const amounts = new Set([
      'target',
      'targetToDate',
      'realised',
      'monthRealised',
      'sameDateLastYear',
      'yearEnd',
    ]);
    const scale = (value: unknown, key = ''): unknown =>
      typeof value === 'number' && (amounts.has(key) || /^cumulative|^realised$|^target$/.test(key))
        ? value * 5_000
        : Array.isArray(value)
          ? value.map((v) => scale(v))
          : value && typeof value === 'object'
            ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, scale(v, k)]))
            : value;
    const figures = scale(document.figures) as ReportFigures;
    expect(String(figures.totals.target).length).toBeGreaterThanOrEqual(13);
    const lines = pdfText(await REPORT_DOCUMENT.render({ ...document, figures })).split('\n');
    expect(lines).toContain(formatRupiah(figures.totals.target as number));
    expect(lines).toContain(formatRupiah(figures.totals.forecast.yearEnd));
    for (const tax of figures.taxes) {
      if (tax.target !== null) expect(lines, tax.taxCode).toContain(formatNumber(tax.target, 'id'));
      expect(lines, tax.taxCode).toContain(formatNumber(tax.forecast.yearEnd, 'id'));
    }
    expect(lines).toContain(formatNumber(figures.totals.forecast.yearEnd, 'id'));
  });
});

describe('refused', () => {
  it('a month not yet begun: 400 with a code, in Indonesian and English, and nothing made', async () => {
    const count = async () =>
      (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM revenue_report'))[0]?.n;
    const before = await count();
    const res = await generate(kepala, 2025, 4);
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'REVENUE_REPORT_MONTH_NOT_BEGUN' });
    expect(res.json().detail).toContain('April 2025');
    expect(res.json().detail).toContain('11 Maret 2025');
    const en = await kepala.post(
      `${MALANG}/revenue/reports`,
      { year: 2026, month: 1 },
      {
        headers: { 'accept-language': 'en' },
      },
    );
    expect(en.statusCode).toBe(400);
    expect(en.json().detail).toContain('January 2026');
    expect(en.json().detail).toContain('11 March 2025');
    expect(await count()).toBe(before);
  });

  it('a month out of 1–12 or a body with more: 400 validation', async () => {
    expect((await generate(kepala, 2025, 13)).statusCode).toBe(400);
    expect(
      (await kepala.post(`${MALANG}/revenue/reports`, { year: 2025, month: 2, lang: 'x' })).statusCode,
    ).toBe(400);
  });

  it("another region's people: 404, as for a region that is not hosted, and a report id of another region: 404", async () => {
    const bangka = await signedIn(t.app, 'kepala@bangka.demo');
    const [malangReport] = (await kepala.get(`${MALANG}/revenue/reports`)).json().items as Report[];
    expect((await bangka.get(`${MALANG}/revenue/reports`)).statusCode).toBe(404);
    expect((await generate(bangka, 2025, 2)).statusCode).toBe(404);
    expect((await bangka.get(`${MALANG}/revenue/reports/${malangReport?.id}/pdf`)).statusCode).toBe(404);
    const own = await bangka.get(`/api/v1/regions/19.01/revenue/reports/${malangReport?.id}/pdf`);
    expect(own.statusCode).toBe(404);
  });

  it('a taxpayer: 403 for the list, the PDF and making one', async () => {
    const wp = await signedIn(t.app, 'wp@malang.demo');
    const [any] = (await kepala.get(`${MALANG}/revenue/reports`)).json().items as Report[];
    expect((await wp.get(`${MALANG}/revenue/reports`)).statusCode).toBe(403);
    expect((await wp.get(any?.pdf as string)).statusCode).toBe(403);
    const res = await generate(wp, 2025, 2);
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN_ROLE');
  });

  it('the mayor reads and makes reports; the auditor reads and downloads them but makes none', async () => {
    const pimpinan = await signedIn(t.app, 'pimpinan@malang.demo');
    const made = await generate(pimpinan, 2025, 1);
    expect(made.statusCode, made.body).toBe(201);
    expect(made.json()).toMatchObject({ month: 1, day: '2025-01-31', generatedBy: expect.any(String) });
    const auditor = await signedIn(t.app, 'auditor@malang.demo');
    expect((await auditor.get(`${MALANG}/revenue/reports`)).statusCode).toBe(200);
    expect((await pdfOf(auditor, made.json())).headers['content-type']).toBe('application/pdf');
    expect((await generate(auditor, 2025, 1)).statusCode).toBe(403);
  });
});

describe('the run on the 1st of the month', () => {
  const scheduledOf = (year: number, month: number) =>
    t.db.query<{ regionId: string; n: number }>(
      `SELECT region_id AS "regionId", count(*)::int AS n FROM revenue_report
        WHERE year = $1 AND month = $2 AND scheduled GROUP BY 1 ORDER BY 1`,
      [year, month],
    );

  it("makes the month before's report once per region, by the system; a restart the same day makes none", async () => {
    expect(await runScheduledReports(t.db, new Date('2025-04-01T05:30:00+07:00'))).toEqual([]);
    const made = await runScheduledReports(t.db, new Date('2025-04-01T06:10:00+07:00'));
    expect(made.map((r) => r.number).sort()).toEqual(['LRPD/19.01/2025-03/1', 'LRPD/35.73/2025-03/2']);
    for (const r of made) expect(r).toMatchObject({ day: '2025-03-31', complete: true, scheduled: true });
    expect(await runScheduledReports(t.db, new Date('2025-04-01T06:20:00+07:00'))).toEqual([]);
    expect(await runScheduledReports(t.db, new Date('2025-04-01T23:50:00+07:00'))).toEqual([]);
    expect(await scheduledOf(2025, 3)).toEqual([
      { regionId: '19.01', n: 1 },
      { regionId: '35.73', n: 1 },
    ]);
  });

  it('makes none on the 2nd, nor on any other day of the month', async () => {
    expect(await runScheduledReports(t.db, new Date('2025-05-02T08:00:00+07:00'))).toEqual([]);
    expect(await runScheduledReports(t.db, new Date('2025-05-31T08:00:00+07:00'))).toEqual([]);
    expect(await scheduledOf(2025, 4)).toEqual([]);
  });

  it('January 1st reports on last December', async () => {
    const made = await runScheduledReports(t.db, new Date('2026-01-01T07:00:00+07:00'));
    expect(made.map((r) => [r.year, r.month, r.day])).toEqual([
      [2025, 12, '2025-12-31'],
      [2025, 12, '2025-12-31'],
    ]);
  });
});
