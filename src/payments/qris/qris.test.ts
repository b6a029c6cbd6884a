import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { crc16CcittFalse } from './crc16';
import { decodeTlv, type TlvElement, tlvTemplate, tlvValue } from './emv-tlv';
import {
  billingCodeFromQris,
  dynamicQrisForBill,
  encodeQris,
  parseStaticQris,
  type QrisRefusalCode,
} from './qris';
import { VECTOR_A, VECTOR_B, VECTOR_C } from './test-vectors';

/** The data objects of a payload before its CRC. */
function bodyOf(payload: string): TlvElement[] {
  const decoded = decodeTlv(payload);
  if (!decoded.ok) throw new Error('test payload does not decode');
  return decoded.elements.filter((e) => e.tag !== '63');
}

/** Vector A changed by `edit` and given a fresh, correct CRC: only the edit can be wrong with it. */
function editedA(edit: (elements: TlvElement[]) => TlvElement[]): string {
  return encodeQris(edit(bodyOf(VECTOR_A)));
}

const set = (tag: string, value: string) => (elements: TlvElement[]) =>
  elements.map((e) => (e.tag === tag ? { tag, value } : e));
const drop =
  (...tags: string[]) =>
  (elements: TlvElement[]) =>
    elements.filter((e) => !tags.includes(e.tag));

function refusalOf(payload: string) {
  const parsed = parseStaticQris(payload);
  if (parsed.ok) throw new Error('expected a refusal');
  return parsed.refusal;
}

describe('reading a static QRIS', () => {
  it('vector A: the acquirer account from tag 26, the NMID from the QRIS repository in 51', () => {
    expect(parseStaticQris(VECTOR_A)).toEqual({
      ok: true,
      merchant: {
        guid: 'ID.DANA.WWW',
        merchantPan: '936009153030232517',
        merchantId: '030232517',
        merchantCriteria: 'UMI',
        nmid: 'ID1026529448957',
        mcc: '7372',
        currency: '360',
        countryCode: 'ID',
        merchantName: 'Raol Mukarrozi',
        merchantCity: 'Kota Banjar Bar',
        postalCode: '70731',
      },
    });
  });

  it('vector B is a valid static QRIS', () => {
    const parsed = parseStaticQris(VECTOR_B);
    expect(parsed.ok && parsed.merchant).toMatchObject({
      merchantName: 'ZIQVA',
      merchantCity: 'Kab. Malang',
      nmid: 'ID1026532945221',
      mcc: '5045',
    });
  });

  it('the postal code is optional; the criteria fall back to the repository template’s', () => {
    const payload = editedA((els) =>
      drop('61')(els).map((e) =>
        e.tag === '26' && 'children' in e ? { tag: '26', children: e.children.slice(0, 3) } : e,
      ),
    );
    const parsed = parseStaticQris(payload);
    expect(parsed.ok && parsed.merchant).toMatchObject({ postalCode: null, merchantCriteria: 'UMI' });
  });
});

