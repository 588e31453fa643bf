import type { UiStrings } from './types.ts';

export const enStrings: UiStrings = {
  siteName: 'City of Kraków Announcements',
  siteTagline: 'Notices and consultations for residents',
  skipToContent: 'Skip to content',
  chooseLanguage: 'Choose a language',
  chooseLanguageIntro: 'City announcements in Polish, English and Ukrainian.',
  announcements: 'Announcements',
  latestAnnouncements: 'Latest announcements',
  noAnnouncements: 'No announcements yet.',
  published: 'Published',
  updated: 'Updated',
  readMore: (title) => `Read: ${title}`,
  languageSwitcherLabel: 'Languages',
  alsoAvailableIn: 'This announcement in other languages:',
  currentLanguage: 'current language',
  backToList: 'All announcements',
  event: 'Event',
  when: 'When',
  where: 'Where',
  building: (name) => `building ${name}`,
  floor: (level) => {
    if (level === 0) return 'ground floor';
    if (level < 0) return `level ${level}`;
    const suffix = level % 10 === 1 && level % 100 !== 11 ? 'st' : level % 10 === 2 && level % 100 !== 12 ? 'nd' : level % 10 === 3 && level % 100 !== 13 ? 'rd' : 'th';
    return `${level}${suffix} floor`;
  },
  room: (name) => `room ${name}`,
  notFoundTitle: 'Page not found',
  notFoundText: 'The page you are looking for does not exist or has moved.',
  notFoundHome: 'Go to the list of announcements',
  languageNames: { pl: 'Polish', en: 'English', uk: 'Ukrainian' },
  inLanguage: { pl: 'in Polish', en: 'in English', uk: 'in Ukrainian' },
  availableOnlyIn: (languages) => `Available ${languages} only`,
  addToCalendar: 'Add to calendar (.ics file)',
  showOnMap: 'Show on map (OpenStreetMap)',
  upcomingEvent: 'Upcoming event',
  pastEvent: 'This event has taken place',
  upcomingEvents: 'Upcoming events',
  allAnnouncements: 'All announcements',
  rssFeed: 'RSS feed of announcements',
  search: 'Search',
  searchNeedsJavaScript: 'Search needs JavaScript. All announcements are on the list of announcements.',
  searchResults: { one: '[COUNT] result for “[SEARCH_TERM]”', other: '[COUNT] results for “[SEARCH_TERM]”' },
  searchNoResults: 'No results for “[SEARCH_TERM]”',
  printedFrom: 'Printed from',
};
