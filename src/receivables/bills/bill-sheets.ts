import type { TimeZone } from '../../platform/clock';
import type { Bilingual } from '../../platform/problem';
import { periodCell, type SpreadsheetColumn, wallClockCell } from '../../platform/spreadsheet';
import { formatBillingCode } from '../rules/billing-code';
import type { AmountDue } from './amount-due';
import type { ArrearsItem } from './arrears';
import type { Bill } from './bill';
import type { ListedBill } from './list-bills';

/** What the downloads of the arrears and the bills list are called, and their sheets. */
export const ARREARS_SHEET = {
  file: { id: 'Tunggakan', en: 'Arrears' },
  sheet: { id: 'Tunggakan', en: 'Arrears' },
} satisfies Record<string, Bilingual>;
export const BILLS_SHEET = {
  file: { id: 'Tagihan', en: 'Bills' },
  sheet: { id: 'Tagihan', en: 'Bills' },
} satisfies Record<string, Bilingual>;

/** A bill's status as the web app's badge says it. */
const BILL_STATUS: Record<Bill['status'], Bilingual> = {
  open: { id: 'Belum dibayar', en: 'Unpaid' },
  paid: { id: 'Lunas', en: 'Paid' },
  written_off: { id: 'Dihapuskan', en: 'Written off' },
  cancelled: { id: 'Dibatalkan', en: 'Cancelled' },
};

/** The columns both lists begin with: the kode bayar as read aloud, whose it is, where, for what and which masa. */
function billIdentity<
  R extends Pick<ArrearsItem, 'taxpayerName' | 'npwpd' | 'kecamatan' | 'taxName' | 'period'>,
>(code: (row: R) => string): SpreadsheetColumn<R>[] {
  return [
    { header: { id: 'Kode bayar', en: 'Billing code' }, width: 24, value: (r) => formatBillingCode(code(r)) },
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (r) => r.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (r) => r.npwpd },
    { header: { id: 'Kecamatan', en: 'Kecamatan' }, width: 18, value: (r) => r.kecamatan },
    { header: { id: 'Jenis pajak', en: 'Tax' }, width: 30, value: (r) => r.taxName },
    {
      header: { id: 'Masa pajak', en: 'Tax period' },
      width: 16,
      value: (r, lang) => periodCell(r.period, lang),
    },
  ];
}

/** The arrears as the page shows them: each overdue bill with its interest as of the day. */
export function arrearsColumns(): SpreadsheetColumn<ArrearsItem>[] {
  return [
    ...billIdentity<ArrearsItem>((r) => r.billingCode),
    { header: { id: 'Jatuh tempo', en: 'Due date' }, kind: 'date', width: 12, value: (r) => r.dueDate },
    {
      header: { id: 'Bulan terlambat', en: 'Months late' },
      kind: 'count',
      width: 10,
      value: (r) => r.months,
    },
    { header: { id: 'Pokok', en: 'Principal' }, kind: 'rupiah', width: 16, value: (r) => r.principal },
    { header: { id: 'Bunga', en: 'Interest' }, kind: 'rupiah', width: 14, value: (r) => r.penalty },
    {
      header: { id: 'Jumlah hari ini', en: 'Total today' },
      kind: 'rupiah',
      width: 16,
      value: (r) => r.total,
    },
  ];
}

/** A bill of the list with what it costs on the day (null when not open). */
export type PricedBill = ListedBill & { amountDue: AmountDue | null };

/** The bills list: each bill, its status and, when open, what it costs on the day. */
export function billsColumns(timeZone: TimeZone): SpreadsheetColumn<PricedBill>[] {
  return [
    ...billIdentity<PricedBill>((r) => r.billingCode),
    {
      header: { id: 'Diterbitkan', en: 'Issued' },
      kind: 'datetime',
      width: 20,
      value: (r) => wallClockCell(r.issuedAt, timeZone),
    },
    { header: { id: 'Jatuh tempo', en: 'Due date' }, kind: 'date', width: 12, value: (r) => r.dueDate },
    { header: { id: 'Status', en: 'Status' }, width: 14, value: (r, lang) => BILL_STATUS[r.status][lang] },
    { header: { id: 'Pokok', en: 'Principal' }, kind: 'rupiah', width: 16, value: (r) => r.principal },
    {
      header: { id: 'Sisa pokok', en: 'Outstanding' },
      kind: 'rupiah',
      width: 16,
      value: (r) => r.outstanding,
    },
    {
      header: { id: 'Bunga hari ini', en: 'Interest today' },
      kind: 'rupiah',
      width: 14,
      value: (r) => r.amountDue?.penalty ?? null,
    },
    {
      header: { id: 'Jumlah hari ini', en: 'Total today' },
      kind: 'rupiah',
      width: 16,
      value: (r) => r.amountDue?.total ?? null,
    },
  ];
}
