import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
import { bodyOf, syncFolder } from './collection-loader.ts';
import { announcementSchema } from './schema.ts';

/** The parts of Astro's loader context the loader uses, with Astro's validation (schema.safeParse). */
export function fakeContext(root: string) {
  const entries = new Map<string, { id: string; data: Record<string, unknown>; body?: string; digest?: string; rendered?: unknown }>();
  const errors: string[] = [];
  const rendered: string[] = [];
  const context = {
    config: { root: pathToFileURL(`${root}/`) },
    store: {
      get: (id: string) => entries.get(id),
      set: (entry: { id: string; data: Record<string, unknown> }) => (entries.set(entry.id, entry), true),
      keys: () => [...entries.keys()],
      delete: (id: string) => void entries.delete(id),
    },
    logger: { error: (message: string) => errors.push(message), warn: () => undefined, info: () => undefined },
    generateDigest: (data: string) => String(data.length) + data.slice(0, 20),
    parseData: async ({ data }: { data: Record<string, unknown> }) => {
      const result = await announcementSchema.safeParseAsync(data);
      if (!result.success) throw new Error(`invalid data: ${result.error.message}`);
      return result.data;
    },
    renderMarkdown: async (content: string) => {
      rendered.push(content);
      return { html: content, metadata: { imagePaths: [] } };
    },
    // A watcher marks `astro dev`, where refused files are logged and the rest is served.
    watcher: {},
  };
  // Only the members above are used by the loader.
  return { context: context as unknown as LoaderContext, entries, errors, rendered };
}

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
