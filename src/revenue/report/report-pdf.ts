import { chartSvg } from '../../documents/charts';
import { type DocumentBase, renderPdf, Sheet, type TableRow } from '../../documents/layout';
import {
  formatDate,
  formatDateTime,
  formatMonth,
  formatNumber,
  formatRupiah,
} from '../../platform/human-format';
import { cumulativeChart, mixChart, monthlyChart, percentText } from './report-charts';
import type { ReportFigure, ReportFigures } from './report-figures';
import { periodOf } from './report-month';

/** What a monthly revenue report prints: its number and month, who made it and when, and the figures it issued. */
export interface RevenueReportDocument extends DocumentBase {
  reportId: number;
  number: string;
  year: number;
  month: number;
  revision: number;
  /** The day the figures are counted through. */
  day: string;
  complete: boolean;
  generatedAt: Date;
  generatedBy: string | null;
  scheduled: boolean;
  figures: ReportFigures;
}

export const REPORT_TITLE = 'LAPORAN REALISASI PENDAPATAN DAERAH';

/** `Laporan Realisasi Pendapatan Daerah — Februari 2025`. */
export function reportTitle(year: number, month: number): string {
  return `Laporan Realisasi Pendapatan Daerah — ${formatMonth(periodOf({ year, month }), 'id')}`;
}

const CHART_HEIGHT = { monthly: 148, cumulative: 148, mix: 124 };

/** A figure or a dash. */
const rupiah = (n: number | null) => (n === null ? '-' : formatRupiah(n));
const amount = (n: number | null) => (n === null ? '-' : formatNumber(n, 'id'));
const share = (n: number | null) => (n === null ? '-' : percentText(n));
const signed = (n: number | null) => (n === null ? '-' : `${n > 0 ? '+' : ''}${percentText(n)}`);

/** Growth against the same date last year, in percent to one decimal; null without last year's figure. */
function growth(f: ReportFigure): number | null {
  if (f.sameDateLastYear === null || f.sameDateLastYear <= 0) return null;
  return Math.round(((f.realised - f.sameDateLastYear) / f.sameDateLastYear) * 1000) / 10;
}

/**
 * The monthly report on A4: the summary in key figures and lines, the table by tax type, the three charts (drawn as
 * vectors from ECharts' SVG), notes on the figures' source and the forecast's method, and the verification QR.
 * Drawn from the snapshot alone, so every download of a report is the same document.
 */
