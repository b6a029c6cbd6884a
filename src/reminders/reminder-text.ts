import { humanFormat, type Lang } from '../platform/human-format';
import type { ReminderKind } from './reminder-rules';

/** What a reminder says of its subject; amounts and dates are filled through the one formatter. */
export interface ReminderFacts {
  region: string;
  taxpayerName: string;
  /** The tax object (masa reminders) or what the bill is for. */
  about: string;
  period: string | null;
  dueDate: string;
  /** The bill's amount: its total before the due date, principal and interest as of `asOf` once overdue. */
  amount: number | null;
  billingCode: string | null;
  asOf: string;
}

const TEMPLATES: Record<ReminderKind, Record<Lang, { title: string; body: string }>> = {
  filing_due: {
    id: {
      title: 'Pengingat lapor SPTPD masa {period, month}',
      body: 'Yth. {taxpayerName}, SPTPD {about} masa {period, month} belum dilaporkan. Batas waktu pelaporan {dueDate, date}. Laporkan melalui Balai {region}. Abaikan pesan ini jika sudah melapor.',
    },
    en: {
      title: 'Reminder: file your SPTPD for {period, month}',
      body: 'Dear {taxpayerName}, the SPTPD of {about} for {period, month} has not been filed yet. It is due by {dueDate, date}. File it on Balai, {region}. Ignore this message if you have filed.',
    },
  },
  bill_due: {
    id: {
      title: 'Tagihan pajak jatuh tempo {dueDate, date}',
      body: 'Yth. {taxpayerName}, tagihan {about} sebesar {amount, rupiah} (kode bayar {billingCode}) jatuh tempo pada {dueDate, date}. Bayar sebelum jatuh tempo agar tidak dikenai bunga. {region}.',
    },
    en: {
      title: 'Tax bill due on {dueDate, date}',
      body: 'Dear {taxpayerName}, the bill for {about} of {amount, rupiah} (billing code {billingCode}) is due on {dueDate, date}. Pay by then to avoid interest. {region}.',
    },
  },
  bill_overdue: {
    id: {
      title: 'Pemberitahuan tunggakan pajak: {amount, rupiah}',
      body: 'Yth. {taxpayerName}, tagihan {about} (kode bayar {billingCode}) telah lewat jatuh tempo {dueDate, date}. Jumlah yang harus dibayar per {asOf, date}, termasuk bunga, adalah {amount, rupiah}; bunga bertambah setiap bulan. Tanpa pelunasan, penagihan dilanjutkan dengan Surat Teguran. {region}.',
    },
    en: {
      title: 'Notice of overdue tax: {amount, rupiah}',
      body: 'Dear {taxpayerName}, the bill for {about} (billing code {billingCode}) was due on {dueDate, date}. The amount owed as of {asOf, date}, interest included, is {amount, rupiah}; interest grows each month. If it stays unpaid, collection continues with a Surat Teguran. {region}.',
    },
  },
};

/** A reminder's title and text in the taxpayer's language. */
export function reminderText(
  kind: ReminderKind,
  lang: Lang,
  facts: ReminderFacts,
): { title: string; body: string } {
  const f = humanFormat(lang);
  const template = TEMPLATES[kind][lang];
  const params = { ...facts };
  return { title: f.fill(template.title, params), body: f.fill(template.body, params) };
}
