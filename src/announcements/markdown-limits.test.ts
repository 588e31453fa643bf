import { describe, expect, it } from 'vitest';
import { markdownLimitProblem, MARKDOWN_LIMITS } from './markdown-limits.ts';
import { parseAnnouncementFile } from './read-content.ts';

const repeatTo = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length)).slice(0, bytes);
const FRONTMATTER = '---\ntitle: T\ndate: 2024-06-14\n---\n\nWstęp.\n\n';

describe('Markdown the parsers would take minutes over', () => {
  it.each([
    ['">" nested blockquotes', '>', /^8:1 blockquotes or lists are nested \d+ deep on this line; at most 16 levels are read/],
    ['"> " nested blockquotes', '> ', /^8:1 blockquotes or lists are nested/],
    ['"+ " nested lists', '+ ', /^8:1 blockquotes or lists are nested/],
    ['"1. " nested lists', '1. ', /^8:1 blockquotes or lists are nested/],
    ['"_a" in one word', '_a', /^8:1 this word has more than 50 separate underscores \("_a_a_a/],
    ['"www.a_" in one word', 'www.a_', /^8:1 this word has more than 50 separate underscores/],
    ['"&amp; " in one paragraph', '&amp; ', /^8:1 this paragraph has more than 500 character references/],
    ['"*a" in one paragraph', '*a', /^8:1 this paragraph has more than 150 emphasis marks/],
    ['"a_ " in one paragraph', 'a_ ', /^8:1 this paragraph has more than 150 emphasis marks/],
  ])('refuses 1 MB of %s at its place, in a blink', (_name, unit, message) => {
    const text = `${FRONTMATTER}${repeatTo(unit, 1_000_000 - FRONTMATTER.length)}`;
    const parsed = parseAnnouncementFile({ lang: 'pl', id: 'x', file: 'x.md', text });
    expect(parsed.announcement).toBeUndefined();
    expect(parsed.problems.map((p) => `${p.line}:${p.column} ${p.message}`)[0]).toMatch(message);
  });

  it('accepts what a notice needs, and 1 MB just inside every limit', () => {
    const notice = '> Uwaga\n>\n> - punkt *ważny* i __bardzo__ ważny\n>   1. a_b_c &amp; &nbsp; www.krakow.pl/a_b\n\n| **a** | _b_ |\n| --- | --- |\n';
    expect(markdownLimitProblem(notice)).toBeUndefined();
    for (const unit of [`${'> '.repeat(MARKDOWN_LIMITS.nesting)}a\n`, `${'a_'.repeat(MARKDOWN_LIMITS.underscoresPerWord)}\n\n`, `${'&amp; '.repeat(MARKDOWN_LIMITS.referencesPerParagraph)}\n\n`, `${'*a'.repeat(MARKDOWN_LIMITS.emphasisRunsPerParagraph)}\n\n`, '_'.repeat(1000) + '\n\n']) {
      expect(markdownLimitProblem(repeatTo(unit, 1_000_000)), unit.slice(0, 10)).toBeUndefined();
    }
  });

  it('counts a paragraph from its first line and starts again after a blank line', () => {
    const paragraph = (n: number) => '&amp; '.repeat(n);
    expect(markdownLimitProblem(`a\n\n${paragraph(300)}\n\n${paragraph(300)}`)).toBeUndefined();
    expect(markdownLimitProblem(`a\n\n${paragraph(300)}\n${paragraph(300)}`)).toMatchObject({ line: 3, column: 1 });
  });
});
