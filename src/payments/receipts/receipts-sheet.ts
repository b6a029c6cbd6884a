import type { TimeZone } from '../../platform/clock';
import type { Bilingual } from '../../platform/problem';
import { periodCell, type SpreadsheetColumn, wallClockCell } from '../../platform/spreadsheet';
import { formatBillingCode } from '../../receivables';
import type { ListedPayment } from './find-payments';

/** What the receipts' download is called, and its sheet. */
export const RECEIPTS_SHEET = {
  file: { id: 'Penerimaan', en: 'Receipts' },
  sheet: { id: 'Penerimaan', en: 'Receipts' },
} satisfies Record<string, Bilingual>;

/** The receipts as the page lists them: each payment (one SSPD), what it paid, through whom, and where it went. */
export function receiptsColumns(timeZone: TimeZone): SpreadsheetColumn<ListedPayment>[] {
  return [
    { header: { id: 'NTPD', en: 'NTPD' }, width: 22, value: (p) => p.ntpd },
    {
      header: { id: 'Waktu bayar', en: 'Paid at' },
      kind: 'datetime',
      width: 20,
      value: (p) => wallClockCell(p.paidAt, timeZone),
    },
    {
      header: { id: 'Kode bayar', en: 'Billing code' },
      width: 24,
      value: (p) => formatBillingCode(p.billingCode),
    },
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (p) => p.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (p) => p.npwpd },
    { header: { id: 'Kecamatan', en: 'Kecamatan' }, width: 18, value: (p) => p.kecamatan },
    { header: { id: 'Jenis pajak', en: 'Tax' }, width: 30, value: (p) => p.taxName },
    {
      header: { id: 'Masa pajak', en: 'Tax period' },
      width: 16,
      value: (p, lang) => periodCell(p.period, lang),
    },
    { header: { id: 'Bank', en: 'Bank' }, width: 18, value: (p) => p.partnerName },
    { header: { id: 'Referensi bank', en: 'Bank reference' }, width: 20, value: (p) => p.bankReference },
    { header: { id: 'Pokok', en: 'Principal' }, kind: 'rupiah', width: 16, value: (p) => p.principal },
    { header: { id: 'Bunga', en: 'Interest' }, kind: 'rupiah', width: 14, value: (p) => p.penalty },
    { header: { id: 'Jumlah', en: 'Amount' }, kind: 'rupiah', width: 16, value: (p) => p.amount },
    {
      header: { id: 'Status', en: 'Status' },
      width: 18,
      value: (p, lang) =>
        p.reversedAt
          ? { id: 'Dibatalkan bank', en: 'Reversed by the bank' }[lang]
          : { id: 'Diterima', en: 'Received' }[lang],
    },
    { header: { id: 'Nomor STS', en: 'STS number' }, width: 22, value: (p) => p.depositNumber },
  ];
}
