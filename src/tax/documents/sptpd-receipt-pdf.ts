import { type DocumentBase, renderPdf } from '../../documents/layout';
import { localDate } from '../../platform/clock';
import {
  formatDate,
  formatDateTime,
  formatMonth,
  formatPercent,
  formatRupiah,
} from '../../platform/human-format';
import { formatBillingCode } from '../../receivables';

/** A submitted SPTPD as its tanda terima (receipt) prints it. */
export interface SptpdReceiptDocument extends DocumentBase {
  /** The return's row id: its register number. */
  returnId: number;
  /** 0 for the original return, N for the Nth pembetulan. */
  revision: number;
  status: 'submitted' | 'verified' | 'rejected' | 'superseded';
  taxpayer: { name: string; npwpd: string | null };
  object: { name: string };
  taxType: { name: string };
  /** Masa pajak, `YYYY-MM`. */
  period: string;
  /** Dasar pengenaan pajak: the gross turnover reported. */
  gross: number;
  ratePpm: number;
  tax: number;
  /** For MBLB: the province's opsen on the tax, payable with it (0 otherwise). */
  opsen: number;
  /** The province that takes the opsen, e.g. `Jawa Timur`. */
  provinceName: string;
  dueDate: string;
  /** ISO 8601 instant the return was submitted. */
  submittedAt: string;
  /** The kode bayar of the return's tax, if one was issued. */
  billingCode: string | null;
  /** What the kode bayar costs to pay on the day printed, late interest included; null when nothing is open. */
  amountDue: {
    asOf: string;
    overdue: boolean;
    principal: number;
    interest: number;
    months: number;
    total: number;
    validUntil: string;
  } | null;
}

const STAMP: Partial<Record<SptpdReceiptDocument['status'], string>> = {
  rejected: 'DITOLAK',
  superseded: 'DIGANTIKAN',
};

export function sptpdKind(revision: number): string {
  return revision === 0 ? 'Normal' : `Pembetulan ke-${revision}`;
}

/** Tanda terima SPTPD: proof that the taxpayer filed the return for a masa pajak, and what it declared. */
export function renderSptpdReceiptPdf(receipt: SptpdReceiptDocument): Promise<Uint8Array> {
  const masa = formatMonth(receipt.period, 'id');
  return renderPdf(
    {
      title: `Tanda Terima SPTPD ${masa}`,
      subject: `SPTPD ${receipt.taxType.name} masa ${masa} - ${receipt.taxpayer.name}`,
      keywords: `SPTPD ${receipt.period} ${receipt.verification.code}`,
      printedOn: receipt.printedOn,
    },
    receipt,
    (sheet) => {
      const stamp = STAMP[receipt.status];
      if (stamp) sheet.stamp(stamp);
      sheet.title('TANDA TERIMA SPTPD', [
        'Surat Pemberitahuan Pajak Daerah',
        `Nomor register: ${receipt.returnId} / ${sptpdKind(receipt.revision)}`,
      ]);
      sheet.paragraph(
        `Telah diterima Surat Pemberitahuan Pajak Daerah (SPTPD) ${receipt.taxType.name} masa pajak ${masa} ` +
          `pada ${formatDateTime(new Date(receipt.submittedAt), receipt.region.timeZone, 'id')}, dengan rincian sebagai berikut.`,
      );
      sheet.section('Wajib pajak dan objek pajak');
      sheet.fields([
        { label: 'Nama wajib pajak', value: receipt.taxpayer.name, bold: true },
        { label: 'NPWPD', value: receipt.taxpayer.npwpd ?? '-' },
        { label: 'Objek pajak', value: receipt.object.name },
        { label: 'Jenis pajak', value: receipt.taxType.name },
        { label: 'Masa pajak', value: masa, bold: true },
        { label: 'Jenis SPTPD', value: sptpdKind(receipt.revision) },
      ]);
      sheet.section('Perhitungan pajak');
      sheet.fields([
        { label: 'Dasar pengenaan pajak', value: formatRupiah(receipt.gross) },
        { label: 'Tarif', value: formatPercent(receipt.ratePpm, 'id') },
        { label: 'Jatuh tempo pembayaran', value: formatDate(receipt.dueDate, 'id'), bold: true },
        {
          label: 'Kode bayar',
          value: receipt.billingCode ? formatBillingCode(receipt.billingCode) : '-',
          bold: true,
        },
      ]);
      sheet.amounts(
        [
          {
            label: `Pajak terutang: ${formatPercent(receipt.ratePpm, 'id')} x ${formatRupiah(receipt.gross)}`,
            amount: receipt.tax,
          },
          ...(receipt.opsen > 0
            ? [{ label: `Opsen Pajak MBLB Provinsi ${receipt.provinceName}`, amount: receipt.opsen }]
            : []),
        ],
        { label: 'Jumlah pajak terutang', amount: receipt.tax + receipt.opsen },
      );
      const due = receipt.amountDue;
      if (due) {
        const asOf = formatDate(due.asOf, 'id');
        sheet.section(`Yang harus dibayar per ${asOf}`);
        sheet.amounts(
          [
            { label: 'Pokok pajak yang belum dibayar', amount: due.principal },
            ...(due.interest > 0
              ? [{ label: `Bunga keterlambatan ${due.months} bulan`, amount: due.interest }]
              : []),
          ],
          { label: `Jumlah yang harus dibayar per ${asOf}`, amount: due.total },
        );
      }
      sheet.notice(
        due?.overdue
          ? `Jatuh tempo ${formatDate(receipt.dueDate, 'id')} telah lewat. Jumlah yang harus dibayar per ` +
              `${formatDate(due.asOf, 'id')} termasuk bunga keterlambatan, berlaku sampai ${formatDate(due.validUntil, 'id')}, ` +
              'dan bertambah setiap bulan berikutnya. Bayar dengan kode bayar di atas sesegera mungkin.'
          : 'Tanda terima ini membuktikan penyampaian SPTPD, bukan pembayaran. Pajak dibayar dengan kode bayar di atas ' +
              'paling lambat pada tanggal jatuh tempo; kebenaran isi SPTPD menjadi tanggung jawab wajib pajak dan dapat ' +
              'diteliti atau diperiksa oleh Badan Pendapatan Daerah.',
        { strong: due?.overdue === true },
      );
      sheet.signature(receipt.region, localDate(new Date(receipt.submittedAt), receipt.region.timeZone), [
        'a.n. KEPALA BADAN PENDAPATAN DAERAH',
        'Petugas Penerima',
      ]);
    },
  );
}
