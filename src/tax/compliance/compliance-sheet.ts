import { formatRupiah } from '../../platform/human-format';
import type { Bilingual } from '../../platform/problem';
import { periodCell, type SpreadsheetColumn } from '../../platform/spreadsheet';
import type { BaseDropReturn } from './base-drops';
import type { LateReturn } from './late-returns';
import type { UnfiledMasa, UnfiledObject } from './missing-masa';

/** What the compliance downloads are called, and their sheets. */
export const COMPLIANCE_SHEETS = {
  missing: { id: 'Tidak lapor', en: 'Unfiled masa' },
  missingByObject: { id: 'Tidak lapor per objek', en: 'Unfiled masa by object' },
  late: { id: 'Terlambat lapor', en: 'Late returns' },
  drops: { id: 'Penurunan dasar pengenaan', en: 'Base drops' },
} satisfies Record<string, Bilingual>;

const STATUS: Record<LateReturn['status'], Bilingual> = {
  submitted: { id: 'Disampaikan', en: 'Submitted' },
  verified: { id: 'Terverifikasi', en: 'Verified' },
  rejected: { id: 'Ditolak', en: 'Rejected' },
  superseded: { id: 'Dibetulkan', en: 'Amended' },
};

export function unfiledColumns(): SpreadsheetColumn<UnfiledMasa>[] {
  return [
    {
      header: { id: 'Masa pajak', en: 'Tax period' },
      width: 16,
      value: (r, lang) => periodCell(r.period, lang),
    },
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (r) => r.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (r) => r.npwpd },
    { header: { id: 'Objek pajak', en: 'Tax object' }, width: 30, value: (r) => r.objectName },
    { header: { id: 'Jenis pajak', en: 'Tax' }, width: 30, value: (r) => r.taxName },
    { header: { id: 'Jatuh tempo', en: 'Due date' }, kind: 'date', width: 12, value: (r) => r.dueDate },
  ];
}

export function unfiledObjectColumns(): SpreadsheetColumn<UnfiledObject>[] {
  return [
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (r) => r.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (r) => r.npwpd },
    { header: { id: 'Objek pajak', en: 'Tax object' }, width: 30, value: (r) => r.objectName },
    { header: { id: 'Jenis pajak', en: 'Tax' }, width: 30, value: (r) => r.taxName },
    {
      header: { id: 'Masa tidak dilapor', en: 'Masa not filed' },
      width: 50,
      value: (r, lang) => r.periods.map((p) => periodCell(p, lang)).join(', '),
    },
    { header: { id: 'Jumlah masa', en: 'Masa' }, kind: 'count', width: 10, value: (r) => r.count },
    {
      header: { id: 'Jatuh tempo pertama', en: 'First due date' },
      kind: 'date',
      width: 12,
      value: (r) => r.firstDueDate,
    },
  ];
}

export function lateColumns(): SpreadsheetColumn<LateReturn>[] {
  return [
    {
      header: { id: 'Masa pajak', en: 'Tax period' },
      width: 16,
      value: (r, lang) => periodCell(r.period, lang),
    },
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (r) => r.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (r) => r.npwpd },
    { header: { id: 'Objek pajak', en: 'Tax object' }, width: 30, value: (r) => r.objectName },
    { header: { id: 'Jenis pajak', en: 'Tax' }, width: 30, value: (r) => r.taxName },
    { header: { id: 'Jatuh tempo', en: 'Due date' }, kind: 'date', width: 12, value: (r) => r.dueDate },
    { header: { id: 'Disampaikan', en: 'Filed on' }, kind: 'date', width: 12, value: (r) => r.filedOn },
    {
      header: { id: 'Terlambat (hari)', en: 'Days late' },
      kind: 'count',
      width: 10,
      value: (r) => r.daysLate,
    },
    { header: { id: 'Pajak terutang', en: 'Tax due' }, kind: 'rupiah', width: 16, value: (r) => r.tax },
    { header: { id: 'Status', en: 'Status' }, width: 16, value: (r, lang) => STATUS[r.status][lang] },
  ];
}

export function baseDropColumns(): SpreadsheetColumn<BaseDropReturn>[] {
  return [
    {
      header: { id: 'Masa pajak', en: 'Tax period' },
      width: 16,
      value: (r, lang) => periodCell(r.period, lang),
    },
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (r) => r.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (r) => r.npwpd },
    { header: { id: 'Objek pajak', en: 'Tax object' }, width: 30, value: (r) => r.objectName },
    { header: { id: 'Jenis pajak', en: 'Tax' }, width: 30, value: (r) => r.taxName },
    { header: { id: 'Dasar pengenaan', en: 'Tax base' }, kind: 'rupiah', width: 18, value: (r) => r.gross },
    {
      header: { id: 'Median masa sebelumnya', en: 'Median of earlier masa' },
      kind: 'rupiah',
      width: 18,
      value: (r) => r.baseDrop.typicalGross,
    },
    {
      header: { id: 'Turun (%)', en: 'Drop (%)' },
      kind: 'count',
      width: 10,
      value: (r) => r.baseDrop.dropPercent,
    },
    {
      header: { id: 'Masa sebelumnya', en: 'Earlier masa' },
      width: 60,
      // The history beside the fall, in one cell: "Januari 2025: Rp 42.000.000; Desember 2024: Rp 43.000.000".
      value: (r, lang) =>
        r.history.map((h) => `${periodCell(h.period, lang)}: ${formatRupiah(h.gross)}`).join('; '),
    },
  ];
}
