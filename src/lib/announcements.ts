import { getCollection, type CollectionEntry } from 'astro:content';
import { langCodes, type Lang } from '../i18n/languages.ts';
import { buildTranslationMap, type TranslationMap } from './routes.ts';

export type AnnouncementEntry = CollectionEntry<`announcements_${Lang}`>;

/** The published (non-draft) announcements of one language, newest first. */
export async function getPublished(lang: Lang): Promise<AnnouncementEntry[]> {
  const entries = await getCollection(`announcements_${lang}`, (entry) => !entry.data.draft);
  return entries.sort(newestFirst);
}

export function newestFirst(a: AnnouncementEntry, b: AnnouncementEntry): number {
  return b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title);
}

export function slugOf(entry: AnnouncementEntry): string {
  return entry.data.slug ?? entry.id;
}

/** Paths of every published translation, keyed by announcement id. */
export async function getTranslationMap(): Promise<TranslationMap> {
  const all = await Promise.all(
    langCodes.map(async (lang) => (await getPublished(lang)).map((entry) => ({ lang, id: entry.id, slug: slugOf(entry) }))),
  );
  return buildTranslationMap(all.flat());
}

/** Every published announcement in every language, for listings. */
export async function getAllListed(): Promise<Array<{ lang: Lang; id: string; slug: string; data: AnnouncementEntry['data'] }>> {
  const all = await Promise.all(langCodes.map(async (lang) => (await getPublished(lang)).map((entry) => ({ lang, id: entry.id, slug: slugOf(entry), data: entry.data }))));
  return all.flat();
}
