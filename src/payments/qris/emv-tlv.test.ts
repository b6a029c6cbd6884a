import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeTlv, encodeTlv, isTemplateTag, type TlvElement } from './emv-tlv';
import { VECTOR_A } from './test-vectors';

describe('EMVCo TLV decoding: ID(2) + length(2, decimal) + value', () => {
  it('reads vector A in order, decoding the merchant account templates 26 and 51 into their sub-objects', () => {
    const decoded = decodeTlv(VECTOR_A);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.elements.map((e) => e.tag)).toEqual([
      '00',
      '01',
      '26',
      '51',
      '52',
      '53',
      '58',
      '59',
      '60',
      '61',
      '63',
    ]);
    expect(decoded.elements[2]).toEqual({
      tag: '26',
      children: [
        { tag: '00', value: 'ID.DANA.WWW' },
        { tag: '01', value: '936009153030232517' },
        { tag: '02', value: '030232517' },
        { tag: '03', value: 'UMI' },
      ],
    });
    expect(decoded.elements[7]).toEqual({ tag: '59', value: 'Raol Mukarrozi' });
  });

  it('decodes the additional data template 62 but leaves a plain value alone even when it looks like TLV', () => {
    expect(decodeTlv('590801020AB06209010512345')).toEqual({
      ok: true,
      elements: [
        { tag: '59', value: '01020AB0' },
        { tag: '62', children: [{ tag: '01', value: '12345' }] },
      ],
    });
  });

  it('templates are IDs 26 to 51 and 62 only', () => {
    expect(['25', '26', '45', '51', '52', '62', '63', '64'].filter(isTemplateTag)).toEqual([
      '26',
      '45',
      '51',
      '62',
    ]);
  });

  it('an empty string is an empty list', () => {
    expect(decodeTlv('')).toEqual({ ok: true, elements: [] });
  });

  it.each([
    ['fewer than four characters left for ID and length', '000201010', 'TRUNCATED', 6, '01'],
    ['an ID that is not two digits', '0002015A0211', 'BAD_TAG', 6, '5A'],
    ['a length that is not two digits', '00020101X211', 'BAD_LENGTH', 6, '01'],
    ['a length of 00 (EMVCo: 01 to 99)', '0002010100', 'BAD_LENGTH', 6, '01'],
    ['a length past the end of the string', '000201011211', 'PAST_END', 6, '01'],
    ['the same ID twice at one level', '000201000201', 'DUPLICATE_TAG', 6, '00'],
    ['a bad sub-object inside a template, named with its template', '26080005ABCD', 'PAST_END', 4, '26.00'],
    ['a duplicate sub-object inside a template', '261200020100020163', 'DUPLICATE_TAG', 10, '26.00'],
  ])('refuses %s, saying where', (_, text, code, offset, tag) => {
    expect(decodeTlv(text)).toEqual({ ok: false, error: { code, offset, tag } });
  });
});

describe('EMVCo TLV encoding', () => {
  it('writes each object as ID, two-digit length and value, templates from their sub-objects', () => {
    expect(
      encodeTlv([
        { tag: '00', value: '01' },
        { tag: '62', children: [{ tag: '01', value: 'INV-1' }] },
      ]),
    ).toBe('00020162090105INV-1');
  });

  it('refuses a value EMVCo cannot hold: empty, over 99 characters, or a bad ID', () => {
    expect(() => encodeTlv([{ tag: '59', value: '' }])).toThrow(RangeError);
    expect(() => encodeTlv([{ tag: '59', value: 'x'.repeat(100) }])).toThrow(RangeError);
    expect(() => encodeTlv([{ tag: '5', value: 'x' }])).toThrow(RangeError);
  });

  it('gives vector A back byte for byte from its decoding', () => {
    const decoded = decodeTlv(VECTOR_A);
    expect(decoded.ok && encodeTlv(decoded.elements)).toBe(VECTOR_A);
  });
});

/** Any list of data objects EMVCo allows: unique IDs per level, templates for 26–51 and 62, values 1–99 chars. */
const tag = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
const value = (max: number) => fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: max });
const plain = (tags: fc.Arbitrary<string>, max: number) =>
  fc.uniqueArray(fc.record({ tag: tags, value: value(max) }), { selector: (e) => e.tag, maxLength: 4 });
const elements: fc.Arbitrary<TlvElement[]> = fc.uniqueArray(tag, { maxLength: 12 }).chain((tags) =>
  fc.tuple(
    ...tags.map(
      (t): fc.Arbitrary<TlvElement> =>
        isTemplateTag(t)
          ? // Four sub-objects of at most 20 characters stay within a template's 99.
            plain(tag, 20)
              .filter((children) => children.length > 0)
              .map((children) => ({ tag: t, children }))
          : value(99).map((v) => ({ tag: t, value: v })),
    ),
  ),
);

describe('round trip', () => {
  it('decoding what was encoded gives the same data objects', () => {
    fc.assert(
      fc.property(elements, (list) => {
        expect(decodeTlv(encodeTlv(list))).toEqual({ ok: true, elements: list });
      }),
    );
  });

  it('encoding what was decoded gives the same string', () => {
    fc.assert(
      fc.property(elements, (list) => {
        const text = encodeTlv(list);
        const decoded = decodeTlv(text);
        expect(decoded.ok && encodeTlv(decoded.elements)).toBe(text);
      }),
    );
  });
});
