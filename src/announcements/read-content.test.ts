import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAnnouncementFile, readContentTree } from './read-content.ts';
import { formatProblem } from './problems.ts';

const parse = (text: string) => parseAnnouncementFile({ lang: 'pl', id: 'x', file: 'content/announcements/pl/x.md', text });
const messages = (text: string) => parse(text).problems.map(formatProblem);

describe('parseAnnouncementFile', () => {
  it('accepts a minimal valid announcement and keeps dates as written', () => {
    const result = parse('---\ntitle: Ogłoszenie\ndate: 2024-06-14\n---\n\nTreść.\n');
    expect(result.problems).toEqual([]);
    expect(result.announcement?.data).toMatchObject({ title: 'Ogłoszenie', date: '2024-06-14', draft: false });
    expect(result.announcement?.bodyLine).toBe(5);
  });

  it('reads Windows line ends and a closing line with trailing spaces, and places mistakes on the right line', () => {
    const result = parse('---\r\ntitle: Ogłoszenie\r\ndate: 2024-06-14\r\n---  \r\n\r\nTreść.\r\n');
    expect(result.problems).toEqual([]);
    expect(result.announcement?.data.title).toBe('Ogłoszenie');
    expect(result.announcement?.bodyLine).toBe(5);
    expect(messages('---\r\ntitle: T\r\ndate: 2024-02-30\r\n---\r\n')).toEqual([
      'content/announcements/pl/x.md:3:7  field "date": found "2024-02-30" (30 February 2024 does not exist), expected a real calendar date written as YYYY-MM-DD, e.g. 2024-06-14',
    ]);
    expect(messages('---\r\n---\r\nBody\r\n')[0]).toMatch(/the frontmatter is empty/);
    expect(messages('---')[0]).toMatch(/the frontmatter is never closed/);
  });

  it('accepts a full event with venue', () => {
    const result = parse(
      '---\ntitle: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T17:00\n  end: 2024-06-19 19:00\n  venue:\n    name: Centrum\n    building: A\n    floor: 1\n    room: 204\n---\n',
    );
    expect(result.problems).toEqual([]);
    expect(result.announcement?.data.event).toEqual({ start: '2024-06-19T17:00', end: '2024-06-19T19:00', venue: { name: 'Centrum', building: 'A', floor: 1, room: '204' } });
  });

  it('rejects an impossible calendar date, naming field, value and expectation', () => {
    expect(messages('---\ntitle: T\ndate: 2024-02-30\n---\n')).toEqual([
      'content/announcements/pl/x.md:3:7  field "date": found "2024-02-30" (30 February 2024 does not exist), expected a real calendar date written as YYYY-MM-DD, e.g. 2024-06-14',
    ]);
  });

  it('reports a missing title at the start of the frontmatter', () => {
    expect(messages('---\ndate: 2024-06-14\n---\n')).toEqual(['content/announcements/pl/x.md:2:1  field "title": missing, expected a title as text']);
  });

  it('reports an empty title', () => {
    expect(messages('---\ntitle: "  "\ndate: 2024-06-14\n---\n')[0]).toMatch(/:2:8 {2}field "title": found an empty text, expected a title$/);
  });

  it('reports a wrong type', () => {
    expect(messages('---\ntitle: T\ndate: 2024-06-14\ndraft: maybe\n---\n')[0]).toBe(
      'content/announcements/pl/x.md:4:8  field "draft": found "maybe", expected true or false',
    );
  });

  it('rejects an unknown key and suggests the intended one', () => {
    expect(messages('---\ntitel: T\ndate: 2024-06-14\n---\n')).toEqual([
      'content/announcements/pl/x.md:2:1  field "title": missing, expected a title as text',
      'content/announcements/pl/x.md:2:1  field "titel": unknown field; did you mean "title"?',
    ]);
  });

  it('names our field for the names other site generators use (Astro\'s blog starter: pubDate, description)', () => {
    expect(messages('---\ntitle: T\npubDate: 2024-06-14\ndescription: S\n---\n')).toEqual([
      'content/announcements/pl/x.md:2:1  field "date": missing, expected a real calendar date written as YYYY-MM-DD, e.g. 2024-06-14',
      'content/announcements/pl/x.md:3:1  field "pubDate": unknown field; did you mean "date"?',
      'content/announcements/pl/x.md:4:1  field "description": unknown field; did you mean "summary"?',
    ]);
  });

  it('rejects HTML in the title and summary, which are shown as written, but not a "<" in plain text', () => {
    expect(messages('---\ntitle: T\ndate: 2024-06-14\nsummary: "Do godz. 15<sup>00</sup>."\n---\n')).toEqual([
      'content/announcements/pl/x.md:4:10  field "summary": found "Do godz. 15<sup>00</sup>.", expected a one- or two-sentence summary in plain text: HTML tags such as "<sup>" or "<b>" are shown to readers as written (write "15:00", not "15<sup>00</sup>")',
    ]);
    expect(messages('---\ntitle: "<b>Ważne</b>"\ndate: 2024-06-14\n---\n')[0]).toMatch(/field "title": .*expected a title in plain text/);
    expect(messages('---\ntitle: Zajęcia dla dzieci <6 lat, gdy a<b\ndate: 2024-06-14\n---\n')).toEqual([]);
  });

  it('rejects unknown keys inside the event venue', () => {
    const [message] = messages('---\ntitle: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T17:00\n  venue:\n    name: X\n    flor: 1\n---\n');
    expect(message).toBe('content/announcements/pl/x.md:8:5  field "event.venue.flor": unknown field; did you mean "floor"?');
  });

  it('refuses dates before 1900, which would be shown as 1900', () => {
    const tooEarly = 'expected a date from 1900 on: the year is before 1900';
    expect(messages('---\ntitle: T\ndate: 0000-01-01\n---\n')[0]).toMatch(new RegExp(`^content/announcements/pl/x.md:3:7  field "date": found "0000-01-01", ${tooEarly}`));
    expect(messages('---\ntitle: T\ndate: 1899-12-31\n---\n')[0]).toContain(tooEarly);
    expect(messages('---\ntitle: T\ndate: "0999-05-01"\n---\n')[0]).toContain(tooEarly);
    expect(messages('---\ntitle: T\ndate: 2024-06-14\nevent:\n  start: 0024-06-19T17:00\n---\n')[0]).toMatch(/:5:10 {2}field "event.start": .*a date from 1900 on/);
    expect(messages('---\ntitle: T\ndate: 1900-01-01\n---\n')).toEqual([]);
  });

  it('refuses a room or building number that YAML would change, and keeps one that it would not', () => {
    const venue = (line: string) => `---\ntitle: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T17:00\n  venue:\n    name: X\n    ${line}\n---\n`;
    expect(messages(venue('room: 123456789012345678901234567890'))).toEqual([
      'content/announcements/pl/x.md:8:11  field "event.venue.room": found 1.2345678901234568e+29, expected the room name or number in quotes, e.g. "204": written without quotes it is read as a number, and this one changes on the way (YAML keeps whole numbers up to 9007199254740991 and drops zeros after a decimal point)',
    ]);
    expect(messages(venue('room: 0.10'))[0]).toMatch(/field "event.venue.room": found 0.1, expected the room name or number in quotes/);
    expect(messages(venue('building: 1.5'))[0]).toMatch(/field "event.venue.building": found 1.5, expected the building name or letter in quotes/);
    expect(parse(venue('room: "123456789012345678901234567890"')).announcement?.data.event?.venue?.room).toBe('123456789012345678901234567890');
    expect(parse(venue('room: 9007199254740991')).announcement?.data.event?.venue?.room).toBe('9007199254740991');
  });

  it('refuses an event time that does not exist, or happens twice, at a clock change', () => {
    expect(messages('---\ntitle: T\ndate: 2024-03-01\nevent:\n  start: 2024-03-31T02:30\n---\n')).toEqual([
      'content/announcements/pl/x.md:5:10  field "event.start": found "2024-03-31T02:30", expected a time that exists in Europe/Warsaw: on 2024-03-31 the clocks go forward at 02:00 to 03:00, so 02:30 never happens there; write the time the event really starts, e.g. 03:00',
    ]);
    expect(messages('---\ntitle: T\ndate: 2024-10-01\nevent:\n  start: 2024-10-26T22:00\n  end: 2024-10-27T02:30\n---\n')[0]).toMatch(
      /:6:8 {2}field "event.end": found "2024-10-27T02:30", expected a time that happens once in Europe\/Warsaw: on 2024-10-27 the clocks go back from 03:00 to 02:00/,
    );
    expect(messages('---\ntitle: T\ndate: 2024-03-01\nevent:\n  start: 2024-03-31T03:00\n---\n')).toEqual([]);
  });

  it('refuses control characters in text fields, which would break calendar files', () => {
    expect(messages('---\ntitle: "Spotkanie\\rATTENDEE:mailto:a@example.test"\ndate: 2024-06-14\n---\n')[0]).toMatch(
      /^content\/announcements\/pl\/x.md:2:8 {2}field "title": found "Spotkanie\\rATTENDEE:mailto:a@example.test", expected a title without control characters/,
    );
    expect(messages('---\ntitle: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T17:00\n  venue:\n    name: "Sala\\0 A"\n---\n')[0]).toMatch(
      /:7:11 {2}field "event.venue.name": found "Sala\\u0000 A", expected the name of the place without control characters/,
    );
  });

  it('rejects an event that ends before it starts', () => {
    expect(messages('---\ntitle: T\ndate: 2024-06-14\nevent:\n  start: 2024-06-19T17:00\n  end: 2024-06-19T16:00\n---\n')[0]).toMatch(
      /:6:8 {2}field "event.end": found "2024-06-19T16:00", expected an end that is not before the start/,
    );
  });

  it('reports invalid YAML with its line', () => {
    const [message] = messages('---\ntitle: T\ndate: [2024-06-14\n---\n');
    expect(message).toMatch(/^content\/announcements\/pl\/x\.md:\d+:\d+ {2}the frontmatter is not valid YAML: /);
  });

  it('points at a value read as an unclosed list or map, and says quotes make it text', () => {
    const hint = 'the frontmatter is not valid YAML: the value of "title" starts with "[", which YAML reads as a list; if it is text, put the whole value in quotes';
    expect(messages('---\ntitle: [Draft] Meeting\ndate: 2024-06-14\n---\n')).toEqual([`content/announcements/pl/x.md:2:8  ${hint}`]);
    expect(messages('---\ntitle: [Draft Meeting\ndate: 2024-06-14\n---\n')).toEqual([`content/announcements/pl/x.md:2:8  ${hint}`]);
    expect(messages('---\ntitle: T\nsummary: {Nowe godziny\ndate: 2024-06-14\n---\n')[0]).toMatch(/:3:10 {2}the frontmatter is not valid YAML: the value of "summary" starts with "\{", which YAML reads as a map/);
  });

  it('explains the other plain values YAML does not read as text', () => {
    expect(messages('---\ntitle: Spotkanie: ważne\ndate: 2024-06-14\n---\n')).toEqual([
      'content/announcements/pl/x.md:2:8  the frontmatter is not valid YAML: the value of "title" holds ": ", which YAML reads as the start of another field; if it is text, put the whole value in quotes',
    ]);
    expect(messages('---\ntitle: T\ndate: 2024-06-14\nsummary: - punkt\n---\n')[0]).toMatch(/:4:10 {2}the frontmatter is not valid YAML: the value of "summary" starts with "- ", which YAML reads as a list item/);
  });

  it('says a value after " #" is a comment, where YAML found the field empty', () => {
    expect(messages('---\ntitle: #hashtag\ndate: 2024-06-14\n---\n')).toEqual([
      'content/announcements/pl/x.md:2:8  field "title": found an empty value ("#" after a space starts a comment in YAML; put the value in quotes), expected a title as text',
    ]);
    expect(messages('---\ntitle:\ndate: 2024-06-14\n---\n')).toEqual(['content/announcements/pl/x.md:2:7  field "title": found an empty value, expected a title as text']);
  });

  it('reports an alias without its anchor, and an alias bomb, instead of crashing', () => {
    expect(messages('---\ntitle: *gwiazdka\ndate: 2024-06-14\n---\n')).toEqual([
      'content/announcements/pl/x.md:2:8  the frontmatter is not valid YAML: the value of "title" starts with "*", which has a meaning of its own in YAML; if it is text, put the whole value in quotes',
    ]);
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x]', ...'bcdefg'.split('').map((name, k) => `${name}: &${name} [${Array(9).fill(`*${'abcdefg'[k]}`).join(', ')}]`)];
    expect(messages(`---\ntitle: T\ndate: 2024-06-14\n${bomb.join('\n')}\n---\n`)).toEqual([
      'content/announcements/pl/x.md:2:1  the frontmatter is not valid YAML: it repeats values through more aliases ("*name") than a frontmatter needs; write the values out',
    ]);
  });

  it('reports duplicate keys as invalid YAML', () => {
    expect(messages('---\ntitle: T\ntitle: U\ndate: 2024-06-14\n---\n')[0]).toMatch(/:3:1 {2}the frontmatter is not valid YAML: Map keys must be unique/);
  });

  it('reports text that is not UTF-8 where it is, instead of publishing "�"', () => {
    const text = Buffer.from([...Buffer.from('---\ntitle: T\ndate: 2024-06-14\n---\n\nTekst '), 0xff, 0xfe, ...Buffer.from(' dalej.\n')]).toString('utf8');
    expect(messages(text)).toEqual(['content/announcements/pl/x.md:6:7  the file is not valid UTF-8 text (a character here cannot be read); save it with UTF-8 encoding']);
  });

  it('reports an empty file and a file without frontmatter', () => {
    expect(messages('')[0]).toMatch(/:1:1 {2}the file is empty/);
    expect(messages('# Just a heading\n')[0]).toMatch(/:1:1 {2}the file has no frontmatter/);
    expect(messages('---\ntitle: T\n')[0]).toMatch(/the frontmatter is never closed/);
    expect(messages('---\n---\nBody\n')[0]).toMatch(/the frontmatter is empty/);
  });

  it('rejects a slug that is not URL-safe', () => {
    expect(messages('---\ntitle: T\ndate: 2024-06-14\nslug: Open Krakow\n---\n')[0]).toMatch(/field "slug": found "Open Krakow", expected a URL slug/);
  });

  it('accepts a Cyrillic slug', () => {
    expect(messages('---\ntitle: T\ndate: 2024-06-14\nslug: відкритий-краків\n---\n')).toEqual([]);
  });
});

