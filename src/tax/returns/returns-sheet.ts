import type { TimeZone } from '../../platform/clock';
import type { Bilingual } from '../../platform/problem';
import { periodCell, type SpreadsheetColumn, wallClockCell } from '../../platform/spreadsheet';
import { formatBillingCode } from '../../receivables';
import type { ListedReturn } from './list-returns';

/** What the returns' download is called, and its sheet. */
export const RETURNS_SHEET = {
  file: { id: 'SPTPD', en: 'SPTPD returns' },
  sheet: { id: 'SPTPD', en: 'SPTPD returns' },
} satisfies Record<string, Bilingual>;

/** A return's status as the web app's badge says it. */
const RETURN_STATUS: Record<ListedReturn['status'], Bilingual> = {
  draft: { id: 'Konsep', en: 'Draft' },
  submitted: { id: 'Disampaikan', en: 'Submitted' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  superseded: { id: 'Dibetulkan', en: 'Amended' },
};

/** The region's SPTPD as their list shows them: whose, for what and when, what was declared and paid. */
export function returnsColumns(timeZone: TimeZone): SpreadsheetColumn<ListedReturn>[] {
  return [
    {
      header: { id: 'Masa pajak', en: 'Tax period' },
      width: 16,
      value: (r, lang) => periodCell(r.period, lang),
    },
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (r) => r.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (r) => r.npwpd },
    { header: { id: 'Objek pajak', en: 'Tax object' }, width: 30, value: (r) => r.objectName },
    { header: { id: 'Kecamatan', en: 'Kecamatan' }, width: 18, value: (r) => r.districtName },
    { header: { id: 'Jenis pajak', en: 'Tax' }, width: 30, value: (r) => r.taxName },
    { header: { id: 'Pembetulan ke-', en: 'Revision' }, kind: 'count', width: 10, value: (r) => r.revision },
    { header: { id: 'Dasar pengenaan', en: 'Tax base' }, kind: 'rupiah', width: 18, value: (r) => r.gross },
    {
      header: { id: 'Tarif (%)', en: 'Rate (%)' },
      width: 10,
      // A rate is a fraction of a percent at times (2,5%): written as the reader's language writes decimals.
      value: (r, lang) =>
        new Intl.NumberFormat(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 4 }).format(
          r.ratePpm / 10_000,
        ),
    },
    { header: { id: 'Pajak terutang', en: 'Tax due' }, kind: 'rupiah', width: 16, value: (r) => r.tax },
    { header: { id: 'Opsen', en: 'Opsen' }, kind: 'rupiah', width: 14, value: (r) => r.opsen },
    { header: { id: 'Status', en: 'Status' }, width: 16, value: (r, lang) => RETURN_STATUS[r.status][lang] },
    { header: { id: 'Jatuh tempo', en: 'Due date' }, kind: 'date', width: 12, value: (r) => r.dueDate },
    {
      header: { id: 'Disampaikan', en: 'Submitted at' },
      kind: 'datetime',
      width: 20,
      value: (r) => wallClockCell(r.submittedAt, timeZone),
    },
    {
      header: { id: 'Kode bayar', en: 'Billing code' },
      width: 24,
      value: (r) => (r.billingCode ? formatBillingCode(r.billingCode) : null),
    },
    {
      header: { id: 'Dibayar untuk masa', en: 'Paid for the period' },
      kind: 'rupiah',
      width: 18,
      value: (r) => r.paid,
    },
  ];
}

/** What the missing returns' download is called, and its sheet. */
export const MISSING_SHEET = {
  file: { id: 'Belum lapor', en: 'Missing returns' },
  sheet: { id: 'Belum lapor', en: 'Missing returns' },
} satisfies Record<string, Bilingual>;

/** An object with no SPTPD for a masa, as the "Belum lapor" list shows it. */
export interface MissingReturnRow {
  taxpayerName: string;
  npwpd: string | null;
  objectName: string;
  taxName: string;
  period: string;
  dueDate: string;
}

/** The objects with no SPTPD for a masa: whom to remind, for what, by when it was due. */
export function missingReturnsColumns(): SpreadsheetColumn<MissingReturnRow>[] {
  return [
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (r) => r.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (r) => r.npwpd },
    { header: { id: 'Objek pajak', en: 'Tax object' }, width: 30, value: (r) => r.objectName },
    { header: { id: 'Jenis pajak', en: 'Tax' }, width: 30, value: (r) => r.taxName },
    {
      header: { id: 'Masa pajak', en: 'Tax period' },
      width: 16,
      value: (r, lang) => periodCell(r.period, lang),
    },
    { header: { id: 'Jatuh tempo', en: 'Due date' }, kind: 'date', width: 12, value: (r) => r.dueDate },
  ];
}
