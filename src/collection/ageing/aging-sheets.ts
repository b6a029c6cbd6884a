import type { Bilingual } from '../../platform/problem';
import type { SpreadsheetColumn } from '../../platform/spreadsheet';
import type { Age } from './age-buckets';
import type { AgeBucket, TopDebtor, WriteOffCandidate } from './arrears-aging';

/** The ages as a report names them. */
export const AGE_LABELS: Record<Age, Bilingual> = {
  current: { id: 'Belum jatuh tempo', en: 'Not yet due' },
  m1_12: { id: '1–12 bulan', en: '1–12 months' },
  y1_2: { id: '1–2 tahun', en: '1–2 years' },
  over_2y: { id: 'Lebih dari 2 tahun', en: 'Over 2 years' },
};

export const AGING_TABLES = ['buckets', 'debtors', 'write-offs'] as const;
export type AgingTable = (typeof AGING_TABLES)[number];

export const AGING_FILES: Record<AgingTable, Bilingual> = {
  buckets: { id: 'Umur piutang', en: 'Arrears by age' },
  debtors: { id: 'Penunggak terbesar', en: 'Top debtors' },
  'write-offs': { id: 'Usulan penghapusan piutang', en: 'Write-off candidates' },
};

const money = (
  header: Bilingual,
  value: (r: { principal: number; interest: number; total: number }) => number,
) => ({
  header,
  kind: 'rupiah' as const,
  width: 16,
  value,
});
const sums = [
  money({ id: 'Pokok', en: 'Principal' }, (r) => r.principal),
  money({ id: 'Bunga', en: 'Interest' }, (r) => r.interest),
  money({ id: 'Jumlah', en: 'Total' }, (r) => r.total),
];

export const BUCKET_COLUMNS: SpreadsheetColumn<AgeBucket>[] = [
  { header: { id: 'Umur', en: 'Age' }, width: 20, value: (r, lang) => AGE_LABELS[r.age][lang] },
  { header: { id: 'Tagihan', en: 'Bills' }, kind: 'count', width: 10, value: (r) => r.bills },
  ...sums,
];

export const DEBTOR_COLUMNS: SpreadsheetColumn<TopDebtor>[] = [
  { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (r) => r.name },
  { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (r) => r.npwpd },
  { header: { id: 'Tagihan', en: 'Bills' }, kind: 'count', width: 10, value: (r) => r.bills },
  {
    header: { id: 'Jatuh tempo tertua', en: 'Oldest due' },
    kind: 'date',
    width: 12,
    value: (r) => r.oldestDue,
  },
  ...sums,
];

export const WRITE_OFF_COLUMNS: SpreadsheetColumn<WriteOffCandidate>[] = [
  { header: { id: 'Kode bayar', en: 'Billing code' }, width: 24, value: (r) => r.billingCodeDisplay },
  { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (r) => r.taxpayerName },
  { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (r) => r.npwpd },
  { header: { id: 'Jenis pajak', en: 'Tax' }, width: 24, value: (r) => r.taxName },
  { header: { id: 'Jatuh tempo', en: 'Due date' }, kind: 'date', width: 12, value: (r) => r.dueDate },
  {
    header: { id: 'Surat terakhir', en: 'Last letter' },
    kind: 'date',
    width: 12,
    value: (r) => r.lastLetterOn,
  },
  { header: { id: 'Kedaluwarsa sejak', en: 'Lapsed on' }, kind: 'date', width: 12, value: (r) => r.lapsedOn },
  ...sums,
];
