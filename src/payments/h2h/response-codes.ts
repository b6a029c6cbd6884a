import type { Lang } from '../../platform/problem';

/**
 * The H2H answer codes. 00–36 follow the regional-bank convention banks already code against (Bank Jatim's VA
 * posting codes, domain notes §4.4); 40, 41 and 43 are this API's authentication and idempotency refusals; 12, 30, 42 and
 * 65 borrow ISO 8583 meanings (invalid transaction, format error, duplicate, frequency limit) for cases the
 * convention has no code for. The HTTP status is for proxies and logs; a bank acts on `responseCode`.
 */
export const RESPONSE = {
  '00': { http: 200, id: 'Sukses', en: 'Success' },
  '10': { http: 200, id: 'Tagihan tidak ditemukan', en: 'Bill not found' },
  '12': {
    http: 422,
    id: 'Pembatalan tidak diizinkan: lewat batas waktu',
    en: 'Reversal not allowed: window closed',
  },
  '13': { http: 200, id: 'Tagihan sudah lunas', en: 'Bill already paid' },
  '14': { http: 200, id: 'Jumlah tidak sesuai dengan tagihan', en: 'Amount differs from the amount due' },
  '30': { http: 400, id: 'Format permintaan salah', en: 'Malformed request' },
  '34': { http: 200, id: 'Transaksi tidak ditemukan', en: 'Transaction not found' },
  '36': { http: 200, id: 'Transaksi sudah dibatalkan', en: 'Transaction already reversed' },
  '40': { http: 401, id: 'Autentikasi gagal', en: 'Authentication failed' },
  '41': {
    http: 409,
    id: 'bankReference sudah dipakai untuk permintaan lain',
    en: 'bankReference already used with a different request',
  },
  '42': {
    http: 409,
    id: 'X-EXTERNAL-ID sudah dipakai hari ini untuk permintaan lain',
    en: 'X-EXTERNAL-ID already used today with a different request',
  },
  // A retry of a payment reversed since: never 00, which a bank would book as paid while the bill is open again.
  // Not 2xx either, so that a client that reads only the HTTP status does not take the NTPD it carries for a receipt.
  '43': {
    http: 409,
    id: 'Pembayaran ini sudah dibatalkan: tagihan tidak dilunasi olehnya',
    en: 'This payment was reversed: it does not pay the bill',
  },
  '65': { http: 429, id: 'Terlalu banyak permintaan', en: 'Too many requests' },
  '99': { http: 500, id: 'Kesalahan sistem', en: 'System error' },
} as const;

export type ResponseCode = keyof typeof RESPONSE;

export interface H2hAnswer {
  http: number;
  body: { responseCode: ResponseCode; responseMessage: string } & Record<string, unknown>;
}

export function answer(
  code: ResponseCode,
  lang: Lang,
  fields: Record<string, unknown> = {},
  detail?: string,
): H2hAnswer {
  const r = RESPONSE[code];
  const message = detail ? `${r[lang]}: ${detail}` : r[lang];
  return { http: r.http, body: { responseCode: code, responseMessage: message, ...fields } };
}
