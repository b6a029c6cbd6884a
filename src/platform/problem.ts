import { fillMessage, type Lang } from './human-format';
import { messagesOf, type ProblemCode, STATUS_WORDS } from './problem-messages';

export type { Lang };

/**
 * The one error shape. A use case throws a Problem with a stable machine code; the HTTP layer renders it as
 * RFC 9457 application/problem+json with title and detail in the caller's language.
 */
export class Problem extends Error {
  constructor(
    readonly status: number,
    readonly code: ProblemCode,
    readonly params: Record<string, string | number> = {},
    readonly errors?: FieldError[],
  ) {
    super(`${code} ${JSON.stringify(params)}`);
  }
}

/** A text in each language; a reply shows the caller's. */
export type Bilingual = Record<Lang, string>;

const INDONESIAN = new Map<string, string>();

/**
 * A schema's own message in both languages (`.min(n, bilingualMessage({ id, en }))`): zod keeps one text, the
 * English, and a refusal shows the Indonesian to an Indonesian caller (src/http/validation.ts asks `indonesianOf`).
 */
export function bilingualMessage(message: Bilingual): string {
  INDONESIAN.set(message.en, message.id);
  return message.en;
}

/**
 * A refinement's issue worded in both languages, for a reason with particulars that a fixed `bilingualMessage`
 * cannot hold: `ctx.addIssue(bilingualIssue({ id, en }, ['amnesties', 0, 'to']))`.
 */
export function bilingualIssue(message: Bilingual, path?: PropertyKey[]) {
  return {
    code: 'custom' as const,
    message: message.en,
    params: { bilingual: message },
    ...(path && { path }),
  };
}

/** The Indonesian of a message written with `bilingualMessage`, by its English. */
export function indonesianOf(english: string): string | undefined {
  return INDONESIAN.get(english);
}

/** What is wrong with one field: one text, or a text per language (rendered in the caller's). */
export interface FieldError {
  field: string;
  message: string | Bilingual;
}

export function fieldErrorsIn(errors: FieldError[], lang: Lang): { field: string; message: string }[] {
  return errors.map((e) => ({
    field: e.field,
    message: typeof e.message === 'string' ? e.message : e.message[lang],
  }));
}

export function problemText(code: ProblemCode, lang: Lang, params: Record<string, string | number>) {
  // A code of an area left out of this build's list has no words: it says itself rather than fail the answer.
  const m = messagesOf(code)?.[lang] ?? { title: code, detail: code };
  // Dates, months, amounts and counts are written by the one formatter of the caller's language (a detail says
  // `{period, month}`, `{day, date}`, `{amount, rupiah}`…), so no answer shows `2026-11` or `2026-12-03`; a
  // `timeZone` param puts a time on the region's clock (WIB otherwise).
  const status = params.status;
  const words = typeof status === 'string' ? { status: STATUS_WORDS[status]?.[lang] ?? status } : {};
  const timeZone = typeof params.timeZone === 'string' ? params.timeZone : undefined;
  return { title: m.title, detail: fillMessage(m.detail, { ...params, ...words }, lang, { timeZone }) };
}

/** Indonesian unless the caller prefers English (`Accept-Language: en…` ranked before `id`). */
export function languageOf(acceptLanguage: string | undefined): Lang {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...rest] = part.trim().toLowerCase().split(';');
      const q = rest.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) : 1 };
    })
    .filter((x) => x.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('en')) return 'en';
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
  }
  return 'id';
}
