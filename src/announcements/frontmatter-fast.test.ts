import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { lineScalarOffset, quickFrontmatterData } from './frontmatter-fast.ts';
import { parseAnnouncementFile } from './read-content.ts';

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? markdownFiles(full) : name.endsWith('.md') ? [full] : [];
  });
}

const FILES = ['content/announcements', 'test/corpus', 'test/fixtures'].flatMap(markdownFiles);
const PATHS = [['title'], ['summary'], ['date'], ['event', 'start'], ['event', 'end'], ['event', 'venue', 'floor'], ['event', 'venue', 'streetAddress']];

describe('the quick frontmatter reading', () => {
  it('gives the same data and positions as the positioned reading for every file in the repository', () => {
    expect(FILES.length).toBeGreaterThan(50);
    for (const file of FILES) {
      const input = { lang: 'pl', id: 'x', file, text: readFileSync(file, 'utf8') };
      const quick = parseAnnouncementFile(input);
      const slow = parseAnnouncementFile(input, { quick: false });
      expect(quick.problems, file).toEqual(slow.problems);
      expect(quick.announcement?.data, file).toEqual(slow.announcement?.data);
      for (const fieldPath of PATHS) {
        expect(quick.announcement?.positionOf(fieldPath), `${file} ${fieldPath.join('.')}`).toEqual(slow.announcement?.positionOf(fieldPath));
      }
    }
  });

  it('keeps dates as strings, as the YAML 1.2 core schema does', () => {
    expect(quickFrontmatterData('date: 2024-06-14')).toEqual({ date: '2024-06-14' });
  });

  it('turns away what it cannot read, for the positioned reading to explain', () => {
    expect(quickFrontmatterData('title: [')).toBeUndefined();
    expect(quickFrontmatterData('title: a\ntitle: b')).toBeUndefined();
  });

  it('places one-line values under plain keys, and nothing else', () => {
    const yaml = 'title: "Open"\nsummary: >-\n  folded\nevent:\n  start: 2024-06-19T17:00\n  venue:\n    floor: 1\n  note: |\n    venue: fake\n';
    expect(lineScalarOffset(yaml, ['title'])).toBe(7);
    expect(lineScalarOffset(yaml, ['summary'])).toBeUndefined();
    expect(lineScalarOffset(yaml, ['event', 'venue', 'floor'])).toBe(yaml.indexOf('1\n'));
    expect(lineScalarOffset(yaml, ['event', 'end'])).toBeUndefined();
    expect(lineScalarOffset(yaml, ['venue'])).toBeUndefined();
  });
});
