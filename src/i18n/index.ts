import type { Lang } from './languages.ts';
import { enStrings } from './ui/en.ts';
import { plStrings } from './ui/pl.ts';
import type { UiStrings } from './ui/types.ts';
import { ukStrings } from './ui/uk.ts';

export { languages, langCodes, defaultLang, isLang, type Lang } from './languages.ts';
export type { UiStrings } from './ui/types.ts';
export { formatEventWhen, formatLongDate, formatTime, parseLocal } from './format.ts';
export { joinList } from './list.ts';

const dictionaries: Record<Lang, UiStrings> = { pl: plStrings, en: enStrings, uk: ukStrings };

/** The UI dictionary of a language. */
export function ui(lang: Lang): UiStrings {
  return dictionaries[lang];
}
