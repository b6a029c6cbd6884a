import type { ProblemMessages } from '../platform/problem-messages';

/** The receivables area's problem codes (bills and what is paid on them), in Indonesian and English. */
export const RECEIVABLES_MESSAGES = {
  BILL_NOT_FOUND: {
    id: { title: 'Tagihan tidak ditemukan', detail: 'Tagihan {bill} tidak ada atau tidak dapat Anda akses.' },
    en: { title: 'Bill not found', detail: 'Bill {bill} does not exist or is not available to you.' },
  },
  BILL_NOT_OPEN: {
    id: {
      title: 'Tagihan tidak terbuka',
      detail: 'Tagihan {billingCode} berstatus {status}; tidak ada yang perlu dibayar.',
    },
    en: { title: 'Bill not open', detail: 'Bill {billingCode} is {status}; nothing is payable.' },
  },
  AMOUNT_DIFFERS: {
    id: {
      title: 'Jumlah tidak sesuai',
      detail: 'Jumlah {amount, rupiah} berbeda dengan jumlah terutang {due, rupiah}.',
    },
    en: { title: 'Amount differs', detail: '{amount, rupiah} differs from the amount due, {due, rupiah}.' },
  },
} satisfies ProblemMessages;

type ReceivablesMessages = typeof RECEIVABLES_MESSAGES;

declare module '../platform/problem-messages' {
  interface ProblemCatalogue extends ReceivablesMessages {}
}
