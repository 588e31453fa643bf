import type { Lang } from '../languages.ts';

/**
 * Every string the site shows to residents. Each language's dictionary must
 * satisfy this interface, so a missing translation is a type error.
 */
export interface UiStrings {
  siteName: string;
  siteTagline: string;
  skipToContent: string;
  chooseLanguage: string;
  chooseLanguageIntro: string;
  announcements: string;
  latestAnnouncements: string;
  noAnnouncements: string;
  published: string;
  updated: string;
  readMore: (title: string) => string;
  languageSwitcherLabel: string;
  /** "This announcement in: …" */
  alsoAvailableIn: string;
  currentLanguage: string;
  backToList: string;
  event: string;
  when: string;
  where: string;
  building: (name: string) => string;
  floor: (level: number) => string;
  room: (name: string) => string;
  notFoundTitle: string;
  notFoundText: string;
  notFoundHome: string;
  /** The name of every configured language, as written in this language. */
  languageNames: Record<Lang, string>;
  /** "in Polish", "po polsku", "польською": the form used after "available". */
  inLanguage: Record<Lang, string>;
  /** "Available in Polish only", given the list of inLanguage forms. */
  availableOnlyIn: (languages: string) => string;
  addToCalendar: string;
  showOnMap: string;
  upcomingEvent: string;
  pastEvent: string;
  upcomingEvents: string;
  allAnnouncements: string;
  rssFeed: string;
  search: string;
  searchNeedsJavaScript: string;
  /** The number of search results by plural category (Intl.PluralRules), with [COUNT] and [SEARCH_TERM]. */
  searchResults: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  /** No search result, with [SEARCH_TERM]. */
  searchNoResults: string;
  /** Before the page's address on a printout: "Printed from". */
  printedFrom: string;
}
