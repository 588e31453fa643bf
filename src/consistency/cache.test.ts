import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent } from './engine.ts';

describe('the check cache', () => {
  it('gives the same findings from the cache, and notices a changed file', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cache-'));
    const write = (lang: string, body: string) => {
      mkdirSync(path.join(root, 'content', lang), { recursive: true });
      writeFileSync(path.join(root, 'content', lang, 'x.md'), `---\ntitle: T\ndate: 2024-06-14\n---\n\n${body}\n`);
    };
    write('pl', 'Budynek A, 1 piętro.');
    write('en', 'Building A, 1st floor.');
    write('uk', 'Корпус А, 2-й поверх.');
    const cacheFile = path.join(root, 'cache.json');
    const options = { contentDir: 'content', languages: ['pl', 'en', 'uk'], root, cacheFile };

    const first = checkContent(options);
    expect(first.summary.errors).toBe(1);
    expect(JSON.parse(readFileSync(cacheFile, 'utf8'))).toHaveProperty('groups');
    expect(checkContent(options)).toEqual(first);

    write('uk', 'Корпус А, 1-й поверх.');
    expect(checkContent(options).summary.errors).toBe(0);
  });
});
