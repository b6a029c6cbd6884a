import { crc16CcittFalse } from './crc16';
import { decodeTlv, encodeTlv, type TlvElement, type TlvErrorCode, tlvTemplate, tlvValue } from './emv-tlv';

/**
 * QRIS, Bank Indonesia's national QR standard, is EMVCo Merchant-Presented Mode with Indonesian values. A region
 * receives a static QRIS from its bank (tag 01 = 11: the payer types the amount); Balai derives from it, for each
 * bill, a dynamic string (tag 01 = 12) carrying the amount due (tag 54) and the billing code as bill number
 * (tag 62 sub 01). The rules and test vectors are in the domain reference, §4.7.
 */

/** The merchant a static QRIS pays, as the region's bank registered it. */
export interface QrisMerchant {
  /** Globally unique identifier of the acquirer's merchant account (sub 00): `ID.CO.BANKJATIM.WWW`. */
  guid: string;
  /** Merchant PAN: the acquirer's NNS followed by the merchant's number (sub 01). */
  merchantPan: string | null;
  /** The merchant's ID at the acquirer (sub 02). */
  merchantId: string | null;
  /** QRIS merchant criteria (sub 03): `UMI`, `UKE`, `UME`, `UBE`, `URE`. */
  merchantCriteria: string | null;
  /** National Merchant ID from the QRIS central repository template (tag 51 sub 02). */
  nmid: string | null;
  /** Merchant Category Code (ISO 18245), tag 52. */
  mcc: string;
  /** ISO 4217 numeric, tag 53: always `360` (rupiah). */
  currency: string;
  /** ISO 3166-1 alpha-2, tag 58: always `ID`. */
  countryCode: string;
  merchantName: string;
  merchantCity: string;
  postalCode: string | null;
}

export type QrisRefusalCode =
  | 'NOT_ASCII'
  | `TLV_${TlvErrorCode}`
  | 'CRC_NOT_LAST'
  | 'CRC_MISMATCH'
  | 'FORMAT_NOT_FIRST'
  | 'BAD_FORMAT_INDICATOR'
  | 'BAD_INITIATION'
  | 'DYNAMIC'
  | 'MISSING_TAG'
  | 'NO_MERCHANT_ACCOUNT'
  | 'BAD_MCC'
  | 'NOT_RUPIAH'
  | 'NOT_INDONESIA'
  | 'TOO_LONG';

/** Why a string was refused: a stable code, its particulars, and the reason in words for the person who pasted it. */
export interface QrisRefusal {
  code: QrisRefusalCode;
  params: Record<string, string | number>;
  reason: { id: string; en: string };
}

type Refused = { ok: false; refusal: QrisRefusal };
export type QrisParse = { ok: true; merchant: QrisMerchant } | Refused;

