import type { TimeZone } from '../../platform/clock';
import type { Bilingual } from '../../platform/problem';
import { type SpreadsheetColumn, wallClockCell } from '../../platform/spreadsheet';
import type { ListedDeposit } from './find-deposits';

/** What the deposits' download is called, and its sheet. */
export const DEPOSITS_SHEET = {
  file: { id: 'Setoran STS', en: 'Deposits STS' },
  sheet: { id: 'Setoran (STS)', en: 'Deposits (STS)' },
} satisfies Record<string, Bilingual>;

/** Each deposit to the treasury account (STS) as the page lists it. */
export function depositsColumns(timeZone: TimeZone): SpreadsheetColumn<ListedDeposit>[] {
  return [
    { header: { id: 'Nomor STS', en: 'STS number' }, width: 24, value: (d) => d.number },
    {
      header: { id: 'Tanggal penerimaan', en: 'Receipts day' },
      kind: 'date',
      width: 14,
      value: (d) => d.day,
    },
    { header: { id: 'Bank', en: 'Bank' }, width: 18, value: (d) => d.partnerName },
    {
      header: { id: 'Jumlah pembayaran', en: 'Payments' },
      kind: 'count',
      width: 12,
      value: (d) => d.paymentCount,
    },
    {
      header: { id: 'Jumlah disetor', en: 'Amount deposited' },
      kind: 'rupiah',
      width: 18,
      value: (d) => d.amount,
    },
    {
      header: { id: 'Waktu setor', en: 'Deposited at' },
      kind: 'datetime',
      width: 20,
      value: (d) => wallClockCell(d.depositedAt, timeZone),
    },
    { header: { id: 'Disetor oleh', en: 'Deposited by' }, width: 26, value: (d) => d.depositedBy },
    {
      header: { id: 'STS susulan dari', en: 'Follow-up of' },
      width: 24,
      value: (d) => d.follows?.number ?? null,
    },
  ];
}
