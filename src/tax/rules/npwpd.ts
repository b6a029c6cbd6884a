/**
 * NPWPD (Nomor Pokok Wajib Pajak Daerah). There is no national format (domain file §3.2): each Pemda keeps its
 * own, so the number is rendered from a per-region template such as `P.{region}.{seq:7}.{district}`.
 *
 * Placeholders: `{region}` kab/kota code without the dot (3573), `{district}` the 2-digit kecamatan part of the
 * Kemendagri code, `{type}` 2-digit tax-type code, `{year}` 4 digits, `{seq:N}` the sequence zero-padded to N
 * digits. The sequence must be unique among numbers that share the other placeholders' values.
 */

/** A suggestion for regions without a format of their own. */
export const DEFAULT_NPWPD_TEMPLATE = 'P.{region}.{seq:7}.{district}';

/** BJB-style H2H messages carry the NPWPD in a field of up to 22 characters (domain file §3.2). */
const DEFAULT_MAX_LENGTH = 22;

const FIELD_WIDTH = { region: 4, district: 2, type: 2, year: 4 } as const;
type Field = keyof typeof FIELD_WIDTH;
type Piece = { literal: string } | { field: Field } | { seqDigits: number };

// Letters, digits and the separators seen in Pemda formats; anything else breaks bank fields or printed forms.
const LITERAL = /^[A-Za-z0-9./-]*$/;
const PLACEHOLDER = /\{([^{}]*)\}/g;
const SEQ = /^seq:(\d{1,2})$/;
const MAX_SEQ_DIGITS = 15;

export type NpwpdTemplateProblem =
  | { code: 'UNKNOWN_PLACEHOLDER'; placeholder: string }
  | { code: 'SEQUENCE_MISSING' }
  | { code: 'SEQUENCE_REPEATED' }
  | { code: 'SEQUENCE_WIDTH'; digits: number }
  | { code: 'BAD_CHARACTER'; text: string }
  | { code: 'TOO_LONG'; length: number; maxLength: number };

function isField(name: string): name is Field {
  return Object.hasOwn(FIELD_WIDTH, name);
}

function parseTemplate(template: string): { pieces: Piece[] } | { problem: NpwpdTemplateProblem } {
  const pieces: Piece[] = [];
  let at = 0;
  const literal = (text: string): NpwpdTemplateProblem | null => {
    if (!LITERAL.test(text)) return { code: 'BAD_CHARACTER', text };
    if (text) pieces.push({ literal: text });
    return null;
  };
  for (const match of template.matchAll(PLACEHOLDER)) {
    const problem = literal(template.slice(at, match.index));
    if (problem) return { problem };
    at = match.index + match[0].length;
    const name = match[1] ?? '';
    const seq = SEQ.exec(name);
    if (isField(name)) pieces.push({ field: name });
    else if (seq) pieces.push({ seqDigits: Number(seq[1]) });
    else return { problem: { code: 'UNKNOWN_PLACEHOLDER', placeholder: match[0] } };
  }
  const problem = literal(template.slice(at));
  return problem ? { problem } : { pieces };
}

function checkTemplate(
  template: string,
  maxLength: number,
): { pieces: Piece[] } | { problem: NpwpdTemplateProblem } {
  const parsed = parseTemplate(template);
  if ('problem' in parsed) return parsed;
  const seqs = parsed.pieces.flatMap((p) => ('seqDigits' in p ? [p.seqDigits] : []));
  if (seqs.length === 0) return { problem: { code: 'SEQUENCE_MISSING' } };
  if (seqs.length > 1) return { problem: { code: 'SEQUENCE_REPEATED' } };
  const digits = seqs[0] ?? 0;
  if (digits < 1 || digits > MAX_SEQ_DIGITS) return { problem: { code: 'SEQUENCE_WIDTH', digits } };
  // Every placeholder has a fixed width, so every number from a template has the same length.
  const length = parsed.pieces.reduce(
    (n, p) => n + ('literal' in p ? p.literal.length : 'field' in p ? FIELD_WIDTH[p.field] : p.seqDigits),
    0,
  );
  return length > maxLength ? { problem: { code: 'TOO_LONG', length, maxLength } } : parsed;
}

/** Null when the template is usable; otherwise the first problem found. Check a template when it is saved. */
export function validateNpwpdTemplate(
  template: string,
  maxLength: number = DEFAULT_MAX_LENGTH,
): NpwpdTemplateProblem | null {
  const checked = checkTemplate(template, maxLength);
  return 'problem' in checked ? checked.problem : null;
}

