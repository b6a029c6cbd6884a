import { type AmountRow, type DocumentBase, renderPdf, type Sheet } from '../../documents/layout';
import { formatDate, formatMonth, formatPercent, formatRupiah } from '../../platform/human-format';
import { type BillLineKind, type BillPaymentQr, formatBillingCode } from '../../receivables';

/** A bill as its kode bayar slip prints it; amounts as of `interest.asOf`. */
export interface BillDocument extends DocumentBase {
  billingCode: string;
  status: 'open' | 'paid' | 'written_off' | 'cancelled';
  /** The day it was paid, cancelled or written off, in the region's calendar. */
  settledOn: string | null;
  taxpayer: { name: string; npwpd: string | null };
  object: { name: string } | null;
  taxType: { name: string };
  /** Masa pajak (`YYYY-MM`) or tax year, if the bill has one. */
  period: string | null;
  /** What the bill collects: `SPTPD masa Februari 2025`, `STPD Nomor 00001/STPD/2025`. */
  source: string;
  principal: number;
  /** What the principal is made of: the tax, sanctions, and for MBLB the province's opsen. */
  lines: { kind: BillLineKind; amount: number }[];
  /** The province that takes an opsen, e.g. `Jawa Timur`. */
  provinceName: string;
  /** The decree that wrote the bill off, if one did. */
  writeOffDecree: string | null;
  /** Principal already paid (a partial payment). */
  paid: number;
  /**
   * What was received on it, from the ledger: principal, the late-payment interest paid with it, their sum, and when
   * the last payment was booked (ISO 8601); null if nothing was. A paid bill prints this, as its SSPD does.
   */
  received: { principal: number; interest: number; total: number; lastPaidAt: string | null } | null;
  /** Open and past its due date on the day printed: the amount includes interest for every month begun since. */
  overdue: boolean;
  interest: { asOf: string; amount: number; months: number; ratePerMonthPpm: number };
  /** Still to pay: principal − paid + interest. */
  total: number;
  dueDate: string;
  /** The last day the total holds: the next started month of lateness adds interest. */
  validUntil: string;
  /** The region's late-payment rule for this bill, printed as a warning; null if it accrues none. */
  lateInterest: { ratePerMonthPpm: number; maxMonths: number } | null;
  /** The dynamic QRIS for `total` and the merchant it pays; null if the bill is settled or the region has none. */
  qris: BillPaymentQr | null;
}

const SETTLED: Record<
  Exclude<BillDocument['status'], 'open'>,
  { stamp: string; text: string; row: string }
> = {
  paid: { stamp: 'LUNAS', text: 'Tagihan ini telah LUNAS', row: '' },
  cancelled: {
    stamp: 'DIBATALKAN',
    text: 'Tagihan ini telah DIBATALKAN dan tidak dapat dibayar',
    row: 'Pembatalan tagihan',
  },
  written_off: {
    stamp: 'DIHAPUSKAN',
    text: 'Tagihan ini telah DIHAPUSKAN dan tidak dapat dibayar',
    row: 'Penghapusan piutang pajak',
  },
};

