import { createContext, useContext } from 'react';
import { fillMessage, formatCodeWords, formatCount, type Noun } from '../../../src/platform/human-format';
import type { Role } from '../../../src/platform/roles';
import type { Lang } from './api';
import { shellMessages } from './messages';

/** An area's messages (its `messages.ts`): Indonesian, the default, and English, with the same keys. */
export interface Messages<K extends string = string> {
  id: Record<K, string>;
  en: Record<K, string>;
}

/**
 * `web/src/areas.ts` registers the list of areas here (declaration merging, as TanStack Router's `Register`), so that
 * `t()` knows every key of every area without the shell importing the areas: a key no area defines, or a misspelled
 * one, fails the type check.
 */
// biome-ignore lint/suspicious/noEmptyInterface: web/src/areas.ts fills it in
export interface Register {}

type RegisteredArea = Register extends { areas: readonly (infer A)[] } ? A : never;
type KeysOf<A> = A extends { messages: { id: infer M } } ? Extract<keyof M, string> : never;

/** A message of the shell or of a registered area. */
export type MessageKey = keyof typeof shellMessages.id | KeysOf<RegisteredArea>;

/**
 * Every message in both languages, the shell's and each area's, merged (shell/assemble.ts), with every role the areas
 * define (each named by its message `role.<name>`).
 */
export type Catalogue = Record<Lang, Record<string, string>> & { roles: readonly Role[] };

interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /**
   * The message in the current language, its placeholders filled from `params` by the one formatter
   * (src/platform/human-format.ts): `{name}` as given, `{day, date}`, `{period, month}`, `{amount, rupiah}`, and
   * `{count, plural, one {# bill} other {# bills}}` so that English never says "1 bills".
   */
  t(key: MessageKey, params?: Record<string, string | number>): string;
  /** Every role of the build, in the areas' order (the user form offers them all). */
  roles: readonly Role[];
  roleLabel(role: Role): string;
  /** A tax category's name (`khusus`: special entertainment); the code as words when it has none. */
  categoryLabel(category: string): string;
  /**
   * A code's name from the messages `<group>.<code>` (`reklameType.billboard`, `patUsage.niaga`); a code a region
   * made up that no message names is written as words (`rumah_tangga` → "Rumah tangga"), never shown bare.
   */
  codeLabel(group: string, code: string): string;
  /** A number of months, `1 bulan` / `1 month`, `3 months`. */
  months(count: number): string;
  /** A count with its noun in the current language: `1 bill`, `2 bills`, `2 tagihan`. */
  count(count: number, noun: Noun): string;
}

export function makeI18n(lang: Lang, setLang: (lang: Lang) => void, catalogue: Catalogue): I18n {
  const dict = catalogue[lang];
  // Every key is in both languages (the types and web/src/areas.test.ts see to it): the fallback never shows.
  const message = (key: string) => dict[key] ?? key;
  return {
    lang,
    setLang,
    t: (key, params = {}) => fillMessage(message(key), params, lang),
    roles: catalogue.roles,
    roleLabel: (role) => message(`role.${role}`),
    months: (count) => formatCount(count, 'month', lang),
    count: (count, noun) => formatCount(count, noun, lang),
    categoryLabel: (category) => dict[`category.${category}`] ?? formatCodeWords(category),
    codeLabel: (group, code) => dict[`${group}.${code}`] ?? formatCodeWords(code),
  };
}

export const I18nContext = createContext<I18n>(makeI18n('id', () => {}, { ...shellMessages, roles: [] }));

export function useI18n(): I18n {
  return useContext(I18nContext);
}

const LANG_KEY = 'balai.lang';

/** The language the person last chose on this device, if any. */
export function rememberedLanguage(): Lang | undefined {
  const stored = localStorage.getItem(LANG_KEY);
  return stored === 'id' || stored === 'en' ? stored : undefined;
}

export function rememberLanguage(lang: Lang): void {
  localStorage.setItem(LANG_KEY, lang);
}