/** A template's problem in words, in both languages, for the supervisor who typed it. */
export function npwpdTemplateReason(problem: NpwpdTemplateProblem): { id: string; en: string } {
  switch (problem.code) {
    case 'UNKNOWN_PLACEHOLDER':
      return {
        id: `Format NPWPD tidak mengenal ${problem.placeholder}: pakailah {region}, {district}, {type}, {year} atau {seq:N}`,
        en: `the NPWPD format has no ${problem.placeholder}: use {region}, {district}, {type}, {year} or {seq:N}`,
      };
    case 'SEQUENCE_MISSING':
      return {
        id: 'Format NPWPD memerlukan nomor urut {seq:N}',
        en: 'the NPWPD format needs a sequence number {seq:N}',
      };
    case 'SEQUENCE_REPEATED':
      return {
        id: 'Format NPWPD memuat nomor urut lebih dari sekali',
        en: 'the NPWPD format has the sequence number more than once',
      };
    case 'SEQUENCE_WIDTH':
      return {
        id: `Nomor urut {seq:N} selebar 1 sampai ${MAX_SEQ_DIGITS} digit, tertulis ${problem.digits}`,
        en: `a sequence {seq:N} is 1 to ${MAX_SEQ_DIGITS} digits wide, got ${problem.digits}`,
      };
    case 'BAD_CHARACTER':
      return {
        id: `Di luar kurung kurawal hanya huruf, angka, titik, garis miring dan tanda hubung: "${problem.text}"`,
        en: `outside braces only letters, digits, dots, slashes and hyphens: "${problem.text}"`,
      };
    case 'TOO_LONG':
      return {
        id: `NPWPD menurut format ini ${problem.length} karakter, paling banyak ${problem.maxLength} (kolom NPWPD pesan bank)`,
        en: `an NPWPD in this format is ${problem.length} characters, at most ${problem.maxLength} (the banks' NPWPD field)`,
      };
  }
}

export type NpwpdValues = {
  /** Kemendagri kab/kota code, e.g. `35.73`. */
  regionId: string;
  /** The 2-digit kecamatan part of the Kemendagri code, e.g. `02` for Klojen (35.73.02). */
  districtCode: string;
  taxTypeCode: string;
  year: number;
  sequence: number;
};

function fieldText(field: Field, values: NpwpdValues): string {
  switch (field) {
    case 'region':
      if (!/^\d{2}\.\d{2}$/.test(values.regionId)) {
        throw new RangeError(`a region id is a kab/kota code PP.KK such as 35.73, got "${values.regionId}"`);
      }
      return values.regionId.replace('.', '');
    case 'district':
      if (!/^\d{2}$/.test(values.districtCode)) {
        throw new RangeError(`a district code is the 2-digit kecamatan part, got "${values.districtCode}"`);
      }
      return values.districtCode;
    case 'type':
      if (!/^\d{2}$/.test(values.taxTypeCode)) {
        throw new RangeError(`a tax-type code is 2 digits, got "${values.taxTypeCode}"`);
      }
      return values.taxTypeCode;
    case 'year':
      if (!Number.isInteger(values.year) || values.year < 1000 || values.year > 9999) {
        throw new RangeError(`the year must have 4 digits, got ${values.year}`);
      }
      return String(values.year);
  }
}

/**
 * Renders an NPWPD; throws a RangeError for an unusable template or a value that does not fit its place. The
 * length limit is the caller's to enforce when the template is saved (`validateNpwpdTemplate`), not here.
 */
export function formatNpwpd(template: string, values: NpwpdValues): string {
  const checked = checkTemplate(template, Number.MAX_SAFE_INTEGER);
  if ('problem' in checked) {
    throw new RangeError(`NPWPD template "${template}" is not usable: ${JSON.stringify(checked.problem)}`);
  }
  return checked.pieces
    .map((p) => {
      if ('literal' in p) return p.literal;
      if ('field' in p) return fieldText(p.field, values);
      const seq = String(values.sequence);
      if (!Number.isSafeInteger(values.sequence) || values.sequence < 1 || seq.length > p.seqDigits) {
        throw new RangeError(`sequence ${values.sequence} does not fit in ${p.seqDigits} digits`);
      }
      return seq.padStart(p.seqDigits, '0');
    })
    .join('');
}
