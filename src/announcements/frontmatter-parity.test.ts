import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fakeContext } from '../../test/helpers/fake-loader-context.ts';
import { checkTexts } from '../../test/helpers/check-texts.ts';
import { syncFolder } from './collection-loader.ts';
import { parseAnnouncementFile } from './read-content.ts';

/**
 * Whatever the check accepts, the build stores with the same data, and what
 * the check refuses the build refuses: generated frontmatter goes through the
 * check's reader and through the build's content loader (with Astro's
 * validation: the collection schema's safeParse), and neither ever throws.
 */

/** Values that YAML reads in different ways: dates, times, numbers, tags, anchors, flow collections, quotes. */
const scalar = fc.oneof(
  fc.constantFrom(
    '2024-06-14', '2024-02-30', '0000-01-01', '2024-06-19T17:00', '2024-06-19 17:00:00', '2024-06-19T17:00:00Z', '2024-06-19T17:00:00+02:00',
    'open-krakow', 'Open Krakow', 'search', 'відкритий-краків', '5', '0.10', '1e3', '0x1F', '.inf', 'true', 'no', 'null', '~', "''", '""',
    '!!js/function "function () {}"', '!!str 2024-06-14', '!!binary aGVsbG8=', '!!timestamp 2024-01-01', '!custom x', '!!int "7"',
    '&a Spotkanie', '*a', '*missing', '[a, b]', '[2024-06-14]', '{a: 1}', '[', '"unclosed', "'it''s'", '"\\r\\n"', '"\\u0000"', '|\n  block\n  text',
    '>-\n  folded', 'Spotkanie: ważne', 'a #comment', '#hashtag', '- item', '"<b>x</b>"', 'Kraków', '"a"', '123456789012345678901234567890',
  ),
  fc.string({ maxLength: 12 }).map((text) => JSON.stringify(text)),
  fc.string({ maxLength: 12 }).filter((text) => !text.includes('\n')),
);

const key = fc.constantFrom('title', 'date', 'summary', 'updated', 'slug', 'tags', 'draft', 'consistencyIgnore', 'titel', 'pubDate', '<<', 'title');

const line = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, scalar).map(([k, v]) => `${k}: ${v}`) },
  { weight: 1, arbitrary: fc.array(scalar, { maxLength: 3 }).map((items) => `tags:${items.map((item) => `\n  - ${item}`).join('')}`) },
  {
    weight: 2,
    arbitrary: fc
      .record({ start: scalar, end: fc.option(scalar), name: fc.option(scalar), floor: fc.option(scalar), room: fc.option(scalar), building: fc.option(scalar) })
      .map(({ start, end, name, floor, room, building }) => {
        const venue = [name && `    name: ${name}`, floor && `    floor: ${floor}`, room && `    room: ${room}`, building && `    building: ${building}`].filter(Boolean);
        return ['event:', `  start: ${start}`, ...(end ? [`  end: ${end}`] : []), ...(venue.length > 0 ? ['  venue:', ...venue] : [])].join('\n');
      }),
  },
  { weight: 1, arbitrary: fc.constantFrom('', '# a comment', '  indented: x', '---x', '...', '? complex', 'title:', 'date:\t2024-06-14') },
);

/** Frontmatter lines: usually a valid title and date, so the other fields matter, plus anything generated. */
const frontmatter = fc
  .tuple(fc.boolean(), fc.array(line, { maxLength: 6 }))
  .map(([valid, lines]) => (valid ? ['title: Spotkanie', 'date: 2024-06-14', ...lines] : lines).join('\n'));

describe('the check and the build read frontmatter alike', () => {
  it('agree on every generated frontmatter, and never throw', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'parity-'));
    const folder = path.join(root, 'content', 'pl');
    try {
      await fc.assert(
        fc.asyncProperty(frontmatter, async (yaml) => {
          const text = `---\n${yaml}\n---\n\nTreść.\n`;
          const checked = parseAnnouncementFile({ lang: 'pl', id: 'x', file: 'content/pl/x.md', text });
          // The whole check, too: a content mistake is a finding, never an exception.
          const findings = checkTexts({ x: { pl: text } }).findings;
          expect(findings.some((f) => f.rule === 'valid-content')).toBe(checked.announcement === undefined);

          rmSync(folder, { recursive: true, force: true });
          mkdirSync(folder, { recursive: true });
          writeFileSync(path.join(folder, 'x.md'), text);
          const { context, entries } = fakeContext(root);
          const built = await syncFolder(context, root, folder, { contentDir: 'content', lang: 'pl' });

          expect(built.stored.length === 1, yaml).toBe(checked.announcement !== undefined);
          if (checked.announcement) expect(entries.get('x')?.data).toEqual(checked.announcement.data);
          else expect(built.problems.map((p) => p.message)).toEqual(checked.problems.map((p) => p.message));
        }),
        { numRuns: 300, seed: 20261206 },
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it.each([
    ['slug: 2024-06-14', { slug: '2024-06-14' }],
    ['tags: [2024-06-14]', { tags: ['2024-06-14'] }],
  ])('reads an unquoted date in a text field as the text written (%s)', (extra, data) => {
    const parsed = parseAnnouncementFile({ lang: 'pl', id: 'x', file: 'x.md', text: `---\ntitle: T\ndate: 2024-06-14\n${extra}\n---\n` });
    expect(parsed.announcement?.data).toMatchObject(data);
  });

  it('refuses a YAML tag the site does not read, at its place', () => {
    const messages = (yaml: string) =>
      parseAnnouncementFile({ lang: 'pl', id: 'x', file: 'x.md', text: `---\n${yaml}\n---\n` }).problems.map((p) => `${p.line}:${p.column} ${p.message}`);
    expect(messages('title: !!js/function "function () {}"\ndate: 2024-06-14')).toEqual([
      '2:8 the frontmatter is not valid YAML: the value of "title" starts with "!", which has a meaning of its own in YAML; if it is text, put the whole value in quotes',
    ]);
    expect(messages('title: T\ndate: 2024-06-14\ntags:\n  - !!binary aGVsbG8=')).toEqual([
      '5:5 the frontmatter is not valid YAML: the tag "!!binary" is not one the site reads; remove it (and put the value in quotes if it is text)',
    ]);
  });
});
