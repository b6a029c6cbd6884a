import type { Bilingual } from '../../platform/problem';
import { periodCell, type SpreadsheetColumn } from '../../platform/spreadsheet';
import { formatBillingCode } from '../../receivables';
import type { ListedAssessmentRow } from './list-assessments';

/** What the assessments' download is called, and its sheet. */
export const ASSESSMENTS_SHEET = {
  file: { id: 'Ketetapan', en: 'Assessments' },
  sheet: { id: 'Ketetapan', en: 'Assessments' },
} satisfies Record<string, Bilingual>;

/** The region's assessments as their list shows them, with each amount apart. */
export function assessmentsColumns(): SpreadsheetColumn<ListedAssessmentRow>[] {
  return [
    { header: { id: 'Nomor', en: 'Number' }, width: 26, value: (a) => a.number },
    { header: { id: 'Jenis ketetapan', en: 'Kind' }, width: 12, value: (a) => a.kind },
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (a) => a.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (a) => a.npwpd },
    { header: { id: 'Jenis pajak', en: 'Tax' }, width: 30, value: (a) => a.taxName },
    {
      header: { id: 'Masa pajak', en: 'Tax period' },
      width: 16,
      value: (a, lang) => periodCell(a.period, lang),
    },
    { header: { id: 'Tanggal terbit', en: 'Issued on' }, kind: 'date', width: 12, value: (a) => a.issueDate },
    { header: { id: 'Jatuh tempo', en: 'Due date' }, kind: 'date', width: 12, value: (a) => a.dueDate },
    { header: { id: 'Pokok', en: 'Principal' }, kind: 'rupiah', width: 16, value: (a) => a.principal },
    { header: { id: 'Bunga', en: 'Interest' }, kind: 'rupiah', width: 14, value: (a) => a.interest },
    { header: { id: 'Kenaikan', en: 'Increase' }, kind: 'rupiah', width: 14, value: (a) => a.increase },
    { header: { id: 'Kredit pajak', en: 'Tax credit' }, kind: 'rupiah', width: 14, value: (a) => a.credit },
    {
      header: { id: 'Jumlah ditetapkan', en: 'Payable' },
      kind: 'rupiah',
      width: 16,
      value: (a) => a.payable,
    },
    {
      header: { id: 'Kode bayar', en: 'Billing code' },
      width: 24,
      value: (a) => (a.billingCode ? formatBillingCode(a.billingCode) : null),
    },
  ];
}
