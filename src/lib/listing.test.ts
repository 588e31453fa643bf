import { describe, expect, it } from 'vitest';
import { indexSections, type ListedEntry } from './listing.ts';

const entry = (lang: 'pl' | 'en' | 'uk', id: string, date: string, start?: string): ListedEntry => ({
  lang,
  id,
  slug: `${id}-${lang}`,
  data: { title: `${id} ${lang}`, date, draft: false, ...(start ? { event: { start } } : {}) },
});

describe('indexSections', () => {
  const entries = [
    entry('pl', 'old', '2024-01-01'),
    entry('en', 'old', '2024-01-01'),
    entry('pl', 'past-event', '2024-05-01', '2024-06-19T17:00'),
    entry('en', 'past-event', '2024-05-01', '2024-06-19T17:00'),
    entry('pl', 'soon', '2024-06-01', '2024-07-01T10:00'),
    entry('pl', 'sooner', '2024-06-10', '2024-06-25T10:00'),
    entry('uk', 'uk-only', '2024-06-05'),
  ];
  const now = new Date('2024-06-20T12:00:00Z');
  const sections = indexSections('en', entries, ['pl', 'en', 'uk'], now, 'Europe/Warsaw');

  it('lists upcoming events first, soonest first', () => {
    expect(sections.upcoming.map((item) => item.data.title)).toEqual(['sooner pl', 'soon pl']);
  });

  it('lists the rest newest first and marks past events', () => {
    expect(sections.others.map((item) => [item.data.title, item.event?.past ?? null])).toEqual([
      ['uk-only uk', null],
      ['past-event en', true],
      ['old en', null],
    ]);
  });

  it('lists untranslated announcements in the languages they exist in, source language first', () => {
    const soon = sections.upcoming.find((item) => item.data.title === 'soon pl');
    expect(soon).toMatchObject({ lang: 'pl', href: '/pl/soon-pl/', onlyIn: ['pl'] });
    expect(sections.others[0]).toMatchObject({ lang: 'uk', onlyIn: ['uk'] });
    expect(sections.others[2]?.onlyIn).toBeUndefined();
  });
});