export async function renderReportPdf(r: RevenueReportDocument): Promise<Uint8Array> {
  const f = r.figures;
  const [monthly, cumulative, mix] = await Promise.all([
    chartSvg(monthlyChart(f), Sheet.width, CHART_HEIGHT.monthly),
    chartSvg(cumulativeChart(f), Sheet.width, CHART_HEIGHT.cumulative),
    chartSvg(mixChart(f), Sheet.width, CHART_HEIGHT.mix),
  ]);
  const monthName = formatMonth(periodOf(r), 'id');
  const day = formatDate(f.day, 'id');
  const t = f.totals;
  const lastYear = r.year - 1;
  return renderPdf(
    {
      title: reportTitle(r.year, r.month),
      subject: `${reportTitle(r.year, r.month)} - ${r.region.name}`,
      keywords: `${REPORT_TITLE} ${r.number} ${periodOf(r)} ${r.verification.code}`,
      printedOn: r.printedOn,
    },
    r,
    (sheet) => {
      sheet.title(reportTitle(r.year, r.month), [
        `Nomor: ${r.number}`,
        r.complete
          ? `Keadaan sampai dengan ${day}`
          : `Keadaan sampai dengan ${day} (bulan berjalan, belum berakhir)`,
      ]);
      const forecastShare = t.target ? Math.round((t.forecast.yearEnd / t.target) * 1000) / 10 : null;
      sheet.keyFigures([
        {
          label: `Target pendapatan ${r.year}`,
          value: rupiah(t.target),
          note:
            t.target === null
              ? 'Belum ada target yang disetujui'
              : `Target APBD yang berlaku; s.d. tanggal: ${rupiah(t.targetToDate)}`,
        },
        {
          label: `Realisasi s.d. ${day}`,
          value: formatRupiah(t.realised),
          note: `${monthName}: ${formatRupiah(t.monthRealised)}`,
        },
      ]);
      sheet.keyFigures([
        {
          label: 'Capaian terhadap target setahun',
          value: share(t.achievementPercent),
          note: `Terhadap target s.d. tanggal: ${share(t.achievementToDatePercent)}`,
        },
        {
          label: `Proyeksi realisasi akhir ${r.year}`,
          value: formatRupiah(t.forecast.yearEnd),
          note: `${forecastShare === null ? 'Tanpa target' : `${share(forecastShare)} dari target`}; galat uji mundur ${signed(t.forecast.backtestErrorPercent)}`,
        },
      ]);

      sheet.section('Ringkasan');
      sheet.fields([
        { label: `Realisasi ${monthName}`, value: formatRupiah(t.monthRealised) },
        { label: 'Target s.d. tanggal', value: rupiah(t.targetToDate) },
        {
          label: 'Capaian',
          value: `${share(t.achievementPercent)} dari target setahun; ${share(t.achievementToDatePercent)} dari target s.d. tanggal`,
        },
        {
          label: `Tanggal yang sama ${lastYear}`,
          value:
            t.sameDateLastYear === null
              ? `Tidak tercatat (data mulai ${f.recordsBegin ? formatMonth(f.recordsBegin, 'id') : '-'})`
              : `${formatRupiah(t.sameDateLastYear)} (pertumbuhan ${signed(growth(t))})`,
        },
        { label: 'Metode proyeksi', value: t.forecast.methodText.id },
        {
          label: 'Galat uji mundur',
          value:
            t.forecast.backtestErrorPercent === null
              ? `Tidak dapat diuji (data ${lastYear} tidak lengkap)`
              : `${signed(t.forecast.backtestErrorPercent)}: metode yang sama, diterapkan pada ${lastYear} pada tanggal yang sama, dibandingkan dengan realisasi ${lastYear} seluruhnya (+ berarti melebihi)`,
        },
      ]);

      sheet.section('Realisasi per jenis pajak (dalam rupiah)', 80);
      const rows: TableRow[] = f.taxes.map((x, i) => ({
        cells: [
          String(i + 1),
          x.name.id,
          amount(x.target),
          amount(x.monthRealised),
          amount(x.realised),
          share(x.achievementPercent),
          amount(x.forecast.yearEnd),
        ],
      }));
      rows.push({
        cells: [
          '',
          'Jumlah',
          amount(t.target),
          amount(t.monthRealised),
          amount(t.realised),
          share(t.achievementPercent),
          amount(t.forecast.yearEnd),
        ],
        total: true,
      });
      sheet.table(
        [
          { header: 'No', width: 4, align: 'right' },
          { header: 'Jenis pajak', width: 24 },
          { header: `Target ${r.year}`, width: 16, align: 'right' },
          { header: `Realisasi ${monthName}`, width: 16, align: 'right' },
          { header: 'Realisasi s.d. tanggal', width: 16, align: 'right' },
          { header: '% target', width: 9, align: 'right' },
          { header: 'Proyeksi akhir tahun', width: 17, align: 'right' },
        ],
        rows,
      );

      sheet.section('Grafik', CHART_HEIGHT.monthly + 20);
      sheet.figure(`Realisasi dan target per bulan, ${r.year}`, monthly, CHART_HEIGHT.monthly);
      sheet.figure(
        `Realisasi kumulatif terhadap garis target, ${r.year}`,
        cumulative,
        CHART_HEIGHT.cumulative,
      );
      sheet.figure(`Komposisi realisasi per jenis pajak s.d. ${day}`, mix, CHART_HEIGHT.mix);

      sheet.section('Catatan', 60);
      for (const note of notes(r)) sheet.paragraph(note);
    },
  );
}

/** What the figures are and where they come from, and who made the report when. */
function notes(r: RevenueReportDocument): string[] {
  const f = r.figures;
  const tz = r.region.timeZone;
  return [
    'Realisasi: pokok pajak dan sanksi administratif (bunga) yang diterima, dikurangi pembatalan, menurut tanggal ' +
      'penerimaan. Target: target APBD (murni atau perubahan) yang berlaku pada tanggal laporan setelah disetujui ' +
      'Kepala Badan Pendapatan Daerah; target s.d. tanggal adalah rincian bulanannya sampai tanggal itu. Proyeksi: ' +
      'realisasi s.d. tanggal dibagi bagian realisasi setahun yang pada tahun-tahun sebelumnya telah diterima pada ' +
      'tanggal yang sama (pola musiman), atau menurut hari yang telah berlalu bila datanya tidak lengkap; jumlahnya ' +
      'adalah jumlah proyeksi tiap jenis pajak.',
    `Data realisasi ${f.refreshedAt ? `per ${formatDateTime(f.refreshedAt, tz, 'id')}` : 'belum pernah dihitung'}. ` +
      `Laporan ini dibuat ${formatDateTime(r.generatedAt, tz, 'id')} ${
        r.scheduled
          ? 'secara terjadwal oleh sistem (setiap tanggal 1 untuk bulan sebelumnya)'
          : r.generatedBy
            ? `atas permintaan ${r.generatedBy}`
            : 'oleh sistem atas perintah operator'
      }; angka-angkanya disimpan sebagaimana diterbitkan, sehingga setiap unduhan menampilkan isi yang sama.`,
  ];
}
