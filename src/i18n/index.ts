import { format } from 'date-fns';
import { languages, type Lang } from './languages.ts';
import { enStrings } from './ui/en.ts';
import { plStrings } from './ui/pl.ts';
import type { UiStrings } from './ui/types.ts';
import { ukStrings } from './ui/uk.ts';

export { languages, langCodes, defaultLang, isLang, type Lang } from './languages.ts';
export type { UiStrings } from './ui/types.ts';

const dictionaries: Record<Lang, UiStrings> = { pl: plStrings, en: enStrings, uk: ukStrings };

/** The UI dictionary of a language. */
export function ui(lang: Lang): UiStrings {
  return dictionaries[lang];
}

/**
 * Formats a calendar date (`YYYY-MM-DD`) the way the language writes it in
 * running text: "14 czerwca 2024", "14 June 2024", "14 червня 2024 р.".
 */
export function formatLongDate(isoDate: string, lang: Lang): string {
  const date = parseIsoDate(isoDate);
  const text = format(date, 'd MMMM yyyy', { locale: languages[lang].dateLocale });
  return lang === 'uk' ? `${text} р.` : text;
}

/** A `YYYY-MM-DD` string as a local Date at midnight (no time-zone shift). */
export function parseIsoDate(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1);
}
