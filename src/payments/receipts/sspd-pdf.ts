import { type DocumentBase, renderPdf } from '../../documents/layout';
import { formatDateTime, formatMonth } from '../../platform/human-format';
import { formatBillingCode } from '../../receivables';

/**
 * The SSPD (Surat Setoran Pajak Daerah, domain notes §2.1): the taxpayer's proof that a bill was paid into the
 * region's account, one per payment row. It prints what the payment row and its bill hold, never more: names,
 * NPWPD, object name and amounts, no NIK, NPWP or contact data.
 */
export interface SspdDocument extends DocumentBase {
  paymentId: number;
  /** Balai's transaction number given to the bank (18 digits). */
  ntpd: string;
  billingCode: string;
  taxpayer: { name: string; npwpd: string | null };
  object: { name: string } | null;
  taxType: { name: string };
  /** Masa pajak (`YYYY-MM`) or tax year of the bill, if it has one. */
  period: string | null;
  principal: number;
  /** Late-payment interest paid with it. */
  penalty: number;
  amount: number;
  bank: { name: string };
  /** The bank's own reference (NTB), what a teller or a bank statement shows. */
  bankReference: string;
  /** ISO 8601 instant the bank says it was paid. */
  paidAt: string;
  /** ISO 8601 instant the bank took it back, if it did: the SSPD then proves nothing. */
  reversedAt: string | null;
  /** The STS that deposited it to the treasury account, once deposited. */
  depositNumber: string | null;
}

/** The words both layouts print, so that the counter slip and the A4 page say the same thing. */
export const SSPD_TITLE = 'SURAT SETORAN PAJAK DAERAH';

export function sspdReversedNotice(sspd: SspdDocument): string | null {
  if (!sspd.reversedAt) return null;
  return (
    `Pembayaran ini DIBATALKAN oleh ${sspd.bank.name} pada ` +
    `${formatDateTime(new Date(sspd.reversedAt), sspd.region.timeZone, 'id')}; SSPD ini tidak berlaku sebagai bukti pembayaran.`
  );
}

export const SSPD_VALIDITY =
  'SSPD ini diterbitkan secara elektronik setelah pembayaran diterima bank dan sah tanpa tanda tangan basah. ' +
  'Keasliannya dan status pembayarannya dapat diperiksa dengan kode QR di bawah.';

/** The SSPD on an A4 page: what was paid, for which bill, through which bank and when. */
export function renderSspdPdf(sspd: SspdDocument): Promise<Uint8Array> {
  const paidAt = formatDateTime(new Date(sspd.paidAt), sspd.region.timeZone, 'id');
  return renderPdf(
    {
      title: `SSPD NTPD ${sspd.ntpd}`,
      subject: `SSPD ${sspd.taxType.name} - ${sspd.taxpayer.name}`,
      keywords: `SSPD NTPD ${sspd.ntpd} kode bayar ${sspd.billingCode} ${sspd.verification.code}`,
      printedOn: sspd.printedOn,
    },
    sspd,
    (sheet) => {
      const reversed = sspdReversedNotice(sspd);
      if (reversed) sheet.stamp('BATAL');
      sheet.title(SSPD_TITLE, ['(SSPD)', `NTPD ${sspd.ntpd}`]);
      if (reversed) sheet.notice(reversed, { strong: true });
      sheet.paragraph(
        `Telah diterima pembayaran pajak daerah melalui ${sspd.bank.name} pada ${paidAt}, dengan rincian sebagai berikut.`,
      );
      sheet.section('Wajib pajak dan objek pajak');
      sheet.fields([
        { label: 'Nama wajib pajak', value: sspd.taxpayer.name, bold: true },
        { label: 'NPWPD', value: sspd.taxpayer.npwpd ?? '-' },
        { label: 'Objek pajak', value: sspd.object?.name ?? '-' },
        { label: 'Jenis pajak', value: sspd.taxType.name },
        { label: 'Masa pajak', value: sspd.period ? formatMonth(sspd.period, 'id') : '-' },
        { label: 'Kode bayar', value: formatBillingCode(sspd.billingCode), bold: true },
      ]);
      sheet.section('Pembayaran');
      sheet.fields([
        { label: 'NTPD', value: sspd.ntpd, bold: true },
        { label: 'Bank / tempat pembayaran', value: sspd.bank.name },
        { label: 'Referensi bank (NTB)', value: sspd.bankReference },
        { label: 'Waktu pembayaran', value: paidAt },
      ]);
      sheet.amounts(
        [
          { label: 'Pokok pajak', amount: sspd.principal },
          { label: 'Sanksi administratif berupa bunga', amount: sspd.penalty },
        ],
        { label: 'Jumlah yang dibayar', amount: sspd.amount },
      );
      sheet.notice(SSPD_VALIDITY);
    },
  );
}
