import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAnnouncementFile } from '../announcements/read-content.ts';
import { buildPreflight } from './preflight.ts';
import { idProblem, newAnnouncement, PLACEHOLDERS, scaffoldText, todayIn } from './scaffold.ts';
import { scaffoldFindings } from './scaffold-check.ts';

const languages = ['pl', 'en', 'uk'];
let root: string;
beforeEach(() => {
  root = mkdtempSync(path.join(tmpdir(), 'scaffold-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const create = (id: string, event = false) => newAnnouncement({ id, event, contentDir: 'content/announcements', languages, root, date: '2026-03-14' });

describe('npm run new', () => {
  it('creates one valid file per language with the date and placeholders in that language', () => {
    const result = create('park-meeting', true);
    expect(result).toEqual({ ok: true, created: languages.map((lang) => `content/announcements/${lang}/park-meeting.md`) });
    for (const lang of languages) {
      const text = readFileSync(path.join(root, 'content/announcements', lang, 'park-meeting.md'), 'utf8');
      const parsed = parseAnnouncementFile({ lang, id: 'park-meeting', file: `${lang}.md`, text });
      expect(parsed.problems).toEqual([]);
      expect(parsed.announcement?.data).toMatchObject({ title: PLACEHOLDERS[lang]?.title, date: '2026-03-14', event: { start: '2026-03-14T10:00', venue: { name: PLACEHOLDERS[lang]?.venue } } });
      expect(text).toContain(PLACEHOLDERS[lang]?.body);
    }
  });

  it('writes no event block without --event', () => {
    expect(scaffoldText('en', { date: '2026-03-14', event: false })).not.toContain('event:');
  });

  it('refuses an id that is not a slug, with a suggestion', () => {
    expect(create('Park Meeting')).toEqual({ ok: false, message: expect.stringContaining('e.g. "park-meeting"') as unknown as string });
    expect(idProblem('spotkanie-w-łazienkach')).toContain('"spotkanie-w-lazienkach"');
    expect(idProblem('a--b')).toBeDefined();
    expect(idProblem('a-b-2025')).toBeUndefined();
  });

  it('refuses an id that exists in any language and writes nothing', () => {
    mkdirSync(path.join(root, 'content/announcements/uk'), { recursive: true });
    writeFileSync(path.join(root, 'content/announcements/uk/park.md'), 'x');
    const result = create('park');
    expect(result).toEqual({ ok: false, message: expect.stringContaining('content/announcements/uk/park.md') as unknown as string });
    expect(() => readFileSync(path.join(root, 'content/announcements/pl/park.md'))).toThrow();
  });

  it('gives today in the site time zone', () => {
    expect(todayIn('Europe/Warsaw', new Date('2026-03-14T23:30:00Z'))).toBe('2026-03-15');
  });
});

describe('untouched scaffold', () => {
  const file = (text: string) => ({ lang: 'pl', id: 'x', file: 'c/pl/x.md', text });

  it('reports the marker and every placeholder with its line', () => {
    const findings = scaffoldFindings(file(scaffoldText('pl', { date: '2026-03-14', event: false })));
    expect(findings.map((f) => [f.line, f.rule, f.severity])).toEqual([
      [2, 'untouched-scaffold', 'error'],
      [4, 'untouched-scaffold', 'error'],
      [7, 'untouched-scaffold', 'error'],
      [9, 'untouched-scaffold', 'error'],
    ]);
    expect(findings[2]?.message).toContain('delete this line');
  });

  it('passes a finished file, and a draft', () => {
    expect(scaffoldFindings(file('---\ntitle: Park\ndate: 2026-03-14\n---\n\nTODO: nothing to see.\n'))).toEqual([]);
    expect(scaffoldFindings(file(scaffoldText('pl', { date: '2026-03-14', event: false }).replace('---\n', '---\ndraft: true\n')))).toEqual([]);
  });

  it('is found by the build preflight, which also names the drafts', () => {
    create('park');
    mkdirSync(path.join(root, 'content/announcements/en'), { recursive: true });
    writeFileSync(path.join(root, 'content/announcements/en/later.md'), '---\ntitle: Later\ndate: 2026-03-14\ndraft: true\n---\n\nText.\n');
    const preflight = buildPreflight({ contentDir: 'content/announcements', languages, root });
    expect(new Set(preflight.errors.map((f) => f.file))).toEqual(new Set(languages.map((lang) => `content/announcements/${lang}/park.md`)));
    expect(preflight.drafts).toBe('1 draft left out (draft: true, not published; delete the line to publish): content/announcements/en/later.md');
  });
});
