/**
 * SNAP BI amounts are objects `{ "value": "10000.00", "currency": "IDR" }`: a decimal string with exactly two
 * decimals (SNAP's "16,2") and an ISO 4217 currency. Regional tax is owed in whole rupiah, so a value with
 * non-zero sen can never be the amount due.
 */
export interface SnapAmount {
  value: string;
  currency: 'IDR';
}

export const SNAP_AMOUNT_VALUE = /^\d{1,16}\.\d{2}$/;

export type ParsedAmount =
  | { ok: true; rupiah: number }
  /** Not `digits.dd`, or beyond what the ledger holds exactly. */
  | { ok: false; reason: 'format' }
  /** Well formed but with sen, e.g. "10000.50". */
  | { ok: false; reason: 'fraction' };

export function parseSnapAmount(value: string): ParsedAmount {
  if (!SNAP_AMOUNT_VALUE.test(value)) return { ok: false, reason: 'format' };
  const [whole, sen] = value.split('.') as [string, string];
  const rupiah = Number(whole);
  if (!Number.isSafeInteger(rupiah)) return { ok: false, reason: 'format' };
  if (sen !== '00') return { ok: false, reason: 'fraction' };
  return { ok: true, rupiah };
}

export function snapAmount(rupiah: number): SnapAmount {
  if (!Number.isSafeInteger(rupiah) || rupiah < 0) throw new RangeError(`not whole rupiah: ${rupiah}`);
  return { value: `${rupiah}.00`, currency: 'IDR' };
}
