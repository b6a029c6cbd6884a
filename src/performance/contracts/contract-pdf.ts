import { type DocumentBase, renderPdf, type TableRow } from '../../documents/layout';
import { formatDate, formatDateTime, formatNumber, formatRupiah } from '../../platform/human-format';
import type { ContractItem, ContractSummary } from './contracts';

/** What the integrity pact and the Perjanjian Kinerja print: the agreed contract, its parties and signatures. */
export interface ContractDocument extends DocumentBase {
  contract: ContractSummary;
  items: ContractItem[];
  /** The region's head as the second party: `Wali Kota Malang`, `Bupati Bangka`. */
  regionHead: string;
  /** Its number, e.g. `PK/2025/Dinkes/12`. */
  number: string;
}

export const AGREEMENT_TITLE = 'PERJANJIAN KINERJA';
export const PACT_TITLE = 'PAKTA INTEGRITAS';

/** The head of a region by its name: `Kota Malang` → `Wali Kota Malang`, `Kabupaten Bangka` → `Bupati Bangka`. */
export function regionHeadOf(regionName: string): string {
  const kabupaten = /^(kabupaten|kab\.?)\s+(.+)$/i.exec(regionName.trim());
  if (kabupaten) return `Bupati ${kabupaten[2]}`;
  return `Wali ${regionName.trim()}`;
}

const figure = (n: number | null) => (n === null ? '-' : formatNumber(n, 'id'));
const target = (i: ContractItem) =>
  i.targetUpper === null ? figure(i.target) : `${figure(i.target)}–${figure(i.targetUpper)}`;
const signedText = (at: Date | null, d: ContractDocument) =>
  at ? `Ditandatangani secara elektronik ${formatDateTime(at.toISOString(), d.region.timeZone, 'id')}` : null;
const agency = (d: ContractDocument) => d.contract.opdName.toUpperCase();

/**
 * The Perjanjian Kinerja (PermenPAN-RB 53/2014, its form as governance.md §1.2 has it): the two parties, the
 * commitment and both signatures as recorded, then its lampiran: the year's targets per indicator with Tw1–Tw4 and
 * weights, the baselines and 5-year end points with timeline and budget.
 */
export function renderAgreementPdf(d: ContractDocument): Promise<Uint8Array> {
  const c = d.contract;
  const year = String(c.year);
  return renderPdf(
    {
      title: `${AGREEMENT_TITLE} TAHUN ${year}`,
      subject: `${AGREEMENT_TITLE} ${year} - ${c.opdName} - ${d.region.name}`,
      keywords: `${AGREEMENT_TITLE} ${d.number} ${d.verification.code}`,
      printedOn: d.printedOn,
      agency: agency(d),
    },
    d,
    (sheet) => {
      sheet.title(`${AGREEMENT_TITLE} TAHUN ${year}`, [`Nomor: ${d.number}`]);
      sheet.paragraph(
        'Dalam rangka mewujudkan manajemen pemerintahan yang efektif, transparan dan akuntabel serta berorientasi ' +
          'pada hasil, kami yang bertanda tangan di bawah ini:',
      );
      sheet.fields([
        { label: 'Nama', value: c.headName, bold: true },
        { label: 'Jabatan', value: `Kepala ${c.opdName}, selanjutnya disebut PIHAK PERTAMA` },
        { label: 'Nama', value: c.pimpinanSignerName ?? d.regionHead, bold: true },
        {
          label: 'Jabatan',
          value: `${d.regionHead}, selaku atasan PIHAK PERTAMA, selanjutnya disebut PIHAK KEDUA`,
        },
      ]);
      sheet.paragraph(
        `PIHAK PERTAMA berjanji akan mewujudkan target kinerja tahun ${year} dan target akhir lima tahun sebagaimana ` +
          'tercantum di bawah, yang disepakati dalam lelang kinerja, untuk mencapai target kinerja jangka menengah ' +
          'seperti yang telah ditetapkan dalam dokumen perencanaan. Keberhasilan dan kegagalan pencapaian target ' +
          'kinerja tersebut menjadi tanggung jawab PIHAK PERTAMA. PIHAK KEDUA akan melakukan supervisi yang ' +
          'diperlukan serta evaluasi terhadap capaian kinerja dari perjanjian ini dan mengambil tindakan yang ' +
          'diperlukan dalam rangka pemberian penghargaan dan sanksi.',
      );
      sheet.parties(`${d.region.shortName}, ${formatDate(d.printedOn, 'id')}`, [
        {
          role: 'PIHAK KEDUA',
          office: d.regionHead,
          name: c.pimpinanSignerName ?? '…………………………',
          signed: signedText(c.pimpinanSignedAt, d),
        },
        {
          role: 'PIHAK PERTAMA',
          office: `Kepala ${c.opdName}`,
          name: c.headName,
          signed: signedText(c.opdSignedAt, d),
        },
      ]);
      sheet.section(`Lampiran: target kinerja tahun ${year}`, 60);
      sheet.table(
        [
          { header: 'No', width: 4, align: 'right' },
          { header: 'Indikator kinerja', width: 31 },
          { header: 'Satuan', width: 12 },
          { header: 'Target', width: 9, align: 'right' },
          { header: 'Tw I', width: 8, align: 'right' },
          { header: 'Tw II', width: 8, align: 'right' },
          { header: 'Tw III', width: 8, align: 'right' },
          { header: 'Tw IV', width: 8, align: 'right' },
          { header: 'Bobot (%)', width: 9, align: 'right' },
        ],
        d.items.map(
          (i, n): TableRow => ({
            cells: [
              String(n + 1),
              i.indicatorName,
              i.unit,
              target(i),
              ...i.quarters.map((q) => figure(q)),
              figure(i.weight),
            ],
          }),
        ),
        { size: 8.5 },
      );
      sheet.section('Titik nol, target akhir lima tahun dan anggaran', 60);
      sheet.table(
        [
          { header: 'No', width: 4, align: 'right' },
          { header: 'Indikator kinerja', width: 36 },
          { header: 'Titik nol', width: 10, align: 'right' },
          { header: 'Target akhir', width: 11, align: 'right' },
          { header: 'Jadwal', width: 20 },
          { header: 'Anggaran', width: 19, align: 'right' },
        ],
        [
          ...d.items.map(
            (i, n): TableRow => ({
              cells: [
                String(n + 1),
                i.indicatorName,
                figure(i.baseline),
                figure(i.endPoint),
                i.timeline ?? '-',
                formatRupiah(i.budget),
              ],
            }),
          ),
          {
            cells: [
              '',
              'Jumlah anggaran',
              '',
              '',
              '',
              formatRupiah(d.items.reduce((s, i) => s + i.budget, 0)),
            ],
            total: true,
          },
        ],
        { size: 8.5 },
      );
    },
  );
}