describe('refusing what is not a static QRIS, with the reason', () => {
  const nameChanged = VECTOR_A.replace('Raol Mukarrozi', 'Raol Mukarrozy');
  it.each<[string, string, QrisRefusalCode, Record<string, string | number>]>([
    ['one character changed (a mis-copy): the CRC no longer matches', nameChanged, 'CRC_MISMATCH', {}],
    ['the CRC in lowercase hex', `${VECTOR_A.slice(0, -4)}e0bd`, 'CRC_MISMATCH', { found: 'e0bd' }],
    ['the last characters cut off', VECTOR_A.slice(0, -3), 'TLV_PAST_END', { tag: '63' }],
    ['no CRC at all', encodeQris(bodyOf(VECTOR_A)).slice(0, -8), 'MISSING_TAG', { tag: '63' }],
    [
      'a non-ASCII character',
      VECTOR_A.replace('Raol', 'Raöl'),
      'NOT_ASCII',
      { position: VECTOR_A.indexOf('Raol') + 3 },
    ],
    ['the dynamic vector C', VECTOR_C, 'DYNAMIC', {}],
    [
      'a static indicator but an amount (tag 54)',
      editedA((e) => [...e, { tag: '54', value: '1000' }]),
      'DYNAMIC',
      {},
    ],
    ['tag 00 other than 01', editedA(set('00', '02')), 'BAD_FORMAT_INDICATOR', { found: '02' }],
    ['tag 00 not first', editedA((e) => [...e.slice(1), e[0] as TlvElement]), 'FORMAT_NOT_FIRST', {}],
    ['tag 01 neither 11 nor 12', editedA(set('01', '13')), 'BAD_INITIATION', { found: '13' }],
    ['no merchant account template', editedA(drop('26', '51')), 'NO_MERCHANT_ACCOUNT', {}],
    ['no merchant name', editedA(drop('59')), 'MISSING_TAG', { tag: '59' }],
    ['no point of initiation', editedA(drop('01')), 'MISSING_TAG', { tag: '01' }],
    ['no MCC', editedA(drop('52')), 'MISSING_TAG', { tag: '52' }],
    ['an MCC that is not four digits', editedA(set('52', '73A2')), 'BAD_MCC', { found: '73A2' }],
    ['a currency other than rupiah', editedA(set('53', '840')), 'NOT_RUPIAH', { found: '840' }],
    ['a country other than Indonesia', editedA(set('58', 'SG')), 'NOT_INDONESIA', { found: 'SG' }],
    ['a merchant name over 25', editedA(set('59', 'N'.repeat(26))), 'TOO_LONG', { tag: '59', max: 25 }],
    ['a merchant city over 15', editedA(set('60', 'C'.repeat(16))), 'TOO_LONG', { tag: '60', max: 15 }],
    [
      'the CRC before the last element',
      `${encodeQris(drop('61')(bodyOf(VECTOR_A)))}610570731`,
      'CRC_NOT_LAST',
      {},
    ],
  ])('%s', (_, payload, code, params) => {
    const refusal = refusalOf(payload);
    expect(refusal.code).toBe(code);
    expect(refusal.params).toMatchObject(params);
    // The reason is written in both languages, every placeholder filled.
    expect(refusal.reason.id).not.toBe(refusal.reason.en);
    expect(`${refusal.reason.id} ${refusal.reason.en}`).not.toMatch(/[{}]/);
  });

  it('a CRC mismatch names the CRC found and the one the content gives', () => {
    const refusal = refusalOf(VECTOR_A.replace('Raol Mukarrozi', 'Raol Mukarrozy'));
    const expected = crc16CcittFalse(VECTOR_A.replace('Raol Mukarrozi', 'Raol Mukarrozy').slice(0, -4));
    expect(refusal.params).toEqual({ found: 'E0BD', expected });
    expect(refusal.reason.en).toContain(`it says E0BD, the content gives ${expected}`);
  });

  it('a missing element is named in each language', () => {
    const refusal = refusalOf(editedA(drop('59')));
    expect(refusal.reason).toEqual({
      id: 'Elemen wajib 59 (nama merchant) tidak ada.',
      en: 'Required element 59 (merchant name) is missing.',
    });
  });
});