/** The kode bayar slip: what to pay, by when, and the code to quote at a bank, ATM, teller or QRIS. */
export function renderBillPdf(bill: BillDocument): Promise<Uint8Array> {
  const grouped = formatBillingCode(bill.billingCode);
  return renderPdf(
    {
      title: `Kode Bayar ${grouped}`,
      subject: `Tagihan ${bill.taxType.name} - ${bill.taxpayer.name}`,
      keywords: `kode bayar ${bill.billingCode} ${bill.verification.code}`,
      printedOn: bill.printedOn,
    },
    bill,
    (sheet) => {
      if (bill.status !== 'open') sheet.stamp(SETTLED[bill.status].stamp);
      sheet.title('TAGIHAN PAJAK DAERAH', [`Kode Bayar ${grouped}`]);
      sheet.billingCode(
        grouped,
        bill.status === 'open'
          ? `Bayar ${formatRupiah(bill.total)} paling lambat ${formatDate(bill.validUntil, 'id')} melalui bank, ATM, teller atau QRIS.`
          : `${SETTLED[bill.status].text}${bill.settledOn ? ` pada ${formatDate(bill.settledOn, 'id')}` : ''}.`,
      );
      if (bill.overdue) {
        sheet.notice(
          `Jatuh tempo ${formatDate(bill.dueDate, 'id')} telah lewat. Jumlah yang harus dibayar per ${formatDate(bill.interest.asOf, 'id')} ` +
            `adalah ${formatRupiah(bill.total)}, termasuk sanksi bunga ${formatRupiah(bill.interest.amount)}. Segera bayar dengan kode bayar atau QRIS di bawah.`,
          { strong: true },
        );
      }
      sheet.section('Wajib pajak dan objek pajak');
      sheet.fields([
        { label: 'Nama wajib pajak', value: bill.taxpayer.name, bold: true },
        { label: 'NPWPD', value: bill.taxpayer.npwpd ?? '-' },
        { label: 'Objek pajak', value: bill.object?.name ?? '-' },
        { label: 'Jenis pajak', value: bill.taxType.name },
        { label: 'Masa pajak', value: bill.period ? formatMonth(bill.period, 'id') : '-' },
        { label: 'Dasar penagihan', value: bill.source },
        { label: 'Jatuh tempo', value: formatDate(bill.dueDate, 'id'), bold: true },
      ]);
      sheet.section(`Rincian tagihan per ${formatDate(bill.interest.asOf, 'id')}`);
      const lineLabel: Record<BillLineKind, string> = {
        tax: 'Pokok pajak',
        opsen: `Opsen Pajak MBLB Provinsi ${bill.provinceName}`,
        sanction: 'Sanksi administratif',
        opsen_sanction: `Sanksi administratif atas opsen (Provinsi ${bill.provinceName})`,
      };
      const rows: AmountRow[] = bill.lines.map((l) => ({ label: lineLabel[l.kind], amount: l.amount }));
      if (bill.status === 'paid') {
        // Paid: what was received, principal and interest, as the ledger and each payment's SSPD split it.
        drawPaid(sheet, bill, rows);
        return;
      }
      if (bill.paid > 0)
        rows.push({ label: 'Pembayaran yang telah diterima', amount: bill.paid, deduct: true });
      if (bill.status === 'cancelled' || bill.status === 'written_off') {
        rows.push({
          label: bill.writeOffDecree
            ? `${SETTLED[bill.status].row} (keputusan ${bill.writeOffDecree})`
            : SETTLED[bill.status].row,
          amount: bill.principal - bill.paid,
          deduct: true,
        });
      }
      rows.push({
        label:
          bill.interest.months > 0
            ? `Sanksi administratif berupa bunga (${bill.interest.months} bulan x ${formatPercent(bill.interest.ratePerMonthPpm, 'id')})`
            : 'Sanksi administratif berupa bunga',
        amount: bill.interest.amount,
      });
      sheet.amounts(rows, { label: 'Jumlah yang harus dibayar', amount: bill.total });
      if (bill.status === 'open') {
        const rule = bill.lateInterest
          ? ` Pembayaran setelah tanggal tersebut dikenakan bunga ${formatPercent(bill.lateInterest.ratePerMonthPpm, 'id')} per bulan ` +
            `untuk setiap bulan atau bagian bulan keterlambatan, paling lama ${bill.lateInterest.maxMonths} bulan.`
          : '';
        sheet.notice(
          `Jumlah di atas berlaku untuk pembayaran sampai dengan ${formatDate(bill.validUntil, 'id')}.${rule} ` +
            'Simpan bukti pembayaran (NTPD/NTB) dari bank sebagai tanda lunas.',
        );
      }
      if (bill.status === 'open' && bill.qris) {
        const { payload, merchantName, nmid } = bill.qris;
        sheet.paymentQr('Bayar dengan QRIS', payload, [
          'KODE QR PEMBAYARAN: untuk membayar tagihan ini. Kode QR di kaki halaman hanya untuk memeriksa keaslian dokumen.',
          'Pindai dengan aplikasi bank atau dompet elektronik yang mendukung QRIS.',
          `Nominal ${formatRupiah(bill.total)} sudah terisi; kode QR ini berlaku sampai dengan ${formatDate(bill.validUntil, 'id')}.`,
          `Pastikan penerima tertulis ${merchantName}${nmid ? ` (NMID ${nmid})` : ''}.`,
        ]);
      }
    },
  );
}

/** A paid bill's amounts: its lines, the interest paid with it, what was received; then the payment in words. */
function drawPaid(sheet: Sheet, bill: BillDocument, lines: AmountRow[]): void {
  const received = bill.received ?? {
    principal: bill.principal,
    interest: 0,
    total: bill.principal,
    lastPaidAt: null,
  };
  const rows: AmountRow[] = [
    ...lines,
    { label: 'Sanksi administratif berupa bunga (dibayar)', amount: received.interest },
    { label: 'Pembayaran yang telah diterima', amount: received.total, deduct: true },
  ];
  sheet.amounts(rows, {
    label: 'Sisa yang harus dibayar',
    amount: bill.principal + received.interest - received.total,
  });
  sheet.section('Pembayaran yang diterima');
  sheet.fields([
    { label: 'Pokok pajak dibayar', value: formatRupiah(received.principal) },
    { label: 'Sanksi bunga dibayar', value: formatRupiah(received.interest) },
    { label: 'Jumlah dibayar', value: formatRupiah(received.total), bold: true },
    // The day it was settled; each payment's own time (the bank's) is on its SSPD.
    { label: 'Tanggal pelunasan', value: bill.settledOn ? formatDate(bill.settledOn, 'id') : '-' },
  ]);
  sheet.notice(
    'Tagihan ini telah LUNAS. Bukti pembayaran adalah SSPD (Surat Setoran Pajak Daerah) dengan NTPD yang diterbitkan ' +
      'untuk setiap pembayaran; jumlah di atas sama dengan yang tercatat pada SSPD dan pembukuan piutang.',
  );
}
