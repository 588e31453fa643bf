/** Everything the site needs to know about one language. */
export interface LanguageInfo {
  /** BCP 47 tag used in URLs, `lang` and `hreflang` (Ukrainian is `uk`, never `ua`). */
  code: string;
  /** The language's name in itself, as shown in the language switcher. */
  nativeName: string;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
}

/**
 * The configured languages, in display order. The first is the default and
 * source language. Adding a language: one entry here, its date-fns locale in
 * `format.ts`, one UI dictionary in `ui/`, one language pack under
 * `src/consistency/packs/`, one folder under the content directory. (Date
 * locales live with the formatting, so the consistency CLI, which needs only
 * the codes, does not load date-fns.)
 */
export const languages = {
  pl: { code: 'pl', nativeName: 'Polski', ogLocale: 'pl_PL' },
  en: { code: 'en', nativeName: 'English', ogLocale: 'en_GB' },
  uk: { code: 'uk', nativeName: 'Українська', ogLocale: 'uk_UA' },
} as const satisfies Record<string, LanguageInfo>;

export type Lang = keyof typeof languages;

export const langCodes = Object.keys(languages) as Lang[];

export const defaultLang: Lang = 'pl';

export function isLang(value: string): value is Lang {
  return Object.hasOwn(languages, value);
}
