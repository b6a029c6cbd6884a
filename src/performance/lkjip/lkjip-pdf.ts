import { type DocumentBase, renderPdf, type Sheet, type TableRow } from '../../documents/layout';
import { formatDate, formatDateTime } from '../../platform/human-format';
import type { IndicatorFigure, LkjipFigures, YearFigure } from './lkjip-figures';

/** What an LKjIP draft prints: its year, who made it and when, the figures it issued, and whether it still stands. */
export interface LkjipDocument extends DocumentBase {
  reportId: number;
  number: string;
  year: number;
  generatedAt: Date;
  generatedBy: string | null;
  figures: LkjipFigures;
}

export const LKJIP_TITLE = 'LAPORAN KINERJA INSTANSI PEMERINTAH (LKjIP)';
/** Who prepares a Pemda's LKjIP: the regional secretariat (its Bagian Organisasi), for the kepala daerah. */
const AGENCY = 'SEKRETARIAT DAERAH';

const OPINIONS: Record<string, string> = {
  wtp: 'Wajar Tanpa Pengecualian (WTP)',
  wdp: 'Wajar Dengan Pengecualian (WDP)',
  tw: 'Tidak Wajar (TW)',
  tmp: 'Tidak Menyatakan Pendapat (TMP)',
};

const numberFormat = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });
const percentFormat = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
/** A figure in Indonesian notation (`82,95`, `1.250`), or a dash. */
const figure = (n: number | null) => (n === null ? '-' : numberFormat.format(n));
const percent = (n: number | null) => (n === null ? '-' : `${percentFormat.format(n)}%`);
/** A target, or its range (`5–7`). */
const target = (y: YearFigure) =>
  y.target === null
    ? '-'
    : y.targetUpper === null
      ? figure(y.target)
      : `${figure(y.target)}–${figure(y.targetUpper)}`;
/** A realisation, marked with its quarter when Tw4 is not yet accepted (`11,9 (Tw3)`). */
const realised = (y: YearFigure) =>
  y.realisation === null
    ? '-'
    : y.quarter === 4
      ? figure(y.realisation)
      : `${figure(y.realisation)} (Tw${y.quarter})`;

/** `Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun 2024 — Draf`. */
export function lkjipTitle(year: number): string {
  return `Laporan Kinerja Instansi Pemerintah (LKjIP) Tahun ${year} — Draf`;
}

/**
 * The draft on A4, marked DRAF on every page: a cover; Bab I Pendahuluan (its legal basis); Bab II Perencanaan
 * Kinerja (the RPJMD's goals, the IKU and their targets); Bab III Akuntabilitas Kinerja (each indicator's target,
 * realisation, capaian and band beside last year's, the count per band, the SAKIP predikat, the BPK's opinion); Bab IV
 * Penutup; numbered pages and the verification QR. Drawn from the snapshot alone, so every download is the same.
 */
export function renderLkjipPdf(r: LkjipDocument): Promise<Uint8Array> {
  const f = r.figures;
  const title = lkjipTitle(r.year);
  return renderPdf(
    {
      title,
      subject: `${title} - ${r.region.name}`,
      keywords: `LKjIP ${r.year} ${r.number} ${r.verification.code}`,
      printedOn: r.printedOn,
      agency: AGENCY,
      system: 'sistem manajemen kinerja daerah',
    },
    r,
    (sheet) => {
      sheet.stamp('DRAF');
      sheet.doc.on('pageAdded', () => sheet.stamp('DRAF'));
      cover(sheet, r);
      sheet.newPage();
      chapterOne(sheet, r);
      chapterTwo(sheet, f);
      sheet.newPage();
      chapterThree(sheet, r);
      chapterFour(sheet, r);
    },
  );
}

function cover(sheet: Sheet, r: LkjipDocument): void {
  sheet.y += 120;
  sheet.title(LKJIP_TITLE, [`TAHUN ${r.year}`, r.region.name.toUpperCase()]);
  sheet.y += 20;
  sheet.title('DRAF', [`Nomor: ${r.number}`]);
  sheet.y += 60;
  sheet.fields([
    { label: 'Pemerintah daerah', value: r.region.name },
    { label: 'Tahun yang dilaporkan', value: String(r.year) },
    { label: 'Disusun', value: formatDateTime(r.generatedAt, r.region.timeZone, 'id') },
    { label: 'Atas permintaan', value: r.generatedBy ?? 'Sistem' },
  ]);
  sheet.paragraph(
    'Draf ini disusun otomatis dari data kinerja yang tercatat pada tanggal penyusunannya: target dari pohon ' +
      'kinerja, realisasi triwulanan yang telah diterima verifikator, hasil evaluasi SAKIP dan opini BPK. Draf ' +
      'bukan laporan yang ditetapkan: uraian analisis, efisiensi dan pembandingan nasional dilengkapi oleh penyusun.',
  );
}

