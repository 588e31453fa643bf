import type { AnnouncementData } from '../announcements/schema.ts';
import type { Lang } from '../i18n/languages.ts';
import { isPast } from './events.ts';
import { announcementPath } from './routes.ts';

export interface ListedEntry {
  lang: Lang;
  id: string;
  slug: string;
  data: AnnouncementData;
}

export interface IndexItem {
  /** The language the listed version is written in (differs from the page's when untranslated). */
  lang: Lang;
  href: string;
  data: AnnouncementData;
  /** Set when the announcement has no version in the page's language: the languages it exists in. */
  onlyIn?: Lang[];
  event?: { past: boolean };
}

export interface IndexSections {
  /** Events that have not ended yet, soonest first. */
  upcoming: IndexItem[];
  /** Everything else, newest first; past events are marked. */
  others: IndexItem[];
}

/**
 * What a language's index lists: its own announcements, and those not
 * translated into it (in the source language if possible) so that no
 * resident misses a notice.
 */
export function indexSections(lang: Lang, entries: readonly ListedEntry[], languageOrder: readonly Lang[], now: Date, timeZone: string): IndexSections {
  const byId = Map.groupBy(entries, (entry) => entry.id);
  const items: IndexItem[] = [];
  for (const versions of byId.values()) {
    const own = versions.find((entry) => entry.lang === lang);
    const shown = own ?? [...versions].sort((a, b) => languageOrder.indexOf(a.lang) - languageOrder.indexOf(b.lang))[0];
    if (!shown) continue;
    const event = shown.data.event;
    items.push({
      lang: shown.lang,
      href: announcementPath(shown.lang, shown.slug),
      data: shown.data,
      ...(own ? {} : { onlyIn: languageOrder.filter((code) => versions.some((entry) => entry.lang === code)) }),
      ...(event ? { event: { past: isPast(event, now, timeZone) } } : {}),
    });
  }
  const newestFirst = (a: IndexItem, b: IndexItem) => b.data.date.localeCompare(a.data.date) || a.data.title.localeCompare(b.data.title);
  const upcoming = items.filter((item) => item.event && !item.event.past).sort((a, b) => (a.data.event?.start ?? '').localeCompare(b.data.event?.start ?? ''));
  const others = items.filter((item) => !(item.event && !item.event.past)).sort(newestFirst);
  return { upcoming, others };
}
