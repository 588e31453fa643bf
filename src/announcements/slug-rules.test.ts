import { describe, expect, it } from 'vitest';
import { fileNameProblem, printableName, slugProblem, suggestSlug } from './slug-rules.ts';
import { announcementSchema } from './schema.ts';

describe('slug rules', () => {
  it('accept lowercase letters of any script, digits and single hyphens, up to 100 characters and 200 bytes', () => {
    for (const slug of ['open-krakow', 'відкритий-краків', '2024', 'a'.repeat(100), 'ж'.repeat(100)]) expect(slugProblem(slug), slug).toBeUndefined();
  });

  it('refuse the pages the site makes itself', () => {
    for (const slug of ['search', 'rss.xml', '404']) expect(slugProblem(slug)).toMatch(/is taken by a page the site makes itself/);
  });

  it('refuse slugs too long for an address or a folder name', () => {
    expect(slugProblem('a'.repeat(101))).toBe('it has 101 characters; a URL slug may have at most 100, so shorten it');
    expect(slugProblem('中'.repeat(90))).toMatch(/^it takes 270 bytes as a folder name; at most 200 fit/);
  });

  it('hold for the slug field', () => {
    const parse = (slug: string) => announcementSchema.safeParse({ title: 'T', date: '2024-06-14', slug }).success;
    expect(parse('open-krakow')).toBe(true);
    expect(parse('search')).toBe(false);
    expect(parse('a'.repeat(10_000))).toBe(false);
    expect(parse('ж'.repeat(200))).toBe(false);
  });

  it('hold for file names, with a rename to suggest and control characters shown', () => {
    expect(fileNameProblem('park-meeting')).toBeUndefined();
    expect(fileNameProblem('With Space')).toMatch(/rename it, e\.g\. to "with-space\.md"$/);
    expect(fileNameProblem('a?b=c')).toMatch(/e\.g\. to "a-b-c\.md"$/);
    expect(fileNameProblem('line\r\nbreak')).toMatch(/^the file name "line\\u000d\\u000abreak\.md" cannot be/);
    expect(fileNameProblem('search')).toMatch(/; rename it$/);
    expect(printableName('a\u0000b')).toBe('a\\u0000b');
    expect(suggestSlug('Ogłoszenie NR 5!')).toBe('ogłoszenie-nr-5');
  });
});