function chapterOne(sheet: Sheet, r: LkjipDocument): void {
  sheet.section('Bab I Pendahuluan');
  sheet.paragraph(
    `Laporan Kinerja Instansi Pemerintah (LKjIP) ${r.region.name} Tahun ${r.year} disusun sebagai wujud ` +
      'pertanggungjawaban atas pelaksanaan tugas dan fungsi pemerintah daerah dalam mencapai sasaran strategis ' +
      'yang ditetapkan dalam RPJMD dan Perjanjian Kinerja tahun yang bersangkutan.',
  );
  sheet.fields([
    {
      label: 'Dasar hukum',
      value:
        'Peraturan Presiden Nomor 29 Tahun 2014 tentang Sistem Akuntabilitas Kinerja Instansi Pemerintah; ' +
        'Peraturan Menteri PANRB Nomor 53 Tahun 2014 tentang Petunjuk Teknis Perjanjian Kinerja, Pelaporan Kinerja ' +
        'dan Tata Cara Reviu atas Laporan Kinerja Instansi Pemerintah',
    },
    { label: 'Pemerintah daerah', value: `${r.region.name} (kode wilayah ${r.region.id})` },
    { label: 'Periode', value: `1 Januari – 31 Desember ${r.year}` },
  ]);
  sheet.paragraph(
    'Sistematika: Bab I Pendahuluan; Bab II Perencanaan Kinerja (tujuan RPJMD dan Indikator Kinerja Utama beserta ' +
      'targetnya); Bab III Akuntabilitas Kinerja (capaian kinerja tiap indikator dibandingkan dengan tahun ' +
      'sebelumnya, hasil evaluasi SAKIP dan opini BPK); Bab IV Penutup.',
  );
}

function chapterTwo(sheet: Sheet, f: LkjipFigures): void {
  sheet.section('Bab II Perencanaan Kinerja', 60);
  sheet.paragraph(
    `Tujuan RPJMD dan indikatornya dengan target tahun ${f.year}, serta Indikator Kinerja Utama (IKU) pemerintah ` +
      'daerah sebagaimana tercatat dalam pohon kinerja.',
  );
  for (const [i, goal] of f.goals.entries()) {
    sheet.section(`Tujuan ${i + 1}: ${goal.name}`, 50);
    planTable(sheet, goal.indicators, f.year);
  }
  sheet.section(`Indikator Kinerja Utama (IKU) ${f.year}`, 50);
  planTable(sheet, f.iku, f.year);
}

function planTable(sheet: Sheet, indicators: readonly IndicatorFigure[], year: number): void {
  if (indicators.length === 0) {
    sheet.paragraph('Tidak ada indikator.');
    return;
  }
  sheet.table(
    [
      { header: 'No', width: 4, align: 'right' },
      { header: 'Indikator', width: 44 },
      { header: 'Perangkat daerah', width: 14 },
      { header: 'Satuan', width: 10 },
      { header: `Target ${year}`, width: 10, align: 'right' },
    ],
    indicators.map((x, i) => ({
      cells: [String(i + 1), x.name, x.opd ?? 'Pemda', x.unit, target(x.year)],
    })),
  );
}

