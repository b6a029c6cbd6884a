import type { ProblemMessages } from '../platform/problem-messages';

/**
 * The problem codes of printed documents, in Indonesian and English: every kind's loader answers a row it cannot
 * print, and the verify page a code that names no document, with the same one.
 */
export const DOCUMENTS_MESSAGES = {
  DOCUMENT_NOT_FOUND: {
    id: {
      title: 'Dokumen tidak dikenal',
      detail:
        'Kode verifikasi tidak cocok dengan dokumen mana pun. Periksa kembali kode atau pindai ulang kode QR.',
    },
    en: {
      title: 'Unknown document',
      detail: 'The verification code matches no document. Check the code or scan the QR code again.',
    },
  },
} satisfies ProblemMessages;

type DocumentsMessages = typeof DOCUMENTS_MESSAGES;

declare module '../platform/problem-messages' {
  interface ProblemCatalogue extends DocumentsMessages {}
}
