import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAnnouncementFile } from '../src/announcements/read-content.ts';
import { unsafeHtmlReport } from '../src/integrations/content-guard.ts';
import { checkTexts } from './helpers/check-texts.ts';
import { projectRoot } from './helpers/build-site.ts';

/**
 * Generated announcements, random and mutated from test/corpus, never make the
 * check throw (a content mistake is a finding, a checker failure an
 * internal-error finding, never a stack trace) nor hang; the build's reading
 * of them (the parse the content loader uses, and the raw-HTML report of the
 * content guard) never throws either. Seeded, so a failure can be replayed.
 */

const corpus = ['pl', 'en', 'uk'].flatMap((lang) =>
  readdirSync(path.join(projectRoot, 'test/corpus', lang))
    .filter((name) => name.endsWith('.md'))
    .slice(0, 12)
    .map((name) => readFileSync(path.join(projectRoot, 'test/corpus', lang, name), 'utf8')),
);

const PIECES = [
  '---', '\n', '\n\n', '> ', '>>>>', '- ', '1. ', '* ', '_', '__', '*', '**', '`', '```\n', '~~', '[', ']', '(', ')', '![', '<', '>', '<!--', '-->', '<b>', '</div>',
  '&amp;', '&#8211;', '&', '\\', '|', '| --- |', '#', '## ', 'www.a_b', 'http://x.pl/a_b', 'a@b.pl', '19 czerwca 2024', '17:00', 'środa', '2 piętro', '+48 12 616 12 00',
  'title: ', 'date: 2024-06-14', 'slug: ', 'tags: [', 'event:\n  start: ', '!!js/function', '&a ', '*a', '\uFEFF', '\u0000', '\r', '\uFFFD', '😀', 'ż',
];

const piece = fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 }));

/** One edit of a text: insert, delete, duplicate or repeat a slice at a position given as a fraction. */
const edit = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), text: piece }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat(40) }),
  fc.record({ kind: fc.constant('repeat' as const), at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 1, max: 6 }), times: fc.integer({ min: 2, max: 5000 }) }),
);

type Edit = typeof edit extends fc.Arbitrary<infer T> ? T : never;

function applyEdit(text: string, change: Edit): string {
  const at = Math.floor(change.at * text.length);
  if (change.kind === 'insert') return text.slice(0, at) + change.text + text.slice(at);
  if (change.kind === 'delete') return text.slice(0, at) + text.slice(at + change.length);
  return text.slice(0, at) + text.slice(at, at + change.length).repeat(change.times) + text.slice(at);
}

const mutated = fc.tuple(fc.constantFrom(...corpus), fc.array(edit, { minLength: 1, maxLength: 8 })).map(([text, edits]) => edits.reduce(applyEdit, text));
const random = fc.array(piece, { maxLength: 60 }).map((pieces) => `---\ntitle: T\ndate: 2024-06-14\n---\n${pieces.join('')}`);
const announcement = fc.oneof({ weight: 3, arbitrary: mutated }, { weight: 1, arbitrary: random });

describe('fuzz', () => {
  it('the check never throws and never fails inside on generated and mutated announcements', () => {
    fc.assert(
      fc.property(announcement, announcement, (pl, en) => {
        const result = checkTexts({ x: { pl, en } });
        expect(result.findings.filter((f) => f.rule === 'internal-error')).toEqual([]);
      }),
      { numRuns: 250, seed: 15 },
    );
  });

  it('the build\'s reading of them (the content loader\'s parse and the raw-HTML report) never throws', () => {
    fc.assert(
      fc.property(announcement, (text) => {
        const parsed = parseAnnouncementFile({ lang: 'pl', id: 'x', file: 'content/pl/x.md', text });
        expect(parsed.announcement !== undefined || parsed.problems.length > 0).toBe(true);
        if (parsed.announcement) unsafeHtmlReport([parsed.announcement]);
      }),
      { numRuns: 250, seed: 16 },
    );
  });
});
