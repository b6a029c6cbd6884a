/**
 * The kode bayar (billing code) a taxpayer quotes at a bank, a teller or an e-wallet: 16 digits,
 * `RRRR TT YY NNNNNNN C` = region (Kemendagri kab/kota code without the dot), tax type, 2-digit year, a 7-digit
 * per-region sequence, and a Damm check digit. People key this code in by hand; Damm catches every single-digit
 * error and every swap of adjacent digits, so a typo is refused before it reaches someone else's bill.
 */

// The order-10 quasigroup of H. M. Damm (2004), weakly totally anti-symmetric.
const DAMM: readonly (readonly number[])[] = [
  [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
  [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
  [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
  [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
  [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
  [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
  [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
  [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
  [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
  [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

const DIGITS = /^\d+$/;
const LENGTH = 16;
const MAX_SEQUENCE = 9_999_999;

/** The Damm check digit of a string of decimal digits. */
export function dammCheckDigit(digits: string): number {
  if (!DIGITS.test(digits)) throw new RangeError(`expected decimal digits, got "${digits}"`);
  let interim = 0;
  for (const ch of digits) interim = DAMM[interim]?.[Number(ch)] ?? 0;
  return interim;
}

export type BillingCodeParts = {
  /** Kemendagri kab/kota code, e.g. `35.73` for Kota Malang. */
  regionId: string;
  /** The region's 2-digit tax-type code, e.g. `01`. */
  taxTypeCode: string;
  /** Full year, 2000–2099: the code carries only its last two digits. */
  year: number;
  /** 1 … 9,999,999, unique within the region and year. */
  sequence: number;
};

export type BillingCodeProblem = 'WRONG_LENGTH' | 'NOT_DIGITS' | 'CHECK_DIGIT';

export function makeBillingCode({ regionId, taxTypeCode, year, sequence }: BillingCodeParts): string {
  if (!/^\d{2}\.\d{2}$/.test(regionId)) {
    throw new RangeError(`a region id is a kab/kota code PP.KK such as 35.73, got "${regionId}"`);
  }
  if (!/^\d{2}$/.test(taxTypeCode)) throw new RangeError(`a tax-type code is 2 digits, got "${taxTypeCode}"`);
  if (!Number.isInteger(year) || year < 2000 || year > 2099) {
    throw new RangeError(`the year must be 2000–2099, got ${year}`);
  }
  if (!Number.isInteger(sequence) || sequence < 1 || sequence > MAX_SEQUENCE) {
    throw new RangeError(`the sequence must be 1–${MAX_SEQUENCE}, got ${sequence}`);
  }
  const body = `${regionId.replace('.', '')}${taxTypeCode}${String(year % 100).padStart(2, '0')}${String(sequence).padStart(7, '0')}`;
  return `${body}${dammCheckDigit(body)}`;
}

/** Reads a code as typed, spaces allowed (the printed form groups the digits). */
export function parseBillingCode(
  code: string,
): { ok: true; parts: BillingCodeParts } | { ok: false; reason: BillingCodeProblem } {
  const digits = code.replace(/ /g, '');
  if (!DIGITS.test(digits)) return { ok: false, reason: 'NOT_DIGITS' };
  if (digits.length !== LENGTH) return { ok: false, reason: 'WRONG_LENGTH' };
  // A valid Damm code, check digit included, runs the quasigroup back to 0.
  if (dammCheckDigit(digits) !== 0) return { ok: false, reason: 'CHECK_DIGIT' };
  return {
    ok: true,
    parts: {
      regionId: `${digits.slice(0, 2)}.${digits.slice(2, 4)}`,
      taxTypeCode: digits.slice(4, 6),
      year: 2000 + Number(digits.slice(6, 8)),
      sequence: Number(digits.slice(8, 15)),
    },
  };
}

/** The printed form: `3573 01 25 0000001 7`. */
export function formatBillingCode(code: string): string {
  if (!/^\d{16}$/.test(code)) throw new RangeError(`a billing code is 16 digits, got "${code}"`);
  return [code.slice(0, 4), code.slice(4, 6), code.slice(6, 8), code.slice(8, 15), code.slice(15)].join(' ');
}
