import { type DocumentBase, renderPdf } from '../../documents/layout';
import { formatDate, formatMonth } from '../../platform/human-format';
import { formatBillingCode } from '../../receivables';

/** What a Surat Teguran or Surat Paksa prints: names, NPWPD, object and amounts, never contact data. */
export interface LetterDocument extends DocumentBase {
  letterId: number;
  kind: 'teguran' | 'paksa';
  number: string;
  issuedOn: string;
  deadline: string;
  billingCode: string;
  billStatus: 'open' | 'paid' | 'written_off' | 'cancelled';
  taxpayer: { name: string; npwpd: string | null };
  object: { name: string } | null;
  taxType: { name: string };
  period: string | null;
  dueDate: string;
  principal: number;
  interest: number;
  total: number;
  perdaRef: string;
  signerName: string | null;
  /** A Surat Paksa names the teguran it follows. */
  teguran: { number: string; issuedOn: string } | null;
}

export const LETTER_TITLE = { teguran: 'SURAT TEGURAN', paksa: 'SURAT PAKSA' } as const;

/** The legal basis both letters cite: the law on forced collection, and the region's Perda. */
export function legalBasis(letter: Pick<LetterDocument, 'perdaRef'>): string[] {
  return [
    'Undang-Undang Nomor 19 Tahun 1997 tentang Penagihan Pajak dengan Surat Paksa sebagaimana telah diubah dengan ' +
      'Undang-Undang Nomor 19 Tahun 2000;',
    'Undang-Undang Nomor 1 Tahun 2022 (HKPD) dan Peraturan Pemerintah Nomor 35 Tahun 2023;',
    `${letter.perdaRef}.`,
  ];
}

/** The Surat Teguran or Surat Paksa on an A4 page, with the amounts as of its date and the verification QR. */
export function renderLetterPdf(l: LetterDocument): Promise<Uint8Array> {
  const title = LETTER_TITLE[l.kind];
  return renderPdf(
    {
      title: `${title} ${l.number}`,
      subject: `${title} - ${l.taxpayer.name}`,
      keywords: `${title} ${l.number} kode bayar ${l.billingCode} ${l.verification.code}`,
      printedOn: l.printedOn,
    },
    l,
    (sheet) => {
      if (l.billStatus === 'paid') sheet.stamp('LUNAS');
      sheet.title(
        l.kind === 'paksa' ? `${title}` : title,
        [
          `Nomor: ${l.number}`,
          l.kind === 'paksa' ? '"DEMI KEADILAN BERDASARKAN KETUHANAN YANG MAHA ESA"' : '',
        ].filter(Boolean),
      );
      sheet.section('Dasar hukum');
      for (const [i, line] of legalBasis(l).entries()) sheet.paragraph(`${i + 1}. ${line}`);
      sheet.section('Kepada');
      sheet.fields([
        { label: 'Nama wajib pajak', value: l.taxpayer.name, bold: true },
        { label: 'NPWPD', value: l.taxpayer.npwpd ?? '-' },
        { label: 'Objek pajak', value: l.object?.name ?? '-' },
        { label: 'Jenis pajak', value: l.taxType.name },
        { label: 'Masa pajak', value: l.period ? formatMonth(l.period, 'id') : '-' },
        { label: 'Kode bayar', value: formatBillingCode(l.billingCode), bold: true },
        { label: 'Jatuh tempo', value: formatDate(l.dueDate, 'id') },
      ]);
      if (l.kind === 'teguran') {
        sheet.paragraph(
          `Menurut catatan kami, sampai dengan tanggal ${formatDate(l.issuedOn, 'id')} Saudara belum melunasi ` +
            'utang pajak daerah tersebut di bawah ini. Untuk mencegah tindakan penagihan dengan Surat Paksa, Saudara ' +
            `diminta melunasinya paling lambat tanggal ${formatDate(l.deadline, 'id')}.`,
        );
      } else {
        sheet.paragraph(
          `Karena utang pajak daerah tersebut di bawah ini tidak dilunasi setelah Surat Teguran Nomor ` +
            `${l.teguran?.number ?? '-'} tanggal ${formatDate(l.teguran?.issuedOn ?? l.issuedOn, 'id')}, ` +
            'Penanggung Pajak diperintahkan melunasinya dalam waktu 2 x 24 jam sesudah Surat Paksa ini ' +
            'diberitahukan; bila tidak, barang-barang miliknya akan disita.',
        );
      }
      sheet.amounts(
        [
          { label: 'Pokok pajak yang belum dibayar', amount: l.principal },
          {
            label: `Sanksi administratif berupa bunga sampai ${formatDate(l.issuedOn, 'id')}`,
            amount: l.interest,
          },
        ],
        { label: 'Jumlah utang pajak', amount: l.total },
      );
      sheet.notice(
        'Bunga bertambah 1% tiap bulan keterlambatan berikutnya (paling lama 24 bulan); jumlah pada hari pembayaran ' +
          'dapat dilihat dengan kode bayar atau kode QR di bawah. Apabila telah dilunasi, surat ini tidak perlu diindahkan.',
      );
      sheet.signature(l.region, l.issuedOn, [
        'KEPALA BADAN PENDAPATAN DAERAH',
        l.signerName ?? '..............................',
      ]);
    },
  );
}