/**
 * The integrity pact the OPD's head signs with the agreement (governance.md §3.1; its commitments after
 * PermenPAN 49/2011's pakta integritas): against corruption, collusion and nepotism, for transparency, and for
 * answering for the agreed targets.
 */
export function renderPactPdf(d: ContractDocument): Promise<Uint8Array> {
  const c = d.contract;
  const year = String(c.year);
  return renderPdf(
    {
      title: PACT_TITLE,
      subject: `${PACT_TITLE} ${year} - ${c.opdName} - ${d.region.name}`,
      keywords: `${PACT_TITLE} ${d.number} ${d.verification.code}`,
      printedOn: d.printedOn,
      agency: agency(d),
    },
    d,
    (sheet) => {
      sheet.title(PACT_TITLE, [`Nomor: ${d.number}`]);
      sheet.paragraph('Saya yang bertanda tangan di bawah ini:');
      sheet.fields([
        { label: 'Nama', value: c.headName, bold: true },
        { label: 'Jabatan', value: `Kepala ${c.opdName}` },
        { label: 'Instansi', value: `Pemerintah ${d.region.name}` },
      ]);
      sheet.paragraph(
        `dalam rangka pelaksanaan Perjanjian Kinerja Tahun ${year} (${d.number}) yang disepakati dalam lelang ` +
          'kinerja, dengan ini menyatakan bahwa saya:',
      );
      const commitments = [
        'berperan secara aktif dalam upaya pencegahan dan pemberantasan korupsi, kolusi dan nepotisme;',
        'tidak meminta atau menerima pemberian secara langsung atau tidak langsung berupa suap, hadiah, bantuan atau ' +
          'bentuk lainnya yang tidak sesuai dengan ketentuan yang berlaku;',
        'bersikap transparan, jujur, obyektif dan akuntabel dalam melaksanakan tugas;',
        'menghindari pertentangan kepentingan (conflict of interest) dalam melaksanakan tugas;',
        'memberi contoh dalam kepatuhan terhadap peraturan perundang-undangan kepada seluruh pegawai di ' +
          'lingkungan unit kerja saya;',
        'akan menyampaikan informasi penyimpangan integritas di lingkungan pemerintah daerah serta turut menjaga ' +
          'kerahasiaan saksi atas pelanggaran peraturan yang dilaporkannya;',
        `bertanggung jawab atas pencapaian target kinerja tahun ${year} yang disepakati, dan bersedia dievaluasi ` +
          'setiap triwulan beserta konsekuensinya;',
        'bila saya melanggar hal-hal tersebut di atas, saya siap menghadapi konsekuensinya sesuai dengan ketentuan ' +
          'peraturan perundang-undangan.',
      ];
      sheet.table(
        [
          { header: 'No', width: 5, align: 'right' },
          { header: 'Pernyataan', width: 95 },
        ],
        commitments.map((text, n) => ({ cells: [String(n + 1), text] })),
        { size: 9.5 },
      );
      sheet.parties(`${d.region.shortName}, ${formatDate(d.printedOn, 'id')}`, [
        {
          role: 'Mengetahui',
          office: d.regionHead,
          name: c.pimpinanSignerName ?? '…………………………',
          signed: signedText(c.pimpinanSignedAt, d),
        },
        {
          role: 'Yang menyatakan',
          office: `Kepala ${c.opdName}`,
          name: c.headName,
          signed: signedText(c.opdSignedAt, d),
        },
      ]);
    },
  );
}
