import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './engine.ts';
import { checkContentInParallel, threadsFor } from './parallel.ts';
import { ShareWorker } from './share-worker.ts';

const languages = ['pl', 'en', 'uk'];

describe('the check on several threads', () => {
  it('uses one thread for small folders and at most one per core for large ones', () => {
    expect(threadsFor(30, 8)).toBe(1);
    expect(threadsFor(2_999, 2)).toBe(1);
    expect(threadsFor(9_000, 2)).toBe(2);
    expect(threadsFor(9_000, 16)).toBe(6);
    expect(threadsFor(90_000, 1)).toBe(1);
  });

  it.each([2, 3])('finds exactly what one thread finds in the corpus with the seed added, on %i threads', async (threads) => {
    // The seed as published adds errors of every rule; a second file of the corpus claims its URL.
    const root = mkdtempSync(path.join(tmpdir(), 'parallel-'));
    cpSync('test/corpus', path.join(root, 'content'), { recursive: true });
    cpSync('test/fixtures/seed-as-published', path.join(root, 'content'), { recursive: true });
    writeFileSync(path.join(root, 'content/pl/same-url.md'), '---\ntitle: Inny\ndate: 2024-06-14\nslug: open-krakow\n---\n\nTekst.\n');
    writeFileSync(path.join(root, 'content/pl/broken.md'), '---\ntitle: [unclosed\ndate: 2024-06-14\n---\n');
    const options = { contentDir: 'content', languages, root };

    const parallel = await checkContentInParallel(options, { threads });
    const sequential = checkContent(options);
    expect(parallel).toEqual(sequential);
    expect(parallel.summary.errors).toBeGreaterThan(6);
    expect(parallel.findings.map((finding) => finding.rule)).toEqual(expect.arrayContaining(['valid-content', 'weekday-calendar', 'fact-mismatch', 'placeholder-link', 'foreign-text', 'missing-translation']));
  });

  it('says how many files it listed before reading any', async () => {
    const counts: number[] = [];
    await checkContentInParallel({ contentDir: 'test/fixtures/seed-as-published', languages, root: process.cwd() }, { onListed: (files) => counts.push(files) });
    expect(counts).toEqual([3]);
  });

  it('reports a content folder that cannot be read as the one-thread check does', async () => {
    await expect(checkContentInParallel({ contentDir: 'no-such-folder', languages, root: tmpdir() }, { threads: 2 })).resolves.toEqual(checkContent({ contentDir: 'no-such-folder', languages, root: tmpdir() }));
  });

  it('uses threads started before the engine was loaded, and works when they are not needed', async () => {
    const options = { contentDir: 'test/corpus', languages, root: process.cwd() };
    const expected = checkContent(options);
    expect(await checkContentInParallel(options, { threads: 2, started: [ShareWorker.start()] })).toEqual(expected);
    expect(await checkContentInParallel(options, { started: [ShareWorker.start()] })).toEqual(expected);
  });

  it('reports a failing thread as an error rather than waiting for it forever', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'parallel-'));
    cpSync('test/corpus', path.join(root, 'content'), { recursive: true });
    const worker = ShareWorker.start();
    await expect(worker.assign({ contentDir: 'content', languages, root }, [{ lang: 'pl', id: 'gone', file: 'content/pl/gone.md', path: path.join(root, 'content/pl/gone.md') }])).rejects.toThrow(/failed in a worker thread: could not read content\/pl\/gone\.md: .*\(ENOENT\)/);
    await expect(worker.check(new Map(), new Set())).rejects.toThrow(/ENOENT/);
    worker.stop();
  });
});