describe('the dynamic QRIS of a bill', () => {
  it('adding only tag 54 and switching tag 01 to 12, in ascending ID order, reproduces vector C from B', () => {
    const elements = [
      ...bodyOf(VECTOR_B).filter((e) => e.tag !== '01'),
      { tag: '01', value: '12' },
      { tag: '54', value: '50000' },
    ].sort((a, b) => Number(a.tag) - Number(b.tag));
    expect(encodeQris(elements)).toBe(VECTOR_C);
  });

  it('is vector C with the billing code as bill number in tag 62 sub 01 before the CRC', () => {
    const code = '3573012500000017';
    const dynamic = dynamicQrisForBill(VECTOR_B, { amount: 50_000, billingCode: code });
    const body = `${VECTOR_C.slice(0, -8)}62200116${code}6304`;
    expect(dynamic).toBe(`${body}${crc16CcittFalse(body)}`);
  });

  it('replaces the static string’s own additional data and drops tip indicators (55–57): a tax is paid exactly', () => {
    const withExtras = editedA((e) => [
      ...e.slice(0, 6),
      { tag: '55', value: '01' },
      ...e.slice(6),
      { tag: '62', children: [{ tag: '07', value: 'KASIR-1' }] },
    ]);
    expect(parseStaticQris(withExtras).ok).toBe(true);
    const elements = bodyOf(dynamicQrisForBill(withExtras, { amount: 1, billingCode: 'X' }));
    expect(elements.map((e) => e.tag)).not.toContain('55');
    expect(tlvTemplate(elements, '62')).toEqual([{ tag: '01', value: 'X' }]);
  });

  it.each([0, -1, 1.5, Number.NaN, 10 ** 13, Number.MAX_SAFE_INTEGER + 1])(
    'refuses the amount %s: a positive whole rupiah of at most 13 digits (EMVCo tag 54)',
    (amount) => {
      expect(() => dynamicQrisForBill(VECTOR_A, { amount, billingCode: '1' })).toThrow(RangeError);
    },
  );

  it('accepts the largest 13-digit amount', () => {
    const dynamic = dynamicQrisForBill(VECTOR_A, { amount: 9_999_999_999_999, billingCode: '1' });
    expect(tlvValue(bodyOf(dynamic), '54')).toBe('9999999999999');
  });

  it('refuses a billing code tag 62 cannot hold, and a static string that does not validate', () => {
    expect(() => dynamicQrisForBill(VECTOR_A, { amount: 1, billingCode: '' })).toThrow(RangeError);
    expect(() => dynamicQrisForBill(VECTOR_A, { amount: 1, billingCode: '1'.repeat(26) })).toThrow(
      RangeError,
    );
    expect(() => dynamicQrisForBill(VECTOR_C, { amount: 1, billingCode: '1' })).toThrow(/dynamic QRIS/);
  });

  it('for any amount and billing code: CRC valid, 01 = 12, 54 = amount, 62/01 = code, the rest unchanged', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(VECTOR_A, VECTOR_B),
        fc.integer({ min: 1, max: 9_999_999_999_999 }),
        fc.stringMatching(/^\d{16}$/),
        (staticPayload, amount, billingCode) => {
          const dynamic = dynamicQrisForBill(staticPayload, { amount, billingCode });
          expect(crc16CcittFalse(dynamic.slice(0, -4))).toBe(dynamic.slice(-4));
          expect(refusalOf(dynamic).code).toBe('DYNAMIC');
          expect(billingCodeFromQris(dynamic)).toBe(billingCode);
          const elements = bodyOf(dynamic);
          expect(tlvValue(elements, '01')).toBe('12');
          expect(tlvValue(elements, '54')).toBe(String(amount));
          const kept = (els: TlvElement[]) => els.filter((e) => !['01', '54', '62'].includes(e.tag));
          expect(kept(elements)).toEqual(kept(bodyOf(staticPayload)));
          expect(elements.map((e) => Number(e.tag))).toEqual(
            elements.map((e) => Number(e.tag)).sort((a, b) => a - b),
          );
        },
      ),
    );
  });
});

describe('the billing code of a dynamic QRIS (for matching a payment notification)', () => {
  it('is tag 62 sub 01', () => {
    expect(billingCodeFromQris(dynamicQrisForBill(VECTOR_B, { amount: 5, billingCode: 'ABC' }))).toBe('ABC');
  });

  it('is null when there is none or the CRC does not match', () => {
    expect(billingCodeFromQris(VECTOR_C)).toBeNull();
    const dynamic = dynamicQrisForBill(VECTOR_B, { amount: 5, billingCode: 'ABC' });
    expect(billingCodeFromQris(dynamic.replace('ABC', 'ABD'))).toBeNull();
  });
});
