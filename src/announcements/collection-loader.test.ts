import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyOf, syncFolder } from './collection-loader.ts';
import { fakeContext } from '../../test/helpers/fake-loader-context.ts';

describe('the content collection loader', () => {
  it('stores regular files only, never opening a FIFO or following a link, and logs what it refused', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'loader-'));
    const pl = path.join(root, 'content', 'pl');
    mkdirSync(pl, { recursive: true });
    writeFileSync(path.join(pl, 'a.md'), '---\ntitle: A\ndate: 2024-06-14\n---\n\n---\nAfter a rule.\n');
    execFileSync('mkfifo', [path.join(pl, 'pipe.md')]);
    symlinkSync('/dev/zero', path.join(pl, 'zero.md'));
    writeFileSync(path.join(root, 'outside.md'), '---\ntitle: Outside\ndate: 2024-06-14\n---\nSecret\n');
    symlinkSync(path.join(root, 'outside.md'), path.join(pl, 'outside.md'));
    const { context, entries, errors, rendered } = fakeContext(root);
    const report = await syncFolder(context, root, pl, { contentDir: 'content', lang: 'pl' });
    expect(report.stored).toEqual(['a']);
    expect([...entries.keys()]).toEqual(['a']);
    expect(entries.get('a')?.data).toMatchObject({ title: 'A', date: '2024-06-14', draft: false });
    // The body starts with a thematic break: it is rendered after an empty frontmatter, never read as one.
    expect(rendered).toEqual(['---\n---\n---\nAfter a rule.']);
    expect(report.problems.map((p) => p.file)).toEqual(['content/pl/outside.md', 'content/pl/pipe.md', 'content/pl/zero.md']);
    expect(errors.join('\n')).toContain('content/pl/pipe.md:1:1  "pipe.md" is a named pipe (FIFO)');
  });

  it('gives the body as Astro does: what follows the closing line, trimmed', () => {
    expect(bodyOf('---\ntitle: T\n---\n\n  Text\n\n', 4)).toBe('Text');
    expect(bodyOf('---\ntitle: T\n---', 4)).toBe('');
  });
});