describe('readContentTree', () => {
  function makeTree(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'content-'));
    for (const [name, text] of Object.entries(files)) {
      const abs = path.join(root, 'content', name);
      mkdirSync(path.dirname(abs), { recursive: true });
      writeFileSync(abs, text);
    }
    return root;
  }
  const ok = (title: string, extra = '') => `---\ntitle: ${title}\ndate: 2024-06-14\n${extra}---\nBody\n`;

  it('reads every language folder and keeps ids', () => {
    const root = makeTree({ 'pl/a.md': ok('A'), 'en/a.md': ok('A'), 'uk/a.md': ok('А'), 'pl/.gitkeep': '' });
    const tree = readContentTree({ contentDir: 'content', languages: ['pl', 'en', 'uk'], root });
    expect(tree.problems).toEqual([]);
    expect(tree.announcements.map((a) => `${a.lang}/${a.id}`).sort()).toEqual(['en/a', 'pl/a', 'uk/a']);
  });

  it('rejects a folder that is not a configured language, with a hint for "ua"', () => {
    const root = makeTree({ 'ua/a.md': ok('A'), 'pll/b.md': ok('B') });
    const tree = readContentTree({ contentDir: 'content', languages: ['pl', 'en', 'uk'], root });
    expect(tree.problems.map(formatProblem)).toEqual([
      'content/pll:1:1  folder "pll" is not a configured language; use one of pl, en, uk (did you mean "pl"?)',
      'content/ua:1:1  folder "ua" is not a configured language; use one of pl, en, uk (Ukrainian is "uk" in BCP 47)',
    ]);
  });

  it('rejects two files of one language with the same slug', () => {
    const root = makeTree({ 'pl/a.md': ok('A', 'slug: wspolny\n'), 'pl/b.md': ok('B', 'slug: wspolny\n'), 'en/wspolny.md': ok('C') });
    const tree = readContentTree({ contentDir: 'content', languages: ['pl', 'en', 'uk'], root });
    expect(tree.problems.map(formatProblem)).toEqual([
      'content/pl/b.md:4:7  field "slug": the URL /pl/wspolny/ is already used by content/pl/a.md; give one of them a different "slug"',
    ]);
  });

  it('rejects stray files and a missing content folder', () => {
    const root = makeTree({ 'pl/a.txt': 'x', 'notes.md': ok('N') });
    const tree = readContentTree({ contentDir: 'content', languages: ['pl'], root });
    expect(tree.problems.map((p) => p.file)).toEqual(['content/notes.md', 'content/pl/a.txt']);
    const missing = readContentTree({ contentDir: 'nowhere', languages: ['pl'], root });
    expect(missing.problems[0]?.message).toMatch(/does not exist/);
  });

  it('asks to rename a Markdown file whose extension is written otherwise', () => {
    const root = makeTree({ 'pl/a.MD': ok('A'), 'pl/b.markdown': ok('B') });
    const tree = readContentTree({ contentDir: 'content', languages: ['pl'], root });
    expect(tree.problems.map(formatProblem)).toEqual([
      'content/pl/a.MD:1:1  rename "a.MD" to "a.md": only files ending in ".md" are read as announcements',
      'content/pl/b.markdown:1:1  rename "b.markdown" to "b.md": only files ending in ".md" are read as announcements',
    ]);
  });
});
