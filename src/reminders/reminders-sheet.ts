import type { TimeZone } from '../platform/clock';
import type { Bilingual } from '../platform/problem';
import { periodCell, type SpreadsheetColumn, wallClockCell } from '../platform/spreadsheet';
import type { ListedReminder } from './list-reminders';

/** What the reminders' download is called, and its sheet. */
export const REMINDERS_SHEET = {
  file: { id: 'Pengingat', en: 'Reminders' },
  sheet: { id: 'Pengingat', en: 'Reminders' },
} satisfies Record<string, Bilingual>;

export const KIND_LABELS: Record<ListedReminder['kind'], Bilingual> = {
  filing_due: { id: 'Batas lapor SPTPD', en: 'SPTPD deadline' },
  bill_due: { id: 'Sebelum jatuh tempo', en: 'Before the due date' },
  bill_overdue: { id: 'Tunggakan', en: 'Overdue' },
};
const CHANNEL_LABELS: Record<ListedReminder['channel'], Bilingual> = {
  email: { id: 'Email', en: 'Email' },
  whatsapp: { id: 'WhatsApp/SMS', en: 'WhatsApp/SMS' },
};
const STATUS_LABELS: Record<ListedReminder['status'], Bilingual> = {
  sending: { id: 'Sedang dikirim', en: 'Sending' },
  sent: { id: 'Terkirim', en: 'Sent' },
  failed: { id: 'Gagal', en: 'Failed' },
};

/** The reminders as their log shows them. */
export function remindersColumns(timeZone: TimeZone): SpreadsheetColumn<ListedReminder>[] {
  return [
    {
      header: { id: 'Dikirim', en: 'Sent at' },
      kind: 'datetime',
      width: 19,
      value: (r) => wallClockCell(r.sentAt ?? r.claimedAt, timeZone),
    },
    { header: { id: 'Jenis', en: 'Kind' }, width: 20, value: (r, lang) => KIND_LABELS[r.kind][lang] },
    {
      header: { id: 'Saluran', en: 'Channel' },
      width: 14,
      value: (r, lang) => CHANNEL_LABELS[r.channel][lang],
    },
    { header: { id: 'Wajib pajak', en: 'Taxpayer' }, width: 30, value: (r) => r.taxpayerName },
    { header: { id: 'NPWPD', en: 'NPWPD' }, width: 20, value: (r) => r.npwpd },
    { header: { id: 'Penerima', en: 'Recipient' }, width: 28, value: (r) => r.recipient },
    {
      header: { id: 'Masa pajak', en: 'Tax period' },
      width: 16,
      value: (r, lang) => periodCell(r.period, lang),
    },
    { header: { id: 'Jatuh tempo', en: 'Due date' }, kind: 'date', width: 12, value: (r) => r.dueDate },
    { header: { id: 'Jumlah', en: 'Amount' }, kind: 'rupiah', width: 16, value: (r) => r.amount },
    { header: { id: 'Status', en: 'Status' }, width: 14, value: (r, lang) => STATUS_LABELS[r.status][lang] },
    { header: { id: 'Percobaan', en: 'Attempts' }, kind: 'count', width: 10, value: (r) => r.attempts },
    { header: { id: 'ID pesan', en: 'Message id' }, width: 30, value: (r) => r.messageId },
    { header: { id: 'Galat', en: 'Error' }, width: 30, value: (r) => r.error },
  ];
}