/** `{name}` in a reason is the element's name in that language, from its `{tag}`. */
const REASONS: Record<QrisRefusalCode, { id: string; en: string }> = {
  NOT_ASCII: {
    id: 'Karakter ke-{position} bukan huruf, angka atau tanda baca ASCII; string QRIS tidak memuat karakter lain.',
    en: 'Character {position} is not an ASCII letter, digit or punctuation mark; a QRIS string holds nothing else.',
  },
  TLV_TRUNCATED: {
    id: 'String terpotong di karakter ke-{position}: sisanya terlalu pendek untuk ID dan panjang elemen.',
    en: 'The string is cut off at character {position}: too little is left for an element’s ID and length.',
  },
  TLV_BAD_TAG: {
    id: 'ID elemen di karakter ke-{position} ("{tag}") bukan dua angka.',
    en: 'The element ID at character {position} ("{tag}") is not two digits.',
  },
  TLV_BAD_LENGTH: {
    id: 'Panjang elemen {tag} di karakter ke-{position} bukan angka 01 sampai 99.',
    en: 'The length of element {tag} at character {position} is not a number from 01 to 99.',
  },
  TLV_PAST_END: {
    id: 'Panjang elemen {tag} di karakter ke-{position} melewati akhir string: string terpotong atau salah salin.',
    en: 'Element {tag} at character {position} runs past the end of the string: it was cut off or mis-copied.',
  },
  TLV_DUPLICATE_TAG: {
    id: 'Elemen {tag} muncul lebih dari sekali (karakter ke-{position}).',
    en: 'Element {tag} appears more than once (character {position}).',
  },
  CRC_NOT_LAST: {
    id: 'Elemen 63 (CRC) harus menjadi elemen terakhir.',
    en: 'Element 63 (the CRC) must be the last element.',
  },
  CRC_MISMATCH: {
    id: 'CRC tidak cocok: tertulis {found}, isi string menghasilkan {expected}. String berubah atau salah salin.',
    en: 'The CRC does not match: it says {found}, the content gives {expected}. The string was altered or mis-copied.',
  },
  FORMAT_NOT_FIRST: {
    id: 'Elemen 00 (Payload Format Indicator) harus menjadi elemen pertama.',
    en: 'Element 00 (Payload Format Indicator) must be the first element.',
  },
  BAD_FORMAT_INDICATOR: {
    id: 'Elemen 00 (Payload Format Indicator) harus 01, bukan {found}.',
    en: 'Element 00 (Payload Format Indicator) must be 01, not {found}.',
  },
  BAD_INITIATION: {
    id: 'Elemen 01 (Point of Initiation Method) harus 11 untuk QRIS statis, bukan {found}.',
    en: 'Element 01 (Point of Initiation Method) must be 11 for a static QRIS, not {found}.',
  },
  DYNAMIC: {
    id: 'Ini QRIS dinamis (sekali pakai, dengan nominal). Tempelkan QRIS statis milik daerah dari bank.',
    en: 'This is a dynamic QRIS (one-time, with an amount). Paste the region’s static QRIS from its bank.',
  },
  MISSING_TAG: {
    id: 'Elemen wajib {tag} ({name}) tidak ada.',
    en: 'Required element {tag} ({name}) is missing.',
  },
  NO_MERCHANT_ACCOUNT: {
    id: 'Tidak ada informasi akun merchant (elemen 26 sampai 51).',
    en: 'There is no merchant account information (elements 26 to 51).',
  },
  BAD_MCC: {
    id: 'Elemen 52 (Merchant Category Code) harus empat angka, bukan "{found}".',
    en: 'Element 52 (Merchant Category Code) must be four digits, not "{found}".',
  },
  NOT_RUPIAH: {
    id: 'Elemen 53 (mata uang) harus 360 (rupiah), bukan {found}.',
    en: 'Element 53 (currency) must be 360 (rupiah), not {found}.',
  },
  NOT_INDONESIA: {
    id: 'Elemen 58 (negara) harus ID (Indonesia), bukan {found}.',
    en: 'Element 58 (country) must be ID (Indonesia), not {found}.',
  },
  TOO_LONG: {
    id: 'Elemen {tag} ({name}) paling panjang {max} karakter, tetapi berisi {length}.',
    en: 'Element {tag} ({name}) holds at most {max} characters, but has {length}.',
  },
};

const TAG_NAMES: Record<string, { id: string; en: string }> = {
  '00': { id: 'Payload Format Indicator', en: 'Payload Format Indicator' },
  '01': { id: 'Point of Initiation Method', en: 'Point of Initiation Method' },
  '52': { id: 'Merchant Category Code', en: 'Merchant Category Code' },
  '53': { id: 'mata uang', en: 'currency' },
  '58': { id: 'negara', en: 'country' },
  '59': { id: 'nama merchant', en: 'merchant name' },
  '60': { id: 'kota merchant', en: 'merchant city' },
  '61': { id: 'kode pos', en: 'postal code' },
  '63': { id: 'CRC', en: 'CRC' },
};

function refuse(code: QrisRefusalCode, params: Record<string, string | number> = {}): Refused {
  const reason = (lang: 'id' | 'en') =>
    REASONS[code][lang].replace(/\{(\w+)\}/g, (_, key: string) => {
      if (key === 'name') {
        const tag = String(params.tag);
        return TAG_NAMES[tag]?.[lang] ?? (tag.endsWith('.00') ? 'Globally Unique Identifier' : tag);
      }
      return String(params[key] ?? `{${key}}`);
    });
  return { ok: false, refusal: { code, params, reason: { id: reason('id'), en: reason('en') } } };
}

