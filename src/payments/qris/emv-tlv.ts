/**
 * The TLV format of EMVCo QR payloads (EMVCo Merchant-Presented Mode, which QRIS adopts): each data object is an
 * ID of two digits, a length of two decimal digits (01–99) and a value of exactly that many characters. Some IDs
 * are templates whose value is itself a list of data objects: Merchant Account Information (26–51) and
 * Additional Data Field (62). Sub-objects inside a template are plain values.
 */
export type TlvElement = { tag: string; value: string } | { tag: string; children: TlvElement[] };

export type TlvErrorCode = 'TRUNCATED' | 'BAD_TAG' | 'BAD_LENGTH' | 'PAST_END' | 'DUPLICATE_TAG';

export interface TlvError {
  code: TlvErrorCode;
  /** Where the faulty data object starts, as an index into the whole string (0 = first character). */
  offset: number;
  /** The faulty object's ID, prefixed by its template's (`59`, `26.01`); for BAD_TAG the characters found. */
  tag: string;
}

export type TlvDecoding = { ok: true; elements: TlvElement[] } | { ok: false; error: TlvError };

const TWO_DIGITS = /^\d{2}$/;

/** Whether an ID's value is a nested list of data objects (EMVCo MPM: 26–51 merchant accounts, 62 additional data). */
export function isTemplateTag(tag: string): boolean {
  const id = Number(tag);
  return (id >= 26 && id <= 51) || id === 62;
}

/** Decodes a payload into its data objects in the order written, or the first reason it cannot be read. */
export function decodeTlv(text: string): TlvDecoding {
  return decodeRange(text, 0, text.length, null);
}

function decodeRange(text: string, start: number, end: number, template: string | null): TlvDecoding {
  const elements: TlvElement[] = [];
  const seen = new Set<string>();
  const fail = (code: TlvErrorCode, offset: number, tag: string): TlvDecoding => ({
    ok: false,
    error: { code, offset, tag: template === null ? tag : `${template}.${tag}` },
  });
  let at = start;
  while (at < end) {
    if (end - at < 4) return fail('TRUNCATED', at, text.slice(at, Math.min(at + 2, end)));
    const tag = text.slice(at, at + 2);
    if (!TWO_DIGITS.test(tag)) return fail('BAD_TAG', at, tag);
    const length = text.slice(at + 2, at + 4);
    // EMVCo MPM: the length is "01" to "99"; a data object is never present with an empty value.
    if (!TWO_DIGITS.test(length) || length === '00') return fail('BAD_LENGTH', at, tag);
    const valueStart = at + 4;
    const valueEnd = valueStart + Number(length);
    if (valueEnd > end) return fail('PAST_END', at, tag);
    if (seen.has(tag)) return fail('DUPLICATE_TAG', at, tag);
    seen.add(tag);
    if (template === null && isTemplateTag(tag)) {
      const inner = decodeRange(text, valueStart, valueEnd, tag);
      if (!inner.ok) return inner;
      elements.push({ tag, children: inner.elements });
    } else {
      elements.push({ tag, value: text.slice(valueStart, valueEnd) });
    }
    at = valueEnd;
  }
  return { ok: true, elements };
}

/** Writes data objects back as TLV; throws on an ID or a value length EMVCo does not allow (a caller's bug). */
export function encodeTlv(elements: readonly TlvElement[]): string {
  return elements
    .map((element) => {
      const value = 'children' in element ? encodeTlv(element.children) : element.value;
      if (!TWO_DIGITS.test(element.tag)) throw new RangeError(`EMVCo TLV: bad ID ${element.tag}`);
      if (value.length < 1 || value.length > 99)
        throw new RangeError(`EMVCo TLV: ID ${element.tag} has ${value.length} characters; 1 to 99 allowed`);
      return `${element.tag}${String(value.length).padStart(2, '0')}${value}`;
    })
    .join('');
}

/** The value of a plain data object, if present. */
export function tlvValue(elements: readonly TlvElement[], tag: string): string | undefined {
  const element = elements.find((e) => e.tag === tag);
  return element && 'value' in element ? element.value : undefined;
}

/** The data objects inside a template, if present. */
export function tlvTemplate(elements: readonly TlvElement[], tag: string): TlvElement[] | undefined {
  const element = elements.find((e) => e.tag === tag);
  return element && 'children' in element ? element.children : undefined;
}
