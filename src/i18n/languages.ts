import type { Locale } from 'date-fns';
import { enGB } from 'date-fns/locale/en-GB';
import { pl } from 'date-fns/locale/pl';
import { uk } from 'date-fns/locale/uk';

/** Everything the site needs to know about one language. */
export interface LanguageInfo {
  /** BCP 47 tag used in URLs, `lang` and `hreflang` (Ukrainian is `uk`, never `ua`). */
  code: string;
  /** The language's name in itself, as shown in the language switcher. */
  nativeName: string;
  /** date-fns locale for formatting dates in this language. */
  dateLocale: Locale;
  /** Open Graph locale (language_TERRITORY). */
  ogLocale: string;
}

/**
 * The configured languages, in display order. The first is the default and
 * source language. Adding a language: one entry here, one UI dictionary in
 * `ui/`, one folder under the content directory.
 */
export const languages = {
  pl: { code: 'pl', nativeName: 'Polski', dateLocale: pl, ogLocale: 'pl_PL' },
  en: { code: 'en', nativeName: 'English', dateLocale: enGB, ogLocale: 'en_GB' },
  uk: { code: 'uk', nativeName: 'Українська', dateLocale: uk, ogLocale: 'uk_UA' },
} as const satisfies Record<string, LanguageInfo>;

export type Lang = keyof typeof languages;

export const langCodes = Object.keys(languages) as Lang[];

export const defaultLang: Lang = 'pl';

export function isLang(value: string): value is Lang {
  return Object.hasOwn(languages, value);
}