/**
 * EMVCo MPM writes data objects in its alphanumeric-special set, printable ASCII; only the alternate-language
 * template (64) may hold other scripts, and Balai accepts none. It also keeps lengths and CRC bytes in step.
 */
const NOT_PRINTABLE_ASCII = /[^\x20-\x7E]/;

/** EMVCo MPM's maximum lengths of the plain fields Balai stores. */
const MAX_LENGTH: Record<string, number> = { '59': 25, '60': 15, '61': 10 };

/** The CRC tag with its fixed length, as it stands in every payload before the four check digits. */
const CRC_HEAD = '6304';

/** The checksum over everything up to and including `6304`, as EMVCo MPM defines tag 63. */
function crcOf(elementsBeforeCrc: string): string {
  return crc16CcittFalse(`${elementsBeforeCrc}${CRC_HEAD}`);
}

/**
 * Reads the TLV of a QRIS string and checks the parts every QRIS shares: tag 63 last, and a CRC that matches.
 * Returns the data objects before the CRC.
 */
function readChecked(payload: string): { ok: true; elements: TlvElement[] } | Refused {
  const bad = NOT_PRINTABLE_ASCII.exec(payload);
  if (bad) return refuse('NOT_ASCII', { position: bad.index + 1 });
  const decoded = decodeTlv(payload);
  if (!decoded.ok) {
    const { code, offset, tag } = decoded.error;
    return refuse(`TLV_${code}`, { position: offset + 1, tag });
  }
  const elements = decoded.elements;
  const crcIndex = elements.findIndex((e) => e.tag === '63');
  if (crcIndex < 0) return refuse('MISSING_TAG', { tag: '63' });
  if (crcIndex !== elements.length - 1) return refuse('CRC_NOT_LAST');
  const found = tlvValue(elements, '63') ?? '';
  const before = elements.slice(0, -1);
  const expected = crcOf(encodeTlv(before));
  if (found !== expected) return refuse('CRC_MISMATCH', { found, expected });
  return { ok: true, elements: before };
}

/**
 * Validates a static QRIS string as a region pastes it from its bank and reads the merchant it pays. A dynamic
 * string is refused: it is one payment's QR, not the region's.
 */
export function parseStaticQris(payload: string): QrisParse {
  const checked = checkStatic(payload);
  return checked.ok ? { ok: true, merchant: checked.merchant } : checked;
}

function checkStatic(
  payload: string,
): { ok: true; elements: TlvElement[]; merchant: QrisMerchant } | Refused {
  const read = readChecked(payload);
  if (!read.ok) return read;
  const elements = read.elements;
  const value = (tag: string) => tlvValue(elements, tag);

  if (elements[0]?.tag !== '00') return value('00') ? refuse('FORMAT_NOT_FIRST') : missing('00');
  if (value('00') !== '01') return refuse('BAD_FORMAT_INDICATOR', { found: value('00') ?? '' });
  const initiation = value('01');
  if (initiation === undefined) return missing('01');
  if (initiation === '12' || value('54') !== undefined) return refuse('DYNAMIC');
  if (initiation !== '11') return refuse('BAD_INITIATION', { found: initiation });

  // EMVCo MPM: IDs 26–51 are merchant account templates; QRIS puts the acquirer's first (from 26) and the
  // national repository (ID.CO.QRIS.WWW, with the NMID) in 51.
  const account = elements.find(
    (e): e is Extract<TlvElement, { children: TlvElement[] }> => 'children' in e && Number(e.tag) <= 51,
  );
  if (!account) return refuse('NO_MERCHANT_ACCOUNT');
  const guid = tlvValue(account.children, '00');
  if (guid === undefined) return missing(`${account.tag}.00`);
  const repository = tlvTemplate(elements, '51') ?? [];

  const [mcc, currency, country, name, city] = ['52', '53', '58', '59', '60'].map(value);
  for (const tag of ['52', '53', '58', '59', '60']) if (value(tag) === undefined) return missing(tag);
  if (!mcc || !/^\d{4}$/.test(mcc)) return refuse('BAD_MCC', { found: mcc ?? '' });
  if (currency !== '360') return refuse('NOT_RUPIAH', { found: currency ?? '' });
  if (country !== 'ID') return refuse('NOT_INDONESIA', { found: country ?? '' });
  for (const [tag, max] of Object.entries(MAX_LENGTH)) {
    const length = value(tag)?.length ?? 0;
    if (length > max) return refuse('TOO_LONG', { tag, max, length });
  }

  return {
    ok: true,
    elements,
    merchant: {
      guid,
      merchantPan: tlvValue(account.children, '01') ?? null,
      merchantId: tlvValue(account.children, '02') ?? null,
      merchantCriteria: tlvValue(account.children, '03') ?? tlvValue(repository, '03') ?? null,
      nmid: tlvValue(repository, '02') ?? null,
      mcc,
      currency,
      countryCode: country,
      merchantName: name ?? '',
      merchantCity: city ?? '',
      postalCode: value('61') ?? null,
    },
  };
}

