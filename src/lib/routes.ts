import { langCodes, type Lang } from '../i18n/languages.ts';

/** What routing needs to know about one published translation. */
export interface RoutableEntry {
  lang: Lang;
  id: string;
  slug: string;
}

/**
 * The pages of each language besides its announcements (src/pages/[lang]/),
 * and the files of each announcement besides its page: the consistency check
 * reports links to any other path under a language as broken.
 */
export const SITE_PAGES = { language: ['search', 'rss.xml'], announcement: ['event.ics'] } as const;

export function languageHomePath(lang: Lang): string {
  return `/${lang}/`;
}

export function announcementPath(lang: Lang, slug: string): string {
  return `/${lang}/${slug}/`;
}

/** For each announcement id, the path of every translation that exists. */
export type TranslationMap = Map<string, Partial<Record<Lang, string>>>;

export function buildTranslationMap(entries: Iterable<RoutableEntry>): TranslationMap {
  const map: TranslationMap = new Map();
  for (const entry of entries) {
    const paths = map.get(entry.id) ?? {};
    paths[entry.lang] = announcementPath(entry.lang, entry.slug);
    map.set(entry.id, paths);
  }
  return map;
}

export interface Alternates {
  paths: Partial<Record<Lang, string>>;
  /** Target of `hreflang="x-default"`: the language chooser for home pages, else the source-language version. */
  xDefault: string;
}

/**
 * The alternates of every page path: announcement pages link their
 * translations, language home pages link each other. Keys and values are
 * decoded paths (`/uk/відкритий-краків/`), so callers decode URLs first.
 */
export function alternatesByPath(map: TranslationMap, defaultLang: Lang): Map<string, Alternates> {
  const result = new Map<string, Alternates>();
  const homes = Object.fromEntries(langCodes.map((lang) => [lang, languageHomePath(lang)])) as Record<Lang, string>;
  for (const home of Object.values(homes)) result.set(home, { paths: homes, xDefault: '/' });
  for (const paths of map.values()) {
    const xDefault = paths[defaultLang] ?? Object.values(paths)[0] ?? '/';
    for (const path of Object.values(paths)) result.set(path, { paths, xDefault });
  }
  return result;
}