function chapterThree(sheet: Sheet, r: LkjipDocument): void {
  const f = r.figures;
  sheet.section('Bab III Akuntabilitas Kinerja', 60);
  sheet.paragraph(
    'Capaian = realisasi ÷ target × 100% bila makin tinggi makin baik; (1 + (1 − realisasi ÷ target)) × 100% bila ' +
      'makin rendah makin baik; 100% di dalam rentang target (PermenPANRB 8/2021). Realisasi adalah triwulan ' +
      'terakhir yang diterima verifikator: bertanda (TwN) bila triwulan IV belum diterima, dan capaiannya ' +
      `dibandingkan dengan target triwulan itu. Kategori menurut tabel interpretasi ${r.region.name}` +
      `${f.bands.effectiveFrom ? ` yang berlaku sejak ${formatDate(f.bands.effectiveFrom, 'id')}` : ' (tabel bawaan, belum ditetapkan daerah)'}.`,
  );
  sheet.section(`A. Capaian Indikator Kinerja Utama ${f.year}`, 60);
  resultTable(sheet, f.iku, f.year);
  sheet.section('B. Capaian Sasaran Perangkat Daerah', 40);
  for (const opd of f.opds) {
    sheet.section(`${opd.name} (${opd.shortName})`, 60);
    resultTable(
      sheet,
      opd.sasaran.flatMap((s) => s.indicators),
      f.year,
    );
  }

  sheet.section('C. Ringkasan Capaian menurut Kategori', 80);
  const total = f.bandCounts.reduce((n, b) => n + b.count, 0) + f.withoutCapaian;
  const bands = f.bands.bands;
  const range = (i: number) => {
    const band = bands[i];
    const above = bands[i - 1];
    if (i === bands.length - 1) return above ? `< ${figure(above.from)}%` : 'Semua';
    return above ? `${figure(band?.from ?? 0)}% – < ${figure(above.from)}%` : `≥ ${figure(band?.from ?? 0)}%`;
  };
  const bandRows: TableRow[] = bands.map((b, i) => ({
    cells: [b.label, range(i), String(f.bandCounts[i]?.count ?? 0)],
  }));
  bandRows.push({ cells: ['Belum ada capaian', '-', String(f.withoutCapaian)] });
  bandRows.push({ cells: ['Jumlah indikator', '', String(total)], total: true });
  sheet.table(
    [
      { header: 'Kategori', width: 40 },
      { header: 'Capaian', width: 30 },
      { header: 'Jumlah indikator', width: 20, align: 'right' },
    ],
    bandRows,
  );

  sheet.section('D. Evaluasi SAKIP dan Opini BPK', 60);
  const opinion = f.opinions.find((o) => o.fiscalYear === f.year);
  const lastOpinion = f.opinions.find((o) => o.fiscalYear === f.year - 1);
  sheet.fields([
    {
      label: `Predikat SAKIP ${f.year}`,
      value: f.sakip
        ? `${f.sakip.predikat} (nilai ${figure(f.sakip.score)}; ${f.sakip.worksheet})`
        : 'Belum ada evaluasi SAKIP tahun ini yang selesai direviu',
    },
    {
      label: `Opini BPK atas LKPD ${f.year}`,
      value: opinion
        ? `${OPINIONS[opinion.opinion] ?? opinion.opinion}, LHP ${formatDate(opinion.reportDate, 'id')}`
        : 'Belum ada',
    },
    {
      label: `Opini BPK atas LKPD ${f.year - 1}`,
      value: lastOpinion
        ? `${OPINIONS[lastOpinion.opinion] ?? lastOpinion.opinion}, LHP ${formatDate(lastOpinion.reportDate, 'id')}`
        : 'Tidak tercatat',
    },
  ]);
}

function resultTable(sheet: Sheet, indicators: readonly IndicatorFigure[], year: number): void {
  if (indicators.length === 0) {
    sheet.paragraph('Tidak ada indikator.');
    return;
  }
  sheet.table(
    [
      { header: 'No', width: 3, align: 'right' },
      { header: 'Indikator', width: 28 },
      { header: 'Satuan', width: 8 },
      { header: `Target ${year}`, width: 8, align: 'right' },
      { header: `Realisasi ${year}`, width: 9, align: 'right' },
      { header: 'Capaian', width: 8, align: 'right' },
      { header: 'Kategori', width: 12 },
      { header: `Realisasi ${year - 1}`, width: 8, align: 'right' },
      { header: `Capaian ${year - 1}`, width: 8, align: 'right' },
    ],
    indicators.map((x, i) => ({
      cells: [
        String(i + 1),
        x.iku ? `${x.name} (IKU)` : x.name,
        x.unit,
        target(x.year),
        realised(x.year),
        percent(x.year.capaian),
        x.year.band ?? '-',
        realised(x.lastYear),
        percent(x.lastYear.capaian),
      ],
    })),
  );
}

function chapterFour(sheet: Sheet, r: LkjipDocument): void {
  sheet.section('Bab IV Penutup', 60);
  sheet.paragraph(
    `Demikian Laporan Kinerja Instansi Pemerintah ${r.region.name} Tahun ${r.year} disusun sebagai bahan ` +
      'pertanggungjawaban kinerja dan umpan balik perbaikan perencanaan serta pelaksanaan program tahun berikutnya. ' +
      'Indikator yang capaiannya belum memenuhi target perlu dianalisis penyebabnya dan ditetapkan langkah ' +
      'perbaikannya oleh perangkat daerah pengampu. [Uraian penutup dilengkapi oleh penyusun.]',
  );
  sheet.paragraph(
    `Draf ${r.number} disusun ${formatDateTime(r.generatedAt, r.region.timeZone, 'id')}` +
      `${r.generatedBy ? ` atas permintaan ${r.generatedBy}` : ''}; angka-angkanya disimpan sebagaimana disusun, ` +
      'sehingga setiap unduhan menampilkan isi yang sama.',
  );
}
