/**
 * The region's treasury account, the RKUD (Rekening Kas Umum Daerah, domain notes §2.1): the account, usually at
 * the regional development bank (BPD), into which the receipts treasurer deposits the reconciled receipts with an
 * STS. The STS names it, so that the bank and the region's finance office can trace where the money went.
 */
export interface RkudAccount {
  bankName: string;
  /** Digits only, as stored and printed. */
  accountNumber: string;
  /** The account holder as the bank registered it, e.g. "RKUD Pemerintah Kota Malang". */
  accountName: string;
}

/**
 * A sanity bound, not any bank's rule (the domain notes give none, and banks differ): long enough to catch a
 * number cut short when copied, short enough to catch two pasted together or a virtual account number.
 */
export const ACCOUNT_NUMBER_DIGITS = { min: 10, max: 20 } as const;

export type AccountNumberRefusal = 'not_digits' | 'too_short' | 'too_long';

/**
 * The account number as digits, the way people write it (`0011-22-33445-6`, `001 122 334`): spaces, dots and
 * hyphens are separators and dropped; anything else, or a length outside the bound, is refused with why.
 */
export function readAccountNumber(
  text: string,
): { ok: true; digits: string } | { ok: false; refusal: AccountNumberRefusal } {
  const digits = text.replace(/[\s.-]/g, '');
  if (!/^[0-9]+$/.test(digits)) return { ok: false, refusal: 'not_digits' };
  if (digits.length < ACCOUNT_NUMBER_DIGITS.min) return { ok: false, refusal: 'too_short' };
  if (digits.length > ACCOUNT_NUMBER_DIGITS.max) return { ok: false, refusal: 'too_long' };
  return { ok: true, digits };
}

/** Inner runs of spaces become one: a name pasted from a bank letter often carries a line break or two spaces. */
export function tidyName(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