function missing(tag: string): Refused {
  return refuse('MISSING_TAG', { tag });
}

/** A payload from data objects without a CRC: TLV, then `6304` and the checksum over all before it. */
export function encodeQris(elementsBeforeCrc: readonly TlvElement[]): string {
  const body = encodeTlv(elementsBeforeCrc);
  return `${body}${CRC_HEAD}${crcOf(body)}`;
}

/** EMVCo MPM: tag 54 holds at most 13 characters; whole rupiah carry no decimals. */
const MAX_AMOUNT_DIGITS = 13;
/** EMVCo MPM: each data object inside the Additional Data Field template (62) holds at most 25 characters. */
const MAX_BILL_NUMBER = 25;

/**
 * The dynamic QRIS of one bill, from the region's static string: Point of Initiation 12 (one payment), the amount
 * in whole rupiah as tag 54, and the billing code as bill number (tag 62 sub 01) replacing any additional data of
 * the static string. Tip and convenience-fee indicators (55–57) are dropped: a tax bill is paid exactly. Data
 * objects are written in ascending ID order: 00 stays first as EMVCo requires (63 is appended last), and 54
 * lands between 53 and 58 as in the domain reference's vector C. Throws on a static string that does not
 * validate, or on an amount or billing code that tag 54 or 62 cannot hold.
 */
export function dynamicQrisForBill(
  staticPayload: string,
  bill: { amount: number; billingCode: string },
): string {
  const checked = checkStatic(staticPayload);
  if (!checked.ok) throw new Error(`the static QRIS does not validate: ${checked.refusal.reason.en}`);
  const amount = String(bill.amount);
  if (!Number.isSafeInteger(bill.amount) || bill.amount <= 0 || amount.length > MAX_AMOUNT_DIGITS)
    throw new RangeError(
      `QRIS amount must be a positive whole rupiah of at most 13 digits, not ${bill.amount}`,
    );
  if (bill.billingCode.length < 1 || bill.billingCode.length > MAX_BILL_NUMBER)
    throw new RangeError(`QRIS bill number must be 1 to ${MAX_BILL_NUMBER} characters`);
  if (NOT_PRINTABLE_ASCII.test(bill.billingCode)) throw new RangeError('QRIS bill number must be ASCII');

  const replaced = new Set(['01', '54', '55', '56', '57', '62']);
  const elements: TlvElement[] = [
    ...checked.elements.filter((e) => !replaced.has(e.tag)),
    { tag: '01', value: '12' },
    { tag: '54', value: amount },
    { tag: '62', children: [{ tag: '01', value: bill.billingCode }] },
  ].sort((a, b) => Number(a.tag) - Number(b.tag));
  return encodeQris(elements);
}

/**
 * The billing code a dynamic QRIS carries as bill number (tag 62 sub 01), for matching an acquirer's payment
 * notification to its bill; null when the string is not a readable QRIS with a valid CRC or carries none.
 */
export function billingCodeFromQris(payload: string): string | null {
  const read = readChecked(payload);
  if (!read.ok) return null;
  return tlvValue(tlvTemplate(read.elements, '62') ?? [], '01') ?? null;
}
