import { describe, expect, it } from 'vitest';
import { alternatesByPath, announcementPath, buildTranslationMap } from './routes.ts';

describe('translation routes', () => {
  const map = buildTranslationMap([
    { lang: 'pl', id: 'park', slug: 'park-miejski' },
    { lang: 'en', id: 'park', slug: 'city-park' },
    { lang: 'en', id: 'only-en', slug: 'only-en' },
  ]);

  it('links translations by file id, each at its own slug', () => {
    expect(map.get('park')).toEqual({ pl: '/pl/park-miejski/', en: '/en/city-park/' });
    expect(announcementPath('uk', 'парк')).toBe('/uk/парк/');
  });

  it('gives every page its alternates and an x-default', () => {
    const alternates = alternatesByPath(map, 'pl');
    expect(alternates.get('/en/city-park/')).toEqual({ paths: { pl: '/pl/park-miejski/', en: '/en/city-park/' }, xDefault: '/pl/park-miejski/' });
    expect(alternates.get('/en/only-en/')?.xDefault).toBe('/en/only-en/');
    expect(alternates.get('/uk/')).toEqual({ paths: { pl: '/pl/', en: '/en/', uk: '/uk/' }, xDefault: '/' });
  });
});
