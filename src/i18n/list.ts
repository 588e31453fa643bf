import type { Lang } from './languages.ts';

/** "po polsku i po angielsku", "in Polish and in English", "польською та англійською". */
export function joinList(items: readonly string[], lang: Lang): string {
  return new Intl.ListFormat(lang, { style: 'long', type: 'conjunction' }).format(items);
}
